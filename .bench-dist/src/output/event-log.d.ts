import type { AlarmListener, AlarmRecord } from '../metrics/alarms.js';
import type { ModelEvent, ModelObserver } from '../model/observer.js';
import type { World } from '../model/world.js';
import type { ReportEvent } from '../report/schema.js';
import { EventSink } from './event-sink.js';
/** The events of one instant, in the order the log writes them. */
export interface EventInstant {
    readonly t: number;
    readonly events: readonly ReportEvent[];
}
/** The model's observer: builds the events, orders each instant canonically, hands them to a sink. */
export declare class EventLog implements ModelObserver, AlarmListener {
    private readonly world;
    readonly sink: EventSink;
    private pending;
    private pendingT;
    private readonly clusterOfId;
    /** Cluster of each incident, from the first event naming it with a host (its hosts are in one cluster, or the run cannot split). */
    private readonly incidentCluster;
    /** When set, each flushed instant is also handed here (a cluster run apart, to be merged). */
    private readonly onInstant;
    constructor(file: string | null, world: World, keep: number, options?: {
        readonly onInstant?: (instant: EventInstant) => void;
    });
    get kept(): ReportEvent[];
    get total(): number;
    get counts(): Record<string, number>;
    /**
     * The cluster an event belongs to: that of the cluster, host, VM, alarm target, group, domain
     * or datastore it names (ids start with their cluster's id), else that of its incident.
     */
    private clusterOf;
    private clusterByPrefix;
    private emit;
    /** Write the buffered instant, cluster by cluster (a stable sort keeps each cluster's order). */
    flush(): void;
    /** Lifecycle events come with their fields ready (ids as strings). */
    event(e: ModelEvent): void;
    placed(t: number, vm: number, host: number): void;
    unplaceable(t: number, vm: number, reason: string): void;
    memoryState(t: number, host: number, from: number, to: number): void;
    alarmRaised(t: number, a: AlarmRecord): void;
    alarmCleared(t: number, a: AlarmRecord): void;
    close(): void;
}
