/**
 * The right-sizing rule (src/rightsizing/rule.ts) against values worked out by hand, and the
 * workload rescaling of the what-if: applying right-sizing never raises the demand a VM asks for.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/rightsizing/rule.js';
import { scaleWorkload } from '../../src/rightsizing/scale-workload.js';
const vm = (over) => ({ vcpus: 4, memoryMiB: 16384, cpuDemandP95Pct: 50, memTouchedMiB: 8192, memReservationMiB: 0, ...over });
describe('recommend(vm, buffer)', () => {
    it('8 vCPUs at 25 % p95 + 25 %: need 8 × 0.25 × 1.25 = 2.5 → 3 vCPUs, 5 to give back', () => {
        expect(recommend(vm({ vcpus: 8, cpuDemandP95Pct: 25 }), 25)).toMatchObject({ cpu: 'oversized', recommendedVcpus: 3, vcpusBack: 5 });
    });
    it('2 vCPUs at 90 % p95 + 25 %: need 2.25 → 3 vCPUs, undersized by 1', () => {
        expect(recommend(vm({ vcpus: 2, cpuDemandP95Pct: 90 }), 25)).toMatchObject({ cpu: 'undersized', recommendedVcpus: 3, vcpusBack: -1 });
    });
    it('4 vCPUs at exactly 80 % + 25 % need exactly 4: right-sized (no rounding up of 4.0000000001)', () => {
        expect(recommend(vm({ vcpus: 4, cpuDemandP95Pct: 80 }), 25)).toMatchObject({ cpu: 'right-sized', recommendedVcpus: 4, vcpusBack: 0 });
    });
    it('an idle VM keeps at least 1 vCPU and 1 GiB', () => {
        expect(recommend(vm({ cpuDemandP95Pct: 0, memTouchedMiB: 0 }), 25)).toMatchObject({ recommendedVcpus: 1, vcpusBack: 3, recommendedMemoryGiB: 1, memoryGiBBack: 15 });
    });
    it('memory: 8 GiB touched of 16 + 25 % = 10 GiB, 6 to give back; with no buffer 8 GiB', () => {
        expect(recommend(vm({}), 25)).toMatchObject({ memory: 'oversized', recommendedMemoryGiB: 10, memoryGiBBack: 6 });
        expect(recommend(vm({}), 0)).toMatchObject({ memory: 'oversized', recommendedMemoryGiB: 8, memoryGiBBack: 8 });
    });
    it('memory fully touched is right-sized, not undersized (touched cannot show a need beyond the size)', () => {
        expect(recommend(vm({ memTouchedMiB: 16384 }), 25)).toMatchObject({ memory: 'right-sized', recommendedMemoryGiB: 16, memoryGiBBack: 0 });
    });
    it('never recommends memory below the reservation', () => {
        expect(recommend(vm({ memTouchedMiB: 2048, memReservationMiB: 12288 }), 25)).toMatchObject({ recommendedMemoryGiB: 12, memoryGiBBack: 4 });
    });
    it('property: the recommendation covers the p95 demand plus the buffer, and never goes below 1 vCPU', () => {
        fc.assert(fc.property(fc.integer({ min: 1, max: 128 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.integer({ min: 0, max: 200 }), (vcpus, p95, buffer) => {
            const r = recommend(vm({ vcpus, cpuDemandP95Pct: p95 }), buffer);
            expect(r.recommendedVcpus).toBeGreaterThanOrEqual(1);
            expect(r.recommendedVcpus).toBeGreaterThanOrEqual((p95 / 100) * vcpus * (1 + buffer / 100) - 1e-6);
            expect(r.recommendedVcpus - 1).toBeLessThan(Math.max(1, (p95 / 100) * vcpus * (1 + buffer / 100)));
            expect(r.vcpusBack).toBe(vcpus - r.recommendedVcpus);
        }));
    });
});
describe('scaleWorkload (what-if)', () => {
    const level = fc.double({ min: 0, max: 1, noNaN: true });
    const workload = fc.oneof(fc.record({ type: fc.constant('constant'), cpu: level, memory: level }), fc.record({ type: fc.constant('diurnal'), low: level, high: level, memory: level, memoryHigh: level }), fc.record({ type: fc.constant('random-walk'), start: level, sigma: level, min: level, max: level, memory: level }), fc.record({ type: fc.constant('uniform'), min: level, max: level, memory: level }), fc.record({ type: fc.constant('on-off'), on: level, off: level, meanOn: fc.constant('10m'), meanOff: fc.constant('20m'), memory: level }));
    const CPU = ['cpu', 'low', 'high', 'start', 'min', 'max', 'on', 'off'];
    it('property: applying right-sizing never raises demand (level × size after ≤ level × size before)', () => {
        fc.assert(fc.property(workload, fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 512 }), fc.integer({ min: 1, max: 512 }), (w, oldV, newV, oldG, newG) => {
            const out = scaleWorkload(w, oldV / newV, oldG / newG);
            for (const [k, v] of Object.entries(w)) {
                if (typeof v !== 'number' || k === 'sigma')
                    continue;
                const after = out[k];
                expect(after).toBeLessThanOrEqual(1);
                if (CPU.includes(k))
                    expect(after * newV).toBeLessThanOrEqual(v * oldV + 1e-9);
                else
                    expect(after * newG).toBeLessThanOrEqual(v * oldG + 1e-9);
            }
            expect(out.sigma).toBe(w.sigma);
        }));
    });
    it('keeps the MHz asked for when nothing caps it: 8 → 3 vCPUs at 25 % asks 66.6666 %', () => {
        expect(scaleWorkload({ type: 'constant', cpu: 0.25, memory: 0.2 }, 8 / 3, 1)).toEqual({ type: 'constant', cpu: 0.666666, memory: 0.2 });
    });
    it('refuses to rescale a trace (recorded percentages)', () => {
        expect(scaleWorkload({ type: 'trace', format: 'csv', path: 'x.csv' }, 2, 1)).toBeNull();
    });
});
//# sourceMappingURL=rule.test.js.map