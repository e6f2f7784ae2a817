import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../src/calibration/fit/nelder-mead.js';
import { invertSpd } from '../../src/calibration/fit/confidence.js';
import { fromUnit, parseFitList, PARAMS, toUnit } from '../../src/calibration/fit/params.js';
describe('nelderMead(f, x0)', () => {
    it('finds the minimum of a shifted quadratic bowl in the unit box', () => {
        const r = nelderMead(([a, b]) => (a - 0.3) ** 2 + 4 * (b - 0.7) ** 2, [0.5, 0.5], { xTol: 1e-6, fTol: 1e-12 });
        expect(r.converged).toBe(true);
        expect(r.x[0]).toBeCloseTo(0.3, 4);
        expect(r.x[1]).toBeCloseTo(0.7, 4);
    });
    it('minimises the Rosenbrock valley scaled into the box', () => {
        const f = ([a, b]) => {
            const x = a * 4 - 2;
            const y = b * 4 - 2;
            return (1 - x) ** 2 + 100 * (y - x * x) ** 2;
        };
        const r = nelderMead(f, [0.1, 0.1], { maxEvals: 2000, xTol: 1e-7, fTol: 1e-14 });
        expect(r.f).toBeLessThan(1e-6);
        expect(r.x[0] * 4 - 2).toBeCloseTo(1, 2);
    });
    it('stops on the bound when the minimum lies outside the box (clamping)', () => {
        const r = nelderMead(([a]) => (a - 1.7) ** 2, [0.2]);
        expect(r.x[0]).toBe(1);
    });
    it('is deterministic: the same call gives the same evaluations and result', () => {
        const seen = [[], []];
        for (const k of [0, 1])
            nelderMead((x) => (seen[k].push(...x), (x[0] - 0.4) ** 2 + (x[1] - 0.6) ** 2 + x[0] * x[1]), [0.9, 0.1]);
        expect(seen[0]).toEqual(seen[1]);
    });
});
describe('fit parameters', () => {
    it('map to the unit box and back (linear and log scales)', () => {
        for (const p of Object.values(PARAMS)) {
            for (const x of [p.lo, (p.lo + p.hi) / 2, p.hi])
                expect(fromUnit(p, toUnit(p, x))).toBeCloseTo(x, 6);
        }
        expect(toUnit(PARAMS.ksmPagesPerSec, 1000)).toBeCloseTo(2 / 5, 12); // log10: 10 … 1e6
    });
    it('--fit lists: names, aliases, and a contention coefficient refused as not modelled', () => {
        expect(parseFitList('cpuOverheadPct, ksm')).toEqual(['cpuOverheadPct', 'ksmPagesPerSec']);
        expect(parseFitList('sharing')).toEqual(['zeroPct', 'intraPct', 'interPct']);
        expect(parseFitList('contention')).toMatch(/is not modelled/);
        expect(parseFitList('bogus')).toMatch(/unknown parameter 'bogus'/);
    });
    it('invertSpd inverts a positive definite matrix and refuses an indefinite one', () => {
        const inv = invertSpd([[4, 1], [1, 3]]);
        expect(inv[0][0]).toBeCloseTo(3 / 11, 12);
        expect(inv[0][1]).toBeCloseTo(-1 / 11, 12);
        expect(invertSpd([[1, 2], [2, 1]])).toBeNull();
    });
});
//# sourceMappingURL=nelder-mead.test.js.map