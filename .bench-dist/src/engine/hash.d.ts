/**
 * String → 32-bit seed hashing.
 *
 * hashSeed is MurmurHash3 x86_32 (seed 0) of the string's UTF-8 bytes, so
 * its values can be checked against any reference implementation. They are
 * part of the reproducibility contract: changing this function changes every
 * seed derived from a name, and with it every simulation result.
 */
/** MurmurHash3 x86_32 of `text` encoded as UTF-8, as an unsigned 32-bit integer. */
export declare function hashSeed(text: string): number;
/** MurmurHash3's 32-bit finalizer: a bijection on int32 with full avalanche. */
export declare function fmix32(h: number): number;
