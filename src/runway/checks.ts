/**
 * What the runway judges at each (fractional) month, per cluster, and the resource each check
 * stands for. Besides the objectives asked for (p95 CPU ready, swap, … judged on the cluster's
 * headline figures):
 *  - every VM placed: a VM that finds no host (caps, reservations, HA admission control) does not fit;
 *  - memory state: no host-hours in the hard or low state, where ESXi compresses and swaps and,
 *    in low, blocks allocations (vSphere Resource Management guide, "Memory reclamation" states;
 *    DOMAIN.md);
 *  - datastore space: the peak used space of each datastore the cluster's VMs write to at most
 *    `datastoreMaxPct` of its capacity (default 85 %: the red threshold of vCenter's default
 *    "Datastore usage on disk" alarm, 75 % yellow / 85 % red);
 *  - N+k failover: the same month simulated again with the cluster's k largest hosts failed at
 *    the start and never repaired (failover.ts): every VM restarted, and the performance
 *    objectives (cpuReady.*, cpu.*, memory.*) and the memory state still holding on the survivors.
 */
import type { HeadlineFigures } from '../report/schema.js';
import { metricsOf } from '../sweep/metrics.js';
import { meets, type Objective } from '../sweep/objectives.js';

export interface DatastoreUse {
  readonly id: string;
  readonly capacityGiB: number;
  readonly peakUsedGiB: number;
}

/** One cluster in one simulated run. */
export interface ClusterRun {
  readonly cluster: string;
  readonly figures: HeadlineFigures;
  /** The datastores its VMs write to. */
  readonly datastores: readonly DatastoreUse[];
}

export interface RunwayRules {
  readonly objectives: readonly Objective[];
  readonly datastoreMaxPct: number;
}

export interface Check {
  readonly name: string;
  /** What runs out when it fails: CPU, memory, datastore space, placement, … */
  readonly resource: string;
  /** The figure judged (null: not given). */
  readonly value: number | null;
  readonly holds: boolean;
  /** N+k: the checks that fail in the failover run. */
  readonly failoverFailing?: readonly Check[];
}

export const MEMORY_STATE = 'memory state above hard';
export const EVERY_VM_PLACED = 'every VM placed';
export const VMS_RESTARTED = 'every VM restarted';

export const datastoreCheckName = (maxPct: number): string => `datastore space<=${maxPct}%`;
export const failoverCheckName = (k: number): string => `N+${k} failover`;

/** The resource an objective's metric stands for. */
export function resourceOf(metric: string): string {
  if (metric.startsWith('cpuReady.') || metric.startsWith('cpu.')) return 'CPU';
  if (metric.startsWith('memory.')) return 'memory';
  if (metric.startsWith('availability.')) return 'availability';
  return metric;
}

function objectiveChecks(objectives: readonly Objective[], h: HeadlineFigures): Check[] {
  const all = metricsOf(h);
  return objectives.map((o) => {
    const value = all[o.index] ?? null;
    return { name: o.text, resource: resourceOf(o.metric), value, holds: meets(o, { mean: value ?? NaN, ciLow: NaN, ciHigh: NaN }, 'mean') };
  });
}

function memoryState(h: HeadlineFigures): Check {
  const hours = h.memory.stateHours.hard + h.memory.stateHours.low;
  return { name: MEMORY_STATE, resource: 'memory', value: hours, holds: hours === 0 };
}

/** The checks of one cluster at one month; `failover` is its N+k run (null: not checked). */
export function judge(rules: RunwayRules, run: ClusterRun, failover: { readonly k: number; readonly run: ClusterRun } | null): Check[] {
  const h = run.figures;
  const checks = objectiveChecks(rules.objectives, h);
  checks.push({ name: EVERY_VM_PLACED, resource: 'placement', value: h.vmsUnplaceable, holds: h.vmsUnplaceable === 0 });
  checks.push(memoryState(h));
  if (run.datastores.length > 0) {
    const pct = Math.max(...run.datastores.map((d) => (100 * d.peakUsedGiB) / d.capacityGiB));
    checks.push({ name: datastoreCheckName(rules.datastoreMaxPct), resource: 'datastore space', value: pct, holds: pct <= rules.datastoreMaxPct });
  }
  if (failover !== null) {
    const f = failover.run.figures;
    const performance = rules.objectives.filter((o) => /^(cpuReady|cpu|memory)\./.test(o.metric));
    const inFailover = [
      { name: VMS_RESTARTED, resource: 'restart capacity', value: f.availability.vmsDownAtEnd, holds: f.availability.vmsDownAtEnd === 0 },
      ...objectiveChecks(performance, f),
      memoryState(f),
    ];
    const failing = inFailover.filter((c) => !c.holds);
    checks.push({ name: failoverCheckName(failover.k), resource: 'failover capacity', value: failing.length, holds: failing.length === 0, failoverFailing: failing });
  }
  return checks;
}

/** The resources that bind when `failing` fail: for N+k, those of what fails in the failover run. */
export function bindingResources(failing: readonly Check[]): string[] {
  return [...new Set(failing.flatMap((c) => (c.failoverFailing !== undefined && c.failoverFailing.length > 0 ? c.failoverFailing.map((x) => x.resource) : [c.resource])))];
}
