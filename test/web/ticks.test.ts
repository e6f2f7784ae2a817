/** Distinct tick labels (web/src/ticks.ts): no axis repeats a label. */
import { scaleLinear } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { num } from '../../web/src/format.js';
import { distinctTickCount } from '../../web/src/ticks.js';

const twoDecimals = (v: number): string => v.toFixed(2);

describe('distinctTickCount', () => {
  it('0 to 0.012 at two decimals: 6 ticks would read 0.00 0.00 0.00 0.01 0.01 0.01 0.01; it keeps the 2 that differ', () => {
    const y = scaleLinear().domain([0, 0.012]);
    expect(y.ticks(6).map(twoDecimals)).toEqual(['0.00', '0.00', '0.00', '0.01', '0.01', '0.01', '0.01']);
    const k = distinctTickCount((n) => y.ticks(n), 6, twoDecimals);
    const labels = y.ticks(k).map(twoDecimals);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels).toEqual(['0.00', '0.01']);
  });

  it('keeps the wanted count when the labels already differ', () => {
    const y = scaleLinear().domain([0, 100]);
    expect(distinctTickCount((n) => y.ticks(n), 5, num)).toBe(5);
  });

  it('property: for any domain, a count above 1 has labels that never repeat in the viewer number format', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 12 }), (lo, span, wanted) => {
        const y = scaleLinear().domain([lo, lo + span]);
        const k = distinctTickCount((n) => y.ticks(n), wanted, num);
        const labels = y.ticks(k).map(num);
        if (k > 1) expect(new Set(labels).size).toBe(labels.length);
        expect(k).toBeLessThanOrEqual(wanted);
      }),
    );
  });
});
