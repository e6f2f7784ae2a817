import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureGraph, diffGraphs, restoreGraph } from '../../src/api/snapshot.js';
class Alpha {
}
class Beta {
}
const TYPED = {
    Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    Float32Array, Float64Array, BigInt64Array, BigUint64Array,
};
const SPECIAL = [NaN, Infinity, -Infinity, -0, 0, 5e-324, -5e-324, Number.MAX_VALUE, 0.1, 1 / 3, 2 ** 53 + 2, -1e-300];
function mulberry32(seed) {
    let s = seed | 0;
    return () => {
        s = (s + 0x6d2b79f5) | 0;
        let t = Math.imul(s ^ (s >>> 15), s | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function define(o, key, value) {
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}
function build(shape, seed) {
    const rng = mulberry32(seed);
    const bits = new Float64Array(1);
    const words = new Uint32Array(bits.buffer);
    const num = () => {
        if (rng() < 0.4)
            return SPECIAL[Math.floor(rng() * SPECIAL.length)];
        words[0] = rng() * 2 ** 32;
        words[1] = rng() * 2 ** 32;
        return bits[0]; // any double, NaN payloads included
    };
    const prim = () => [num, () => `s${Math.floor(rng() * 100)}é`, () => rng() < 0.5, () => null][Math.floor(rng() * 4)]();
    const made = []; // every container, in build order: the same order in both twins
    const go = (s) => {
        switch (s.k) {
            case 'num': return num();
            case 'str': return `v${Math.floor(rng() * 1e6)}`;
            case 'bool': return rng() < 0.5;
            case 'null': return null;
            case 'undef': return undefined;
            case 'big': return BigInt(Math.floor(rng() * 2 ** 52)) * (rng() < 0.5 ? -(2n ** 70n) : 1n);
            case 'fn': {
                const tag = rng();
                return () => tag;
            }
            case 'typed': {
                const a = new TYPED[s.kind](s.grows ? s.len + Math.floor(rng() * 3) : s.len);
                const u8 = new Uint8Array(a.buffer);
                for (let i = 0; i < u8.length; i++)
                    u8[i] = rng() * 256;
                made.push(a);
                return a;
            }
            case 'prims': {
                const a = Array.from({ length: Math.floor(rng() * 4) }, prim);
                made.push(a);
                return a;
            }
            case 'recmap': {
                const m = new Map();
                made.push(m);
                for (let i = Math.floor(rng() * 4); i > 0; i--) {
                    m.set(`r${Math.floor(rng() * 10)}`, { n: num(), label: prim(), list: [num(), prim()] });
                }
                return m;
            }
            case 'arr': {
                const a = [];
                made.push(a);
                for (const item of s.items)
                    a.push(go(item));
                return a;
            }
            case 'obj':
            case 'alpha':
            case 'beta': {
                const o = s.k === 'obj' ? {} : s.k === 'alpha' ? new Alpha() : new Beta();
                made.push(o);
                for (const [key, f] of s.fields)
                    define(o, key, go(f));
                return o;
            }
            case 'map': {
                const m = new Map();
                made.push(m);
                for (const [key, e] of s.entries)
                    m.set(key, go(e));
                return m;
            }
            case 'set': {
                const set = new Set();
                made.push(set);
                for (let i = Math.floor(rng() * 4); i > 0; i--)
                    set.add(prim());
                for (const r of s.refs)
                    set.add(made[r % made.length]);
                return set;
            }
            case 'ref': return made[s.back % made.length]; // an ancestor or an earlier object: sharing, cycles
        }
    };
    return go(shape);
}
const key = fc.constantFrom('a', 'b', 'next', 'x y', '__proto__', 'constructor', '0', '7', 'length', '$r');
const { root } = fc.letrec((tie) => {
    const fields = fc.uniqueArray(fc.tuple(key, tie('shape')), { selector: (t) => t[0], maxLength: 4 });
    return {
        leaf: fc.oneof(fc.constantFrom({ k: 'num' }, { k: 'str' }, { k: 'bool' }, { k: 'null' }, { k: 'undef' }, { k: 'big' }, { k: 'fn' }, { k: 'prims' }, { k: 'recmap' }), fc.record({ k: fc.constant('typed'), kind: fc.constantFrom(...Object.keys(TYPED)), len: fc.nat(9), grows: fc.boolean() }), fc.record({ k: fc.constant('ref'), back: fc.nat() }), fc.record({ k: fc.constant('set'), refs: fc.array(fc.nat(), { maxLength: 2 }) })),
        shape: fc.oneof({ depthSize: 'small', maxDepth: 4 }, tie('leaf'), fc.record({ k: fc.constant('arr'), items: fc.array(tie('shape'), { maxLength: 4 }) }), fc.record({ k: fc.constantFrom('obj', 'alpha', 'beta'), fields }), fc.record({ k: fc.constant('map'), entries: fields })),
        root: fc.record({ k: fc.constantFrom('obj', 'alpha'), fields }),
    };
});
describe('captureGraph → JSON → restoreGraph (property)', () => {
    it('a twin built from the same shape with other values becomes equal to the original', () => {
        fc.assert(fc.property(root, fc.integer(), fc.integer(), (shape, seedA, seedB) => {
            const a = build(shape, seedA);
            const b = build(shape, seedB);
            const text = JSON.stringify(captureGraph(a));
            restoreGraph(b, JSON.parse(text));
            expect(diffGraphs(a, b)).toBeUndefined();
            expect(JSON.stringify(captureGraph(b))).toBe(text);
            expect(JSON.stringify(captureGraph(a))).toBe(text); // capture leaves the original alone
        }), { numRuns: 400 });
    });
    it('a restore into the original itself changes nothing', () => {
        fc.assert(fc.property(root, fc.integer(), (shape, seed) => {
            const a = build(shape, seed);
            const text = JSON.stringify(captureGraph(a));
            restoreGraph(a, JSON.parse(text));
            expect(JSON.stringify(captureGraph(a))).toBe(text);
        }), { numRuns: 100 });
    });
    it('JSON.stringify of a finite double parses back to the same double', () => {
        fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
            const back = JSON.parse(JSON.stringify(x));
            expect(Object.is(back, x) || (Object.is(x, -0) && back === 0)).toBe(true);
        }), { numRuns: 2000 });
    });
    it('every double, NaN, ±Infinity and -0 included, restores bit-exactly through a snapshot', () => {
        fc.assert(fc.property(fc.array(fc.double(), { maxLength: 20 }), (xs) => {
            const twin = { xs: xs.map(() => 1), one: 1 };
            restoreGraph(twin, JSON.parse(JSON.stringify(captureGraph({ xs, one: xs[0] ?? 0 }))));
            xs.forEach((x, i) => expect(Object.is(twin.xs[i], x)).toBe(true));
            expect(Object.is(twin.one, xs[0] ?? 0)).toBe(true);
        }), { numRuns: 500 });
    });
});
//# sourceMappingURL=snapshot.property.test.js.map