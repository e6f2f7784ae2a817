/**
 * One run of a sweep, wherever it happens (in-process, a worker thread or a queue worker): the
 * point's scenario is rebuilt from the task (base JSON + assignments, through the loader), run
 * in memory with `simulate()`, and reduced to its headline metrics. Replication 0 of each point
 * also returns its full report, for the sweep's comparison page.
 */
import type { HeadlineParts } from '../metrics/headline.js';
import { type RunFacts } from '../report/build-report.js';
import type { ReportPart } from '../report/report-part.js';
import type { Report } from '../report/schema.js';
import { type ClusterEvents } from '../run/merge-events.js';
import type { Scenario } from '../scenario/index.js';
import type { Assignment } from './paths.js';
import { type SweepPlan } from './plan.js';
/** Everything a worker needs for one run: plain data, so it crosses threads and queues. */
export interface RunTask {
    readonly dcsim: string;
    readonly sweepId: string;
    readonly runId: string;
    readonly pointId: string;
    readonly point: number;
    readonly replication: number;
    readonly seed: number;
    readonly file: string;
    /** Trace files are resolved here: a queue worker on another machine needs the same path. */
    readonly baseDir: string;
    readonly base: string;
    readonly assignments: readonly Assignment[];
    readonly withReport: boolean;
}
/** A finished run: its metrics by name (null where the run does not give the figure). */
export interface RunRecord {
    readonly run: string;
    readonly point: number;
    readonly replication: number;
    readonly seed: number;
    readonly metrics: Readonly<Record<string, number | null>>;
}
export interface RunOutcome {
    readonly record: RunRecord;
    /** Replication 0 only. */
    readonly report: Report | null;
}
export declare function taskOf(plan: SweepPlan, runIndex: number): RunTask;
/** The scenario of a task's point (loaded once per thread and point). */
export declare function scenarioOf(task: RunTask): Scenario;
export declare function executeRun(task: RunTask): RunOutcome;
/**
 * One cluster of a run, simulated on its own (a sweep split by cluster): its headline parts and,
 * for replication 0, its report part and events. mergeClusterRuns makes the run's outcome.
 */
export interface ClusterOutcome extends ClusterEvents {
    readonly headline: HeadlineParts;
    readonly report: {
        readonly part: ReportPart;
        readonly facts: RunFacts;
    } | null;
}
export declare function executeClusterRun(task: RunTask, cluster: number): ClusterOutcome;
/** A run's outcome from its clusters' (in cluster order): the same as executeRun's. */
export declare function mergeClusterRuns(task: RunTask, clusters: readonly ClusterOutcome[]): RunOutcome;
