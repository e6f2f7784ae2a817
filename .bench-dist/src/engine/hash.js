/**
 * String → 32-bit seed hashing.
 *
 * hashSeed is MurmurHash3 x86_32 (seed 0) of the string's UTF-8 bytes, so
 * its values can be checked against any reference implementation. They are
 * part of the reproducibility contract: changing this function changes every
 * seed derived from a name, and with it every simulation result.
 */
const encoder = new TextEncoder();
/** MurmurHash3 x86_32 of `text` encoded as UTF-8, as an unsigned 32-bit integer. */
export function hashSeed(text) {
    const bytes = encoder.encode(text);
    const n = bytes.length;
    const blocks = n & ~3;
    let h = 0;
    for (let i = 0; i < blocks; i += 4) {
        let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
        k = Math.imul(k, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, 0x1b873593);
        h ^= k;
        h = (h << 13) | (h >>> 19);
        h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
    const tail = n & 3;
    if (tail !== 0) {
        let k = 0;
        if (tail === 3)
            k ^= bytes[blocks + 2] << 16;
        if (tail >= 2)
            k ^= bytes[blocks + 1] << 8;
        k ^= bytes[blocks];
        k = Math.imul(k, 0xcc9e2d51);
        k = (k << 15) | (k >>> 17);
        k = Math.imul(k, 0x1b873593);
        h ^= k;
    }
    h ^= n;
    return fmix32(h) >>> 0;
}
/** MurmurHash3's 32-bit finalizer: a bijection on int32 with full avalanche. */
export function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}
//# sourceMappingURL=hash.js.map