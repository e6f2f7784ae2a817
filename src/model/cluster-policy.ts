/**
 * Changing a cluster's settings while it runs, as an administrator does in the console: the
 * placement caps (vCPU per core, memory overcommit), the DRS migration threshold, DPM on or off
 * and its target, and HA admission control (policy slots / percentage / dedicated failover hosts
 * / disabled, host failures to tolerate). Cluster settings are plain data read at each decision,
 * so a change takes effect at the next placement, power-on, DRS pass or DPM pass; nothing already
 * placed moves because of it, and VMs admission control refused stay off (vSphere applies a
 * changed admission or DRS setting the same way: to later decisions). Admission control counts
 * every powered-on VM whatever the policy (availability/admission-control.ts), so switching
 * policies is exact.
 *
 * Two what-if knobs ride on the same event because a class moves them as it moves the settings:
 * the demand scale (every VM's workload level times a factor, from now on) and the hosts in
 * service (the cluster's first n hosts serve, the rest are taken out as a server refresh takes
 * them out); the scripted events apply those through the datacenter and host power
 * (scripted-events.ts), this module only checks them.
 */
import type { ClusterInfo, World } from './world.js';

export interface ClusterPolicyChange {
  /** null or Infinity: no cap. */
  readonly maxVcpuPerCore?: number | null;
  readonly maxMemoryOvercommit?: number | null;
  readonly drsThreshold?: number;
  readonly dpmTargetUtilPct?: number;
  readonly dpmEnabled?: boolean;
  readonly haAdmission?: 'slots' | 'percentage' | 'failover-hosts' | 'disabled';
  /** Host ids kept free for HA restarts; needed to switch to failover-hosts, replaces the set. */
  readonly failoverHosts?: readonly string[];
  readonly hostFailuresToTolerate?: number;
  /** Multiplier on every VM's workload level from now on (1: as the workload says). */
  readonly demandScale?: number;
  /** How many of the cluster's hosts (in scenario order) are in service from now on. */
  readonly hostsInService?: number;
}

/** Why `change` cannot apply to cluster `ci` as it is now (HA off, hosts of another cluster), or null. */
export function clusterPolicyRefusal(world: World, ci: number, change: ClusterPolicyChange): string | null {
  const cluster = world.clusters[ci] as ClusterInfo;
  const hosts = cluster.hostEnd - cluster.hostStart;
  if (change.hostsInService !== undefined && change.hostsInService > hosts) return `${cluster.id} has ${hosts} hosts; it cannot have ${change.hostsInService} in service`;
  if (change.haAdmission === undefined && change.hostFailuresToTolerate === undefined && change.failoverHosts === undefined) return null;
  if (!cluster.ha.enabled) return `HA is off in ${cluster.id}: there is no admission control to change`;
  const policy = change.haAdmission ?? cluster.ha.admission.policy;
  if (change.failoverHosts !== undefined && policy !== 'failover-hosts') return 'failover hosts are named only with the failover-hosts policy';
  if (policy === 'failover-hosts' && cluster.ha.admission.policy !== 'failover-hosts' && (change.failoverHosts ?? []).length === 0)
    return 'the failover-hosts policy needs at least one failover host';
  for (const id of change.failoverHosts ?? []) {
    const h = world.hosts.ids.indexOf(id);
    if (h < cluster.hostStart || h >= cluster.hostEnd) return `failover host '${id}' is not a host of ${cluster.id}`;
  }
  if (change.failoverHosts !== undefined && change.failoverHosts.length >= hosts) return `${cluster.id} needs at least one host that is not a failover host`;
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
  const k = change.demandScale;
  if (k !== undefined && !(k > 0 && k <= 100)) return `demandScale must be > 0 and at most 100, got ${k}`;
  const n = change.hostsInService;
  if (n !== undefined && !(Number.isInteger(n) && n >= 1)) return `hostsInService must be a whole number ≥ 1, got ${n}`;
  if (change.failoverHosts !== undefined && new Set(change.failoverHosts).size !== change.failoverHosts.length) return 'failoverHosts names a host twice';
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
  if (change.dpmEnabled !== undefined) c.power = { ...c.power, dpm: { ...c.power.dpm, enabled: change.dpmEnabled } };
  if (change.haAdmission !== undefined || change.hostFailuresToTolerate !== undefined || change.failoverHosts !== undefined) {
    const ac = c.ha.admission;
    const policy = change.haAdmission ?? ac.policy;
    const failures = change.hostFailuresToTolerate ?? ac.hostFailuresToTolerate;
    // The percentage policy keeps the share of the cluster that `failures` hosts are, as the
    // loader derives it (vSphere 6.5+: "calculated from the host failures the cluster tolerates").
    const hosts = c.hostEnd - c.hostStart;
    const derive = policy === 'percentage' && (ac.policy !== 'percentage' || change.hostFailuresToTolerate !== undefined);
    const pct = hosts > 0 ? Math.min(100, (100 * failures) / hosts) : 0;
    c.ha = { ...c.ha, admission: { ...ac, policy, hostFailuresToTolerate: failures, ...(derive ? { cpuPct: pct, memoryPct: pct } : {}) } };
    // vSphere "Dedicated Failover Hosts Admission Control Policy": VMs cannot be powered on or
    // migrated onto a failover host and DRS does not balance onto one; HA restarts go there first
    // (placement/filters.ts, placement/choose.ts). VMs already on a newly named host stay there.
    if (policy !== 'failover-hosts' || change.failoverHosts !== undefined) world.failoverHost.fill(0, c.hostStart, c.hostEnd);
    for (const id of policy === 'failover-hosts' ? (change.failoverHosts ?? []) : []) world.failoverHost[world.hosts.ids.indexOf(id)] = 1;
  }
}
