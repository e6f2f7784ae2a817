/**
 * The simulated side: a sample sink that keeps, per replayed host and grid cell, the figures
 * of metrics.ts from the model's host frame, and per VM the CPU granted (cores) and ready (%
 * of its vCPUs). Host CPU busy counts the hypervisor's overhead and foreign processes as busy,
 * as /proc/stat does: (granted + capacity − usable + foreign) / capacity.
 */
import type { SampleFrame } from '../../metrics/frame.js';
import type { SampleSink } from '../../metrics/recorder.js';
import type { World } from '../../model/world.js';
import type { HostGridSeries } from './metrics.js';
export interface SimulatedSeries {
    readonly hosts: HostGridSeries[];
    /** Per VM group name: cores granted per cell. */
    readonly vmGrantedCores: Map<string, Float64Array>;
    /** Per VM group name: CPU ready % of its vCPUs per cell. */
    readonly vmReadyPct: Map<string, Float64Array>;
}
export declare class SimulatedSink implements SampleSink {
    private readonly world;
    private readonly cells;
    readonly series: SimulatedSeries;
    private readonly hostIndex;
    private readonly vmIndex;
    private readonly vmNames;
    private readonly prevGranted;
    private cell;
    constructor(world: World, hostGroups: readonly string[], vmGroups: readonly string[], cells: number);
    onSample(f: SampleFrame): void;
}
