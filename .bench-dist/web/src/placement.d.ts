import type { HostState } from './lifecycle.js';
import type { HostRow, MemoryState, Report, VmRow } from './types.js';
export type VmStatus = 'running' | 'booting' | 'migrating' | 'down';
export interface HostFrame {
    readonly host: HostRow;
    readonly vms: readonly VmRow[];
    /** VMs booting (after an HA restart) or migrating away, by id. */
    readonly status: ReadonlyMap<string, VmStatus>;
    /** CPU utilisation % in the interval (NaN when unknown). */
    readonly utilPct: number;
    readonly memState: MemoryState | null;
    /** Lifecycle state at the interval's end (null without host series). */
    readonly state: HostState | null;
}
/** A VM that is down at the end of an interval. */
export interface DownVm {
    readonly vm: VmRow;
    readonly reason: string;
    /** When it went down (ms from the start) and the host it was on. */
    readonly since: number;
    readonly from: string;
    readonly cluster: string;
}
export interface PlacementSource {
    readonly frames: number;
    /** True when host values are the cluster's (no host series in the report). */
    readonly approximate: boolean;
    /** With a truncated event list: the time after which placement is no longer known (ms), else null. */
    readonly approximateAfter: number | null;
    /** True when VMs move at all (placement changes after the start). */
    readonly moving: boolean;
    /** Most VMs on one host, or down in one cluster, at any interval end. */
    readonly maxVms: number;
    /** Clusters in which VMs are down at some point. */
    readonly downClusters: ReadonlySet<string>;
    at(i: number): readonly HostFrame[];
    down(i: number): readonly DownVm[];
}
/** Placement rebuilt from the events (see the module comment); static when the events move nothing. */
export declare function eventPlacement(report: Report, hosts: readonly HostRow[]): PlacementSource;
