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
export function invertSpd(a: number[][]): number[][] | null {
  const n = a.length;
  const l = a.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = (a[i] as number[])[j];
      for (let k = 0; k < j; k++) s -= ((l[i] as number[])[k]) * ((l[j] as number[])[k]);
      if (i === j) {
        if (!(s > 0)) return null;
        (l[i] as number[])[i] = Math.sqrt(s);
      } else (l[i] as number[])[j] = s / ((l[j] as number[])[j]);
    }
  }
  // inv(A) = inv(L)ᵀ inv(L)
  const li = l.map(() => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++) {
    (li[i] as number[])[i] = 1 / ((l[i] as number[])[i]);
    for (let j = 0; j < i; j++) {
      let s = 0;
      for (let k = j; k < i; k++) s -= ((l[i] as number[])[k]) * ((li[k] as number[])[j]);
      (li[i] as number[])[j] = s / ((l[i] as number[])[i]);
    }
  }
  return a.map((_, i) =>
    a.map((__, j) => {
      let s = 0;
      for (let k = Math.max(i, j); k < n; k++) s += ((li[k] as number[])[i]) * ((li[k] as number[])[j]);
      return s;
    }),
  );
}

export function curvature(f: (z: number[]) => number, z: readonly number[], fMin: number, cells: number, h = 0.02): Curvature {
  const p = z.length;
  let evals = 0;
  const at = (d: number[]): number => {
    evals++;
    return f(z.map((zi, i) => zi + (d[i])));
  };
  const none = (why: string): Curvature => ({ stdErr: z.map(() => null), reason: z.map(() => why), evals });
  if (cells <= p) return none(`not estimated: ${cells} compared cells for ${p} parameters`);
  const atBound = z.map((zi) => zi - h < 0 || zi + h > 1);
  if (atBound.some((b) => b)) {
    return { stdErr: z.map(() => null), reason: atBound.map((b) => (b ? 'not estimated: at (or next to) its bound' : 'not estimated: another fitted parameter is at its bound')), evals };
  }
  const e = (i: number, s: number): number[] => z.map((_, k) => (k === i ? s * h : 0));
  const H = z.map(() => new Array<number>(p).fill(0));
  const plus = z.map((_, i) => at(e(i, 1)));
  const minus = z.map((_, i) => at(e(i, -1)));
  for (let i = 0; i < p; i++) (H[i] as number[])[i] = ((plus[i]) - 2 * fMin + (minus[i])) / (h * h);
  for (let i = 0; i < p; i++) {
    for (let j = i + 1; j < p; j++) {
      const d = (si: number, sj: number): number[] => z.map((_, k) => (k === i ? si * h : k === j ? sj * h : 0));
      const v = (at(d(1, 1)) - at(d(1, -1)) - at(d(-1, 1)) + at(d(-1, -1))) / (4 * h * h);
      (H[i] as number[])[j] = v;
      (H[j] as number[])[i] = v;
    }
  }
  const inv = H.every((row) => row.every((x) => Number.isFinite(x))) ? invertSpd(H) : null;
  if (inv === null) return none('not estimated: the error is flat or not convex around the optimum (the trace does not constrain it)');
  const s2 = (2 * fMin) / (cells - p);
  return { stdErr: z.map((_, i) => Math.sqrt(Math.max(0, s2 * ((inv[i] as number[])[i])))), reason: z.map(() => null), evals };
}
