/**
 * The world: every per-host and per-VM quantity as a typed array indexed by a dense id
 * (structure of arrays). Names and hierarchical ids map to indices once, at build time.
 * Hosts and VMs of one cluster occupy contiguous index ranges, so a cluster is a slice.
 *
 * Rates (MHz, MiB, W) hold from the last change; integrals (`…Int`) are rate × ms accumulated
 * up to `…LastT`, and are brought up to date only just before a rate changes.
 */
import type { Millis } from './units.js';
export interface ClusterInfo {
    readonly id: string;
    readonly name: string;
    readonly site: string;
    readonly hostStart: number;
    readonly hostEnd: number;
    readonly vmStart: number;
    readonly vmEnd: number;
    readonly placement: {
        readonly algorithm: 'first-fit' | 'best-fit' | 'spread' | 'balanced' | 'round-robin' | 'pack';
        readonly maxVcpuPerCore: number;
        readonly maxMemoryOvercommit: number;
        /** Hosts the initial placement leaves empty: kept on, or put in standby (sizing). */
        readonly spareHosts: 'on' | 'standby';
    };
    readonly memoryHysteresisPct: number;
    readonly rules: readonly PlacementRule[];
    readonly ha: {
        readonly enabled: boolean;
        readonly heartbeatMs: number;
        readonly detectionMs: number;
        readonly maxRestartAttempts: number;
        readonly retryDelayMs: number;
        readonly isolationPowerOff: boolean;
        readonly vmMonitoring: boolean;
        readonly vmFailureIntervalMs: number;
        readonly manualRecoveryMs: number;
        readonly admission: {
            readonly policy: 'slots' | 'percentage' | 'failover-hosts' | 'disabled';
            readonly hostFailuresToTolerate: number;
            readonly cpuPct: number;
            readonly memoryPct: number;
        };
    };
    readonly drs: {
        readonly enabled: boolean;
        readonly intervalMs: number;
        readonly threshold: number;
        readonly maxConcurrentPerHost: number;
        readonly maxConcurrentPerCluster: number;
        readonly paybackMs: number;
    };
    readonly power: {
        readonly dpm: {
            readonly enabled: boolean;
            readonly targetPct: number;
            readonly tolerancePct: number;
            readonly powerOnAfterMs: number;
            readonly powerOffAfterMs: number;
            readonly intervalMs: number;
            readonly minHostsOn: number;
        };
        readonly schedule: readonly PowerWindowInfo[];
    };
    readonly migration: {
        readonly maxDowntimeMs: number;
        readonly maxRounds: number;
        readonly nonConvergence: 'abort' | 'auto-converge' | 'force';
    };
}
/** A calendar power-down window (UTC clock, minutes from midnight). */
export interface PowerWindowInfo {
    readonly days: readonly number[];
    readonly fromMin: number;
    readonly toMin: number;
    readonly keepHosts: number | null;
    readonly keepPct: number | null;
}
/**
 * A placement rule with its members resolved to VM indices and, for VM-host rules, a host mask.
 * kind: affinity (together), anti-affinity (apart), vm-host (must / should, run / not run).
 */
export interface PlacementRule {
    readonly name: string;
    readonly kind: 'affinity' | 'anti-affinity' | 'vm-host';
    readonly mandatory: boolean;
    readonly negate: boolean;
    readonly vms: Int32Array;
    readonly hostMask: Uint8Array | null;
}
export interface HostArrays {
    readonly n: number;
    readonly ids: readonly string[];
    readonly cluster: Int32Array;
    readonly cores: Int32Array;
    readonly coreMhz: Float64Array;
    readonly capacityMhz: Float64Array;
    readonly usableMhz: Float64Array;
    readonly foreignMhz: Float64Array;
    readonly readyPerRun: Float64Array;
    readonly memoryMiB: Float64Array;
    readonly overheadMiB: Float64Array;
    readonly minFreeMiB: Float64Array;
    readonly idleW: Float64Array;
    readonly maxW: Float64Array;
    readonly standbyW: Float64Array;
    readonly bootW: Float64Array;
    readonly shutdownW: Float64Array;
    readonly bootMs: Float64Array;
    readonly shutdownMs: Float64Array;
    readonly powerModel: Uint8Array;
    readonly powerTable: Float64Array;
    readonly flavour: Uint8Array;
    readonly hvType: Uint8Array;
    readonly hostGroup: Int32Array;
    readonly domain: Int32Array;
    readonly nicMiBps: Float64Array;
    readonly state: Uint8Array;
    readonly initiallyOn: Uint8Array;
    readonly upInt: Float64Array;
    readonly migrationMhz: Float64Array;
    readonly migrationsActive: Int32Array;
    readonly vcpus: Int32Array;
    readonly vmCount: Int32Array;
    readonly configuredMiB: Float64Array;
    readonly reservedMhz: Float64Array;
    readonly reservedMiB: Float64Array;
    readonly firstVm: Int32Array;
    readonly demandMhz: Float64Array;
    readonly grantedMhz: Float64Array;
    readonly readyMhz: Float64Array;
    readonly activeMiB: Float64Array;
    readonly consumedMiB: Float64Array;
    readonly powerW: Float64Array;
    readonly memState: Uint8Array;
    readonly contended: Uint8Array;
    readonly lastT: Float64Array;
    readonly demandInt: Float64Array;
    readonly grantedInt: Float64Array;
    readonly readyInt: Float64Array;
    readonly activeInt: Float64Array;
    readonly consumedInt: Float64Array;
    readonly energyInt: Float64Array;
    readonly energyByStateInt: Float64Array;
    readonly stateMs: Float64Array;
    readonly minFreeSeenMiB: Float64Array;
}
export interface VmArrays {
    readonly n: number;
    readonly ids: readonly string[];
    readonly cluster: Int32Array;
    readonly group: Int32Array;
    readonly vcpus: Int32Array;
    readonly memoryMiB: Float64Array;
    readonly cpuReservationMhz: Float64Array;
    readonly cpuLimitMhz: Float64Array;
    readonly cpuShares: Float64Array;
    readonly cpuShareRule: Uint8Array;
    readonly memReservationMiB: Float64Array;
    readonly overheadMiB: Float64Array;
    readonly host: Int32Array;
    readonly next: Int32Array;
    readonly prev: Int32Array;
    readonly capMhz: Float64Array;
    readonly demand: Float64Array;
    readonly wantMhz: Float64Array;
    readonly grantedMhz: Float64Array;
    readonly readyMhz: Float64Array;
    readonly activeMiB: Float64Array;
    readonly touchedMiB: Float64Array;
    readonly lastT: Float64Array;
    readonly wantInt: Float64Array;
    readonly grantedInt: Float64Array;
    readonly readyInt: Float64Array;
    readonly placedMs: Float64Array;
    readonly state: Uint8Array;
    readonly downReason: Uint8Array;
    readonly haPriority: Uint8Array;
    readonly bootMs: Float64Array;
    readonly dirtyMiBps: Float64Array;
    readonly guestMtbfMs: Float64Array;
    readonly destHost: Int32Array;
    readonly migrations: Int32Array;
    readonly migrationDowntimeMs: Float64Array;
}
export interface VmGroupInfo {
    readonly id: string;
    readonly cluster: number;
    readonly template: string;
    readonly workload: string;
    readonly vmStart: number;
    readonly vmEnd: number;
}
export interface HostGroupInfo {
    readonly id: string;
    readonly cluster: number;
    readonly name: string;
    readonly hostStart: number;
    readonly hostEnd: number;
}
export interface World {
    readonly startEpochMs: number;
    readonly durationMs: Millis;
    readonly stepMs: Millis;
    readonly clusters: readonly ClusterInfo[];
    readonly groups: readonly VmGroupInfo[];
    readonly hostGroups: readonly HostGroupInfo[];
    /** Failure domains (racks, PDUs) by id ("dc1/cluster-a/rack-1"). */
    readonly domains: readonly string[];
    readonly hosts: HostArrays;
    readonly vms: VmArrays;
    /** VM → indices of the rules of its cluster it belongs to (empty for most VMs). */
    readonly vmRules: ReadonlyMap<number, readonly number[]>;
    /** Hosts kept empty for HA restarts (failover-hosts admission control). */
    readonly failoverHost: Uint8Array;
}
export declare function f64(n: number, fill?: number): Float64Array;
export declare function i32(n: number, fill?: number): Int32Array;
