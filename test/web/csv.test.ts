/** CSV export from the viewer (web/src/csv.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { toCsv } from '../../web/src/csv.js';

describe('toCsv', () => {
  it('quotes CSV cells that need it', () => {
    expect(toCsv(['a', 'b'], [[1, 'x,y'], ['say "hi"', null], [Number.NaN, 'line\nbreak']])).toBe('a,b\n1,"x,y"\n"say ""hi""",\n,"line\nbreak"\n');
  });
});
