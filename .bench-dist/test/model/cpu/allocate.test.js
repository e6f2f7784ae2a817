/**
 * allocateCpu on hand-sized hosts: shares, reservations, limits and the uncontended case.
 * Numbers are worked out in the comments (weighted max-min fairness, DOMAIN.md "CPU").
 */
import { describe, expect, it } from 'vitest';
import { allocateCpu } from '../../../src/model/cpu/allocate.js';
/** Runs allocateCpu on fresh arrays; returns granted and whether the host was contended. */
function allocate(vms, capacity) {
    const n = vms.length;
    const granted = new Float64Array(n);
    const contended = allocateCpu(n, Float64Array.from(vms, (v) => v.want), Float64Array.from(vms, (v) => v.limit ?? Infinity), Float64Array.from(vms, (v) => v.reservation ?? 0), Float64Array.from(vms, (v) => v.shares), capacity, granted, new Uint8Array(n));
    return { granted: Array.from(granted), contended };
}
describe('allocateCpu', () => {
    it('gives two VMs with shares 2:1 each wanting a full 1000 MHz core 666.67 and 333.33 MHz and reports contention', () => {
        // Σ want 2000 > 1000: λ = 1000 / (2000 + 1000 shares); 2000λ = 666.67, 1000λ = 333.33.
        const { granted, contended } = allocate([
            { want: 1000, shares: 2000 },
            { want: 1000, shares: 1000 },
        ], 1000);
        expect(contended).toBe(true);
        expect(granted[0]).toBeCloseTo(2000 / 3, 9);
        expect(granted[1]).toBeCloseTo(1000 / 3, 9);
        expect(granted[0] + granted[1]).toBeCloseTo(1000, 9);
    });
    it('honours a 600 MHz reservation first even with 1/5 of the shares: 600 and 400 MHz', () => {
        // Shares alone would give 1000·1000/5000 = 200 to the reserved VM; its floor is 600, so it
        // gets 600 and the other takes the remaining 1000 − 600 = 400.
        const { granted, contended } = allocate([
            { want: 1000, reservation: 600, shares: 1000 },
            { want: 1000, shares: 4000 },
        ], 1000);
        expect(contended).toBe(true);
        expect(granted[0]).toBeGreaterThanOrEqual(600);
        expect(granted[0]).toBeCloseTo(600, 9);
        expect(granted[1]).toBeCloseTo(400, 9);
    });
    it('caps a VM at its 300 MHz limit and gives the rest (700 MHz) to the other VM of equal shares', () => {
        // Equal shares would give 500 each; the limit cuts the first to 300 and 1000 − 300 = 700 goes to the second.
        const { granted } = allocate([
            { want: 1000, limit: 300, shares: 1000 },
            { want: 1000, shares: 1000 },
        ], 1000);
        expect(granted[0]).toBeCloseTo(300, 9);
        expect(granted[1]).toBeCloseTo(700, 9);
    });
    it('gives each VM min(want, limit) and returns false when Σ min(want, limit) fits the capacity', () => {
        // min(200, ∞) + min(300, 250) + min(0, ∞) = 450 ≤ 1000: no contention.
        const { granted, contended } = allocate([
            { want: 200, shares: 1 },
            { want: 300, limit: 250, shares: 1 },
            { want: 0, reservation: 500, shares: 1 },
        ], 1000);
        expect(contended).toBe(false);
        expect(granted).toEqual([200, 250, 0]);
    });
    it('grants exactly the capacity when Σ capped wants equals it, without contention', () => {
        // 600 + 400 = 1000 = capacity: everything fits.
        const { granted, contended } = allocate([
            { want: 600, shares: 1 },
            { want: 400, shares: 5 },
        ], 1000);
        expect(contended).toBe(false);
        expect(granted).toEqual([600, 400]);
    });
    it('lets a VM wanting less than its fair share keep its want and shares the rest by shares', () => {
        // Shares 1:1:2 of 1200: fair 300/300/600. VM0 wants 100 (< 300): fixed at 100; the other
        // two share 1100 at 1:2 → 366.67 and 733.33.
        const { granted } = allocate([
            { want: 100, shares: 1 },
            { want: 2000, shares: 1 },
            { want: 2000, shares: 2 },
        ], 1200);
        expect(granted[0]).toBeCloseTo(100, 9);
        expect(granted[1]).toBeCloseTo(1100 / 3, 9);
        expect(granted[2]).toBeCloseTo(2200 / 3, 9);
    });
    it('scales reservations down proportionally when they exceed the capacity (never grants more than exists)', () => {
        // Floors 800 + 400 = 1200 > 1000: scale 1000/1200 → 666.67 and 333.33.
        const { granted, contended } = allocate([
            { want: 1000, reservation: 800, shares: 1 },
            { want: 1000, reservation: 400, shares: 1 },
        ], 1000);
        expect(contended).toBe(true);
        expect(granted[0]).toBeCloseTo(2000 / 3, 9);
        expect(granted[1]).toBeCloseTo(1000 / 3, 9);
    });
    it('gives a VM with shares 3e-12 beside an idle VM with shares 1000.1 exactly the 1000 MHz capacity, no more', () => {
        // Only VM 0 wants CPU (2000 MHz on 1000): it must get all 1000 MHz. The idle VM is fixed at
        // its cap 0 and its shares are subtracted from the running total: (1000.1 + 3e-12) − 1000.1
        // in doubles is not 3e-12 (ulp(1000) ≈ 1.1e-13), so λ·shares misses the remaining capacity.
        const { granted } = allocate([
            { want: 2000, shares: 3e-12 },
            { want: 0, shares: 1000.1 },
        ], 1000);
        expect(granted[1]).toBe(0);
        expect(granted[0]).toBeLessThanOrEqual(1000 + 1e-6);
        expect(granted[0]).toBeCloseTo(1000, 6);
    });
});
//# sourceMappingURL=allocate.test.js.map