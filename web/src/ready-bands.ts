/** CPU ready bands: the rule-of-thumb limits the simulator's headline uses, and their meaning. */
import type { ReadyBand } from './types.js';

/** CPU ready rule-of-thumb bands (per vCPU, % of time): < 2.5 fine, 2.5–5 watch, 5–10 significant, > 10 bad. */
export const READY_LIMITS = { watch: 2.5, significant: 5, bad: 10 } as const;

export const READY_BANDS: ReadonlyArray<{ band: ReadyBand; from: number; to: number; meaning: string }> = [
  { band: 'fine', from: 0, to: 2.5, meaning: 'below 2.5 %: fine' },
  { band: 'watch', from: 2.5, to: 5, meaning: '2.5–5 %: watch' },
  { band: 'significant', from: 5, to: 10, meaning: '5–10 %: significant, users notice' },
  { band: 'bad', from: 10, to: Number.POSITIVE_INFINITY, meaning: 'above 10 %: bad' },
];

/** Same rule as the simulator's headline band. */
export function readyBand(pct: number): ReadyBand {
  if (pct < READY_LIMITS.watch) return 'fine';
  if (pct < READY_LIMITS.significant) return 'watch';
  if (pct <= READY_LIMITS.bad) return 'significant';
  return 'bad';
}
