/**
 * Per-entity histograms with a shared bin layout, for per-VM percentiles of interval averages
 * (the p95 of 5-minute roll-ups vCenter reports) without keeping every sample.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BinLayout, EntityHistograms, quantileOf } from '../../src/metrics/histogram.js';

describe('BinLayout', () => {
  it('uniform(100, 50) has a zero bin [0, 1e-9) and then 50 bins of width 2 up to 100', () => {
    const l = BinLayout.uniform(100, 50);
    expect(l.bins).toBe(51);
    expect(Array.from(l.edges)).toEqual([0, 1e-9, ...Array.from({ length: 50 }, (_, k) => 2 * (k + 1))]);
  });

  it('uniform(100, 50).bin puts 0 in bin 0, 1e-9 and 1.99 in bin 1, 2 in bin 2, 99.99 in bin 50, and anything ≥ 100 in the last bin', () => {
    const l = BinLayout.uniform(100, 50);
    expect(l.bin(0)).toBe(0);
    expect(l.bin(1e-9)).toBe(1);
    expect(l.bin(1.99)).toBe(1);
    expect(l.bin(2)).toBe(2);
    expect(l.bin(3.999999)).toBe(2);
    expect(l.bin(99.99)).toBe(50);
    expect(l.bin(100)).toBe(50);
    expect(l.bin(1e6)).toBe(50);
  });

  it('readyPct() has fine bins around the 2.5 / 5 / 10 % ready thresholds and coarse ones above', () => {
    const l = BinLayout.readyPct();
    expect(Array.from(l.edges)).toEqual([
      0, 1e-9, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 7, 8, 9, 10, 12, 14, 16, 18, 20, 25, 30, 35, 40, 50, 60, 70, 80, 90, 100,
    ]);
    expect(l.bins).toBe(32);
    expect(l.bin(2.5)).toBe(6);
    expect(l.bin(2.4999)).toBe(5);
    expect(l.bin(5)).toBe(11);
    expect(l.bin(10)).toBe(17);
  });

  it('bin(x) is the k with edges[k] ≤ x < edges[k+1] for every x in range, on both layouts (property)', () => {
    for (const l of [BinLayout.uniform(100, 50), BinLayout.readyPct(), new BinLayout(Float64Array.from([0, 0.3, 0.31, 7, 7.5, 50]))]) {
      const top = l.edges[l.bins]!;
      fc.assert(
        fc.property(fc.double({ min: 0, max: top, noNaN: true, maxExcluded: true }), (x) => {
          const k = l.bin(x);
          expect(l.edges[k]!).toBeLessThanOrEqual(x);
          expect(x).toBeLessThan(l.edges[k + 1]!);
        }),
        { numRuns: 2000 },
      );
    }
  });
});

describe('EntityHistograms.quantile', () => {
  it('returns a constant series exactly, for any q', () => {
    const h = new EntityHistograms(BinLayout.readyPct(), 2);
    for (let k = 0; k < 50; k++) h.add(1, 33.333333333);
    for (const q of [0, 0.01, 0.5, 0.95, 0.99, 1]) expect(h.quantile(1, q)).toBe(33.333333333);
  });

  it('gives 95 for q = 0.95 of the values 0..99 once each on uniform(100, 25)', () => {
    // target = 0.95 × 100 = 95 samples. Bin 0 holds 0, bin [1e-9, 4) holds 1..3, then each bin
    // [4k, 4k+4) holds four values: 92 samples lie below 92, and [92, 96) holds 92..95, so the
    // answer is 92 + (95 − 92) / 4 × 4 = 95. The median likewise is 48 + (50 − 48)/4 × 4 = 50.
    const h = new EntityHistograms(BinLayout.uniform(100, 25), 1);
    for (let x = 0; x < 100; x++) h.add(0, x);
    expect(h.quantile(0, 0.95)).toBeCloseTo(95, 9);
    expect(h.quantile(0, 0.5)).toBeCloseTo(50, 9);
  });

  it('refuses a layout wider than one 32-bin row', () => {
    expect(() => new EntityHistograms(BinLayout.uniform(100, 50), 1)).toThrow(/at most 32 bins, got 51/);
  });

  it('halves a row when a bin reaches 65,535, keeping the quantiles', () => {
    const h = new EntityHistograms(BinLayout.uniform(100, 25), 1);
    for (let k = 0; k < 70_000; k++) h.add(0, 10);
    for (let k = 0; k < 70_000; k++) h.add(0, 50);
    expect(Math.max(...h.weights)).toBeLessThanOrEqual(65_535);
    expect(h.quantile(0, 0.25)).toBeGreaterThanOrEqual(10);
    expect(h.quantile(0, 0.25)).toBeLessThan(12);
    expect(h.quantile(0, 0.9)).toBeGreaterThanOrEqual(48);
  });

  it('keeps entities apart and clamps to each entity’s exact min and max', () => {
    const h = new EntityHistograms(BinLayout.uniform(100, 25), 3);
    h.add(0, 10);
    h.add(0, 11);
    h.add(2, 80);
    // Entity 0: both in [8, 12); interpolation could exceed 11, the max clamps it.
    expect(h.quantile(0, 1)).toBe(11);
    expect(h.quantile(0, 0)).toBe(10);
    expect(h.quantile(2, 0.5)).toBe(80);
    expect(h.quantile(1, 0.5)).toBeNaN();
  });

  it('returns (within the 1e-9 zero bin) 0 for a VM whose ready is 0 most of the time, not a value inside [0, 4)', () => {
    const h = new EntityHistograms(BinLayout.uniform(100, 25), 1);
    for (let k = 0; k < 96; k++) h.add(0, 0);
    for (let k = 0; k < 4; k++) h.add(0, 50);
    // The zero bin [0, 1e-9) is interpolated like any other: 95/96 of the way through it.
    expect(h.quantile(0, 0.95)).toBeGreaterThanOrEqual(0);
    expect(h.quantile(0, 0.95)).toBeLessThan(1e-9);
    expect(h.quantile(0, 0.97)).toBeGreaterThanOrEqual(48);
  });

  it('reset() empties every entity', () => {
    const h = new EntityHistograms(BinLayout.uniform(100, 25), 2);
    h.add(0, 5);
    h.add(1, 7);
    h.reset();
    expect(h.quantile(0, 0.5)).toBeNaN();
    expect(h.quantile(1, 0.5)).toBeNaN();
    expect(h.weights.every((w) => w === 0)).toBe(true);
  });

  it('is monotone in q and stays within [min, max] of the samples (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12_000 }).map((x) => x / 100), { minLength: 1, maxLength: 200 }), (xs) => {
        const h = new EntityHistograms(BinLayout.readyPct(), 1);
        for (const x of xs) h.add(0, x);
        let prev = -Infinity;
        for (let q = 0; q <= 1.0000001; q += 0.05) {
          const v = h.quantile(0, Math.min(1, q));
          expect(v).toBeGreaterThanOrEqual(prev);
          expect(v).toBeGreaterThanOrEqual(Math.min(...xs));
          expect(v).toBeLessThanOrEqual(Math.max(...xs));
          prev = v;
        }
      }),
    );
  });
});

describe('quantileOf', () => {
  it('is NaN for an empty histogram and interpolates within the bin for weights in a Float64Array', () => {
    const l = new BinLayout(Float64Array.from([0, 10, 20]));
    expect(quantileOf(new Float64Array(2), 0, l, 0.5)).toBeNaN();
    // weights 1 and 3: target 0.5 × 4 = 2 lies in bin 1 at (2 − 1)/3 → 10 + 10/3
    expect(quantileOf(Float64Array.from([1, 3]), 0, l, 0.5)).toBeCloseTo(10 + 10 / 3, 12);
  });
});

describe('EntityHistograms.addAt', () => {
  it('with the bin the layout gives (bin 0 for an exact zero) counts exactly as add, halving rows alike (property)', () => {
    for (const layout of [BinLayout.uniform(100, 30), BinLayout.readyPct()]) expect(layout.bin(0)).toBe(0);
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 120, noNaN: true })), { minLength: 1, maxLength: 200 }), (xs) => {
        const layout = BinLayout.readyPct();
        const a = new EntityHistograms(layout, 2);
        const b = new EntityHistograms(layout, 2);
        // Near-full counts so that some adds halve the row.
        a.weights.fill(65_530);
        b.weights.fill(65_530);
        xs.forEach((x, k) => {
          a.add(k % 2, x);
          b.addAt(k % 2, x === 0 ? 0 : layout.bin(x), x);
        });
        expect(Array.from(b.weights)).toEqual(Array.from(a.weights));
        for (const q of [0, 0.5, 0.95, 1]) for (const e of [0, 1]) expect(b.quantile(e, q)).toBe(a.quantile(e, q));
      }),
      { numRuns: 100 },
    );
  });
});
