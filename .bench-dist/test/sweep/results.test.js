/**
 * Replication statistics (Student t 95 % intervals checked against published quantiles),
 * objectives (parsing, mean and ci95 bases) and the safe-overcommit frontier.
 */
import { describe, expect, it } from 'vitest';
import { expandPoints } from '../../src/sweep/expand.js';
import { METRIC_NAMES } from '../../src/sweep/metrics.js';
import { DEFAULT_OBJECTIVES, meets, parseObjective } from '../../src/sweep/objectives.js';
import { frontier, pointResults } from '../../src/sweep/results.js';
import { summarize, t975 } from '../../src/sweep/stats.js';
describe('t975', () => {
    // NIST/SEMATECH e-Handbook, table 1.3.6.7.2 (upper 0.025 critical values of Student's t).
    it.each([
        [1, 12.706],
        [2, 4.303],
        [5, 2.571],
        [9, 2.262],
        [29, 2.045],
        [30, 2.042],
        [40, 2.021],
        [60, 2.0],
        [100, 1.984],
    ])('t(0.975, %i) = %f to 3 decimals', (df, t) => {
        expect(t975(df)).toBeCloseTo(t, 3);
    });
    it('falls towards the normal 1.96 as df grows, and is NaN below one degree of freedom', () => {
        expect(t975(1e6)).toBeCloseTo(1.96, 3);
        for (let df = 1; df < 300; df++)
            expect(t975(df + 1)).toBeLessThan(t975(df));
        expect(t975(0)).toBeNaN();
    });
});
describe('summarize', () => {
    it('gives mean, sample sd and mean ± t·sd/√n', () => {
        const s = summarize([1, 2, 3, 4]);
        expect(s.mean).toBe(2.5);
        expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
        expect(s.ciHigh - s.mean).toBeCloseTo(3.1824463053 * Math.sqrt(5 / 3) / 2, 10);
        expect(s.mean - s.ciLow).toBeCloseTo(s.ciHigh - s.mean, 12);
    });
    it('has no sd or interval for one run, and nothing when a run lacks the figure', () => {
        expect(summarize([3])).toMatchObject({ n: 1, mean: 3 });
        expect(summarize([3]).sd).toBeNaN();
        expect(summarize([3, null]).mean).toBeNaN();
    });
});
describe('objectives', () => {
    it('parses <metric><op><number> with spaces allowed, and names unknown metrics and bad forms', () => {
        expect(parseObjective(' cpuReady.p95OfVmP95Pct < 5 ')).toMatchObject({ metric: 'cpuReady.p95OfVmP95Pct', op: '<', threshold: 5, text: 'cpuReady.p95OfVmP95Pct<5' });
        expect(() => parseObjective('cpuReady.p95<5')).toThrow(/unknown metric 'cpuReady.p95'; known metrics: cpuReady.p95OfVmP95Pct/);
        expect(() => parseObjective('cpuReady.p95OfVmP95Pct ~ 5')).toThrow(/expected <metric><op><number>/);
        expect(DEFAULT_OBJECTIVES.map((t) => parseObjective(t).metric)).toEqual(['cpuReady.p95OfVmP95Pct', 'memory.peakSwappedGiB', 'availability.meanVmAvailabilityPct']);
    });
    it('judges the mean, or with ci95 the unfavourable end of the interval', () => {
        const lt = parseObjective('cpuReady.p95OfVmP95Pct<5');
        const ge = parseObjective('availability.meanVmAvailabilityPct>=99.95');
        const s = { mean: 4, ciLow: 3, ciHigh: 6 };
        expect(meets(lt, s, 'mean')).toBe(true);
        expect(meets(lt, s, 'ci95')).toBe(false);
        expect(meets(ge, { mean: 99.96, ciLow: 99.94, ciHigh: 99.98 }, 'mean')).toBe(true);
        expect(meets(ge, { mean: 99.96, ciLow: 99.94, ciHigh: 99.98 }, 'ci95')).toBe(false);
        expect(meets(lt, { mean: NaN, ciLow: NaN, ciHigh: NaN }, 'mean')).toBe(false);
    });
});
describe('frontier', () => {
    const parameters = [
        { name: 'cpu.overcommit', values: [1, 2, 4, 8], targets: [] },
        { name: 'memory.overcommit', values: [1, 1.5], targets: [] },
    ];
    const points = expandPoints(parameters);
    /** Ready % = 2 × cpu ratio (+3 at memory 1.5); swap only at cpu 8 with memory 1.5. */
    const records = points.flatMap((p) => [0, 1].map((r) => {
        const [cpu, mem] = p.values;
        const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, 0]));
        metrics['cpuReady.p95OfVmP95Pct'] = 2 * cpu + (mem > 1 ? 3 : 0) + (r === 0 ? -0.1 : 0.1) - 2;
        metrics['memory.peakSwappedGiB'] = cpu === 8 && mem > 1 ? 1 : 0;
        metrics['availability.meanVmAvailabilityPct'] = 100;
        return { run: `${p.id}-r0${r}`, point: p.index, replication: r, seed: r, metrics };
    }));
    const objectives = DEFAULT_OBJECTIVES.map(parseObjective);
    const results = pointResults(points, records, objectives, 'mean');
    it('names the objectives each point fails, on the mean of its replications', () => {
        expect(results.map((r) => r.failing.length === 0)).toEqual([true, true, true, false, false, false, false, false]);
        expect(results[7]?.failing).toEqual(['cpuReady.p95OfVmP95Pct<5', 'memory.peakSwappedGiB==0']);
    });
    const pick = (rows) => rows.map((r) => ({ parameter: r.parameter, fixed: r.fixed, highestMet: r.highestMet, nextFailing: r.nextFailing, failingObjectives: r.failingObjectives, failingBelow: r.failingBelow, notBinding: r.notBinding }));
    it('gives, per value of the other parameter, the highest value meeting every objective and the next one up, which fails', () => {
        // No targets: the parameters drive no measured figure, so every value counts as binding.
        expect(pick(frontier(parameters, results))).toEqual([
            { parameter: 'cpu.overcommit', fixed: 'memory.overcommit=1', highestMet: 2, nextFailing: 4, failingObjectives: ['cpuReady.p95OfVmP95Pct<5'], failingBelow: [], notBinding: [] },
            { parameter: 'cpu.overcommit', fixed: 'memory.overcommit=1.5', highestMet: 1, nextFailing: 2, failingObjectives: ['cpuReady.p95OfVmP95Pct<5'], failingBelow: [], notBinding: [] },
            { parameter: 'memory.overcommit', fixed: 'cpu.overcommit=1', highestMet: 1.5, nextFailing: null, failingObjectives: [], failingBelow: [], notBinding: [] },
            { parameter: 'memory.overcommit', fixed: 'cpu.overcommit=2', highestMet: 1, nextFailing: 1.5, failingObjectives: ['cpuReady.p95OfVmP95Pct<5'], failingBelow: [], notBinding: [] },
            { parameter: 'memory.overcommit', fixed: 'cpu.overcommit=4', highestMet: null, nextFailing: 1, failingObjectives: ['cpuReady.p95OfVmP95Pct<5'], failingBelow: [], notBinding: [] },
            { parameter: 'memory.overcommit', fixed: 'cpu.overcommit=8', highestMet: null, nextFailing: 1, failingObjectives: ['cpuReady.p95OfVmP95Pct<5'], failingBelow: [], notBinding: [] },
        ]);
    });
    it('leaves out parameters whose values are not all numbers', () => {
        const named = [{ name: 'clusters[0].placement.algorithm', values: ['spread', 'first-fit'], targets: [] }];
        expect(frontier(named, pointResults(expandPoints(named), [], objectives, 'mean'))).toEqual([]);
    });
});
//# sourceMappingURL=results.test.js.map