/** The five ESXi memory states, their order and meaning, and host counts and hours per state. */
import type { HostRow, MemoryState } from './types.js';

export const MEMORY_STATES: readonly MemoryState[] = ['high', 'clear', 'soft', 'hard', 'low'];

export const STATE_RANK: Record<MemoryState, number> = { high: 0, clear: 1, soft: 2, hard: 3, low: 4 };

export const STATE_MEANING: Record<MemoryState, string> = {
  high: 'free ≥ 400 % of minFree: no reclamation',
  clear: 'free ≥ 100 % of minFree: large pages broken, page sharing',
  soft: 'free ≥ 64 % of minFree: ballooning',
  hard: 'free ≥ 32 % of minFree: compression and host swap',
  low: 'below 32 % of minFree: swap, new allocations blocked',
};

/** Number of hosts in each memory state at every interval (the counts sum to the host count). */
export function stateCounts(series: ReadonlyArray<readonly MemoryState[]>, n: number): Record<MemoryState, number[]> {
  const out = Object.fromEntries(MEMORY_STATES.map((s) => [s, new Array<number>(n).fill(0)])) as Record<MemoryState, number[]>;
  for (const states of series) for (let i = 0; i < n; i++) (out[states[i] ?? 'high'] as number[])[i]! += 1;
  return out;
}

/** Hours of each memory state summed over hosts (for the memory legend). */
export function stateHoursTotal(hosts: readonly HostRow[]): Record<MemoryState, number> {
  const out = { high: 0, clear: 0, soft: 0, hard: 0, low: 0 } as Record<MemoryState, number>;
  for (const h of hosts) for (const s of MEMORY_STATES) out[s] += h.stateHours[s];
  return out;
}
