/**
 * Replication statistics: mean, sample standard deviation and the 95 % confidence interval of
 * the mean from Student's t distribution (mean ± t(0.975, n−1) · s / √n). Values are summed in
 * the order given (run-id order), so the figures are the same on every machine.
 */
/**
 * The 0.975 quantile of Student's t with `df` degrees of freedom: the table up to 30, then the
 * Cornish–Fisher expansion in 1/df (Abramowitz & Stegun 26.7.5), within 1e-4 of the exact value.
 */
export declare function t975(df: number): number;
export interface Summary {
    /** Runs that gave the figure. */
    readonly n: number;
    readonly mean: number;
    /** Sample standard deviation (n − 1); NaN below two values. */
    readonly sd: number;
    readonly ciLow: number;
    readonly ciHigh: number;
}
/** Mean, standard deviation and 95 % CI; a null among the values makes every figure NaN. */
export declare function summarize(values: readonly (number | null)[]): Summary;
