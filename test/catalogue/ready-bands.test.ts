/**
 * The CPU ready bands (src/catalogue/ready-bands.ts) against DOMAIN.md "CPU": < 2.5 % fine,
 * 2.5–5 % watch, 5–10 % significant, > 10 % bad (Broadcom KB 387750). The headline and the
 * viewer both read this table, so these are the only numbers to check.
 */
import { describe, expect, it } from 'vitest';
import { READY_BAND_NAMES, READY_BANDS, READY_LIMITS, READY_RULE, readyBand } from '../../src/catalogue/ready-bands.js';

describe('readyBand (DOMAIN.md thresholds 2.5 / 5 / 10 %)', () => {
  it.each([
    [0, 'fine'],
    [2.49, 'fine'],
    [2.5, 'watch'],
    [4.99, 'watch'],
    [5, 'significant'],
    [10, 'significant'],
    [10.01, 'bad'],
    [33.3, 'bad'],
  ] as const)('readyBand(%s) is %s', (pct, band) => {
    expect(readyBand(pct)).toBe(band);
  });
});

describe('READY_BANDS', () => {
  it('tiles [0, ∞) in order at the limits 2.5, 5 and 10', () => {
    expect(READY_LIMITS).toEqual({ watch: 2.5, significant: 5, bad: 10 });
    expect(READY_BANDS.map((b) => b.band)).toEqual(['fine', 'watch', 'significant', 'bad']);
    expect(READY_BAND_NAMES).toEqual(READY_BANDS.map((b) => b.band));
    expect(READY_BANDS[0]!.from).toBe(0);
    for (let k = 1; k < READY_BANDS.length; k++) expect(READY_BANDS[k]!.from).toBe(READY_BANDS[k - 1]!.to);
    expect(READY_BANDS[READY_BANDS.length - 1]!.to).toBe(Number.POSITIVE_INFINITY);
  });

  it('gives inside each band the band readyBand gives', () => {
    for (const b of READY_BANDS) {
      const inside = Number.isFinite(b.to) ? (b.from + b.to) / 2 : b.from + 1;
      expect(readyBand(inside)).toBe(b.band);
    }
  });

  it('words the rule and each band with the limits', () => {
    expect(READY_RULE).toBe('< 2.5 % fine, 2.5–5 % watch, 5–10 % significant, > 10 % bad');
    expect(READY_BANDS.map((b) => b.meaning)).toEqual(['below 2.5 %: fine', '2.5–5 %: watch', '5–10 %: significant, users notice', 'above 10 %: bad']);
  });
});
