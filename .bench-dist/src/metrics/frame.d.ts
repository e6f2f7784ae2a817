/**
 * One output interval [t0, t1): averages over the interval per host and per cluster, in reused
 * typed arrays. Sinks read it during `onSample` and must copy what they keep.
 */
export interface HostFrame {
    readonly demandMhz: Float64Array;
    readonly grantedMhz: Float64Array;
    readonly readyPct: Float64Array;
    readonly utilPct: Float64Array;
    readonly activeMiB: Float64Array;
    readonly consumedMiB: Float64Array;
    readonly freeMiB: Float64Array;
    readonly powerW: Float64Array;
    readonly energyWh: Float64Array;
    readonly memState: Uint8Array;
    readonly sharedMiB: Float64Array;
    readonly balloonMiB: Float64Array;
    readonly compressedMiB: Float64Array;
    readonly compressionSavedMiB: Float64Array;
    readonly swappedMiB: Float64Array;
    readonly swapInMiBps: Float64Array;
    readonly swapOutMiBps: Float64Array;
    readonly blockedMiB: Float64Array;
    readonly stallPct: Float64Array;
    readonly upPct: Float64Array;
    readonly state: Uint8Array;
}
export interface ClusterFrame {
    readonly capacityMhz: Float64Array;
    readonly demandMhz: Float64Array;
    readonly grantedMhz: Float64Array;
    readonly utilPct: Float64Array;
    readonly maxHostUtilPct: Float64Array;
    readonly readyMeanPct: Float64Array;
    readonly readyP50Pct: Float64Array;
    readonly readyP95Pct: Float64Array;
    readonly readyP99Pct: Float64Array;
    readonly activeMiB: Float64Array;
    readonly consumedMiB: Float64Array;
    readonly memoryMiB: Float64Array;
    readonly powerW: Float64Array;
    readonly energyWh: Float64Array;
    readonly worstMemState: Uint8Array;
    readonly hostsInState: Int32Array[];
    readonly sharedMiB: Float64Array;
    readonly balloonMiB: Float64Array;
    readonly compressedMiB: Float64Array;
    readonly compressionSavedMiB: Float64Array;
    readonly swappedMiB: Float64Array;
    readonly swapInMiBps: Float64Array;
    readonly swapOutMiBps: Float64Array;
    readonly stallPct: Float64Array;
    readonly hostsUp: Float64Array;
    readonly vmsDown: Float64Array;
    readonly failoverHosts: Float64Array;
    readonly imbalance: Float64Array;
    readonly migrationsActive: Float64Array;
    readonly powerServingW: Float64Array;
    readonly powerTransitionW: Float64Array;
    readonly powerStandbyW: Float64Array;
    readonly hostsStandby: Float64Array;
}
export interface VmFrame {
    readonly readyPct: Float64Array;
}
export interface SampleFrame {
    t0: number;
    t1: number;
    readonly host: HostFrame;
    readonly cluster: ClusterFrame;
    readonly vm: VmFrame;
}
export declare function emptyFrame(hosts: number, clusters: number, vms: number): SampleFrame;
