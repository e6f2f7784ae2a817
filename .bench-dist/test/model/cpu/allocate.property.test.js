/**
 * allocateCpu invariants over random hosts (fast-check): bounds, capacity, reservation floors,
 * work conservation and weighted max-min fairness (DOMAIN.md "CPU": reservations first, limits
 * capped, the rest max-min fair weighted by shares).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCpu } from '../../../src/model/cpu/allocate.js';
const EPS = 1e-6;
/** A number in [min, max] with 1/100 resolution (fc.double leans towards extreme values). */
const centi = (min, max) => fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((x) => x / 100);
const vmArb = fc.record({
    want: fc.oneof({ arbitrary: fc.constant(0), weight: 1 }, { arbitrary: centi(0, 8000), weight: 6 }),
    limit: fc.oneof({ arbitrary: fc.constant(Infinity), weight: 3 }, { arbitrary: centi(1, 8000), weight: 2 }),
    resWeight: fc.oneof(fc.constant(0), centi(0, 1)),
    // Whole shares, as ESXi uses (presets 500 / 1000 / 2000 per vCPU, custom values are integers):
    // their sums are exact. Fractional shares lose precision (see allocate.test.ts, "3e-12").
    shares: fc.oneof(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 1, max: 1_000_000 })),
});
/**
 * Random hosts with n ≤ 30 VMs. The capacity is a random fraction (5 %–150 %) of Σ min(want,
 * limit), so most hosts are contended. Reservations are a fraction `resTotal` of the capacity
 * split by weight, so Σ reservations ≤ capacity and hence Σ min(reservation, want, limit) ≤ capacity.
 */
const caseArb = fc
    .record({
    capFrac: centi(0.05, 1.5),
    resTotal: fc.oneof(fc.constant(0), centi(0, 1)),
    vms: fc.array(vmArb, { minLength: 1, maxLength: 30 }),
})
    .map(({ capFrac, resTotal, vms }) => {
    const capped = vms.reduce((s, v) => s + Math.min(v.want, v.limit), 0);
    const capacity = Math.max(1, capFrac * capped);
    const weights = vms.reduce((s, v) => s + v.resWeight, 0);
    return {
        capacity,
        want: vms.map((v) => v.want),
        limit: vms.map((v) => v.limit),
        reservation: vms.map((v) => (weights > 0 ? ((resTotal * capacity * v.resWeight) / weights) * (1 - 1e-12) : 0)),
        shares: vms.map((v) => v.shares),
    };
});
function run(c) {
    const n = c.want.length;
    const granted = new Float64Array(n);
    const contended = allocateCpu(n, Float64Array.from(c.want), Float64Array.from(c.limit), Float64Array.from(c.reservation), Float64Array.from(c.shares), c.capacity, granted, new Uint8Array(n));
    return { granted: Array.from(granted), contended };
}
const capOf = (c, i) => Math.min(c.want[i], c.limit[i]);
const floorOf = (c, i) => Math.min(c.reservation[i], c.want[i], c.limit[i]);
describe('allocateCpu (property, n ≤ 30)', () => {
    it('keeps every grant within [0, min(want, limit)] and at or above min(reservation, want, limit)', () => {
        fc.assert(fc.property(caseArb, (c) => {
            const { granted } = run(c);
            granted.forEach((g, i) => {
                expect(g).toBeGreaterThanOrEqual(0);
                expect(g).toBeLessThanOrEqual(capOf(c, i) + EPS);
                expect(g).toBeGreaterThanOrEqual(floorOf(c, i) - EPS);
            });
        }), { numRuns: 500 });
    });
    it('never grants more than the capacity and is work-conserving: Σ granted = min(capacity, Σ min(want, limit))', () => {
        fc.assert(fc.property(caseArb, (c) => {
            const { granted, contended } = run(c);
            const sum = granted.reduce((s, g) => s + g, 0);
            const capped = c.want.reduce((s, _, i) => s + capOf(c, i), 0);
            expect(sum).toBeLessThanOrEqual(c.capacity + EPS);
            expect(Math.abs(sum - Math.min(c.capacity, capped))).toBeLessThanOrEqual(EPS * Math.max(1, c.capacity / 1000));
            expect(contended).toBe(capped > c.capacity);
        }), { numRuns: 500 });
    });
    it('is weighted max-min fair: VMs neither at their cap nor at their floor get equal granted/shares', () => {
        fc.assert(fc.property(caseArb, (c) => {
            const { granted } = run(c);
            const free = [];
            granted.forEach((g, i) => {
                if (g < capOf(c, i) - EPS && g > floorOf(c, i) + EPS)
                    free.push(g / c.shares[i]);
            });
            if (free.length < 2)
                return;
            const lo = Math.min(...free);
            const hi = Math.max(...free);
            expect(hi - lo).toBeLessThanOrEqual(1e-9 * hi + 1e-12);
        }), { numRuns: 500 });
    });
    it('gives a VM held at its floor at least, and a VM at its cap at most, the free VMs\' granted/shares', () => {
        // The other half of max-min fairness: a floor binds only when shares alone would give less
        // (floor/shares ≥ λ), and a cap binds only when shares would give more (cap/shares ≤ λ).
        fc.assert(fc.property(caseArb, (c) => {
            const { granted } = run(c);
            const free = [];
            granted.forEach((g, i) => {
                if (g < capOf(c, i) - EPS && g > floorOf(c, i) + EPS)
                    free.push(g / c.shares[i]);
            });
            if (free.length === 0)
                return;
            const lambda = free[0];
            granted.forEach((g, i) => {
                const s = c.shares[i];
                if (floorOf(c, i) >= capOf(c, i) - EPS)
                    return;
                const slack = (2 * EPS) / s + 1e-9 * lambda;
                if (Math.abs(g - floorOf(c, i)) <= EPS)
                    expect(g / s).toBeGreaterThanOrEqual(lambda - slack);
                if (Math.abs(g - capOf(c, i)) <= EPS)
                    expect(g / s).toBeLessThanOrEqual(lambda + slack);
            });
        }), { numRuns: 500 });
    });
});
//# sourceMappingURL=allocate.property.test.js.map