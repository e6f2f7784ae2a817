/**
 * The frontier in achieved terms (src/sweep/results.ts, binding.ts): a cap that changed nothing
 * the placement did is not binding and never reported as met; what is reported met is stated
 * with the density achieved, which never exceeds the cap.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sweepAnswer } from '../../src/sweep/answer.js';
import { bindingMatrix } from '../../src/sweep/binding.js';
import { expandPoints } from '../../src/sweep/expand.js';
import { METRIC_NAMES } from '../../src/sweep/metrics.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { frontier, pointResults } from '../../src/sweep/results.js';
const CPU = { name: 'cpu.overcommit', values: [1, 2, 4, 6, 8], targets: [['clusters', 0, 'placement', 'maxVcpuPerCore']] };
const OBJ = [parseObjective('cpuReady.p95OfVmP95Pct<5')];
/**
 * 128 VMs of 2.5 vCPU on average on 16-core hosts whose memory stops density at 4 vCPU/core:
 * the achieved ratio is min(cap, 4); ready is 1 % per vCPU/core achieved, by `readyPer`.
 */
function records(caps, memoryLimit, readyPer, reps = 2) {
    const param = { ...CPU, values: caps };
    const pts = expandPoints([param]);
    const recs = pts.flatMap((p) => Array.from({ length: reps }, (_, r) => {
        const cap = p.values[0];
        const achieved = Math.min(cap, memoryLimit);
        const hosts = Math.ceil(320 / (16 * achieved));
        const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, 0]));
        metrics['density.vcpuPerCore'] = 320 / (16 * hosts);
        metrics['density.busiestVcpuPerCore'] = achieved;
        metrics['density.hostsInUse'] = hosts;
        metrics['density.boundBy.cpuCap'] = cap <= memoryLimit ? 100 : 0;
        metrics['density.boundBy.memoryCap'] = cap > memoryLimit ? 100 : 0;
        metrics['cpuReady.p95OfVmP95Pct'] = readyPer * achieved + r * 0.2;
        return { run: `${p.id}-r0${r}`, point: p.index, replication: r, seed: r, metrics };
    }));
    return { pts, recs, param };
}
describe('frontier in achieved terms', () => {
    it('cap 8 with memory binding at 4:1: 4 is the highest met, 6 and 8 are not binding, and the statement gives the achieved density', () => {
        const { pts, recs, param } = records([1, 2, 4, 6, 8], 4, 1);
        const [row] = frontier([param], pointResults(pts, recs, OBJ, 'mean'));
        expect(row?.highestMet).toBe(4);
        expect(row?.notBinding).toEqual([6, 8]);
        expect(row?.achieved).toBe(4);
        expect(row?.hostsInUse).toBe(5);
        expect(row?.boundBy).toBe('cpuCap');
        expect(row?.statement).toBe('cpu.overcommit: 4 meets every objective: achieved 4 vCPU/core (busiest host 4) on 5 hosts in use, bound by the vCPU:pCPU cap; 6, 8 not binding (no change in what was achieved: untested, not safe)');
    });
    it('the same sweep judged on ci95 keeps 6 and 8 not binding and moves the highest met down when the interval crosses', () => {
        // ready = 1.2 × achieved (+0.2 on replication 1): at 4, 4.8 and 5.0, mean 4.9 < 5, but the CI's upper end is 6.17.
        const { pts, recs, param } = records([1, 2, 4, 6, 8], 4, 1.2);
        const mean = frontier([param], pointResults(pts, recs, OBJ, 'mean'))[0];
        const ci = frontier([param], pointResults(pts, recs, OBJ, 'ci95'))[0];
        expect(mean?.highestMet).toBe(4);
        expect(ci?.highestMet).toBe(2);
        expect(ci?.nextFailing).toBe(4);
        expect(ci?.notBinding).toEqual([6, 8]);
    });
    it('property: a not-binding value is never the highest met, the achieved density never exceeds the cap met, and the answer never names a not-binding point', () => {
        fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 7 }), fc.integer({ min: 1, max: 12 }), fc.double({ min: 0.2, max: 3, noNaN: true }), fc.constantFrom('mean', 'ci95'), (caps, memoryLimit, readyPer, basis) => {
            const sorted = [...caps].sort((a, b) => a - b);
            const { pts, recs, param } = records(sorted, memoryLimit, readyPer);
            const results = pointResults(pts, recs, OBJ, basis);
            const [row] = frontier([param], results);
            if (!row)
                throw new Error('no row');
            if (row.highestMet !== null) {
                expect(row.notBinding).not.toContain(row.highestMet);
                expect(row.achieved).toBeLessThanOrEqual(row.highestMet + 1e-9);
            }
            // Not binding exactly when the placement did not change: the lowest cap when the memory
            // limit stopped every placement first, a higher one when min(cap, limit) stayed the same.
            const achieved = (c) => Math.min(c, memoryLimit);
            expect(row.notBinding).toEqual(sorted.filter((c, i) => (i === 0 ? c > memoryLimit : achieved(c) === achieved(sorted[i - 1]))));
            const binds = bindingMatrix([param], results);
            const answer = sweepAnswer([param], results, OBJ, basis).answer;
            if (answer !== null)
                expect(answer.failing).toEqual([]);
            // Every reported statement of a met value carries its achieved figure.
            if (row.highestMet !== null)
                expect(row.statement).toContain(`achieved ${Math.round(row.achieved * 100) / 100} vCPU/core`);
            expect(binds.length).toBe(sorted.length);
        }), { numRuns: 200 });
    });
});
//# sourceMappingURL=frontier.test.js.map