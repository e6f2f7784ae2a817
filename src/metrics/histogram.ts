/**
 * Histograms for many entities at once, in one Uint16Array of counts (entity-major, one 64-byte
 * row of at most 32 bins per entity), with one shared bin layout. Used for per-VM percentiles of
 * per-interval averages (the p95 of 5-minute roll-ups that vCenter reports) without keeping
 * every sample. Each sample counts once (output intervals are equal but for a shorter last
 * one). A row is one cache line, so a pass over all VMs streams through memory. When a bin
 * would pass 65,535 the entity's row is halved, which keeps its quantiles (a 5-minute series
 * reaches that after 227 days in one bin).
 */

const ZERO_BIN = 1e-9;

/** Bin edges: bins [edges[k], edges[k+1]); the last bin also takes values above the top edge. */
export class BinLayout {
  readonly bins: number;
  private readonly lookup: Int32Array;
  private readonly lookupScale: number;

  constructor(readonly edges: Float64Array) {
    this.bins = edges.length - 1;
    // A lookup table at a resolution finer than the narrowest bin makes binning O(1).
    let narrowest = Infinity;
    for (let k = 0; k < this.bins; k++) narrowest = Math.min(narrowest, (edges[k + 1]) - (edges[k]));
    const top = edges[this.bins];
    const cells = Math.min(1 << 16, Math.ceil((top / narrowest) * 4));
    this.lookupScale = cells / top;
    this.lookup = new Int32Array(cells + 1);
    let k = 0;
    for (let c = 0; c <= cells; c++) {
      const x = c / this.lookupScale;
      while (k < this.bins - 1 && x >= (edges[k + 1])) k++;
      this.lookup[c] = k;
    }
  }

  /** Bin of x (x ≥ 0). */
  bin(x: number): number {
    const c = Math.floor(x * this.lookupScale);
    if (c >= this.lookup.length) return this.bins - 1;
    let k = this.lookup[c < 0 ? 0 : c];
    // The table cell may start in bin k while x lies in k+1.
    while (k < this.bins - 1 && x >= (this.edges[k + 1])) k++;
    return k;
  }

  /**
   * `bins` equal bins up to `top`, after a first, zero-width-like bin that holds exact zeros, so
   * that a quantile falling among zeros comes out as 0 rather than interpolated into the bin.
   */
  static uniform(top: number, bins: number): BinLayout {
    const edges = [0, ZERO_BIN];
    for (let k = 1; k <= bins; k++) edges.push((top * k) / bins);
    return new BinLayout(Float64Array.from(edges));
  }

  /** Fine bins where small values matter (CPU ready thresholds at 2.5, 5 and 10 %), coarse above: 32 bins. */
  static readyPct(): BinLayout {
    const edges: number[] = [0, ZERO_BIN];
    for (let x = 0.5; x < 6; x += 0.5) edges.push(x);
    for (let x = 6; x < 10; x += 1) edges.push(x);
    for (let x = 10; x < 20; x += 2) edges.push(x);
    for (let x = 20; x < 40; x += 5) edges.push(x);
    for (let x = 40; x <= 100; x += 10) edges.push(x);
    return new BinLayout(Float64Array.from(edges));
  }
}

/** Bins per entity row: 32 counts of 2 bytes, one cache line. */
export const ROW_BINS = 32;
const MAX_COUNT = 65535;

export class EntityHistograms {
  readonly weights: Uint16Array;
  // Exact extremes bound the interpolation: a constant series gets its exact value back.
  private readonly min: Float64Array;
  private readonly max: Float64Array;

  constructor(
    readonly layout: BinLayout,
    readonly entities: number,
  ) {
    if (layout.bins > ROW_BINS) throw new RangeError(`a histogram layout has at most ${ROW_BINS} bins, got ${layout.bins}`);
    this.weights = new Uint16Array(entities * ROW_BINS);
    this.min = new Float64Array(entities).fill(Infinity);
    this.max = new Float64Array(entities).fill(-Infinity);
  }

  reset(): void {
    this.weights.fill(0);
    this.min.fill(Infinity);
    this.max.fill(-Infinity);
  }

  add(entity: number, x: number): void {
    this.addAt(entity, this.layout.bin(x), x);
  }

  /**
   * add(entity, x) when the caller knows x's bin already: per-VM sampling puts one value into
   * several histograms of one layout (demand and granted are equal on a host with room), and
   * an exact zero is bin 0 of every layout, so it looks each bin up at most once.
   */
  addAt(entity: number, bin: number, x: number): void {
    const i = entity * ROW_BINS + bin;
    const w = this.weights;
    if ((w[i]) === MAX_COUNT) {
      const row = entity * ROW_BINS;
      for (let k = row; k < row + ROW_BINS; k++) w[k] = (w[k]) >>> 1;
    }
    w[i] = (w[i]) + 1;
    if (x < (this.min[entity])) this.min[entity] = x;
    if (x > (this.max[entity])) this.max[entity] = x;
  }

  /** The q-quantile (0..1) of entity's distribution, interpolated within the bin; NaN if empty. */
  quantile(entity: number, q: number): number {
    const x = quantileOf(this.weights, entity * ROW_BINS, this.layout, q);
    const lo = this.min[entity];
    const hi = this.max[entity];
    return x < lo ? lo : x > hi ? hi : x;
  }
}

/** Quantile of the histogram stored at weights[offset .. offset + bins). */
export function quantileOf(weights: Uint16Array | Uint32Array | Float64Array, offset: number, layout: BinLayout, q: number): number {
  const bins = layout.bins;
  let total = 0;
  for (let k = 0; k < bins; k++) total += weights[offset + k];
  if (total <= 0) return NaN;
  const target = q * total;
  let acc = 0;
  for (let k = 0; k < bins; k++) {
    const w = weights[offset + k];
    if (w > 0 && acc + w >= target) {
      const lo = layout.edges[k];
      const hi = layout.edges[k + 1];
      return lo + ((target - acc) / w) * (hi - lo);
    }
    acc += w;
  }
  return layout.edges[bins];
}
