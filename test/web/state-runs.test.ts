/** Memory state series as runs (web/src/state-runs.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { stateRuns } from '../../web/src/state-runs.js';
import type { MemoryState } from '../../web/src/types.js';

describe('stateRuns', () => {
  it('run-length encodes a state series with interval times', () => {
    const states: MemoryState[] = ['high', 'high', 'clear', 'soft', 'soft', 'high'];
    const t = [0, 10, 20, 30, 40, 50];
    const dt = [10, 10, 10, 10, 10, 5];
    expect(stateRuns(states, t, dt)).toEqual([
      { state: 'high', i0: 0, i1: 2, t0: 0, t1: 20 },
      { state: 'clear', i0: 2, i1: 3, t0: 20, t1: 30 },
      { state: 'soft', i0: 3, i1: 5, t0: 30, t1: 50 },
      { state: 'high', i0: 5, i1: 6, t0: 50, t1: 55 },
    ]);
    expect(stateRuns([], [], [])).toEqual([]);
  });
});
