export interface GrowthInput {
    readonly cpuPctPerMonth?: number;
    readonly memoryPctPerMonth?: number;
    readonly model?: 'compound' | 'linear';
}
/** Demand multiplier after `months` at `pctPerMonth`. */
export declare function growthFactor(pctPerMonth: number, months: number, model: 'compound' | 'linear'): number;
type Plain = Record<string, unknown>;
/** Names of groups ("cluster/group") whose workload cannot be grown (traces). */
export declare function ungrowable(raw: Plain): string[];
/** Whether any group of the scenario grows. */
export declare function hasGrowth(raw: Plain): boolean;
/** A copy of the raw scenario at month `months`: growing groups' workloads scaled, growth kept. */
export declare function scenarioAtMonth(raw: Plain, months: number): Plain;
/** The date `months` calendar months after an ISO start (UTC), as YYYY-MM-DD. */
export declare function monthDate(startIso: string, months: number): string;
export {};
