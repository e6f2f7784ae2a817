/**
 * csvRecord writes the bytes csv-stringify writes with its defaults, for any cells: numbers of
 * every kind, strings with commas, quotes, line breaks and non-ASCII text; and num's fixed
 * precision never prints "-0".
 */
import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord, num, type Cell } from '../../src/output/csv.js';

const text = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ',', '"', '\n', '\r', ' ', '-', 'é', '語', '\t', ';'), maxLength: 8 });
const cell: fc.Arbitrary<Cell> = fc.oneof(text, fc.double(), fc.integer(), fc.constant(''), fc.constant(-0));

describe('csvRecord', () => {
  it('equals csv-stringify for any record', () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 12 }), (cells) => {
        expect(csvRecord(cells)).toBe(stringify([cells]));
      }),
      { numRuns: 2000 },
    );
  });

  it('quotes a cell with a comma, a quote or a line break, its quotes doubled', () => {
    expect(csvRecord(['dc1/c1', 'a,b', 'say "hi"', 'two\nlines', 3.5, ''])).toBe('dc1/c1,"a,b","say ""hi""","two\nlines",3.5,\n');
  });
});

describe('num', () => {
  it('prints fixed decimals, an empty cell for NaN, and no negative zero', () => {
    expect(num(1.23456, 3)).toBe('1.235');
    expect(num(-0.0004, 3)).toBe('0.000');
    expect(num(-0, 1)).toBe('0.0');
    expect(num(-0.4, 0)).toBe('0');
    expect(num(-1.5, 1)).toBe('-1.5');
    expect(num(NaN)).toBe('');
  });

  it('prints zero as toFixed does at every precision', () => {
    for (let d = 0; d <= 8; d++) {
      expect(num(0, d)).toBe((0).toFixed(d));
      expect(num(-0, d)).toBe((0).toFixed(d));
    }
  });

  it('equals toFixed, less a negative zero\'s sign, for any number', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true }), fc.constant(0), fc.constant(-0), fc.double({ min: -1e-3, max: 1e-3, noNaN: true })), fc.integer({ min: 0, max: 6 }), (x, d) => {
        const s = x.toFixed(d);
        expect(num(x, d)).toBe(/^-0\.?0*$/.test(s) ? s.slice(1) : s);
      }),
      { numRuns: 3000 },
    );
  });
});
