/**
 * Failure distributions in hours (DOMAIN.md "Failures and HA"; parameters of the Failure Trace
 * Archive fits in shared/data/failures/fta_failure_model_fits.csv): the Lanczos Γ, closed-form
 * means, and counter-based sampling whose sample means converge to those means.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { hashSeed } from '../../../src/engine/index.js';
import { gammaFunction, lnGamma, meanHours, sampleHours, } from '../../../src/model/availability/failure-distribution.js';
import { FTA_PRESET_NAMES, FTA_PRESETS } from '../../../src/catalogue/fta-presets.js';
const N = 20_000;
const SEED = 0x5eed;
/** N consecutive draws from one counter stream, advancing by `used` as a failure process would. */
function draws(d, seed = SEED, n = N) {
    const out = [];
    let counter = 0;
    for (let i = 0; i < n; i++) {
        const { hours, used } = sampleHours(d, seed, counter);
        out.push(hours);
        counter += used;
    }
    return out;
}
function mean(xs) {
    let s = 0;
    for (const x of xs)
        s += x;
    return s / xs.length;
}
/** Closed-form variances, written out independently of the module under test. */
function variance(d) {
    switch (d.kind) {
        case 'exponential':
            return d.p1 * d.p1;
        case 'weibull': {
            const g1 = gammaFunction(1 + 1 / d.p1);
            return d.p2 * d.p2 * (gammaFunction(1 + 2 / d.p1) - g1 * g1);
        }
        case 'lognormal':
            return (Math.exp(d.p2 * d.p2) - 1) * Math.exp(2 * d.p1 + d.p2 * d.p2);
        case 'gamma':
            return d.p1 * d.p2 * d.p2;
    }
}
/** Every FTA fit (both time between failures and repair) plus shapes ≥ 1 the fits lack. */
const CASES = [
    ...FTA_PRESET_NAMES.flatMap((name) => [
        { name: `${name} time between failures`, d: FTA_PRESETS[name].timeBetweenFailures },
        { name: `${name} repair`, d: FTA_PRESETS[name].repair },
    ]),
    { name: 'weibull k = 1.5, λ = 10', d: { kind: 'weibull', p1: 1.5, p2: 10 } },
    { name: 'gamma k = 1, θ = 5', d: { kind: 'gamma', p1: 1, p2: 5 } },
    { name: 'gamma k = 2.5, θ = 3', d: { kind: 'gamma', p1: 2.5, p2: 3 } },
    { name: 'gamma k = 9, θ = 0.5', d: { kind: 'gamma', p1: 9, p2: 0.5 } },
    { name: 'lognormal mu = 2, σ = 0.5', d: { kind: 'lognormal', p1: 2, p2: 0.5 } },
];
describe('lnGamma / gammaFunction (Lanczos)', () => {
    it('gammaFunction(5) = 4! = 24 and gammaFunction(1) = gammaFunction(2) = 1', () => {
        expect(gammaFunction(5)).toBeCloseTo(24, 10);
        expect(gammaFunction(1)).toBeCloseTo(1, 13);
        expect(gammaFunction(2)).toBeCloseTo(1, 13);
    });
    it('gammaFunction(0.5) = √π (reflection branch) and gammaFunction(1.5) = √π / 2', () => {
        expect(gammaFunction(0.5)).toBeCloseTo(Math.sqrt(Math.PI), 12);
        expect(gammaFunction(1.5)).toBeCloseTo(Math.sqrt(Math.PI) / 2, 12);
    });
    it('lnGamma(101) = ln(100!) = 363.73937555556347 (no overflow for large arguments)', () => {
        expect(lnGamma(101)).toBeCloseTo(363.73937555556347, 9);
    });
    it('lnGamma is NaN for x ≤ 0', () => {
        expect(lnGamma(0)).toBeNaN();
        expect(lnGamma(-1.5)).toBeNaN();
    });
    it('gammaFunction satisfies Γ(x + 1) = x·Γ(x) to 1e-12 relative on (0.01, 60)', () => {
        fc.assert(fc.property(fc.double({ min: 0.01, max: 60, noNaN: true }), (x) => {
            const lhs = gammaFunction(x + 1);
            const rhs = x * gammaFunction(x);
            expect(Math.abs(lhs - rhs) / rhs).toBeLessThan(1e-12);
        }));
    });
});
describe('meanHours', () => {
    it('meanHours(exponential mean 32.41) = 32.41 (G5k06 fit)', () => {
        expect(meanHours({ kind: 'exponential', p1: 32.41, p2: 0 })).toBe(32.41);
    });
    it('meanHours(weibull k = 1, λ) = λ and k = 0.5 gives λ·Γ(3) = 2λ', () => {
        expect(meanHours({ kind: 'weibull', p1: 1, p2: 14.37 })).toBeCloseTo(14.37, 12);
        expect(meanHours({ kind: 'weibull', p1: 0.5, p2: 10 })).toBeCloseTo(20, 11);
    });
    it('meanHours(lognormal mu, σ) = exp(mu + σ²/2) and meanHours(gamma k, θ) = kθ', () => {
        expect(meanHours({ kind: 'lognormal', p1: 1.51, p2: 2.42 })).toBeCloseTo(Math.exp(1.51 + 2.42 ** 2 / 2), 9);
        expect(meanHours({ kind: 'gamma', p1: 0.34, p2: 94.35 })).toBeCloseTo(0.34 * 94.35, 12);
    });
});
describe('sampleHours converges to meanHours', () => {
    // mean ± 4·sd/√n: a stream lands outside with probability ~6e-5 per case under the CLT. Each
    // case draws from its own seed, since cases sharing uniforms would pass or fail together.
    for (const { name, d } of CASES.filter((c) => c.d.kind !== 'lognormal' || c.d.p2 <= 1)) {
        it(`sample mean of ${N} draws of ${name} is within 4 standard errors of meanHours`, () => {
            const m = meanHours(d);
            const halfWidth = (4 * Math.sqrt(variance(d))) / Math.sqrt(N);
            expect(Math.abs(mean(draws(d, hashSeed(name))) - m)).toBeLessThanOrEqual(halfWidth);
        });
    }
    // With σ up to 2.9 the lognormal variance is e^{σ²}−1 ≈ 4000× the squared mean, so the sample
    // mean is useless; the median exp(mu) is checked through the share of draws below it instead,
    // a binomial proportion 1/2 with standard error 1/(2√n).
    for (const { name, d } of CASES.filter((c) => c.d.kind === 'lognormal')) {
        it(`share of ${N} draws of ${name} below the median exp(mu) is 1/2 within 4 standard errors`, () => {
            const median = Math.exp(d.p1);
            const below = draws(d, hashSeed(name)).filter((x) => x < median).length / N;
            expect(Math.abs(below - 0.5)).toBeLessThanOrEqual(4 * (0.5 / Math.sqrt(N)));
        });
    }
});
describe('sampleHours contract', () => {
    it('the same (distribution, seed, counter) always gives the same draw and count', () => {
        for (const { d } of CASES) {
            expect(sampleHours(d, 7, 1234)).toEqual(sampleHours(d, 7, 1234));
            expect(draws(d, 99, 50)).toEqual(draws(d, 99, 50));
        }
    });
    it('different seeds give different streams', () => {
        const d = { kind: 'gamma', p1: 0.34, p2: 94.35 };
        expect(draws(d, 1, 20)).not.toEqual(draws(d, 2, 20));
    });
    it('exponential and Weibull use 1 counter, lognormal 2, gamma 3 per attempt (+1 when k < 1)', () => {
        const at = (d, c) => sampleHours(d, SEED, c).used;
        for (let c = 0; c < 500; c++) {
            expect(at({ kind: 'exponential', p1: 5, p2: 0 }, c)).toBe(1);
            expect(at({ kind: 'weibull', p1: 0.5, p2: 5 }, c)).toBe(1);
            expect(at({ kind: 'lognormal', p1: 1, p2: 2 }, c)).toBe(2);
            const big = at({ kind: 'gamma', p1: 2.5, p2: 1 }, c);
            expect(big % 3).toBe(0);
            expect(big).toBeGreaterThanOrEqual(3);
            const small = at({ kind: 'gamma', p1: 0.3, p2: 1 }, c);
            expect(small % 3).toBe(1);
            expect(small).toBeGreaterThanOrEqual(4);
        }
    });
    it('Weibull with shape 1 gives the same draw as exponential with mean λ', () => {
        for (let c = 0; c < 200; c++) {
            const w = sampleHours({ kind: 'weibull', p1: 1, p2: 14.37 }, SEED, c).hours;
            const e = sampleHours({ kind: 'exponential', p1: 14.37, p2: 0 }, SEED, c).hours;
            expect(w).toBeCloseTo(e, 10);
        }
    });
    it('every draw of every FTA fit is finite and > 0 and uses ≥ 1 counter, for any seed and counter', () => {
        const fits = FTA_PRESET_NAMES.flatMap((n) => [FTA_PRESETS[n].timeBetweenFailures, FTA_PRESETS[n].repair]);
        fc.assert(fc.property(fc.constantFrom(...fits), fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 0, max: 2 ** 40 }), (d, seed, counter) => {
            const { hours, used } = sampleHours(d, seed, counter);
            expect(hours).toBeGreaterThan(0);
            expect(Number.isFinite(hours)).toBe(true);
            expect(used).toBeGreaterThanOrEqual(1);
        }), { numRuns: 2000 });
    });
    it('all draws of the convergence streams are > 0', () => {
        for (const { d } of CASES)
            expect(Math.min(...draws(d, SEED, 5000))).toBeGreaterThan(0);
    });
    it('rejects non-positive, infinite or NaN parameters with a RangeError', () => {
        expect(() => sampleHours({ kind: 'exponential', p1: 0, p2: 0 }, 1, 0)).toThrow(RangeError);
        expect(() => sampleHours({ kind: 'weibull', p1: 0.5, p2: -1 }, 1, 0)).toThrow(RangeError);
        expect(() => sampleHours({ kind: 'lognormal', p1: Number.NaN, p2: 1 }, 1, 0)).toThrow(RangeError);
        expect(() => sampleHours({ kind: 'gamma', p1: Number.NaN, p2: 1 }, 1, 0)).toThrow(RangeError);
        expect(() => sampleHours({ kind: 'gamma', p1: 1, p2: Infinity }, 1, 0)).toThrow(RangeError);
    });
});
//# sourceMappingURL=failure-distribution.test.js.map