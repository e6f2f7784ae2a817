/**
 * ESXi minFree and the memory-state machine (DOMAIN.md "Memory reclamation (ESXi flavour)":
 * minFree = 899 MB for the first 28 GB + 1 % of the rest; states by free memory in % of minFree:
 * high ≥ 400, clear ≥ 100, soft ≥ 64, hard ≥ 32, low below, with hysteresis between them).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMORY_STATES, STATE_THRESHOLD_PCT } from '../../../src/catalogue/memory-states.js';
import { minFreeMiB, nextMemoryState, STATE_HIGH, STATE_LOW } from '../../../src/model/memory/min-free.js';

const [HIGH, CLEAR, SOFT, HARD, LOW] = [0, 1, 2, 3, 4];

describe('minFreeMiB', () => {
  it('minFreeMiB(256 GiB) is 3233.72 MiB: 899 + 1 % of (256 − 28) GiB × 1024', () => {
    // 899 + 0.01 × 228 × 1024 = 899 + 2334.72 = 3233.72 (the DOMAIN.md figure); the binary
    // double of 0.01 × 233472 is 2334.7200000000003, hence 9 decimals rather than bit equality.
    expect(minFreeMiB(256 * 1024)).toBeCloseTo(3233.72, 9);
    // DOMAIN.md writes "244 GB → 3233.72 MB": the figure is that of a 256 GiB host (which reports
    // about 244 GB usable); 244 GiB would give 899 + 0.01 × 216 × 1024 = 3110.84.
    expect(minFreeMiB(244 * 1024)).toBeCloseTo(3110.84, 9);
  });

  it('minFreeMiB(100 GiB) is 899 + 1 % of 72 × 1024 = 1636.28 MiB', () => {
    // DOMAIN.md's "100 GB → 1619 MB" counts 72 GB as 72 000 MB: 899 + 720 = 1619; in MiB the
    // 1 % is of 73 728 MiB = 737.28.
    expect(minFreeMiB(100 * 1024)).toBeCloseTo(1636.28, 9);
    expect(899 + 0.01 * 72 * 1000).toBe(1619);
  });

  it('minFreeMiB(28 GiB) is the 899 MiB base, and so is any smaller host', () => {
    expect(minFreeMiB(28 * 1024)).toBe(899);
    expect(minFreeMiB(16 * 1024)).toBe(899);
    expect(minFreeMiB(0)).toBe(899);
  });

  it('minFreeMiB(48 GiB) is 899 + 1 % of 20 × 1024 = 1103.8 MiB', () => {
    // DOMAIN.md's "48 GB → 1099 MB" counts 20 GB as 20 000 MB; in MiB it is 20 480 × 1 % = 204.8.
    expect(minFreeMiB(48 * 1024)).toBeCloseTo(1103.8, 9);
    expect(899 + 0.01 * 20 * 1000).toBe(1099);
  });

  it('minFreeMiB grows by exactly 1 % of the memory above 28 GiB (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 28 * 1024, max: 4096 * 1024 }), fc.integer({ min: 1, max: 100_000 }), (mem, extra) => {
        expect(minFreeMiB(mem + extra) - minFreeMiB(mem)).toBeCloseTo(0.01 * extra, 6);
      }),
    );
  });
});

describe('nextMemoryState thresholds (400 / 100 / 64 / 32 % of minFree)', () => {
  it('names the five states best first and keeps the thresholds of DOMAIN.md', () => {
    expect(MEMORY_STATES).toEqual(['high', 'clear', 'soft', 'hard', 'low']);
    expect(STATE_THRESHOLD_PCT.slice(0, 4)).toEqual([400, 100, 64, 32]);
    expect(STATE_HIGH).toBe(HIGH);
    expect(STATE_LOW).toBe(LOW);
  });

  it.each([
    [1000, 'high'],
    [400, 'high'],
    [399.99, 'clear'],
    [100, 'clear'],
    [99.99, 'soft'],
    [64, 'soft'],
    [63.99, 'hard'],
    [32, 'hard'],
    [31.99, 'low'],
    [0, 'low'],
    [-50, 'low'],
  ])('nextMemoryState(high, %s %% of minFree) is %s', (pct, state) => {
    expect(MEMORY_STATES[nextMemoryState(HIGH, pct as number, 10)]).toBe(state);
  });

  it('free at exactly 400 / 100 / 64 / 32 % of a 48 GiB host\'s minFree (1103.8 MiB) maps to high / clear / soft / hard, below 32 % to low', () => {
    const minFree = minFreeMiB(48 * 1024);
    const stateAt = (freeMiB: number): string => MEMORY_STATES[nextMemoryState(LOW, (freeMiB / minFree) * 100, 0)]!;
    expect(stateAt(4 * minFree)).toBe('high'); // 4415.2 MiB
    expect(stateAt(1 * minFree)).toBe('clear'); // 1103.8 MiB
    expect(stateAt(0.64 * minFree)).toBe('soft'); // 706.43 MiB
    expect(stateAt(0.32 * minFree)).toBe('hard'); // 353.22 MiB
    expect(stateAt(0.32 * minFree - 0.01)).toBe('low');
    expect(stateAt(0)).toBe('low');
  });
});

describe('nextMemoryState hysteresis', () => {
  it('falls from high straight to low as soon as free memory drops below 32 %', () => {
    expect(nextMemoryState(HIGH, 10, 10)).toBe(LOW);
  });

  it('falls from clear to soft at 99.99 % even with a 50 % hysteresis', () => {
    expect(nextMemoryState(CLEAR, 99.99, 50)).toBe(SOFT);
  });

  it('stays in low at 40 % with a 10 % margin (hard needs 32 + 10 = 42 %) and climbs to hard at 42 %', () => {
    expect(nextMemoryState(LOW, 40, 10)).toBe(LOW);
    expect(nextMemoryState(LOW, 41.99, 10)).toBe(LOW);
    expect(nextMemoryState(LOW, 42, 10)).toBe(HARD);
  });

  it('climbs from hard to soft at 66 % only with a margin ≤ 2 (64 + 2)', () => {
    expect(nextMemoryState(HARD, 66, 10)).toBe(HARD);
    expect(nextMemoryState(HARD, 66, 2)).toBe(SOFT);
  });

  it('climbs several states at once when each threshold is cleared with the margin', () => {
    // From hard at 500 % with margin 10: soft (74), clear (110), high (410) all cleared.
    expect(nextMemoryState(HARD, 500, 10)).toBe(HIGH);
    // At 405 %: high needs 410, so it stops at clear.
    expect(nextMemoryState(HARD, 405, 10)).toBe(CLEAR);
    expect(nextMemoryState(CLEAR, 405, 10)).toBe(CLEAR);
  });

  it('falls immediately: from any state, free memory in a worse band gives exactly that band, whatever the hysteresis (property)', () => {
    const band = (pct: number): number => (pct >= 400 ? HIGH : pct >= 100 ? CLEAR : pct >= 64 ? SOFT : pct >= 32 ? HARD : LOW);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -1000, max: 100_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        (state, p100, h100) => {
          const pct = p100 / 100;
          fc.pre(band(pct) > state);
          expect(nextMemoryState(state, pct, h100 / 100)).toBe(band(pct));
        },
      ),
    );
  });

  it('with zero hysteresis is the plain band of free memory (property)', () => {
    const band = (pct: number): number => (pct >= 400 ? HIGH : pct >= 100 ? CLEAR : pct >= 64 ? SOFT : pct >= 32 ? HARD : LOW);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -1000, max: 100_000 }), (state, p100) => {
        const pct = p100 / 100;
        expect(nextMemoryState(state, pct, 0)).toBe(band(pct));
      }),
    );
  });

  it('never leaves a state better than the band, and never falls below it nor below the current state when climbing (property)', () => {
    const band = (pct: number): number => (pct >= 400 ? HIGH : pct >= 100 ? CLEAR : pct >= 64 ? SOFT : pct >= 32 ? HARD : LOW);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: -1000, max: 100_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        (state, p100, h100) => {
          const pct = p100 / 100;
          const hyst = h100 / 100;
          const next = nextMemoryState(state, pct, hyst);
          const b = band(pct);
          // worse codes are larger: falling is immediate, climbing lands between band and current
          if (b >= state) expect(next).toBe(b);
          else {
            expect(next).toBeGreaterThanOrEqual(b);
            expect(next).toBeLessThanOrEqual(state);
            // a climb to s needs free ≥ threshold(s) + hysteresis
            if (next < state) expect(pct).toBeGreaterThanOrEqual(STATE_THRESHOLD_PCT[next]! + hyst);
          }
        },
      ),
    );
  });
});
