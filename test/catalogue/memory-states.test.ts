/**
 * ESXi's memory states (src/catalogue/memory-states.ts) against DOMAIN.md "Memory reclamation
 * (ESXi flavour)": high ≥ 400 %, clear ≥ 100 %, soft ≥ 64 %, hard ≥ 32 %, low 16 % of minFree.
 * The state machine (test/model/memory/min-free.test.ts) and the viewer read this table.
 */
import { describe, expect, it } from 'vitest';
import { MEMORY_STATES, STATE_MEANING, STATE_THRESHOLD_PCT, stateRank } from '../../src/catalogue/memory-states.js';

describe('memory states', () => {
  it('names the five states best first with the thresholds of DOMAIN.md', () => {
    expect(MEMORY_STATES).toEqual(['high', 'clear', 'soft', 'hard', 'low']);
    expect(STATE_THRESHOLD_PCT).toEqual([400, 100, 64, 32, 16]);
  });

  it('ranks a state by its place, high 0 to low 4', () => {
    expect(MEMORY_STATES.map(stateRank)).toEqual([0, 1, 2, 3, 4]);
  });

  it('words each state with its threshold, low as anything below hard', () => {
    expect(STATE_MEANING).toEqual({
      high: 'free ≥ 400 % of minFree: no reclamation',
      clear: 'free ≥ 100 % of minFree: large pages broken, page sharing',
      soft: 'free ≥ 64 % of minFree: ballooning',
      hard: 'free ≥ 32 % of minFree: compression and host swap',
      low: 'below 32 % of minFree: swap, new allocations blocked',
    });
  });
});
