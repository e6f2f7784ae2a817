/**
 * Nelder–Mead simplex minimisation (Nelder & Mead, Computer Journal 7(4), 1965; coefficients
 * and the shrink step as in Lagarias et al., SIAM J. Optim. 9(1), 1998): reflection 1,
 * expansion 2, contraction ½, shrink ½. Bounds by clamping: the search runs in the unit box
 * [0, 1]^n (params.ts maps each parameter onto it, linearly or logarithmically) and every trial
 * point is clamped into the box before it is evaluated. Deterministic: the start simplex is x0
 * plus `step` along each axis (minus, where plus would leave the box), ties keep their order.
 * Stops when the simplex's values agree within `fTol` and its points within `xTol`, or after
 * `maxEvals` evaluations.
 */

export interface NelderMeadOptions {
  readonly step?: number;
  readonly maxEvals?: number;
  readonly fTol?: number;
  readonly xTol?: number;
}

export interface NelderMeadResult {
  readonly x: number[];
  readonly f: number;
  readonly evals: number;
  readonly converged: boolean;
}

const clamp01 = (v: number): number => (v < 0 ? 0 : v > 1 ? 1 : v);

export function nelderMead(f: (x: number[]) => number, x0: readonly number[], o: NelderMeadOptions = {}): NelderMeadResult {
  const n = x0.length;
  const step = o.step ?? 0.1;
  const maxEvals = o.maxEvals ?? 200 * n;
  const fTol = o.fTol ?? 1e-8;
  const xTol = o.xTol ?? 1e-4;
  let evals = 0;
  const value = (x: number[]): number => {
    evals++;
    const y = f(x);
    return Number.isNaN(y) ? Infinity : y;
  };
  const start = x0.map(clamp01);
  const simplex: { x: number[]; f: number }[] = [{ x: start, f: value(start) }];
  for (let i = 0; i < n; i++) {
    const x = [...start];
    x[i] = (x[i]) + step <= 1 ? (x[i]) + step : (x[i]) - step;
    simplex.push({ x, f: value(x) });
  }
  const point = (c: number[], w: number[], t: number): number[] => c.map((ci, i) => clamp01(ci + t * ((w[i]) - ci)));
  let converged = false;
  while (evals < maxEvals) {
    simplex.sort((a, b) => a.f - b.f); // stable: equal values keep their order
    const best = simplex[0] as { x: number[]; f: number };
    const worst = simplex[n] as { x: number[]; f: number };
    const spreadF = Math.abs(worst.f - best.f);
    const spreadX = Math.max(...simplex.map((p) => Math.max(...p.x.map((xi, i) => Math.abs(xi - (best.x[i]))))));
    if (spreadF <= fTol * (1 + Math.abs(best.f)) && spreadX <= xTol) {
      converged = true;
      break;
    }
    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] = (centroid[i]) + ((simplex[k] as { x: number[] }).x[i]) / n;
    const second = simplex[n - 1] as { x: number[]; f: number };
    const xr = point(centroid, worst.x, -1);
    const fr = value(xr);
    if (fr < best.f) {
      const xe = point(centroid, worst.x, -2);
      const fe = value(xe);
      simplex[n] = fe < fr ? { x: xe, f: fe } : { x: xr, f: fr };
      continue;
    }
    if (fr < second.f) {
      simplex[n] = { x: xr, f: fr };
      continue;
    }
    // Contract: outside when the reflection beat the worst point, inside otherwise.
    const outside = fr < worst.f;
    const xc = point(centroid, worst.x, outside ? -0.5 : 0.5);
    const fc = value(xc);
    if (fc < (outside ? fr : worst.f)) {
      simplex[n] = { x: xc, f: fc };
      continue;
    }
    for (let k = 1; k <= n; k++) {
      const x = point(best.x, (simplex[k] as { x: number[] }).x, 0.5);
      simplex[k] = { x, f: value(x) };
    }
  }
  simplex.sort((a, b) => a.f - b.f);
  const best = simplex[0] as { x: number[]; f: number };
  return { x: best.x, f: best.f, evals, converged };
}
