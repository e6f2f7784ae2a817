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
export function exponential(u, mean) {
    return 0 - mean * Math.log(1 - u);
}
/** Standard normal (mean 0, sd 1) by the Box-Muller transform. */
export function normalFromUniforms(u1, u2) {
    return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
}
/** Weibull with shape k > 0 and scale λ > 0. */
export function weibull(u, shape, scale) {
    return scale * Math.pow(0 - Math.log(1 - u), 1 / shape);
}
/** Log-normal: exp(mu + sigma * Z), Z standard normal from (u1, u2). */
export function lognormal(u1, u2, mu, sigma) {
    return Math.exp(mu + sigma * normalFromUniforms(u1, u2));
}
//# sourceMappingURL=distributions.js.map