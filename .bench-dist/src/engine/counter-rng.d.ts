/**
 * Uniform double in [0, 1) with 53 random bits.
 * @param seed    treated as a 32-bit integer (e.g. from RandomStreams.seedOf)
 * @param counter integer in [0, 2^52]; other values give unspecified results
 */
export declare function uniformAt(seed: number, counter: number): number;
