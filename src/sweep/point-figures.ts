/**
 * How one evaluated point of a sizing reads in sizing.json, sizing.csv and the answer paragraph,
 * for the host-count search (size-outputs.ts) and the cap search (cap-outputs.ts) alike: means
 * rounded for the files, each objective with its 95 % interval, the density the placement
 * achieved, a measured figure in words, and what the answer was judged on.
 */
import { objectiveWords } from './answer.js';
import { trim } from './density-text.js';
import type { FrontierBasis, Objective } from './objectives.js';
import { meanOf, type PointResult } from './point-result.js';
import { bindingAt } from './results.js';
import type { Summary } from './stats.js';

/** Six decimals for the files (no -0); null for a figure that is not a number (no runs, no interval). */
export const r6 = (x: number): number | null => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 || 0 : null);

/** Each objective's mean and 95 % interval at the point, and whether the point met it. */
export function objectiveFigures(r: PointResult, objectives: readonly Objective[]): Record<string, unknown>[] {
  return objectives.map((o) => {
    const s = r.stats[o.index] as Summary;
    return { objective: o.text, mean: r6(s.mean), ci95Low: r6(s.ciLow), ci95High: r6(s.ciHigh), met: !r.failing.includes(o.text) };
  });
}

/** The density the placement reached (means over the runs) and the constraint that bound most placements. */
export function achievedDensity(r: PointResult): Record<string, unknown> {
  return {
    hostsInUse: r6(meanOf(r, 'density.hostsInUse')),
    vcpuPerCore: r6(meanOf(r, 'density.vcpuPerCore')),
    busiestVcpuPerCore: r6(meanOf(r, 'density.busiestVcpuPerCore')),
    memoryOvercommit: r6(meanOf(r, 'density.memoryOvercommit')),
    busiestMemoryOvercommit: r6(meanOf(r, 'density.busiestMemoryOvercommit')),
    boundBy: bindingAt(r),
  };
}

/** "3.2 % (95 % CI 2.9–3.5)": the objective's mean at the point in its unit, with the interval when there is one. */
export function measured(r: PointResult, o: Objective): string {
  const s = r.stats[o.index] as Summary;
  const unit = o.metric.endsWith('Pct') ? ' %' : o.metric.endsWith('GiB') ? ' GiB' : '';
  const ci = Number.isFinite(s.ciLow) && s.ciHigh > s.ciLow ? ` (95 % CI ${trim(s.ciLow)}–${trim(s.ciHigh)})` : '';
  return `${trim(s.mean)}${unit}${ci}`;
}

/** "CPU ready … below 5 %: measured 3.2 % (95 % CI 2.9–3.5)". */
export function measuredWords(r: PointResult, o: Objective): string {
  return `${objectiveWords(o)}: measured ${measured(r, o)}`;
}

/** What a point is judged on: "the unfavourable end of the 95 % confidence interval over 10 runs each", or "the mean of 1 run each". */
export function judgedOn(basis: FrontierBasis, replications: number): string {
  const runs = `${replications} run${replications === 1 ? '' : 's'} each`;
  return basis === 'ci95' ? `the unfavourable end of the 95 % confidence interval over ${runs}` : `the mean of ${runs}`;
}
