/**
 * Did a swept setting change what happened? A cap allows a density; the placement reaches one.
 * A point whose setting did not change the placement it achieved (hosts in use, the mean and
 * the busiest host's ratio) against the next lower value of the same parameter (all other
 * parameters equal) is *not binding*: its results say nothing about
 * that setting, so it is never reported as met ("safe") for it.
 *
 * Each parameter is tied to the figure it drives: the vCPU:pCPU cap to the achieved vCPU per
 * core, the memory cap to the achieved memory overcommit, a host count to the hosts in use.
 * For the lowest value of a group there is no lower neighbour: a cap binds there when some
 * placement was refused by it; any other setting is taken as binding.
 */
import type { Parameter } from './expand.js';
import { METRIC_NAMES } from './metrics.js';
import { showValue, type Segment, type SweepValue } from './paths.js';
import type { PointResult } from './point-result.js';

/** The achieved figure a parameter drives and, for caps, the binding count that shows it was hit. */
export interface Driven {
  readonly achieved: string;
  /** The same figure on the busiest host (null when the figure is not per host). */
  readonly busiest: string | null;
  readonly unit: string;
  readonly boundBy: string | null;
}

const BY_FIELD: Readonly<Record<string, Driven>> = {
  maxVcpuPerCore: { achieved: 'density.vcpuPerCore', busiest: 'density.busiestVcpuPerCore', unit: 'vCPU/core', boundBy: 'density.boundBy.cpuCap' },
  maxMemoryOvercommit: { achieved: 'density.memoryOvercommit', busiest: 'density.busiestMemoryOvercommit', unit: 'memory overcommit', boundBy: 'density.boundBy.memoryCap' },
  count: { achieved: 'density.hostsInUse', busiest: null, unit: 'hosts in use', boundBy: null },
};

/**
 * What a setting can change in a placement: hosts in use, the mean over them (which moves only
 * with the host count) and the busiest host (which moves when the hosts fill differently).
 */
function placementOf(r: PointResult, d: Driven): number[] {
  return [mean(r, 'density.hostsInUse'), mean(r, d.achieved), d.busiest === null ? 0 : mean(r, d.busiest)];
}

/** The figure parameter p drives, or null when it drives none we can measure. */
export function drivenBy(p: Pick<Parameter, 'targets'>): Driven | null {
  const fields = new Set(p.targets.map((t) => t[t.length - 1] as Segment));
  if (fields.size !== 1) return null;
  const field = [...fields][0] as Segment;
  // A host count: clusters[i].hosts[j].count (a VM group's count drives demand, not hosts).
  if (field === 'count') return p.targets.every((t) => t[t.length - 3] === 'hosts') ? (BY_FIELD.count as Driven) : null;
  return typeof field === 'string' ? (BY_FIELD[field] ?? null) : null;
}

const metricIndex = (name: string): number => METRIC_NAMES.indexOf(name);

function mean(r: PointResult, name: string): number {
  const k = metricIndex(name);
  return k < 0 ? NaN : (r.stats[k]?.mean ?? NaN);
}

/** The achieved figure at a point (mean over its replications); NaN when unknown. */
export function achievedAt(r: PointResult, d: Driven): number {
  return mean(r, d.achieved);
}

/** The figure on the busiest host at a point; NaN when unknown or not per host. */
export function busiestAt(r: PointResult, d: Driven): number {
  return d.busiest === null ? NaN : mean(r, d.busiest);
}

/** Same figure up to rounding noise (means of identical placements are identical). */
const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Per point (by index in `results`), per parameter: true when the parameter's value changed the
 * achieved figure, false when it did not, null when the parameter drives no measured figure or
 * is not numeric.
 */
export function bindingMatrix(parameters: readonly Parameter[], results: readonly PointResult[]): (boolean | null)[][] {
  const out = results.map(() => parameters.map((): boolean | null => null));
  const index = new Map(results.map((r, k) => [r, k]));
  parameters.forEach((param, j) => {
    const d = drivenBy(param);
    if (d === null || !param.values.every((v) => typeof v === 'number')) return;
    for (const group of groupsAlong(parameters, results, j)) {
      group.forEach((r, i) => {
        const k = index.get(r) as number;
        const here = placementOf(r, d);
        if (here.some(Number.isNaN)) return;
        if (i === 0) {
          const hits = d.boundBy === null ? 1 : mean(r, d.boundBy);
          (out[k] as (boolean | null)[])[j] = hits > 0;
          return;
        }
        const below = placementOf(group[i - 1] as PointResult, d);
        (out[k] as (boolean | null)[])[j] = below.some(Number.isNaN) || here.some((x, q) => !same(x, below[q]));
      });
    }
  });
  return out;
}

/** The other parameters' values as `name=value` joined by spaces. */
export function fixedLabel(parameters: readonly Parameter[], values: readonly SweepValue[], skip: number): string {
  return parameters
    .map((p, j) => (j === skip ? '' : `${p.name}=${showValue(values[j] ?? null)}`))
    .filter((s) => s !== '')
    .join(' ');
}

/** Points grouped by the other parameters' values, each group sorted by parameter j ascending. */
export function groupsAlong(parameters: readonly Parameter[], results: readonly PointResult[], j: number): PointResult[][] {
  const groups = new Map<string, PointResult[]>();
  for (const r of results) {
    const key = fixedLabel(parameters, r.point.values, j);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((g) => [...g].sort((a, b) => (a.point.values[j] as number) - (b.point.values[j] as number)));
}
