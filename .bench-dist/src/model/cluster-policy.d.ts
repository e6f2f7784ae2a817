/**
 * Changing a cluster's settings while it runs, as an administrator does in the console: the
 * placement caps (vCPU per core, memory overcommit), the DRS migration threshold, the DPM
 * target and HA admission control (policy slots / percentage / disabled, host failures to
 * tolerate). Cluster settings are plain data read at each decision, so a change takes effect
 * at the next placement, power-on, DRS pass or DPM pass; nothing already placed moves because of
 * it, and VMs admission control refused stay off (vSphere applies a changed admission or DRS
 * setting the same way: to later decisions). Admission control counts every powered-on VM
 * whatever the policy (availability/admission-control.ts), so switching policies is exact.
 */
import type { ClusterInfo, World } from './world.js';
export interface ClusterPolicyChange {
    /** null or Infinity: no cap. */
    readonly maxVcpuPerCore?: number | null;
    readonly maxMemoryOvercommit?: number | null;
    readonly drsThreshold?: number;
    readonly dpmTargetUtilPct?: number;
    /** Failover-hosts needs its hosts named in the scenario, so it cannot be switched to here. */
    readonly haAdmission?: 'slots' | 'percentage' | 'disabled';
    readonly hostFailuresToTolerate?: number;
}
/** Why `change` cannot apply to `cluster` as it is now (HA off, failover hosts), or null. */
export declare function clusterPolicyRefusal(cluster: ClusterInfo, change: ClusterPolicyChange): string | null;
/** Why `change` is not a valid setting, or null. */
export declare function clusterPolicyProblem(change: ClusterPolicyChange): string | null;
/** Apply a (valid) change to cluster `ci`. */
export declare function applyClusterPolicy(world: World, ci: number, change: ClusterPolicyChange): void;
