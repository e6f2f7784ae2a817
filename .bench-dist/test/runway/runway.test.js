/**
 * Runway on a small deterministic case worked out by hand: one host of 8 × 1000 MHz cores (no
 * hypervisor overhead), 4 VMs of 2 vCPUs at a constant 40 %: 3200 of 8000 MHz, 40 % utilisation.
 *   linear 10 %/month:   40 × (1 + 0.1 m) ≥ 70 ⇔ m ≥ 7.5 → month 8 (72 %); month 7 is 68 %.
 *   compound 10 %/month: 40 × 1.1^m ≥ 70 ⇔ m ≥ ln 1.75 / ln 1.1 = 5.87 → month 6 (70.86 %); month 5 is 64.42 %.
 * And: the runway never lengthens when the growth rate rises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { growthFactor, monthDate, scenarioAtMonth } from '../../src/runway/growth.js';
import { runway, runwaySentences } from '../../src/runway/runway.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { scenarioFrom } from '../helpers/sim.js';
const cluster = (name, growth) => ({
    name,
    hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }],
    vms: [{ name: 'g', count: 4, template: 't', workload: { type: 'constant', cpu: 0.4, memory: 0.2 }, growth }],
});
function estate(growth, second) {
    return {
        name: 'runway-case',
        start: '2026-01-31T00:00:00Z',
        duration: '1h',
        step: '5m',
        templates: { t: { vcpus: 2, memoryGiB: 4 } },
        clusters: second === undefined ? [cluster('c1', growth)] : [cluster('c1', growth), cluster('c2', second)],
    };
}
const util70 = [parseObjective('cpu.peakUtilPct<70')];
const run = (raw) => {
    const names = raw.clusters.map((c) => c.name);
    return simulate(scenarioFrom(raw)).clusterHeadlines.map((figures, ci) => ({ cluster: names[ci], figures }));
};
const first = (r, c = 'c1') => r.runsOut.find((x) => x.cluster === c)?.at ?? null;
const values = (r, c = 'c1') => r.rows.filter((x) => x.cluster === c).map((x) => x.values[0]);
describe('growth', () => {
    it('growthFactor: compound (1.1)^6 = 1.771561, linear 1 + 0.1 × 6 = 1.6', () => {
        expect(growthFactor(10, 6, 'compound')).toBeCloseTo(1.771561, 9);
        expect(growthFactor(10, 6, 'linear')).toBeCloseTo(1.6, 12);
    });
    it('monthDate keeps the day, or the last day of a shorter month', () => {
        expect(monthDate('2026-01-31T00:00:00Z', 1)).toBe('2026-02-28');
        expect(monthDate('2026-01-31T00:00:00Z', 13)).toBe('2027-02-28');
        expect(monthDate('2026-03-02T00:00:00Z', 18)).toBe('2027-09-02');
    });
    it('scenarioAtMonth scales the growing group only, capped at the VM size', () => {
        const raw = estate({ cpuPctPerMonth: 10, memoryPctPerMonth: 50, model: 'linear' });
        const g = scenarioAtMonth(raw, 4).clusters[0]?.vms[0]?.workload;
        expect(g).toEqual({ type: 'constant', cpu: 0.56, memory: 0.6 });
        const late = scenarioAtMonth(raw, 30).clusters[0]?.vms[0]?.workload;
        expect(late).toEqual({ type: 'constant', cpu: 1, memory: 1 });
        expect(raw.clusters[0]?.vms[0]?.workload.cpu).toBe(0.4);
    });
});
describe('runway', () => {
    it('linear 10 %/month crosses 70 % utilisation at month 8 (72 %), month 7 holds (68 %)', () => {
        const r = runway(estate({ cpuPctPerMonth: 10, model: 'linear' }), '2026-01-31T00:00:00Z', 12, util70, run);
        expect(values(r)).toEqual([40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80, 84, 88].map((x) => expect.closeTo(x, 6)));
        expect(first(r)?.month).toBe(8);
        expect(first(r)?.date).toBe('2026-09-30');
        expect(runwaySentences(r, 12, '2026-01-31T00:00:00Z')).toBe('c1 runs out around 2026-09-30 (month 8; month 7 holds): cpu.peakUtilPct<70 fails first\n');
    });
    it('compound 10 %/month crosses at month 6 (70.86 %), month 5 holds (64.42 %)', () => {
        const r = runway(estate({ cpuPctPerMonth: 10 }), '2026-01-31T00:00:00Z', 12, util70, run);
        expect(values(r)[5]).toBeCloseTo(64.4204, 3);
        expect(values(r)[6]).toBeCloseTo(70.8624, 3);
        expect(first(r)?.month).toBe(6);
    });
    it('each cluster gets its own date: linear c1 at month 8, compound c2 at month 6', () => {
        const r = runway(estate({ cpuPctPerMonth: 10, model: 'linear' }, { cpuPctPerMonth: 10 }), '2026-01-31T00:00:00Z', 12, util70, run);
        expect(r.runsOut.map((x) => [x.cluster, x.at?.month])).toEqual([
            ['c1', 8],
            ['c2', 6],
        ]);
        expect(values(r, 'c2')[6]).toBeCloseTo(70.8624, 3);
    });
    it('without growth every month is today and the runway is beyond the horizon', () => {
        const r = runway(estate({ cpuPctPerMonth: 0 }), '2026-01-31T00:00:00Z', 3, util70, run);
        expect(first(r)).toBeNull();
        expect(runwaySentences(r, 3, '2026-01-31T00:00:00Z')).toBe('c1: every objective holds through month 3 (2026-04-30); the runway is beyond the horizon\n');
    });
    it('property: a higher growth rate never gives a later run-out month', () => {
        fc.assert(fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), (a, b, linear) => {
            const [lo, hi] = a <= b ? [a, b] : [b, a];
            const model = linear ? 'linear' : 'compound';
            const month = (pct) => first(runway(estate({ cpuPctPerMonth: pct, model }), '2026-01-31T00:00:00Z', 12, util70, run))?.month ?? 13;
            expect(month(hi)).toBeLessThanOrEqual(month(lo));
        }), { numRuns: 6 });
    });
});
//# sourceMappingURL=runway.test.js.map