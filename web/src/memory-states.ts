/**
 * Host counts and hours per ESXi memory state. The states, their order, thresholds and meaning
 * are the simulator's own table (src/catalogue/memory-states.ts), linked into the page.
 */
import { MEMORY_STATES } from '../../src/catalogue/memory-states.js';
import type { HostRow, MemoryState } from './types.js';

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
