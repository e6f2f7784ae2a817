/**
 * ESXi's free-memory states (vSphere 6+), best first, with the free memory (% of minFree) at or
 * above which a host is in each and what the hypervisor does there (DOMAIN.md, "Memory
 * reclamation (ESXi flavour)"). The model's state machine (model/memory/min-free.ts), the report's state names and
 * the viewer's legend and tooltips read this one table.
 *
 * Imports nothing and uses no Node module: the viewer's linker (report/bundle.ts) inlines it
 * into report.html.
 */

/** The states, best first; a state's index here is the code the model's state arrays hold. */
export const MEMORY_STATES = ['high', 'clear', 'soft', 'hard', 'low'] as const;
export type MemoryState = (typeof MEMORY_STATES)[number];

/**
 * Free memory, in % of minFree, at or above which a host is in each state, by state index. Low's
 * published 16 % marks where new allocations block; the state machine puts every host below
 * hard's 32 % in low.
 */
export const STATE_THRESHOLD_PCT = [400, 100, 64, 32, 16] as const;

/** What each state means, for legends and tooltips (thresholds from STATE_THRESHOLD_PCT). */
export const STATE_MEANING: Readonly<Record<MemoryState, string>> = {
  high: `free ≥ ${STATE_THRESHOLD_PCT[0]} % of minFree: no reclamation`,
  clear: `free ≥ ${STATE_THRESHOLD_PCT[1]} % of minFree: large pages broken, page sharing`,
  soft: `free ≥ ${STATE_THRESHOLD_PCT[2]} % of minFree: ballooning`,
  hard: `free ≥ ${STATE_THRESHOLD_PCT[3]} % of minFree: compression and host swap`,
  low: `below ${STATE_THRESHOLD_PCT[3]} % of minFree: swap, new allocations blocked`,
};

/** A state's rank, 0 for high to 4 for low (its index in MEMORY_STATES). */
export function stateRank(state: MemoryState): number {
  return MEMORY_STATES.indexOf(state);
}
