/**
 * The lifecycle story of a synthetic report (schema v5): in the first cluster one host fails at
 * 30 % of the run and is repaired two hours later; HA restarts its VMs by restart priority (high
 * and medium at once, low after waiting for capacity, disabled only when the host is back). DRS
 * moves one VM and gives up on another, and at 70 % of the run the cluster's last host enters
 * maintenance and is evacuated by parallel migrations, leaving maintenance at 85 %. Without a
 * story (`none`), every host is on and every VM runs for the whole run, with no HA and no DRS.
 * Deterministic and pure: times in ms from the run start.
 */
import type { Report, ReportEvent } from '../../src/report/schema.js';
type HostState = Report['hosts'][number]['state'];
type Incident = Report['availability']['incidents'][number];
type MigrationItem = Report['migrations']['items'][number];
export type Priority = Report['vms'][number]['haPriority'];
/** Restart priority of the k-th VM of every host. */
export declare const PRIORITIES: readonly Priority[];
/** HA heartbeat detection time and VM boot time of the story. */
export declare const DETECT_MS = 30000;
export declare const BOOT_MS = 60000;
export interface DownStretch {
    readonly reason: string;
    readonly from: number;
    readonly to: number;
}
export interface VmStory {
    /** Host index at the end of the run. */
    host: number;
    readonly down: DownStretch[];
    migrations: number;
    migrationDowntimeMs: number;
}
export interface HostStory {
    readonly failedFrom: number;
    readonly failedTo: number;
}
export interface LifecyclePlan {
    /** True when the cluster has HA and DRS (failover capacity and imbalance are then numbers). */
    readonly managed: (cluster: number) => boolean;
    readonly hostState: (h: number, end: number) => HostState;
    /** Share of [t0, t1) host h served VMs (0–1). */
    readonly upFraction: (h: number, t0: number, t1: number) => number;
    /** Whether host h ran no VMs at time t (failed, or evacuated for maintenance). */
    readonly idle: (h: number, t: number) => boolean;
    readonly events: ReportEvent[];
    readonly incidents: Incident[];
    readonly migrations: MigrationItem[];
    /** Stories of VMs that went down or moved, by VM index (h × perHost + k). */
    readonly vms: Map<number, VmStory>;
    readonly hosts: Map<number, HostStory>;
    /** The failed host, its HA restart targets and the maintenance host (indices), when there is a story. */
    readonly cast: {
        failed: number;
        targets: number[];
        maintenance: number;
        failAt: number;
        repairAt: number;
    } | null;
}
export interface PlanInput {
    readonly hosts: number;
    readonly clusters: number;
    readonly perHost: number;
    readonly intervals: number;
    readonly step: number;
    readonly hostId: (h: number) => string;
    readonly vmId: (h: number, k: number) => string;
}
export declare function noLifecycle(): LifecyclePlan;
export declare function planLifecycle(o: PlanInput): LifecyclePlan;
export {};
