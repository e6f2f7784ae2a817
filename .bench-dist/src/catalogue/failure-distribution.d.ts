/**
 * The shape of a time-between-failures or repair-time distribution, in hours, as presets
 * (fta-presets.ts), scenarios and the failure model (model/availability/failure-distribution.ts)
 * all spell it. DOMAIN.md "Failures and HA".
 */
export type FailureDistributionKind = 'exponential' | 'weibull' | 'lognormal' | 'gamma';
/**
 * Parameters in hours. exponential: p1 = mean (p2 unused, 0); weibull: p1 = shape k, p2 = scale λ;
 * lognormal: p1 = mu, p2 = sigma, both of ln(hours); gamma: p1 = shape k, p2 = scale θ.
 */
export interface FailureDistribution {
    kind: FailureDistributionKind;
    p1: number;
    p2: number;
}
