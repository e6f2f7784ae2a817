import type { World } from '../model/world.js';
import type { SampleFrame } from '../metrics/frame.js';
import type { SampleSink } from '../metrics/recorder.js';
import type { ClusterSeriesData, HostSeriesData } from './schema.js';
/** Host series are kept when hosts × intervals stays under this many points per metric. */
export declare const HOST_SERIES_MAX_POINTS = 500000;
export declare function round3(x: number): number;
export declare class SeriesCollector implements SampleSink {
    private readonly world;
    readonly t: number[];
    readonly intervalMs: number[];
    readonly clusters: ClusterSeriesData[];
    readonly hosts: HostSeriesData[] | null;
    readonly hostsOmitted: string | null;
    constructor(world: World, expectedIntervals: number, wantHosts: boolean, 
    /** Hosts of the whole run (more than this world's when it is one cluster run apart). */
    runHosts?: number);
    onSample(f: SampleFrame): void;
    clusterSeriesById(): Record<string, ClusterSeriesData>;
    hostSeriesById(): Record<string, HostSeriesData> | null;
}
