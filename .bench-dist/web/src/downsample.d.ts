/**
 * Min–max downsampling for display. A line drawn through more points than the chart has pixel
 * columns only repaints the same columns; keeping, in every pixel column, the point with the
 * lowest and the point with the highest value draws the same picture (every spike and dip
 * stays visible) from at most two points per column and series.
 *
 * Pure functions over plain arrays: no DOM, no d3.
 */
/** Index of the first element of the ascending `xs` that is ≥ `x` (xs.length when none). */
export declare function lowerBound(xs: ArrayLike<number>, x: number): number;
/** Index of the last element of the ascending `xs` that is ≤ `x` (−1 when none). */
export declare function upperIndex(xs: ArrayLike<number>, x: number): number;
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
export declare function downsampleIndices(xs: ArrayLike<number>, series: ReadonlyArray<ArrayLike<number>>, columns: number, x0?: number, x1?: number): number[];
/** Downsample one series: the kept points as parallel x and y arrays. */
export declare function downsample(xs: ArrayLike<number>, ys: ArrayLike<number>, columns: number, x0?: number, x1?: number): {
    x: number[];
    y: number[];
    index: number[];
};
/**
 * Aggregate `values` (one per interval, at ascending `xs`) into `columns` equal pixel columns of
 * [x0, x1] with `reduce` ('max' keeps hot spots visible, 'mean' shows the typical level).
 * Columns without any interval take the value of the interval that covers them (xs are interval
 * starts), so a zoomed-in heatmap shows wide cells instead of gaps. NaN when nothing covers them.
 */
export declare function aggregateColumns(xs: ArrayLike<number>, values: ArrayLike<number>, columns: number, x0: number, x1: number, reduce?: 'max' | 'mean'): Float64Array;
