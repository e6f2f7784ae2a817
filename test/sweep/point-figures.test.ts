/**
 * One evaluated point in the sizing files and words (src/sweep/point-figures.ts), shared by the
 * host-count and cap searches: hand-built summaries, figures checked by hand.
 */
import { describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../../src/sweep/metrics.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { achievedDensity, judgedOn, measured, measuredWords, objectiveFigures, r6 } from '../../src/sweep/point-figures.js';
import { meanOf, type PointResult } from '../../src/sweep/point-result.js';
import type { Summary } from '../../src/sweep/stats.js';

const none: Summary = { n: 0, mean: NaN, sd: NaN, ciLow: NaN, ciHigh: NaN };
function point(figures: Record<string, Summary>, failing: string[] = []): PointResult {
  for (const name of Object.keys(figures)) expect(METRIC_NAMES).toContain(name);
  return { point: { index: 0, id: 'n8', values: [8] }, runs: 3, stats: METRIC_NAMES.map((n) => figures[n] ?? none), failing };
}
const ready = parseObjective('cpuReady.p95OfVmP95Pct<5');
const swap = parseObjective('memory.peakSwappedGiB==0');

describe('point figures', () => {
  it('r6 rounds to six decimals, turns -0 into 0 and a non-number into null', () => {
    expect(r6(1 / 3)).toBe(0.333333);
    expect(Object.is(r6(-1e-9), 0)).toBe(true);
    expect(r6(NaN)).toBeNull();
    expect(r6(Infinity)).toBeNull();
  });

  it('gives each objective its mean, interval and verdict, and the achieved density with its binding', () => {
    const r = point(
      {
        'cpuReady.p95OfVmP95Pct': { n: 3, mean: 6.25, sd: 1, ciLow: 3.766, ciHigh: 8.734 },
        'memory.peakSwappedGiB': { n: 3, mean: 0, sd: 0, ciLow: 0, ciHigh: 0 },
        'density.hostsInUse': { n: 3, mean: 7, sd: 0, ciLow: 7, ciHigh: 7 },
        'density.vcpuPerCore': { n: 3, mean: 2.5, sd: 0, ciLow: 2.5, ciHigh: 2.5 },
      },
      [ready.text],
    );
    expect(objectiveFigures(r, [ready, swap])).toEqual([
      { objective: 'cpuReady.p95OfVmP95Pct<5', mean: 6.25, ci95Low: 3.766, ci95High: 8.734, met: false },
      { objective: 'memory.peakSwappedGiB==0', mean: 0, ci95Low: 0, ci95High: 0, met: true },
    ]);
    const d = achievedDensity(r);
    expect(d).toMatchObject({ hostsInUse: 7, vcpuPerCore: 2.5, busiestVcpuPerCore: null, memoryOvercommit: null });
    expect(Object.keys(d)).toEqual(['hostsInUse', 'vcpuPerCore', 'busiestVcpuPerCore', 'memoryOvercommit', 'busiestMemoryOvercommit', 'boundBy']);
    expect(meanOf(r, 'density.memoryOvercommit')).toBeNaN();
  });

  it('says a measured figure in its unit, with the 95 % interval only when there is one', () => {
    const r = point({
      'cpuReady.p95OfVmP95Pct': { n: 3, mean: 6.25, sd: 1, ciLow: 3.766, ciHigh: 8.734 },
      'memory.peakSwappedGiB': { n: 1, mean: 1.5, sd: NaN, ciLow: NaN, ciHigh: NaN },
    });
    expect(measured(r, ready)).toBe('6.25 % (95 % CI 3.77–8.73)');
    expect(measured(r, swap)).toBe('1.5 GiB');
    expect(measuredWords(r, ready)).toBe('CPU ready (95th percentile of VMs) below 5 %: measured 6.25 % (95 % CI 3.77–8.73)');
  });

  it('says what a point is judged on, runs counted', () => {
    expect(judgedOn('ci95', 10)).toBe('the unfavourable end of the 95 % confidence interval over 10 runs each');
    expect(judgedOn('mean', 1)).toBe('the mean of 1 run each');
  });
});
