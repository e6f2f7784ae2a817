/**
 * Fast standard normal deviates for hot loops: the inverse normal CDF tabulated at 4,096
 * midpoints and interpolated linearly, so one uniform gives one normal with no log, sqrt or
 * trig. Tails are truncated at ±3.55 σ (the outermost midpoints); the variance is within
 * 0.3 % of 1. Use Box-Muller (distributions.ts) where exact tails matter.
 */
/** Acklam's rational approximation of the inverse normal CDF (relative error < 1.15e-9). */
export declare function inverseNormalCdf(p: number): number;
/** Standard normal from one uniform u in [0, 1), by table lookup. */
export declare function fastNormal(u: number): number;
