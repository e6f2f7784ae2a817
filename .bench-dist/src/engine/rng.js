/**
 * Randomness for simulations: seeded named streams, a counter-based
 * generator, and samplers. Nothing here reads entropy or the clock.
 */
export { hashSeed } from './hash.js';
export { uniformAt } from './counter-rng.js';
export { RandomStream, RandomStreams, } from './random-streams.js';
export { exponential, normalFromUniforms, weibull, lognormal } from './distributions.js';
//# sourceMappingURL=rng.js.map