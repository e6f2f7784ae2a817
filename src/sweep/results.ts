/**
 * From run records to per-point statistics and the safe-overcommit frontier.
 *
 * Frontier: for each numeric parameter, and for each combination of the other parameters'
 * values, the highest value of that parameter whose point meets all objectives (judged on the
 * mean of its replications, or with `ci95` on the unfavourable end of the 95 % interval), the
 * next value up (which fails) with the objectives it fails, and any lower values that fail too
 * (a window rather than a threshold: e.g. VMs unplaceable at low ratios, or noise).
 */
import type { Parameter, Point } from './expand.js';
import type { RunRecord } from './execute.js';
import { METRIC_NAMES } from './metrics.js';
import { meets, type FrontierBasis, type Objective } from './objectives.js';
import { showValue, type SweepValue } from './paths.js';
import { summarize, type Summary } from './stats.js';

export interface PointResult {
  readonly point: Point;
  readonly runs: number;
  /** One summary per metric, in METRICS order. */
  readonly stats: readonly Summary[];
  /** Objectives (their text) the point fails. */
  readonly failing: readonly string[];
}

export interface FrontierRow {
  readonly parameter: string;
  /** The other parameters' values, `name=value` joined by spaces ('' when there are none). */
  readonly fixed: string;
  /** Highest value whose point meets every objective; null when none does. */
  readonly highestSafe: number | null;
  /** The next value above it (the lowest value when none is safe); null when it is the highest value. */
  readonly nextFailing: number | null;
  /** Objectives the next value fails. */
  readonly failingObjectives: readonly string[];
  /** Values below the highest safe one that fail too (ascending). */
  readonly failingBelow: readonly number[];
}

/** Records must be sorted by run id (so each point's replications are in order). */
export function pointResults(points: readonly Point[], records: readonly RunRecord[], objectives: readonly Objective[], basis: FrontierBasis): PointResult[] {
  const byPoint: RunRecord[][] = points.map(() => []);
  for (const r of records) byPoint[r.point]?.push(r);
  return points.map((point, k) => {
    const runs = byPoint[k] as RunRecord[];
    const stats = METRIC_NAMES.map((name) => summarize(runs.map((r) => r.metrics[name] ?? null)));
    const failing = objectives.filter((o) => !meets(o, stats[o.index] as Summary, basis)).map((o) => o.text);
    return { point, runs: runs.length, stats, failing };
  });
}

function label(parameters: readonly Parameter[], values: readonly SweepValue[], skip: number): string {
  return parameters
    .map((p, j) => (j === skip ? '' : `${p.name}=${showValue(values[j] ?? null)}`))
    .filter((s) => s !== '')
    .join(' ');
}

export function frontier(parameters: readonly Parameter[], results: readonly PointResult[]): FrontierRow[] {
  const rows: FrontierRow[] = [];
  parameters.forEach((param, k) => {
    if (!param.values.every((v) => typeof v === 'number')) return;
    const groups = new Map<string, PointResult[]>();
    for (const r of results) {
      const key = label(parameters, r.point.values, k);
      const g = groups.get(key);
      if (g) g.push(r);
      else groups.set(key, [r]);
    }
    for (const [fixed, group] of groups) {
      const sorted = [...group].sort((a, b) => (a.point.values[k] as number) - (b.point.values[k] as number));
      const value = (r: PointResult): number => r.point.values[k] as number;
      let top = -1;
      sorted.forEach((r, j) => {
        if (r.failing.length === 0) top = j;
      });
      const next = sorted[top + 1];
      rows.push({
        parameter: param.name,
        fixed,
        highestSafe: top >= 0 ? value(sorted[top] as PointResult) : null,
        nextFailing: next ? value(next) : null,
        failingObjectives: next ? next.failing : [],
        failingBelow: sorted.slice(0, Math.max(0, top)).filter((r) => r.failing.length > 0).map(value),
      });
    }
  });
  return rows;
}
