import type { FailureDistribution } from '../../catalogue/failure-distribution.js';
export type { FailureDistribution, FailureDistributionKind } from '../../catalogue/failure-distribution.js';
/** ln Γ(x) for x > 0 (Lanczos approximation); NaN for x ≤ 0. */
export declare function lnGamma(x: number): number;
/** Γ(x) for x > 0. Overflows to Infinity above x ≈ 171.6, like the true value. */
export declare function gammaFunction(x: number): number;
/** Mean in hours. Weibull λΓ(1+1/k); lognormal exp(mu + σ²/2); gamma kθ. */
export declare function meanHours(d: FailureDistribution): number;
/**
 * One draw in hours from uniformAt(seed, counter), uniformAt(seed, counter + 1), …; `used` is how
 * many counters were consumed, so the caller's next draw starts at counter + used. Exponential and
 * Weibull use 1, lognormal 2 (Box–Muller, second normal discarded), gamma 3 per Marsaglia–Tsang
 * attempt plus 1 for the shape < 1 boost. Results are > 0, except that Weibull or gamma draws
 * with shapes far below the FTA fits' smallest (0.19) can underflow to 0.
 */
export declare function sampleHours(d: FailureDistribution, seed: number, counter: number): {
    hours: number;
    used: number;
};
