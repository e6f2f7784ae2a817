import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { differenceCounter, gauge, medianStep } from '../../src/calibration/counters.js';
import { ImportLog } from '../../src/calibration/import-log.js';

const NS = 1e-9;

describe('differenceCounter(t, v, {scale})', () => {
  it('turns cpu.time growing 1e9 ns per second into exactly one core per interval', () => {
    const t = [0, 10_000, 20_000, 30_000];
    const v = [5e12, 5e12 + 1e10, 5e12 + 2e10, 5e12 + 3e10];
    const r = differenceCounter(t, v, { scale: NS });
    expect(Array.from(r.v)).toEqual([1, 1, 1]);
    expect(Array.from(r.t0)).toEqual([0, 10_000, 20_000]);
    expect(Array.from(r.t1)).toEqual([10_000, 20_000, 30_000]);
  });

  it('leaves out the interval of a counter reset instead of a negative or huge spike, and counts it', () => {
    const log = new ImportLog();
    const r = differenceCounter([0, 10_000, 20_000, 30_000], [8e10, 9e10, 2e9, 1.2e10], { scale: NS, log, what: 'cpu.time' });
    expect(Array.from(r.v)).toEqual([1, 1]);
    expect(Array.from(r.t0)).toEqual([0, 20_000]);
    expect(log.notes().some((n) => /1 × cpu.time interval with a counter reset/.test(n))).toBe(true);
  });

  it('averages over a gap in time (exact integral, no spike) and counts the gap', () => {
    const log = new ImportLog();
    const t = [0, 10_000, 20_000, 30_000, 130_000, 140_000];
    const v = t.map((x) => x * 1e6); // one core throughout: 1e9 ns per 1000 ms
    const r = differenceCounter(t, v, { scale: NS, log, what: 'cpu.time' });
    expect(Array.from(r.v)).toEqual([1, 1, 1, 1, 1]);
    expect(log.notes().some((n) => /gap longer than 3 sample intervals/.test(n))).toBe(true);
  });

  it('breaks the chain at a missing reading (VM absent) rather than smearing across it', () => {
    const r = differenceCounter([0, 10_000, 20_000, 30_000, 40_000], [0, 1e10, NaN, 9e10, 1e11], { scale: NS });
    expect(Array.from(r.t0)).toEqual([0, 30_000]);
    expect(Array.from(r.v)).toEqual([1, 1]);
  });

  it('drops a reading whose timestamp does not increase (clock stepped back)', () => {
    const log = new ImportLog();
    const r = differenceCounter([0, 10_000, 9_000, 20_000], [0, 1e10, 1.1e10, 2e10], { scale: NS, log });
    expect(Array.from(r.v)).toEqual([1, 1]);
    expect(log.notes().join()).toMatch(/timestamp not after the previous one/);
  });

  it('leaves out rates above maxRate (a corrupted counter)', () => {
    const r = differenceCounter([0, 1000, 2000], [0, 1e9, 1e9 + 1e15], { scale: NS, maxRate: 6 });
    expect(Array.from(r.v)).toEqual([1]);
  });

  it('property: with resets and gaps anywhere, no rate exceeds the largest true rate', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ dt: fc.integer({ min: 1, max: 100_000 }), rate: fc.double({ min: 0, max: 4, noNaN: true }), reset: fc.boolean() }), { minLength: 2, maxLength: 60 }),
        (steps) => {
          const t = [0];
          const v = [0];
          let counter = 0;
          for (const s of steps) {
            // A reset restarts the counter part-way through the interval.
            counter = s.reset ? s.rate * s.dt * 1e6 * 0.5 : counter + s.rate * s.dt * 1e6;
            t.push((t[t.length - 1]) + s.dt);
            v.push(counter);
          }
          const r = differenceCounter(t, v, { scale: NS });
          const max = Math.max(...steps.map((s) => s.rate));
          for (const x of r.v) expect(x).toBeLessThanOrEqual(max * (1 + 1e-9) + 1e-12);
          for (const x of r.v) expect(x).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('gauge and medianStep', () => {
  it('gauge drops NaN readings and converts units', () => {
    const g = gauge([0, 1, 2], [1024, NaN, 2048], 1 / 1024);
    expect(Array.from(g.t)).toEqual([0, 2]);
    expect(Array.from(g.v)).toEqual([1, 2]);
  });

  it('medianStep is the median spacing', () => {
    expect(medianStep([0, 2000, 3900, 6000, 60_000])).toBe(2050);
  });
});
