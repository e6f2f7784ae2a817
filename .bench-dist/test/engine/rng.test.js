import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exponential, hashSeed, lognormal, normalFromUniforms, RandomStreams, uniformAt, weibull, } from '../../src/engine/index.js';
const draw = (n, next) => Array.from({ length: n }, next);
describe('RandomStreams.stream', () => {
    it('stream(name) returns the same object for the same name', () => {
        const r = new RandomStreams(1);
        expect(r.stream('x')).toBe(r.stream('x'));
        expect(r.stream('x').name).toBe('x');
    });
    it('same root seed and name give the same sequence', () => {
        const a = new RandomStreams('root').stream('arrivals');
        const b = new RandomStreams('root').stream('arrivals');
        expect(draw(100, () => a.next())).toEqual(draw(100, () => b.next()));
    });
    it('next() is in [0, 1)', () => {
        const s = new RandomStreams(3).stream('u');
        for (let i = 0; i < 10_000; i++) {
            const u = s.next();
            expect(u >= 0 && u < 1).toBe(true);
        }
    });
    it('different names, or different root seeds, give different sequences', () => {
        const r = new RandomStreams('root');
        const a = draw(20, () => r.stream('a').next());
        const b = draw(20, () => r.stream('b').next());
        const c = draw(20, () => new RandomStreams('other').stream('a').next());
        expect(a).not.toEqual(b);
        expect(a).not.toEqual(c);
    });
    it('creating and drawing from a new stream does not change what another stream draws', () => {
        const withB = new RandomStreams(99);
        const first = draw(10, () => withB.stream('A').next());
        draw(50, () => withB.stream('B').next());
        const rest = draw(10, () => withB.stream('A').next());
        const withoutB = new RandomStreams(99);
        expect([...first, ...rest]).toEqual(draw(20, () => withoutB.stream('A').next()));
    });
    it('stream values are pinned for a fixed seed (seedrandom alea on "root/a")', () => {
        const s = new RandomStreams('root').stream('a');
        expect(draw(3, () => s.next())).toEqual([0.5478295814245939, 0.2155850064009428, 0.9949720185250044]);
    });
});
describe('RandomStreams snapshot/restore', () => {
    it('restore(JSON round trip of snapshot) continues every stream identically', () => {
        fc.assert(fc.property(fc.oneof(fc.string(), fc.integer()), fc.array(fc.tuple(fc.constantFrom('a', 'b', 'z', 'm/n'), fc.integer({ min: 0, max: 30 })), { maxLength: 8 }), (root, draws) => {
            const r = new RandomStreams(root);
            for (const [name, n] of draws)
                draw(n, () => r.stream(name).next());
            const snap = JSON.parse(JSON.stringify(r.snapshot()));
            const q = RandomStreams.restore(snap);
            for (const name of ['a', 'b', 'z', 'm/n']) {
                expect(draw(25, () => q.stream(name).next())).toEqual(draw(25, () => r.stream(name).next()));
            }
        }));
    });
    it('snapshot lists states sorted by name and keeps the root seed', () => {
        const r = new RandomStreams(5);
        r.stream('zeta').next();
        r.stream('alpha').next();
        const s = r.snapshot();
        expect(s.rootSeed).toBe(5);
        expect(Object.keys(s.states)).toEqual(['alpha', 'zeta']);
        expect(Object.keys(s.states.alpha).sort()).toEqual(['c', 's0', 's1', 's2']);
    });
    it('state() is a copy: drawing afterwards does not change it', () => {
        const s = new RandomStreams(5).stream('x');
        const st = s.state();
        const copy = { ...st };
        s.next();
        expect(st).toEqual(copy);
    });
    it('restore throws RangeError for a malformed state', () => {
        expect(() => RandomStreams.restore({ rootSeed: 1, states: { a: { c: NaN, s0: 0, s1: 0, s2: 0 } } })).toThrow(RangeError);
    });
});
describe('seedOf and hashSeed', () => {
    it('seedOf(name) equals hashSeed(`${rootSeed}/${name}`)', () => {
        expect(new RandomStreams('r').seedOf('x')).toBe(hashSeed('r/x'));
        expect(new RandomStreams(42).seedOf('x')).toBe(hashSeed('42/x'));
    });
    it('hashSeed differs for "a" and "b" and returns unsigned 32-bit integers', () => {
        expect(hashSeed('a')).not.toBe(hashSeed('b'));
        fc.assert(fc.property(fc.string(), (s) => {
            const h = hashSeed(s);
            expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
        }));
    });
    it('hashSeed is MurmurHash3 x86_32 (seed 0) of UTF-8: published test vectors', () => {
        expect(hashSeed('')).toBe(0);
        expect(hashSeed('test')).toBe(0xba6bd213);
        expect(hashSeed('Hello, world!')).toBe(0xc0363e43);
        expect(hashSeed('The quick brown fox jumps over the lazy dog')).toBe(0x2e4ff723);
    });
});
describe('uniformAt', () => {
    it('uniformAt is a pure function of (seed, counter) with pinned values', () => {
        // Changing these values changes every simulation result: see counter-rng.ts.
        expect(uniformAt(0, 0)).toBe(0.7021557497551136);
        expect(uniformAt(1, 1)).toBe(0.9012151491331465);
        expect(uniformAt(0xdeadbeef, 12345)).toBe(0.35414478548324835);
        expect(uniformAt(42, 2 ** 40 + 7)).toBe(0.425683048537302);
        expect(uniformAt(7, 2 ** 52)).toBe(0.4372142788508402);
    });
    it('uniformAt is deterministic and in [0, 1) for any 32-bit seed and counter up to 2^52', () => {
        fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 2 ** 52 }), (seed, counter) => {
            const u = uniformAt(seed, counter);
            expect(u >= 0 && u < 1).toBe(true);
            expect(uniformAt(seed, counter)).toBe(u);
        }), { numRuns: 1000 });
    });
    it('uniformAt over 1e5 counters has mean 0.5 ± 0.01 and passes a 10-bin chi-square', () => {
        for (const seed of [0, 1, hashSeed('x')]) {
            const n = 100_000;
            const bins = new Array(10).fill(0);
            let sum = 0;
            for (let i = 0; i < n; i++) {
                const u = uniformAt(seed, i);
                sum += u;
                bins[Math.floor(u * 10)]++;
            }
            expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.01);
            const expected = n / 10;
            const chi2 = bins.reduce((acc, b) => acc + (b - expected) ** 2 / expected, 0);
            expect(chi2).toBeLessThan(30); // 9 degrees of freedom: p ≈ 0.0004
        }
    });
    it('uniformAt: consecutive counters and neighbouring seeds are uncorrelated', () => {
        const n = 100_000;
        const corr = (f, g) => {
            let sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
            for (let i = 0; i < n; i++) {
                const x = f(i), y = g(i);
                sx += x;
                sy += y;
                sxx += x * x;
                syy += y * y;
                sxy += x * y;
            }
            const cov = sxy / n - (sx / n) * (sy / n);
            return cov / Math.sqrt((sxx / n - (sx / n) ** 2) * (syy / n - (sy / n) ** 2));
        };
        const bound = 5 / Math.sqrt(n);
        expect(Math.abs(corr((i) => uniformAt(9, i), (i) => uniformAt(9, i + 1)))).toBeLessThan(bound);
        expect(Math.abs(corr((i) => uniformAt(9, i), (i) => uniformAt(10, i)))).toBeLessThan(bound);
        expect(Math.abs(corr((i) => uniformAt(i, 0), (i) => uniformAt(i + 1, 0)))).toBeLessThan(bound);
    });
    it('uniformAt gives distinct values for distinct counters (no collisions in a sample)', () => {
        const seen = new Set();
        for (let i = 0; i < 100_000; i++)
            seen.add(uniformAt(5, i));
        expect(seen.size).toBe(100_000);
    });
});
describe('distributions', () => {
    const n = 200_000;
    const uniforms = (seed, k) => (i) => uniformAt(seed, i * 2 + k);
    const mean = (f) => {
        let s = 0;
        for (let i = 0; i < n; i++)
            s += f(i);
        return s / n;
    };
    it('exponential(u, mean) has the requested mean and is finite at u = 0', () => {
        const u = uniforms(1, 0);
        expect(mean((i) => exponential(u(i), 30))).toBeCloseTo(30, 0);
        expect(exponential(0, 5)).toBe(0);
        expect(Number.isFinite(exponential(1 - 2 ** -53, 5))).toBe(true);
    });
    it('normalFromUniforms has mean 0 and variance 1 and is finite at u1 = 0', () => {
        const u1 = uniforms(2, 0);
        const u2 = uniforms(2, 1);
        const z = (i) => normalFromUniforms(u1(i), u2(i));
        expect(Math.abs(mean(z))).toBeLessThan(0.01);
        expect(mean((i) => z(i) ** 2)).toBeCloseTo(1, 1);
        expect(normalFromUniforms(0, 0.3) === 0).toBe(true);
    });
    it('weibull with shape 1 is exponential with mean = scale', () => {
        expect(weibull(0.3, 1, 7)).toBeCloseTo(exponential(0.3, 7), 12);
        const u = uniforms(3, 0);
        // Mean of Weibull(k=2, λ=10) is λ·Γ(1.5) = 10·√π/2.
        expect(mean((i) => weibull(u(i), 2, 10))).toBeCloseTo((10 * Math.sqrt(Math.PI)) / 2, 1);
    });
    it('lognormal(u1, u2, mu, sigma) has median exp(mu)', () => {
        const u1 = uniforms(4, 0);
        const u2 = uniforms(4, 1);
        const xs = Array.from({ length: 50_001 }, (_, i) => lognormal(u1(i), u2(i), 2, 0.5)).sort((a, b) => a - b);
        expect(xs[25_000]).toBeCloseTo(Math.exp(2), 0);
    });
});
//# sourceMappingURL=rng.test.js.map