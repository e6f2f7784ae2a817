import type { SweepSummary } from '../report/schema.js';
import { type Journal } from './journal.js';
import type { SweepPlan } from './plan.js';
import { type SweepAnswer } from './answer.js';
import { type FrontierRow, type PointResult } from './results.js';
/** Points whose representative run goes into report.html (a comparison page of more is unreadable). */
export declare const REPORT_POINTS = 40;
/** Rounded to 6 decimals; null for NaN / null (an empty CSV cell). */
export declare function round6(x: number | null): number | null;
/** How the sweep was run: summary.json's `run` section, the only part that may differ between two runs of one sweep. */
export interface RunInfo {
    readonly wallTimeMs: number;
    readonly mode: 'local' | 'queue';
    readonly workers?: number;
    readonly queue?: string;
    readonly computed: number;
    readonly fromCheckpoint: number;
    /** Each run's clusters were simulated apart and merged. */
    readonly splitByCluster?: boolean;
}
/**
 * What report.html embeds for the "Metric vs parameter" chart: every point's mean, sd and 95 % CI
 * per metric, rounded as in sweep-summary.csv, and the objectives as thresholds.
 */
export declare function sweepSummary(plan: SweepPlan, results: readonly PointResult[], units?: Readonly<Record<string, string>>, answer?: string): SweepSummary;
/** "dcsim sweep overcommit-sweep: cpu.overcommit × memory.overcommit": short at any number of points. */
export declare function sweepTitle(plan: Pick<SweepPlan, 'name' | 'parameters'>): string;
/** Writes every output into the checkpoint folder and renames it to `outDir`. */
export declare function finishSweep(plan: SweepPlan, journal: Journal, outDir: string, force: boolean, info: RunInfo): {
    results: PointResult[];
    frontier: FrontierRow[];
    answer: SweepAnswer;
};
