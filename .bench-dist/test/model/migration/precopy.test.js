/**
 * planPreCopy against hand-computed rounds (DOMAIN.md, Placement and balancing: SimGrid / QEMU
 * pre-copy, 30 ms max downtime) and invariants over random inputs (fast-check); migrationCpuMhz
 * against the vMotion reservation (30 % of a core for 1 GbE, a full core for 10 GbE).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrationCpuMhz, planPreCopy, } from '../../../src/model/migration/precopy.js';
const base = {
    memoryMiB: 8192,
    dirtyMiBps: 100,
    workingSetMiB: Infinity,
    bandwidthMiBps: 1000,
    maxDowntimeMs: 30,
    maxRounds: 30,
    nonConvergence: 'abort',
};
/** Compares every field, floats to 9 decimals (sums of a few decimal fractions are not exact). */
function expectPlan(got, want) {
    expect(got.converged).toBe(want.converged);
    expect(got.rounds).toBe(want.rounds);
    expect(got.throttlePct).toBe(want.throttlePct);
    expect(got.durationMs).toBeCloseTo(want.durationMs, 9);
    expect(got.transferredMiB).toBeCloseTo(want.transferredMiB, 9);
    expect(got.downtimeMs).toBeCloseTo(want.downtimeMs, 9);
}
describe('planPreCopy, hand-computed cases', () => {
    it('with a zero dirty rate is one full copy of M/b and no downtime', () => {
        // 4096 MiB at 1250 MiB/s (10 GbE) = 3.2768 s.
        const p = planPreCopy({ ...base, memoryMiB: 4096, dirtyMiBps: 0, bandwidthMiBps: 1250 });
        expect(p).toEqual({
            converged: true,
            durationMs: 3276.8,
            rounds: 1,
            transferredMiB: 4096,
            downtimeMs: 0,
            throttlePct: 0,
        });
    });
    it('with d < b follows the geometric series M (d/b)^(k−1) until the rest fits in the downtime', () => {
        // M = 8192, d/b = 0.1, b = 1000 MiB/s so 1 MiB takes 1 ms; the downtime budget is 30 MiB.
        // round 1 sends 8192 (8192 ms), dirties 819.2  → 819.2 ms > 30, go on
        // round 2 sends 819.2,          dirties 81.92  → 81.92 ms > 30, go on
        // round 3 sends 81.92,          dirties 8.192  → 8.192 ms ≤ 30: stop-and-copy 8.192 MiB
        // transferred = 8192 (1 − 0.1^4) / (1 − 0.1) = 9101.312 MiB = duration in ms.
        expectPlan(planPreCopy(base), {
            converged: true,
            durationMs: 9101.312,
            rounds: 3,
            transferredMiB: 9101.312,
            downtimeMs: 8.192,
            throttlePct: 0,
        });
    });
    it('caps each later round at the working set', () => {
        // M = 4096, d = 500, b = 1000, W = 256: round 1 dirties min(500 · 4.096, 256) = 256, then the
        // series halves: rounds send 4096, 256, 128, 64, 32; 32 ms > 30 but the next rest 16 ≤ 30.
        // transferred = 4096 + 256 + 128 + 64 + 32 + 16 = 4592 MiB → 4592 ms.
        expectPlan(planPreCopy({ ...base, memoryMiB: 4096, dirtyMiBps: 500, workingSetMiB: 256 }), {
            converged: true,
            durationMs: 4592,
            rounds: 5,
            transferredMiB: 4592,
            downtimeMs: 16,
            throttlePct: 0,
        });
    });
    it('converges right after the full copy when the working set fits in the downtime, whatever d', () => {
        const p = planPreCopy({ ...base, memoryMiB: 4096, dirtyMiBps: 1e6, workingSetMiB: 20 });
        expectPlan(p, { converged: true, durationMs: 4116, rounds: 1, transferredMiB: 4116, downtimeMs: 20, throttlePct: 0 });
    });
    it('never re-sends more than RAM, even with an uncapped working set', () => {
        // d = 2 b, W = ∞: every round after the first sends min(2 M, M) = M.
        const p = planPreCopy({ ...base, memoryMiB: 1000, dirtyMiBps: 2000, maxRounds: 3 });
        expectPlan(p, { converged: false, durationMs: 3000, rounds: 3, transferredMiB: 3000, downtimeMs: 0, throttlePct: 0 });
    });
    describe('with d ≥ b (d = 2000, b = 1000, M = 4096, W = 256, maxRounds = 5)', () => {
        // Every round after the first sends W = 256 MiB (d · 0.256 s = 512, capped), never ≤ 30.
        const fast = { ...base, memoryMiB: 4096, dirtyMiBps: 2000, workingSetMiB: 256, maxRounds: 5 };
        it("'abort' gives up after maxRounds with the VM still on the source", () => {
            // 4096 + 4 · 256 = 5120 MiB in 5120 ms, no pause.
            expectPlan(planPreCopy(fast), {
                converged: false,
                durationMs: 5120,
                rounds: 5,
                transferredMiB: 5120,
                downtimeMs: 0,
                throttlePct: 0,
            });
        });
        it("'force' stops and copies the rest anyway, beyond maxDowntime", () => {
            // 5120 + a 256 MiB pause of 256 ms.
            const p = planPreCopy({ ...fast, nonConvergence: 'force' });
            expectPlan(p, { converged: true, durationMs: 5376, rounds: 5, transferredMiB: 5376, downtimeMs: 256, throttlePct: 0 });
            expect(p.downtimeMs).toBeGreaterThan(fast.maxDowntimeMs);
        });
    });
    describe("'auto-converge' (M = 1000, d = 2000, b = 1000, W = 100, maxRounds = 2)", () => {
        const hot = {
            ...base,
            memoryMiB: 1000,
            dirtyMiBps: 2000,
            workingSetMiB: 100,
            maxRounds: 2,
            nonConvergence: 'auto-converge',
        };
        it('throttles 20, 30, … % until the rest fits', () => {
            // round  throttle  d_eff  sends  dirtied = min(d_eff · sends / b, 100)
            //   1       0      2000   1000   100
            //   2       0      2000    100   100      ← maxRounds reached, not converged
            //   3      20      1600    100   100 (160)
            //   4      30      1400    100   100 (140)
            //   5      40      1200    100   100 (120)
            //   6      50      1000    100   100
            //   7      60       800    100    80
            //   8      70       600     80    48
            //   9      80       400     48    19.2 ≤ 30 → pause 19.2 ms
            // transferred = 1000 + 6 · 100 + 80 + 48 + 19.2 = 1747.2 MiB = duration in ms.
            expectPlan(planPreCopy(hot), {
                converged: true,
                durationMs: 1747.2,
                rounds: 9,
                transferredMiB: 1747.2,
                downtimeMs: 19.2,
                throttlePct: 80,
            });
        });
        it('uses autoConvergeStepPct and stops at 99 %', () => {
            // Step 30: throttles 20, 50, 80, then min(110, 99) = 99.
            // rounds 3 (20 %) and 4 (50 %) send 100 and dirty 100; round 5 (80 %) sends 100, dirties 40;
            // round 6 (99 %, d_eff 20) sends 40, dirties 0.8 → pause 0.8 ms.
            // transferred = 1000 + 100 · 4 + 40 + 0.8 = 1440.8 MiB.
            expectPlan(planPreCopy({ ...hot, autoConvergeStepPct: 30 }), {
                converged: true,
                durationMs: 1440.8,
                rounds: 6,
                transferredMiB: 1440.8,
                downtimeMs: 0.8,
                throttlePct: 99,
            });
        });
        it('forces the stop-and-copy when even 99 % is not enough', () => {
            // d = 200 000: at 99 % d_eff = 2000 = 2 b, so the rest stays at W = 100 MiB. Throttles
            // 20, 30, …, 90, 99 are 9 rounds after round 2; each of the 10 later rounds sends 100.
            const p = planPreCopy({ ...hot, dirtyMiBps: 200_000 });
            expectPlan(p, { converged: true, durationMs: 2100, rounds: 11, transferredMiB: 2100, downtimeMs: 100, throttlePct: 99 });
        });
        it('does not throttle a VM that converges within maxRounds', () => {
            expect(planPreCopy({ ...hot, dirtyMiBps: 10 }).throttlePct).toBe(0);
        });
    });
});
describe('planPreCopy input validation', () => {
    const bad = [
        ['bandwidthMiBps', { bandwidthMiBps: 0 }],
        ['bandwidthMiBps', { bandwidthMiBps: -1 }],
        ['bandwidthMiBps', { bandwidthMiBps: NaN }],
        ['bandwidthMiBps', { bandwidthMiBps: Infinity }],
        ['memoryMiB', { memoryMiB: -1 }],
        ['memoryMiB', { memoryMiB: NaN }],
        ['dirtyMiBps', { dirtyMiBps: -0.5 }],
        ['dirtyMiBps', { dirtyMiBps: NaN }],
        ['workingSetMiB', { workingSetMiB: NaN }],
        ['workingSetMiB', { workingSetMiB: -1 }],
        ['maxDowntimeMs', { maxDowntimeMs: -30 }],
        ['maxRounds', { maxRounds: 0 }],
        ['maxRounds', { maxRounds: 2.5 }],
        ['nonConvergence', { nonConvergence: 'retry' }],
        ['autoConvergeStepPct', { autoConvergeStepPct: 0 }],
        ['autoConvergeStepPct', { autoConvergeStepPct: 101 }],
    ];
    it.each(bad)('throws a RangeError naming %s', (name, patch) => {
        expect(() => planPreCopy({ ...base, ...patch })).toThrow(RangeError);
        expect(() => planPreCopy({ ...base, ...patch })).toThrow(name);
    });
});
/** A number in [min, max] with 1/100 resolution (fc.double leans towards extreme values). */
const centi = (min, max) => fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((x) => x / 100);
const inputArb = fc
    .record({
    memoryMiB: centi(1, 1_048_576),
    // Both sides of d = b happen, and d = 0.
    dirtyMiBps: fc.oneof(fc.constant(0), centi(0, 5000), centi(0, 200_000)),
    wsFrac: centi(0, 0.9),
    bandwidthMiBps: centi(1, 12_500),
    maxDowntimeMs: fc.oneof(fc.constant(30), centi(0, 1000)),
    maxRounds: fc.integer({ min: 1, max: 40 }),
    nonConvergence: fc.constantFrom('abort', 'auto-converge', 'force'),
    autoConvergeStepPct: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
})
    .map(({ wsFrac, ...rest }) => ({ ...rest, workingSetMiB: rest.memoryMiB * wsFrac }));
describe('planPreCopy invariants (fast-check)', () => {
    it('sends at least the RAM and takes at least M/b', () => {
        fc.assert(fc.property(inputArb, (p) => {
            const plan = planPreCopy(p);
            expect(plan.transferredMiB).toBeGreaterThanOrEqual(p.memoryMiB);
            expect(plan.durationMs).toBeGreaterThanOrEqual((p.memoryMiB * 1000) / p.bandwidthMiBps);
            expect(plan.rounds).toBeGreaterThanOrEqual(1);
        }));
    });
    it('keeps the link busy: duration = transferred / b', () => {
        fc.assert(fc.property(inputArb, (p) => {
            const plan = planPreCopy(p);
            const want = (plan.transferredMiB * 1000) / p.bandwidthMiBps;
            expect(Math.abs(plan.durationMs - want)).toBeLessThanOrEqual(1e-9 * want);
        }));
    });
    it("in 'abort' mode either pauses within maxDowntime, or aborts after exactly maxRounds with no pause", () => {
        fc.assert(fc.property(inputArb, (p) => {
            const plan = planPreCopy({ ...p, nonConvergence: 'abort' });
            expect(plan.throttlePct).toBe(0);
            if (plan.converged) {
                expect(plan.downtimeMs).toBeLessThanOrEqual(p.maxDowntimeMs);
                expect(plan.rounds).toBeLessThanOrEqual(p.maxRounds);
            }
            else {
                expect(plan.downtimeMs).toBe(0);
                expect(plan.rounds).toBe(p.maxRounds);
            }
        }));
    });
    it("'force' and 'auto-converge' always complete; 'auto-converge' adds at most 9 throttled rounds at step 10", () => {
        fc.assert(fc.property(inputArb, (p) => {
            const forced = planPreCopy({ ...p, nonConvergence: 'force' });
            expect(forced.converged).toBe(true);
            expect(forced.rounds).toBeLessThanOrEqual(p.maxRounds);
            const auto = planPreCopy({ ...p, nonConvergence: 'auto-converge', autoConvergeStepPct: undefined });
            expect(auto.converged).toBe(true);
            // 20, 30, …, 90, 99: nine throttle levels.
            expect(auto.rounds).toBeLessThanOrEqual(p.maxRounds + 9);
            expect(auto.throttlePct === 0 || (auto.throttlePct >= 20 && auto.throttlePct <= 99)).toBe(true);
            // A plan that needed no throttle is the same as without auto-converge.
            if (auto.throttlePct === 0)
                expect(auto).toEqual(forced);
        }));
    });
    it("never gets shorter with a higher dirty rate ('abort', among converged plans, and 'force')", () => {
        // Every round's size is non-decreasing in d, so convergence comes no earlier and each term of
        // the duration sum is at least as large.
        fc.assert(fc.property(inputArb, centi(0, 5000), (p, extra) => {
            for (const nonConvergence of ['abort', 'force']) {
                const slow = planPreCopy({ ...p, nonConvergence });
                const fast = planPreCopy({ ...p, nonConvergence, dirtyMiBps: p.dirtyMiBps + extra });
                if (nonConvergence === 'abort' && !(slow.converged && fast.converged))
                    continue;
                expect(fast.durationMs).toBeGreaterThanOrEqual(slow.durationMs);
                expect(fast.rounds).toBeGreaterThanOrEqual(slow.rounds);
                expect(fast.transferredMiB).toBeGreaterThanOrEqual(slow.transferredMiB);
            }
        }));
    });
    it('is deterministic: the same input gives the same plan', () => {
        fc.assert(fc.property(inputArb, (p) => {
            expect(planPreCopy({ ...p })).toEqual(planPreCopy({ ...p }));
        }));
    });
});
describe('migrationCpuMhz', () => {
    it('reserves 30 % of a core for 1 GbE and a full core for 10 GbE and faster', () => {
        expect(migrationCpuMhz(1, 2000)).toBe(600);
        expect(migrationCpuMhz(10, 2000)).toBe(2000);
        expect(migrationCpuMhz(25, 2000)).toBe(2000);
    });
    it('interpolates linearly between 1 and 10 GbE and stays at 30 % below 1 GbE', () => {
        // 5.5 GbE is halfway: 30 % + 70 % / 2 = 65 %.
        expect(migrationCpuMhz(5.5, 2000)).toBeCloseTo(1300, 9);
        expect(migrationCpuMhz(0.1, 2000)).toBe(600);
    });
    it('throws a RangeError on a non-positive NIC speed', () => {
        expect(() => migrationCpuMhz(0, 2000)).toThrow(RangeError);
        expect(() => migrationCpuMhz(NaN, 2000)).toThrow(RangeError);
    });
});
//# sourceMappingURL=precopy.test.js.map