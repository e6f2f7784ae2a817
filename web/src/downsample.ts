/// <reference path="./globals.d.ts" />
/**
 * Min–max downsampling for display. A line drawn through more points than the chart has pixel
 * columns only repaints the same columns; keeping, in every pixel column, the point with the
 * lowest and the point with the highest value draws the same picture (every spike and dip
 * stays visible) from at most two points per column and series.
 *
 * Pure functions over plain arrays (no DOM); bisection is d3's.
 */

/** Index of the last element of the ascending `xs` that is ≤ `x` (−1 when none): the interval that holds time `x`. */
export function upperIndex(xs: ArrayLike<number>, x: number): number {
  return d3.bisectRight(xs, x) - 1;
}

/**
 * The indices to draw for the points of `series` (all sharing the ascending x values `xs`)
 * inside [x0, x1], on a chart `columns` pixel columns wide.
 *
 * - One point on each side of the window is kept too, so lines run to the chart's edges.
 * - When the window holds at most 2 × columns points, every index is returned.
 * - Otherwise, per column and per series, the indices of the minimum and the maximum, plus the
 *   first and the last point inside the window. Non-finite values are never chosen as extremes.
 *
 * The result is strictly increasing.
 */
export function downsampleIndices(
  xs: ArrayLike<number>,
  series: ReadonlyArray<ArrayLike<number>>,
  columns: number,
  x0: number = xs.length > 0 ? (xs[0]) : 0,
  x1: number = xs.length > 0 ? (xs[xs.length - 1]) : 0,
): number[] {
  const n = xs.length;
  if (n === 0) return [];
  const lo = d3.bisectLeft(xs, x0);
  const hi = upperIndex(xs, x1);
  const start = Math.max(0, lo - 1);
  const end = Math.min(n - 1, hi + 1);
  const cols = Math.max(1, Math.floor(columns));
  if (hi < lo) {
    // Nothing inside the window: the two neighbours still draw the line across it.
    return start === end ? [start] : [start, end].filter((i, k, a) => a.indexOf(i) === k);
  }
  if (end - start + 1 <= 2 * cols) {
    const all: number[] = [];
    for (let i = start; i <= end; i++) all.push(i);
    return all;
  }
  const keep = new Uint8Array(n);
  keep[start] = 1;
  keep[end] = 1;
  keep[lo] = 1;
  keep[hi] = 1;
  const span = x1 - x0;
  const minIdx = new Int32Array(cols);
  const maxIdx = new Int32Array(cols);
  for (const ys of series) {
    minIdx.fill(-1);
    maxIdx.fill(-1);
    for (let i = lo; i <= hi; i++) {
      const y = ys[i];
      if (!Number.isFinite(y)) continue;
      const c = span > 0 ? Math.min(cols - 1, Math.floor((((xs[i]) - x0) / span) * cols)) : 0;
      const a = minIdx[c];
      if (a < 0 || y < (ys[a])) minIdx[c] = i;
      const b = maxIdx[c];
      if (b < 0 || y > (ys[b])) maxIdx[c] = i;
    }
    for (let c = 0; c < cols; c++) {
      const a = minIdx[c];
      const b = maxIdx[c];
      if (a >= 0) keep[a] = 1;
      if (b >= 0) keep[b] = 1;
    }
  }
  const out: number[] = [];
  for (let i = start; i <= end; i++) if (keep[i]) out.push(i);
  return out;
}

/** Downsample one series: the kept points as parallel x and y arrays. */
export function downsample(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  columns: number,
  x0?: number,
  x1?: number,
): { x: number[]; y: number[]; index: number[] } {
  const index = downsampleIndices(xs, [ys], columns, x0, x1);
  return { x: index.map((i) => xs[i]), y: index.map((i) => ys[i]), index };
}

/**
 * Aggregate `values` (one per interval, at ascending `xs`) into `columns` equal pixel columns of
 * [x0, x1] with `reduce` ('max' keeps hot spots visible, 'mean' shows the typical level).
 * Columns without any interval take the value of the interval that covers them (xs are interval
 * starts), so a zoomed-in heatmap shows wide cells instead of gaps. NaN when nothing covers them.
 */
export function aggregateColumns(
  xs: ArrayLike<number>,
  values: ArrayLike<number>,
  columns: number,
  x0: number,
  x1: number,
  reduce: 'max' | 'mean' = 'max',
): Float64Array {
  const cols = Math.max(1, Math.floor(columns));
  const out = new Float64Array(cols).fill(Number.NaN);
  const n = xs.length;
  if (n === 0 || !(x1 > x0)) return out;
  const sum = reduce === 'mean' ? new Float64Array(cols) : null;
  const count = new Uint32Array(cols);
  const w = (x1 - x0) / cols;
  for (let i = d3.bisectLeft(xs, x0); i < n && (xs[i]) < x1; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) continue;
    const c = Math.min(cols - 1, Math.floor(((xs[i]) - x0) / w));
    if (sum) sum[c] = (sum[c]) + v;
    else if (!(count[c]) || v > (out[c])) out[c] = v;
    count[c] = (count[c]) + 1;
  }
  for (let c = 0; c < cols; c++) {
    if (count[c]) {
      if (sum) out[c] = (sum[c]) / (count[c]);
      continue;
    }
    // Covered by the interval that started before this column's left edge.
    const i = upperIndex(xs, x0 + c * w);
    if (i >= 0) {
      const v = values[i];
      if (Number.isFinite(v)) out[c] = v;
    }
  }
  return out;
}
