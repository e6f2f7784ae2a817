import { type Objective } from '../sweep/objectives.js';
import type { HeadlineFigures } from '../report/schema.js';
export interface ClusterMonth {
    readonly cluster: string;
    readonly replication: number;
    readonly month: number;
    readonly date: string;
    /** Each objective's metric at this month, in the order of the objectives (null: not given). */
    readonly values: readonly (number | null)[];
    /** Objectives that fail at this month. */
    readonly failing: readonly string[];
}
export interface Runway {
    /** Month by month, each cluster in scenario order. */
    readonly rows: readonly ClusterMonth[];
    /**
     * Per cluster, its first month with a failing objective, or null when all hold to the horizon:
     * `at` for the first replication, `months` for every replication (null: beyond the horizon).
     */
    readonly runsOut: readonly {
        readonly cluster: string;
        readonly at: ClusterMonth | null;
        readonly months: readonly (number | null)[];
    }[];
    readonly replications: number;
}
/** One simulated month: the headline figures of each cluster, in scenario order. */
export type MonthFigures = readonly {
    readonly cluster: string;
    readonly figures: HeadlineFigures;
}[];
/**
 * Months 0 … `horizon` of the raw scenario; `simulate` runs one raw scenario (injected: the CLI
 * loads and runs, tests may stub).
 */
export declare function runway(raw: Record<string, unknown>, start: string, horizon: number, objectives: readonly Objective[], simulate: (raw: Record<string, unknown>, month: number, replication: number) => MonthFigures, onMonth?: (month: number) => void, replications?: number): Runway;
/** runway.csv: month, date, cluster, each objective's value and whether it holds. */
export declare function runwayCsv(r: Runway, objectives: readonly Objective[]): string;
/** The sentences the terminal prints, one per cluster. */
export declare function runwaySentences(r: Runway, horizon: number, start: string): string;
