/**
 * Expansion: the points are exactly the Cartesian product of the values (first parameter
 * slowest), run ids are unique and sort in (point, replication) order, and replication seeds
 * depend on the root seed and the replication index only (common random numbers across points),
 * are distinct across replications and change with the root seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmix32, hashSeed } from '../../src/engine/hash.js';
import { expandPoints, expandRuns, replicationSeed, runId } from '../../src/sweep/expand.js';
const values = fc.uniqueArray(fc.oneof(fc.integer({ min: -5, max: 50 }), fc.constantFrom('a', 'b', true, null)), { minLength: 1, maxLength: 4, selector: (v) => JSON.stringify(v) });
const params = fc.array(values, { minLength: 0, maxLength: 4 }).map((vs) => vs.map((v) => ({ values: v })));
describe('expandPoints', () => {
    it('gives every combination once, as many as the product of the list lengths, the first parameter varying slowest', () => {
        fc.assert(fc.property(params, (ps) => {
            const points = expandPoints(ps);
            expect(points.length).toBe(ps.reduce((n, p) => n * p.values.length, 1));
            expect(new Set(points.map((p) => JSON.stringify(p.values))).size).toBe(points.length);
            for (const p of points)
                p.values.forEach((v, j) => expect(ps[j]?.values).toContain(v));
            // Mixed-radix order: point k's value of parameter j is values[floor(k / stride_j) % n_j].
            points.forEach((p, k) => {
                let stride = 1;
                for (let j = ps.length - 1; j >= 0; j--) {
                    const n = ps[j].values.length;
                    expect(p.values[j]).toEqual(ps[j].values[Math.floor(k / stride) % n]);
                    stride *= n;
                }
                expect(p.index).toBe(k);
            });
        }));
    });
    it('with no parameters is one point, p000', () => {
        expect(expandPoints([])).toEqual([{ index: 0, id: 'p000', values: [] }]);
    });
});
describe('run ids', () => {
    it('are p<point>-r<replication>, zero-padded to at least 3 and 2 digits (p003-r07)', () => {
        expect(runId(3, 7, 20, 10)).toBe('p003-r07');
        expect(runId(1234, 5, 2000, 150)).toBe('p1234-r005');
    });
    it('are unique and sort as text in (point, replication) order', () => {
        fc.assert(fc.property(fc.integer({ min: 1, max: 1200 }), fc.integer({ min: 1, max: 120 }), (points, reps) => {
            fc.pre(points * reps <= 20_000);
            const runs = expandRuns(points, reps, 1);
            const ids = runs.map((r) => r.id);
            expect(new Set(ids).size).toBe(ids.length);
            expect([...ids].sort()).toEqual(ids);
            expect(runs.map((r) => r.point * reps + r.replication)).toEqual(runs.map((_, k) => k));
        }), { numRuns: 50 });
    });
});
describe('replicationSeed', () => {
    it('is fmix32(hashSeed(`${root}/replications`) + r): documented, so seeds can be recomputed elsewhere', () => {
        expect(replicationSeed(42, 3)).toBe(fmix32((hashSeed('42/replications') + 3) | 0) >>> 0);
    });
    it('depends only on the root seed and the replication: every point of a sweep gets the same seeds (common random numbers)', () => {
        fc.assert(fc.property(fc.oneof(fc.integer(), fc.string({ minLength: 1 })), fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 12 }), (root, points, reps) => {
            const runs = expandRuns(points, reps, root);
            for (const r of runs)
                expect(r.seed).toBe(replicationSeed(root, r.replication));
            // More points or more replications do not change the seeds of the runs already there.
            const more = expandRuns(points + 1, reps + 1, root);
            for (const r of runs)
                expect(more.find((m) => m.point === r.point && m.replication === r.replication)?.seed).toBe(r.seed);
        }), { numRuns: 60 });
    });
    it('gives distinct seeds to distinct replications (fmix32 is a bijection), for any root', () => {
        fc.assert(fc.property(fc.oneof(fc.integer(), fc.string({ minLength: 1 })), fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 1, max: 2 ** 31 }), (root, a, d) => {
            expect(replicationSeed(root, a)).not.toBe(replicationSeed(root, a + d));
        }));
        const seeds = Array.from({ length: 10_000 }, (_, r) => replicationSeed(7, r));
        expect(new Set(seeds).size).toBe(seeds.length);
    });
    it('changes with the root seed, and is a 32-bit unsigned integer', () => {
        fc.assert(fc.property(fc.integer(), fc.integer(), fc.nat({ max: 1000 }), (a, b, r) => {
            fc.pre(a !== b);
            const s = replicationSeed(a, r);
            expect(Number.isInteger(s) && s >= 0 && s < 2 ** 32).toBe(true);
            expect(replicationSeed(b, r)).not.toBe(s);
        }));
    });
});
//# sourceMappingURL=expand.test.js.map