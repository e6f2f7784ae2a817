/**
 * Compression figures (DOMAIN.md, Memory reclamation):
 * - ESXi keeps a page compressed only if it fits in 2 KB, so a compressed page takes half a page.
 * - zswap ratios measured: lz4 ≈ 2.6, lzo ≈ 2.7, zstd ≈ 3.4–4.0 (3.7 taken); zbud caps the
 *   ratio at 2:1, z3fold at 3:1, zsmalloc packs denser (no cap). lz4 ≈ 1.7 µs per page.
 * Decompression times for lzo and zstd and the compress/decompress cost ratio are assumptions.
 */
export const ESXI_COMPRESSION_RATIO = 2;
export const ESXI_DECOMPRESS_US = 1.7;
export const COMPRESSOR_RATIO = { lz4: 2.6, lzo: 2.7, zstd: 3.7 };
export const ALLOCATOR_CAP = { zsmalloc: Infinity, zbud: 2, z3fold: 3 };
export const DECOMPRESS_US = { lz4: 1.7, lzo: 2.2, zstd: 4.0 };
/** Compressing a page costs about three times decompressing it (assumption). */
export const COMPRESS_COST_FACTOR = 3;
/** Effective zswap ratio: the compressor's, capped by what the allocator can pack. */
export function zswapRatio(compressor, allocator) {
    return Math.min(COMPRESSOR_RATIO[compressor], ALLOCATOR_CAP[allocator]);
}
export const PAGE_MIB = 4 / 1024; // a 4 KiB page in MiB
//# sourceMappingURL=compression.js.map