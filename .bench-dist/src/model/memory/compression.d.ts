/**
 * Compression figures (DOMAIN.md, Memory reclamation):
 * - ESXi keeps a page compressed only if it fits in 2 KB, so a compressed page takes half a page.
 * - zswap ratios measured: lz4 ≈ 2.6, lzo ≈ 2.7, zstd ≈ 3.4–4.0 (3.7 taken); zbud caps the
 *   ratio at 2:1, z3fold at 3:1, zsmalloc packs denser (no cap). lz4 ≈ 1.7 µs per page.
 * Decompression times for lzo and zstd and the compress/decompress cost ratio are assumptions.
 */
export declare const ESXI_COMPRESSION_RATIO = 2;
export declare const ESXI_DECOMPRESS_US = 1.7;
export declare const COMPRESSOR_RATIO: {
    readonly lz4: 2.6;
    readonly lzo: 2.7;
    readonly zstd: 3.7;
};
export declare const ALLOCATOR_CAP: {
    readonly zsmalloc: number;
    readonly zbud: 2;
    readonly z3fold: 3;
};
export declare const DECOMPRESS_US: {
    readonly lz4: 1.7;
    readonly lzo: 2.2;
    readonly zstd: 4;
};
/** Compressing a page costs about three times decompressing it (assumption). */
export declare const COMPRESS_COST_FACTOR = 3;
export type Compressor = keyof typeof COMPRESSOR_RATIO;
export type Allocator = keyof typeof ALLOCATOR_CAP;
/** Effective zswap ratio: the compressor's, capped by what the allocator can pack. */
export declare function zswapRatio(compressor: Compressor, allocator: Allocator): number;
export declare const PAGE_MIB: number;
