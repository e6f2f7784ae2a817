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
export declare function nelderMead(f: (x: number[]) => number, x0: readonly number[], o?: NelderMeadOptions): NelderMeadResult;
