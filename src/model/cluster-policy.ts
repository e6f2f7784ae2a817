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
export function clusterPolicyRefusal(cluster: ClusterInfo, change: ClusterPolicyChange): string | null {
  if (change.haAdmission === undefined && change.hostFailuresToTolerate === undefined) return null;
  if (!cluster.ha.enabled) return `HA is off in ${cluster.id}: there is no admission control to change`;
  if (cluster.ha.admission.policy === 'failover-hosts') return `${cluster.id} keeps dedicated failover hosts; that policy is set in the scenario`;
  return null;
}

/** Why `change` is not a valid setting, or null. */
export function clusterPolicyProblem(change: ClusterPolicyChange): string | null {
  if (change.drsThreshold !== undefined && !(Number.isInteger(change.drsThreshold) && change.drsThreshold >= 1 && change.drsThreshold <= 5))
    return `drsThreshold must be 1–5, got ${change.drsThreshold}`;
  for (const key of ['maxVcpuPerCore', 'maxMemoryOvercommit'] as const) {
    const x = change[key];
    if (x !== undefined && x !== null && !(x > 0)) return `${key} must be > 0 or null, got ${x}`;
  }
  const f = change.hostFailuresToTolerate;
  if (f !== undefined && !(Number.isInteger(f) && f >= 0)) return `hostFailuresToTolerate must be a whole number ≥ 0, got ${f}`;
  return null;
}

/** Apply a (valid) change to cluster `ci`. */
export function applyClusterPolicy(world: World, ci: number, change: ClusterPolicyChange): void {
  const c = world.clusters[ci] as { -readonly [K in keyof ClusterInfo]: ClusterInfo[K] };
  const placement = { ...c.placement };
  if (change.maxVcpuPerCore !== undefined) placement.maxVcpuPerCore = change.maxVcpuPerCore ?? Infinity;
  if (change.maxMemoryOvercommit !== undefined) placement.maxMemoryOvercommit = change.maxMemoryOvercommit ?? Infinity;
  c.placement = placement;
  if (change.drsThreshold !== undefined) c.drs = { ...c.drs, threshold: change.drsThreshold };
  if (change.dpmTargetUtilPct !== undefined) c.power = { ...c.power, dpm: { ...c.power.dpm, targetPct: change.dpmTargetUtilPct } };
  if (change.haAdmission !== undefined || change.hostFailuresToTolerate !== undefined) {
    const ac = c.ha.admission;
    const policy = change.haAdmission ?? ac.policy;
    const failures = change.hostFailuresToTolerate ?? ac.hostFailuresToTolerate;
    // The percentage policy keeps the share of the cluster that `failures` hosts are, as the
    // loader derives it (vSphere 6.5+: "calculated from the host failures the cluster tolerates").
    const hosts = c.hostEnd - c.hostStart;
    const derive = policy === 'percentage' && (ac.policy !== 'percentage' || change.hostFailuresToTolerate !== undefined);
    const pct = hosts > 0 ? Math.min(100, (100 * failures) / hosts) : 0;
    c.ha = { ...c.ha, admission: { ...ac, policy, hostFailuresToTolerate: failures, ...(derive ? { cpuPct: pct, memoryPct: pct } : {}) } };
  }
}
