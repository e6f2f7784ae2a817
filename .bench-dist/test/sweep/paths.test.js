/**
 * Sweep paths: parsing and printing round-trip, aliases fan out to every cluster, overrides
 * land where the path says (and nowhere else), and a path that leads nowhere is an error that
 * says why. Values parse as numbers, booleans, null or text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPath, parsePath, parseValue, PathError, setAt, targetsOf, withAssignments } from '../../src/sweep/paths.js';
const key = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_-]{0,8}$/);
const oddKey = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => !/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(s));
const segment = fc.oneof(key, oddKey, fc.nat({ max: 99 }));
const path = fc.tuple(key, fc.array(segment, { maxLength: 5 })).map(([head, rest]) => [head, ...rest]);
describe('parsePath / formatPath', () => {
    it('parsePath(formatPath(p)) is p for any path of keys, quoted keys and indexes', () => {
        fc.assert(fc.property(path, (p) => {
            expect(parsePath(formatPath(p))).toEqual(p);
        }));
    });
    it('reads clusters[0].placement.maxVcpuPerCore and templates["odd key"].vcpus', () => {
        expect(parsePath('clusters[0].placement.maxVcpuPerCore')).toEqual(['clusters', 0, 'placement', 'maxVcpuPerCore']);
        expect(parsePath('templates["odd key"].vcpus')).toEqual(['templates', 'odd key', 'vcpus']);
    });
    it.each(['', '.a', 'a..b', 'a.', 'a[x]', 'a[0', 'a[0]b', '0abc'])('refuses %j with a PathError naming the path', (bad) => {
        expect(() => parsePath(bad)).toThrow(PathError);
        expect(() => parsePath(bad)).toThrow(/bad path/);
    });
});
describe('targetsOf', () => {
    const raw = { clusters: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] };
    it('cpu.overcommit and memory.overcommit set placement.maxVcpuPerCore / maxMemoryOvercommit of every cluster', () => {
        expect(targetsOf('cpu.overcommit', raw)).toEqual([0, 1, 2].map((k) => ['clusters', k, 'placement', 'maxVcpuPerCore']));
        expect(targetsOf('memory.overcommit', raw)).toEqual([0, 1, 2].map((k) => ['clusters', k, 'placement', 'maxMemoryOvercommit']));
    });
    it('any other name is one path as written; seed and the sweep section cannot be swept', () => {
        expect(targetsOf('clusters[1].hosts[0].count', raw)).toEqual([['clusters', 1, 'hosts', 0, 'count']]);
        expect(() => targetsOf('seed', raw)).toThrow(/replications/);
        expect(() => targetsOf('sweep.replications', raw)).toThrow(PathError);
    });
});
describe('setAt / withAssignments', () => {
    it('changes exactly the addressed value and leaves the input untouched', () => {
        fc.assert(fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 6 }), fc.nat(), fc.double({ noNaN: true }), (xs, i, v) => {
            const raw = { a: { list: xs.map((x) => ({ x })) }, b: 1 };
            const k = i % xs.length;
            const out = withAssignments(raw, [{ path: ['a', 'list', k, 'x'], value: v }]);
            expect(out.a.list.map((e) => e.x)).toEqual(xs.map((x, j) => (j === k ? v : x)));
            expect(out.b).toBe(1);
            expect(raw.a.list.map((e) => e.x)).toEqual(xs);
        }));
    });
    it('creates missing mappings on the way (the schema judges their keys later)', () => {
        const root = { clusters: [{}] };
        setAt(root, ['clusters', 0, 'placement', 'maxVcpuPerCore'], 6);
        expect(root).toEqual({ clusters: [{ placement: { maxVcpuPerCore: 6 } }] });
    });
    it('says why a path leads nowhere: index out of range, not a list, not a mapping', () => {
        const root = { clusters: [{ name: 'a', hosts: 3 }] };
        expect(() => setAt(root, ['clusters', 2, 'name'], 'x')).toThrow('clusters has 1 entry, so [2] is out of range');
        expect(() => setAt(root, ['clusters', 0, 'name', 0], 'x')).toThrow('clusters[0].name is not a list');
        expect(() => setAt(root, ['clusters', 0, 'hosts', 'count'], 1)).toThrow("clusters[0].hosts is not a mapping, so it has no key 'count'");
    });
});
describe('parseValue', () => {
    it('reads numbers, booleans, null and text; quotes force text', () => {
        expect(['1', '1.0', '-2.5', '.5', '1e3', 'true', 'false', 'null', 'spread', '"4"', "'x y'", '5m'].map(parseValue)).toEqual([
            1, 1, -2.5, 0.5, 1000, true, false, null, 'spread', '4', 'x y', '5m',
        ]);
    });
    it('reads back any finite number written with String()', () => {
        fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
            expect(parseValue(String(x))).toBe(x === 0 ? 0 : x);
        }));
    });
});
//# sourceMappingURL=paths.test.js.map