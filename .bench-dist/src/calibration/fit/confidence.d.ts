/**
 * A cheap confidence estimate from the curvature of the error at the optimum. The objective is
 * a weighted least-squares sum divided by a constant (metrics.ts), so near the optimum the
 * Gauss–Newton approximation gives Cov(z) ≈ 2 · J_min / (N − p) · H⁻¹ (N compared cells, p
 * parameters, H the Hessian of J by central differences in the unit box, step h; the constant
 * cancels). It assumes independent
 * residuals; time-series residuals are autocorrelated, so the intervals are optimistic (a lower
 * bound on the uncertainty). Where H is not positive definite, a parameter sits on a bound, or
 * there are no more cells than parameters, nothing is estimated and the reason is given.
 */
export interface Curvature {
    /** Standard errors in unit-box coordinates, or null with the reason. */
    readonly stdErr: (number | null)[];
    readonly reason: (string | null)[];
    readonly evals: number;
}
/** Cholesky inverse of a symmetric matrix; null when it is not positive definite. */
export declare function invertSpd(a: number[][]): number[][] | null;
export declare function curvature(f: (z: number[]) => number, z: readonly number[], fMin: number, cells: number, h?: number): Curvature;
