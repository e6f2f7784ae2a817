/**
 * The events of clusters run apart, written as one simulation logs them: instant by instant,
 * and within an instant cluster by cluster (EventLog's canonical order); incidents numbered by
 * their first appearance in that order. Each cluster's instants are read as they are needed,
 * so a cluster's events can come from a file as large as the run's event log.
 */
import type { EventInstant } from '../output/event-log.js';
import type { EventSink } from '../output/event-sink.js';
/** The key under which an incident of cluster `ci` is numbered in the merged event log. */
export declare function splitIncidentKey(ci: number): (id: number) => string;
export interface ClusterEvents {
    /** The cluster's index in the datacenter. */
    readonly cluster: number;
    /** Its events, instant by instant, in time order. */
    readonly events: Iterable<EventInstant>;
}
export declare function mergeClusterEvents(clusters: readonly ClusterEvents[], sink: EventSink): void;
/** Writes an instant as one line of an instants file. */
export declare function instantLine(instant: EventInstant): string;
/** The instants of a file written with instantLine, read one at a time. */
export declare function instantsOf(file: string): Generator<EventInstant>;
