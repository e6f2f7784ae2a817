/**
 * ESXi minFree and the free-memory states (vSphere 6+), DOMAIN.md "Memory reclamation (ESXi flavour)".
 * minFree = 899 MB for the first 28 GB of host RAM + 1% of the rest.
 */
import { MEMORY_STATES, STATE_THRESHOLD_PCT } from '../../catalogue/memory-states.js';
import type { MiB } from '../units.js';

export const MIN_FREE_BASE_MIB = 899;
const MIN_FREE_BASE_RAM_MIB = 28 * 1024;

export function minFreeMiB(hostMemoryMiB: MiB): MiB {
  return MIN_FREE_BASE_MIB + 0.01 * Math.max(0, hostMemoryMiB - MIN_FREE_BASE_RAM_MIB);
}

/** Codes of the memory states (catalogue/memory-states.ts), what the state arrays hold. */
export const STATE_HIGH = 0;
export const STATE_CLEAR = 1;
export const STATE_SOFT = 2;
export const STATE_HARD = 3;
export const STATE_LOW = 4;

/** Where host h's time in memory state `state` sits in the [host × state] array `stateMs`. */
export function stateMsIndex(h: number, state: number): number {
  return h * MEMORY_STATES.length + state;
}

/**
 * Next state from the current one and free memory (% of minFree), with hysteresis: a host falls
 * to a worse state as soon as free memory drops below that state's band, but climbs back only
 * once free memory is `hysteresisPct` above the better band's threshold, so a host hovering at a
 * threshold does not flap.
 */
export function nextMemoryState(current: number, freePct: number, hysteresisPct: number): number {
  if (current === STATE_HIGH && freePct >= STATE_THRESHOLD_PCT[STATE_HIGH]) return STATE_HIGH;
  let band = STATE_LOW;
  for (let s = 0; s < STATE_LOW; s++) {
    if (freePct >= STATE_THRESHOLD_PCT[s]) {
      band = s;
      break;
    }
  }
  if (band >= current) return band;
  // Climbing: the best state whose threshold is cleared with the margin, never worse than now.
  let climbed = current;
  for (let s = current - 1; s >= band; s--) {
    if (freePct >= STATE_THRESHOLD_PCT[s] + hysteresisPct) climbed = s;
    else break;
  }
  return climbed;
}
