/**
 * jsonPieces joined is JSON.stringify's text, byte for byte, compact and indented: for random
 * values (long arrays that are walked, nested objects, values JSON.stringify leaves out or turns
 * into null, toJSON), and for the default scenario's report.json (the golden test pins that file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces, writePieces } from '../../src/output/json-stream.js';
import { tempDir } from '../helpers/sim.js';

const joined = (v: unknown, gap: string): string => [...jsonPieces(v, gap)].join('');

const leaf = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.date({ noInvalidDate: true }));
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 150 }),
  object: fc.dictionary(fc.string(), tie('value'), { maxKeys: 6 }),
}));

describe('jsonPieces', () => {
  it('joined, equals JSON.stringify(value, null, gap) for random values, compact and indented', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('', '  ', '\t'), (v, gap) => {
        fc.pre(v !== undefined);
        expect(joined(v, gap)).toBe(JSON.stringify(v, null, gap));
      }),
      { numRuns: 300 },
    );
  });

  it('walks long arrays of objects in runs: 1,000 VM-like rows give the same text in pieces of at most 128 rows', () => {
    const rows = Array.from({ length: 1000 }, (_, k) => ({ id: `vm-${k}`, p95: k / 7, gone: undefined, tags: [k, 'a\nb', '<x>'] }));
    const report = { schema: 'r', vms: rows, series: { t: Array.from({ length: 100 }, (_, k) => k * 300), empty: {}, none: [] } };
    const pieces = [...jsonPieces(report, '  ')];
    // ⌈1000 / 128⌉ = 8 runs of rows, each one piece.
    expect(pieces.length).toBeGreaterThanOrEqual(8);
    const longestRow = Math.max(...rows.map((r) => JSON.stringify(r, null, 2).replace(/\n/g, '\n    ').length + 6));
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(128 * longestRow);
    expect(pieces.join('')).toBe(JSON.stringify(report, null, 2));
    const file = join(tempDir('json-stream'), 'r.json');
    writePieces(file, jsonPieces(report, '  '));
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(report, null, 2));
  });

  it('walks rows nested as report.html nests them ({ reports: [report] }): no piece holds more than 128 rows', () => {
    const rows = Array.from({ length: 500 }, (_, k) => ({ id: `vm-${k}`, host: `h-${k % 7}`, p95: k / 3 }));
    const data = { reports: [{ schema: 'r', vms: rows, series: { clusters: { c1: { t: [1, 2] } } } }], labels: ['x'], title: 't' };
    const pieces = [...jsonPieces(data)];
    const longestRow = Math.max(...rows.map((r) => JSON.stringify(r).length + 1));
    // A region's report stringified whole as one piece passed V8's longest string (2^29 - 24).
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(128 * longestRow);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces.join('')).toBe(JSON.stringify(data));
  });

  it('keeps the text exact where runs meet walked items, left-out values and toJSON (mixed long arrays)', () => {
    const big = Array.from({ length: 70 }, (_, k) => k);
    const mixed = Array.from({ length: 300 }, (_, k) => (k % 50 === 0 ? big : k % 7 === 0 ? undefined : k % 11 === 0 ? new Date(k * 1e9) : { k }));
    for (const gap of ['', '  ', '\t']) expect(joined({ a: { b: { c: { d: mixed } } }, top: mixed }, gap)).toBe(JSON.stringify({ a: { b: { c: { d: mixed } } }, top: mixed }, null, gap));
  });

  it('refuses a value JSON.stringify writes nothing for', () => {
    expect(() => [...jsonPieces(undefined)]).toThrow(/nothing to write/);
  });
});
