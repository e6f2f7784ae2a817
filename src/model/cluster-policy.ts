/**
 * Changing a cluster's settings while it runs, as an administrator does in the console: the
 * placement caps (vCPU per core, memory overcommit), the DRS migration threshold and the DPM
 * target. Cluster settings are plain data read at each decision, so a change takes effect at
 * the next placement, DRS pass or DPM pass; nothing already placed moves because of it
 * (vSphere applies a changed admission or DRS setting the same way: to later decisions).
 */
import type { ClusterInfo, World } from './world.js';

export interface ClusterPolicyChange {
  /** null or Infinity: no cap. */
  readonly maxVcpuPerCore?: number | null;
  readonly maxMemoryOvercommit?: number | null;
  readonly drsThreshold?: number;
  readonly dpmTargetUtilPct?: number;
}

/** Why `change` is not a valid setting, or null. */
export function clusterPolicyProblem(change: ClusterPolicyChange): string | null {
  if (change.drsThreshold !== undefined && !(Number.isInteger(change.drsThreshold) && change.drsThreshold >= 1 && change.drsThreshold <= 5))
    return `drsThreshold must be 1–5, got ${change.drsThreshold}`;
  for (const key of ['maxVcpuPerCore', 'maxMemoryOvercommit'] as const) {
    const x = change[key];
    if (x !== undefined && x !== null && !(x > 0)) return `${key} must be > 0 or null, got ${x}`;
  }
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
}
