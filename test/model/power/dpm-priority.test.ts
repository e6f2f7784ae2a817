/**
 * DPM recommendation priorities and the threshold (vSphere Resource Management guide, "DPM
 * Threshold": threshold n applies priorities 1..n; the utilisation-to-priority mapping is ours,
 * src/model/power/dpm-priority.ts), at the boundaries of each band with the default range 63 ± 18 %.
 */
import { describe, expect, it } from 'vitest';
import { admitted, DEFAULT_DPM_THRESHOLD, powerOffPriority, powerOnPriority } from '../../../src/model/power/dpm-priority.js';

describe('powerOffPriority(stayingPct, 63, 18)', () => {
  it('is 2 up to 27 %, 3 up to 45 %, 4 up to 54 %, 5 above', () => {
    expect([0, 27, 27.01, 45, 45.01, 54, 54.01, 63].map((p) => powerOffPriority(p, 63, 18))).toEqual([2, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe('powerOnPriority(peakPct, 63, 18)', () => {
  it('is 3 above 81 % up to 90.5 %, 2 beyond', () => {
    expect([81.5, 90.5, 90.51, 100].map((p) => powerOnPriority(p, 63, 18))).toEqual([3, 3, 2, 2]);
  });
});

describe('admitted(priority, threshold)', () => {
  it('threshold n applies priorities 1..n: conservative (1) only mandatory, aggressive (5) all; default 3', () => {
    expect(DEFAULT_DPM_THRESHOLD).toBe(3);
    expect([1, 2, 3, 4, 5].map((p) => admitted(p, 1))).toEqual([true, false, false, false, false]);
    expect([1, 2, 3, 4, 5].map((p) => admitted(p, 3))).toEqual([true, true, true, false, false]);
    expect([1, 2, 3, 4, 5].map((p) => admitted(p, 5))).toEqual([true, true, true, true, true]);
  });
});
