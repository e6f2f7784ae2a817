/**
 * The rule-of-thumb bands for CPU ready per vCPU (% of time a runnable vCPU waited for a core):
 * < 2.5 % fine, 2.5–5 % watch, 5–10 % significant, > 10 % bad (DOMAIN.md, CPU; Broadcom KB 387750
 * and practitioner guidance). The run's headline band (metrics/headline.ts) and the viewer's
 * colours, zones and labels (web/src) read this one table.
 *
 * Imports nothing and uses no Node module: the viewer's linker (report/bundle.ts) inlines it
 * into report.html.
 */

/** The bands, best first (the report's `headline.cpuReady.band` takes these names). */
export const READY_BAND_NAMES = ['fine', 'watch', 'significant', 'bad'] as const;
export type ReadyBand = (typeof READY_BAND_NAMES)[number];

/** Where each band above `fine` starts, in % ready per vCPU. */
export const READY_LIMITS = { watch: 2.5, significant: 5, bad: 10 } as const;

/** The bands in order, each with its range in % and what it means to a user. */
export const READY_BANDS: ReadonlyArray<{ readonly band: ReadyBand; readonly from: number; readonly to: number; readonly meaning: string }> = [
  { band: 'fine', from: 0, to: READY_LIMITS.watch, meaning: `below ${READY_LIMITS.watch} %: fine` },
  { band: 'watch', from: READY_LIMITS.watch, to: READY_LIMITS.significant, meaning: `${READY_LIMITS.watch}–${READY_LIMITS.significant} %: watch` },
  { band: 'significant', from: READY_LIMITS.significant, to: READY_LIMITS.bad, meaning: `${READY_LIMITS.significant}–${READY_LIMITS.bad} %: significant, users notice` },
  { band: 'bad', from: READY_LIMITS.bad, to: Number.POSITIVE_INFINITY, meaning: `above ${READY_LIMITS.bad} %: bad` },
];

/** The rule in one line, for hints and findings: "< 2.5 % fine, 2.5–5 % watch, 5–10 % significant, > 10 % bad". */
export const READY_RULE = `< ${READY_LIMITS.watch} % fine, ${READY_LIMITS.watch}–${READY_LIMITS.significant} % watch, ${READY_LIMITS.significant}–${READY_LIMITS.bad} % significant, > ${READY_LIMITS.bad} % bad`;

/** The band of a ready %: a value on a limit belongs to the worse band, but for exactly 10 % (still significant). */
export function readyBand(pct: number): ReadyBand {
  if (pct < READY_LIMITS.watch) return 'fine';
  if (pct < READY_LIMITS.significant) return 'watch';
  if (pct <= READY_LIMITS.bad) return 'significant';
  return 'bad';
}
