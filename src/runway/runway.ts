/**
 * Runway, per cluster: when the estate, growing (growth.ts) and gaining and losing VMs
 * (arrivals.ts), first fails a check (checks.ts: the objectives, every VM placed, memory state,
 * datastore space, N+k failover), found by simulation. Month m is the scenario's own run (its
 * duration, typically a representative day) of the estate as it is at month m; months
 * 0 … horizon are each simulated, so every check's value is known at every month, not
 * extrapolated. What happens within a month (a month-end peak) is seen only if the run contains it.
 *
 * The date within the crossing month: the estate is continuous in time (growth factors of a
 * fractional month, arrivals by their drawn times), so the month (m − 1, m] in which a cluster
 * first fails is bisected `refineSteps` times, each step a run at the mid-point: the date found
 * is the first failing instant to within 1 / 2^refineSteps of a month (5 steps: under a day).
 * The bisection assumes that once a check fails within that month it keeps failing.
 *
 * Replications: each has its own seed (workload noise, failures, arrival times and templates),
 * one history of the estate read at every month, and its own crossing date. Their dates give the
 * interval (interval.ts).
 */
import type { HeadlineFigures } from '../report/schema.js';
import type { Check, ClusterRun, RunwayRules } from './checks.js';
import { judge } from './checks.js';
import { failoverPlan, withFailures } from './failover.js';
import { planChanges, withChanges } from './arrivals.js';
import { scenarioAtMonth } from './growth.js';
import { daysAt, dayDate, monthDate } from './month-date.js';

type Plain = Record<string, unknown>;

export interface ClusterMonth {
  readonly cluster: string;
  readonly replication: number;
  readonly month: number;
  readonly date: string;
  readonly checks: readonly Check[];
  /** The cluster's headline figures in the normal run of this month. */
  readonly figures: HeadlineFigures;
}

/** Where one replication of one cluster first fails. */
export interface Crossing {
  /** First failing (fractional) month found; the estate at `lastHolds` passes every check. */
  readonly month: number;
  readonly lastHolds: number;
  readonly days: number;
  readonly date: string;
  readonly failing: readonly Check[];
}

export interface ClusterRunway {
  readonly cluster: string;
  /** Per replication; null: every check holds to the horizon. */
  readonly crossings: readonly (Crossing | null)[];
}

export interface Runway {
  readonly start: string;
  readonly horizon: number;
  readonly replications: number;
  readonly refineSteps: number;
  /** N+k checked per cluster (absent: not checked). */
  readonly failoverK: ReadonlyMap<string, number>;
  readonly rows: readonly ClusterMonth[];
  readonly clusters: readonly ClusterRunway[];
}

export interface RunwayInput {
  readonly raw: Plain;
  readonly start: string;
  readonly horizon: number;
  readonly rules: RunwayRules;
  readonly replications: number;
  /** The seed of replication r (arrival times and templates are drawn from it too). */
  readonly seedOf: (r: number) => number | string;
  /** Runs one raw scenario with replication r's seed: each cluster's figures (injected: the CLI loads and runs). */
  readonly simulate: (raw: Plain, label: string, replication: number) => readonly ClusterRun[];
  /** k for every HA cluster instead of its hostFailuresToTolerate (null: the cluster's own). */
  readonly failuresToTolerate?: number | null;
  readonly refineSteps?: number;
  readonly onRun?: () => void;
}

export function runway(input: RunwayInput): Runway {
  const { raw, start, horizon, rules, replications } = input;
  const refineSteps = input.refineSteps ?? 5;
  const fplan = failoverPlan(raw, input.failuresToTolerate ?? null);
  const capacities = datastoreCapacities(raw);
  const rows: ClusterMonth[] = [];
  const perCluster = new Map<string, (Crossing | null)[]>();
  for (let r = 0; r < replications; r++) {
    const plan = planChanges(raw, input.seedOf(r), horizon);
    const evaluate = (t: number): Map<string, Check[]> => {
      const estate = roomy(scenarioAtMonth(withChanges(raw, plan, t), t));
      const label = `month ${Number(t.toFixed(4))}`;
      const normal = withCapacities(input.simulate(estate, label, r), capacities);
      input.onRun?.();
      const failed = fplan.hosts.length > 0 ? withCapacities(input.simulate(withFailures(estate, fplan), `${label}, N+k failover`, r), capacities) : null;
      if (failed !== null) input.onRun?.();
      return new Map(
        normal.map((run) => {
          const k = fplan.k.get(run.cluster);
          const f = failed?.find((x) => x.cluster === run.cluster);
          figuresOf.set(run.cluster, run.figures);
          return [run.cluster, judge(rules, run, k !== undefined && f !== undefined ? { k, run: f } : null)];
        }),
      );
    };
    const figuresOf = new Map<string, HeadlineFigures>();
    const monthly: Map<string, Check[]>[] = [];
    for (let m = 0; m <= horizon; m++) {
      const checks = evaluate(m);
      monthly.push(checks);
      for (const [cluster, c] of checks) rows.push({ cluster, replication: r, month: m, date: monthDate(start, m), checks: c, figures: figuresOf.get(cluster) as HeadlineFigures });
    }
    for (const cluster of monthly[0]?.keys() ?? []) {
      const list = perCluster.get(cluster) ?? [];
      list.push(crossingOf(cluster, monthly, evaluate, refineSteps, start));
      perCluster.set(cluster, list);
    }
  }
  return {
    start,
    horizon,
    replications,
    refineSteps,
    failoverK: fplan.k,
    rows,
    clusters: [...perCluster].map(([cluster, crossings]) => ({ cluster, crossings })),
  };
}

const failingOf = (checks: readonly Check[] | undefined): Check[] => (checks ?? []).filter((c) => !c.holds);

/** The first failing month of a cluster, refined by bisection within it. */
function crossingOf(cluster: string, monthly: readonly Map<string, Check[]>[], evaluate: (t: number) => Map<string, Check[]>, steps: number, start: string): Crossing | null {
  const m = monthly.findIndex((checks) => failingOf(checks.get(cluster)).length > 0);
  if (m < 0) return null;
  let failing = failingOf(monthly[m]?.get(cluster));
  if (m === 0) return { month: 0, lastHolds: -1, days: 0, date: monthDate(start, 0), failing };
  let lo = m - 1;
  let hi = m;
  for (let s = 0; s < steps; s++) {
    const mid = (lo + hi) / 2;
    const f = failingOf(evaluate(mid).get(cluster));
    if (f.length > 0) {
      hi = mid;
      failing = f;
    } else lo = mid;
  }
  const days = daysAt(start, hi);
  return { month: hi, lastHolds: lo, days, date: dayDate(start, days), failing };
}

/**
 * Datastores are simulated with room to spare (capacity × ROOM) and judged on their real
 * capacity: a month whose disks outgrow a datastore must still run (the loader refuses a scenario
 * whose initial disks do not fit), so that the datastore check can say so and the other checks
 * still have their figures.
 */
const ROOM = 1024;

function datastoreCapacities(raw: Plain): Map<string, number> {
  const out = new Map<string, number>();
  for (const d of (raw.datastores ?? []) as Plain[]) out.set(String(d.name), Number(d.capacityGiB));
  for (const c of (raw.clusters ?? []) as Plain[]) for (const d of (c.datastores ?? []) as Plain[]) out.set(`${String(c.site ?? 'dc1')}/${String(c.name)}/${String(d.name)}`, Number(d.capacityGiB));
  return out;
}

function roomy(raw: Plain): Plain {
  const grow = (list: unknown) => {
    for (const d of (list ?? []) as Plain[]) d.capacityGiB = Number(d.capacityGiB) * ROOM;
  };
  grow(raw.datastores);
  for (const c of (raw.clusters ?? []) as Plain[]) grow(c.datastores);
  return raw;
}

function withCapacities(runs: readonly ClusterRun[], capacities: ReadonlyMap<string, number>): ClusterRun[] {
  return runs.map((r) => ({ ...r, datastores: r.datastores.map((d) => ({ ...d, capacityGiB: capacities.get(d.id) ?? d.capacityGiB })) }));
}
