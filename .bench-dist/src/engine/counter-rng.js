/**
 * Counter-based uniform random numbers.
 *
 * uniformAt(seed, counter) is a pure function: the value for a given
 * (seed, counter) is fixed forever and does not depend on any other draw.
 * That lets hot loops draw "the i-th number for entity e at step k" without
 * keeping generator state, in any order, and lets streams be skipped ahead
 * for free. The mapping is part of the reproducibility contract: changing it
 * changes every simulation result.
 *
 * Construction: the 52-bit counter is split into two 32-bit halves and run
 * through a 5-round Feistel network whose round function is the MurmurHash3
 * finalizer keyed by the (hashed) seed. A Feistel network is a bijection, so
 * distinct counters under one seed never collide in their 64-bit output; 53
 * of those bits form the double. Cost: 12 Math.imul, no allocation.
 */
import { fmix32 } from './hash.js';
const TWO_POW_MINUS_32 = 2 ** -32;
const TWO_POW_MINUS_53 = 2 ** -53;
const TWO_POW_26 = 2 ** 26;
/** Golden-ratio increment separating the round keys. */
const GOLDEN = 0x9e3779b9;
/** Spreads the seed before use, so that nearby seeds give unrelated keys. */
const SEED_SALT = 0x5bd1e995;
/**
 * Uniform double in [0, 1) with 53 random bits.
 * @param seed    treated as a 32-bit integer (e.g. from RandomStreams.seedOf)
 * @param counter integer in [0, 2^52]; other values give unspecified results
 */
export function uniformAt(seed, counter) {
    const k = fmix32((seed | 0) ^ SEED_SALT);
    const lo = counter >>> 0;
    const hi = ((counter - lo) * TWO_POW_MINUS_32) | 0;
    // The fast-changing low half enters the first round function, so that
    // every round mixes it even when the high half stays the same.
    let l = hi ^ k;
    let r = lo | 0;
    l ^= fmix32(r ^ (k + GOLDEN));
    r ^= fmix32(l ^ (k + 2 * GOLDEN));
    l ^= fmix32(r ^ (k + 3 * GOLDEN));
    r ^= fmix32(l ^ (k + 4 * GOLDEN));
    l ^= fmix32(r ^ (k + 5 * GOLDEN));
    return ((l >>> 5) * TWO_POW_26 + (r >>> 6)) * TWO_POW_MINUS_53;
}
//# sourceMappingURL=counter-rng.js.map