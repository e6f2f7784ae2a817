/**
 * Simulated time.
 *
 * All simulated time is expressed as an integer count of milliseconds since
 * the simulation epoch (time 0). Integers keep event ordering exact: two
 * events computed by different paths to land "at the same time" compare
 * equal, which floating-point seconds would not guarantee.
 *
 * Doubles represent every integer up to 2^53 exactly, i.e. ~285,000 years of
 * milliseconds, so overflow is not a practical concern.
 */
export type Millis = number;

export const SECOND: Millis = 1000;
export const MINUTE: Millis = 60 * SECOND;
export const HOUR: Millis = 60 * MINUTE;
export const DAY: Millis = 24 * HOUR;
export const WEEK: Millis = 7 * DAY;
