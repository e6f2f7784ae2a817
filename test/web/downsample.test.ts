/** Min–max downsampling for display (web/src/downsample.ts): extremes, ends, windows. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { aggregateColumns, downsample, downsampleIndices, upperIndex } from '../../web/src/downsample.js';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('downsampleIndices', () => {
  it('returns every index when there are no more than 2 points per column', () => {
    const xs = range(20);
    expect(downsampleIndices(xs, [xs.map((x) => x * x)], 10)).toEqual(range(20));
    expect(downsampleIndices([], [[]], 10)).toEqual([]);
    expect(downsampleIndices([5], [[1]], 10)).toEqual([0]);
  });

  it('keeps the global minimum and maximum, and the first and last points', () => {
    const xs = range(10_000);
    const ys = xs.map((x) => Math.sin(x / 50) * 10 + (x === 4321 ? 100 : 0) - (x === 777 ? 100 : 0));
    const idx = downsampleIndices(xs, [ys], 100);
    expect(idx).toContain(4321);
    expect(idx).toContain(777);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(9999);
    expect(idx.length).toBeLessThanOrEqual(2 * 100 + 4);
  });

  it('keeps the extremes of every series given, on one shared set of indices', () => {
    const xs = range(5000);
    const a = xs.map((x) => (x === 100 ? 50 : 1));
    const b = xs.map((x) => (x === 4000 ? -50 : 1));
    const idx = downsampleIndices(xs, [a, b], 50);
    expect(idx).toContain(100);
    expect(idx).toContain(4000);
  });

  it('draws a window with one neighbour on each side so lines reach the edges', () => {
    const xs = range(1000).map((i) => i * 10);
    const ys = xs.map((x) => x);
    const idx = downsampleIndices(xs, [ys], 1000, 2005, 3005);
    expect(idx[0]).toBe(200); // 2000, just before the window
    expect(idx[idx.length - 1]).toBe(301); // 3010, just after it
  });

  it('never picks non-finite values as extremes', () => {
    const xs = range(1000);
    const ys = xs.map((x) => (x % 7 === 0 ? Number.NaN : x % 13));
    const idx = downsampleIndices(xs, [ys], 10);
    for (const i of idx.slice(1, -1)) if (i !== 0 && i !== 999) expect(Number.isFinite(ys[i])).toBe(true);
  });

  it('property: the result is strictly increasing, within bounds, and keeps each column’s min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 2000 }), fc.integer({ min: 1, max: 300 }), (ys, cols) => {
        const xs = ys.map((_, i) => i);
        const idx = downsampleIndices(xs, [ys], cols);
        for (let k = 1; k < idx.length; k++) expect(idx[k]!).toBeGreaterThan(idx[k - 1]!);
        expect(idx[0]).toBe(0);
        expect(idx[idx.length - 1]).toBe(ys.length - 1);
        const kept = idx.map((i) => ys[i]!);
        expect(Math.max(...kept)).toBe(Math.max(...ys));
        expect(Math.min(...kept)).toBe(Math.min(...ys));
        if (ys.length > 2 * cols) expect(idx.length).toBeLessThanOrEqual(2 * cols + 4);
      }),
      { numRuns: 200 },
    );
  });
});

describe('downsample', () => {
  it('returns parallel x and y of the kept points', () => {
    const xs = range(1000);
    const ys = xs.map((x) => (x === 500 ? 9 : 0));
    const d = downsample(xs, ys, 20);
    expect(d.x.length).toBe(d.y.length);
    expect(d.y).toContain(9);
    expect(d.x[0]).toBe(0);
    expect(d.x[d.x.length - 1]).toBe(999);
  });
});

describe('aggregateColumns', () => {
  it('keeps the maximum of each pixel column', () => {
    const xs = range(100);
    const ys = xs.map((x) => (x === 37 ? 99 : 1));
    const out = aggregateColumns(xs, ys, 10, 0, 100, 'max');
    expect(Array.from(out)).toEqual([1, 1, 1, 99, 1, 1, 1, 1, 1, 1]);
    expect(Array.from(aggregateColumns(xs, xs, 10, 0, 100, 'mean'))).toEqual([4.5, 14.5, 24.5, 34.5, 44.5, 54.5, 64.5, 74.5, 84.5, 94.5]);
  });

  it('fills columns narrower than an interval with the covering interval (zoomed in)', () => {
    const xs = [0, 10, 20];
    const out = aggregateColumns(xs, [1, 2, 3], 30, 0, 30);
    expect(Array.from(out.slice(0, 10))).toEqual(new Array(10).fill(1));
    expect(out[15]).toBe(2);
    expect(out[29]).toBe(3);
  });
});

describe('binary searches', () => {
  it('upperIndex finds the last element at or before a value (the interval that holds a time)', () => {
    const xs = [0, 10, 20, 30];
    expect(upperIndex(xs, 10)).toBe(1);
    expect(upperIndex(xs, 11)).toBe(1);
    expect(upperIndex(new Float64Array(xs), 30)).toBe(3);
    expect(upperIndex(xs, 99)).toBe(3);
    expect(upperIndex(xs, 9)).toBe(0);
    expect(upperIndex(xs, -1)).toBe(-1);
  });
});
