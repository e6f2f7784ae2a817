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
export declare const SECOND: Millis;
export declare const MINUTE: Millis;
export declare const HOUR: Millis;
export declare const DAY: Millis;
export declare const WEEK: Millis;
