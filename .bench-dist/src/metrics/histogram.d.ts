/**
 * Histograms for many entities at once, in one Uint16Array of counts (entity-major, one 64-byte
 * row of at most 32 bins per entity), with one shared bin layout. Used for per-VM percentiles of
 * per-interval averages (the p95 of 5-minute roll-ups that vCenter reports) without keeping
 * every sample. Each sample counts once (output intervals are equal but for a shorter last
 * one). A row is one cache line, so a pass over all VMs streams through memory. When a bin
 * would pass 65,535 the entity's row is halved, which keeps its quantiles (a 5-minute series
 * reaches that after 227 days in one bin).
 */
/** Bin edges: bins [edges[k], edges[k+1]); the last bin also takes values above the top edge. */
export declare class BinLayout {
    readonly edges: Float64Array;
    readonly bins: number;
    private readonly lookup;
    private readonly lookupScale;
    constructor(edges: Float64Array);
    /** Bin of x (x ≥ 0). */
    bin(x: number): number;
    /**
     * `bins` equal bins up to `top`, after a first, zero-width-like bin that holds exact zeros, so
     * that a quantile falling among zeros comes out as 0 rather than interpolated into the bin.
     */
    static uniform(top: number, bins: number): BinLayout;
    /** Fine bins where small values matter (CPU ready thresholds at 2.5, 5 and 10 %), coarse above: 32 bins. */
    static readyPct(): BinLayout;
}
/** Bins per entity row: 32 counts of 2 bytes, one cache line. */
export declare const ROW_BINS = 32;
export declare class EntityHistograms {
    readonly layout: BinLayout;
    readonly entities: number;
    readonly weights: Uint16Array;
    private readonly min;
    private readonly max;
    constructor(layout: BinLayout, entities: number);
    reset(): void;
    add(entity: number, x: number): void;
    /** The q-quantile (0..1) of entity's distribution, interpolated within the bin; NaN if empty. */
    quantile(entity: number, q: number): number;
}
/** Quantile of the histogram stored at weights[offset .. offset + bins). */
export declare function quantileOf(weights: Uint16Array | Uint32Array | Float64Array, offset: number, layout: BinLayout, q: number): number;
