/**
 * Inverse-transform samplers: pure functions of uniforms in [0, 1).
 *
 * They take uniforms rather than a generator so that the same formulas serve
 * both stateful streams and counter-based draws (uniformAt). Each uses 1 - u
 * where a logarithm is taken, so u = 0 (which generators can return) is safe
 * and results are always finite. `0 - x` (rather than `-x`) keeps u = 0 from
 * producing -0. Parameters are not validated (hot paths).
 */
/** Exponential with the given mean (> 0). */
export declare function exponential(u: number, mean: number): number;
/** Standard normal (mean 0, sd 1) by the Box-Muller transform. */
export declare function normalFromUniforms(u1: number, u2: number): number;
/** Weibull with shape k > 0 and scale λ > 0. */
export declare function weibull(u: number, shape: number, scale: number): number;
/** Log-normal: exp(mu + sigma * Z), Z standard normal from (u1, u2). */
export declare function lognormal(u1: number, u2: number, mu: number, sigma: number): number;
