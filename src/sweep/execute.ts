/**
 * One run of a sweep, wherever it happens (in-process, a worker thread or a queue worker): the
 * point's scenario is rebuilt from the task (base JSON + assignments, through the loader), run
 * in memory with `simulate()`, and reduced to its headline metrics. Replication 0 of each point
 * also returns its full report, for the sweep's comparison page.
 */
import type { HeadlineParts } from '../metrics/headline.js';
import { EventLog, type EventInstant } from '../output/event-log.js';
import { EventSink, REPORT_EVENTS } from '../output/event-sink.js';
import { assembleReport, buildReport, datacenterHeadline, factsOf, type RunFacts } from '../report/build-report.js';
import type { ReportPart } from '../report/report-part.js';
import type { Report } from '../report/schema.js';
import { SeriesCollector } from '../report/series-collector.js';
import { aloneHeadline, aloneReport } from '../run/cluster-run.js';
import { clusterAlone } from '../run/cluster-split.js';
import { mergeClusterEvents, type ClusterEvents } from '../run/merge-events.js';
import { simulate, type SimulateOptions, type SimulationResult } from '../run/simulate.js';
import type { Scenario } from '../scenario/index.js';
import { simulateWithFailures, type HostFailurePlan } from './host-failures.js';
import { METRICS, metricsOf } from './metrics.js';
import type { Assignment } from './paths.js';
import { assignmentsOf, pointScenario, type SweepPlan } from './plan.js';
import { VERSION } from '../version.js';

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
  /** k host failures injected into the run (`dcsim size --spare k`); absent: none. */
  readonly failures?: HostFailurePlan;
}

/** A finished run: its metrics by name (null where the run does not give the figure). */
export interface RunRecord {
  readonly run: string;
  readonly point: number;
  readonly replication: number;
  readonly seed: number;
  readonly metrics: Readonly<Record<string, number | null>>;
  /** The hosts the task's failure plan failed (absent without one). */
  readonly failedHosts?: readonly string[];
}

export interface RunOutcome {
  readonly record: RunRecord;
  /** Replication 0 only. */
  readonly report: Report | null;
}


export function taskOf(plan: SweepPlan, runIndex: number): RunTask {
  const run = plan.runs[runIndex];
  if (run === undefined) throw new Error(`no run ${runIndex} in sweep ${plan.id}`);
  const point = plan.points[run.point];
  if (point === undefined) throw new Error(`no point ${run.point} in sweep ${plan.id}`);
  return {
    dcsim: VERSION,
    sweepId: plan.id,
    runId: run.id,
    pointId: point.id,
    point: run.point,
    replication: run.replication,
    seed: run.seed,
    file: plan.file,
    baseDir: plan.baseDir,
    base: plan.base,
    assignments: assignmentsOf(plan.parameters, point.values),
    withReport: run.replication === 0,
  };
}

/** Point scenarios already loaded by this thread or process (a few, most recent last). */
const cache = new Map<string, Scenario>();
const CACHE_SIZE = 8;

/** The scenario of a task's point (loaded once per thread and point). */
export function scenarioOf(task: RunTask): Scenario {
  const key = `${task.sweepId}/${task.point}`;
  let s = cache.get(key);
  if (s === undefined) {
    s = pointScenario(task.base, task.assignments, task.file, task.baseDir);
    if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
    cache.set(key, s);
  }
  return s;
}

function outcomeOf(task: RunTask, metricValues: (number | null)[], report: Report | null, failedHosts?: readonly string[]): RunOutcome {
  const metrics: Record<string, number | null> = {};
  METRICS.forEach((m, k) => {
    metrics[m.name] = metricValues[k] ?? null;
  });
  return { record: { run: task.runId, point: task.point, replication: task.replication, seed: task.seed, metrics, ...(failedHosts ? { failedHosts } : {}) }, report };
}

/**
 * `scenario` (the task's, or one of its clusters) simulated as a sweep runs it: for replication 0
 * with the report's cluster series (host series would make a comparison page of many points too
 * heavy) and its events, kept (`capture`: instant by instant, for a merge).
 */
function sweepRun(
  task: RunTask,
  scenario: Scenario,
  capture: boolean,
): { result: SimulationResult; series?: SeriesCollector; events?: EventLog; instants: EventInstant[]; failed?: readonly string[] } {
  const spec = scenario.spec;
  const out: { series?: SeriesCollector; events?: EventLog } = {};
  const instants: EventInstant[] = [];
  const options: SimulateOptions = {
    seed: task.seed,
    ...(task.withReport
      ? {
          attach: (world) => {
            const intervalMs = spec.outputs.interval ?? spec.step;
            out.series = new SeriesCollector(world, Math.ceil(spec.duration / intervalMs), false);
            out.events = capture ? new EventLog(null, world, 0, { onInstant: (i) => instants.push(i) }) : new EventLog(null, world, REPORT_EVENTS);
            return { sinks: [out.series], observers: [out.events], alarmListeners: [out.events] };
          },
        }
      : {}),
  };
  if (task.failures !== undefined) {
    const { result, failed } = simulateWithFailures(scenario, options, task.failures);
    return { result, ...out, instants, failed };
  }
  return { result: simulate(scenario, options), ...out, instants };
}

function checkVersion(task: RunTask): void {
  if (task.dcsim !== VERSION) throw new Error(`run ${task.runId} was planned by dcsim ${task.dcsim}; this is dcsim ${VERSION}`);
}

export function executeRun(task: RunTask): RunOutcome {
  checkVersion(task);
  const scenario = scenarioOf(task);
  const { result, series, events, failed } = sweepRun(task, scenario, false);
  const report = series && events ? buildReport(scenario, result.outcome, series, events) : null;
  return outcomeOf(task, metricsOf(result.headline), report, failed);
}

/**
 * One cluster of a run, simulated on its own (a sweep split by cluster): its headline parts and,
 * for replication 0, its report part and events. mergeClusterRuns makes the run's outcome.
 */
export interface ClusterOutcome extends ClusterEvents {
  readonly headline: HeadlineParts;
  readonly report: { readonly part: ReportPart; readonly facts: RunFacts } | null;
}

export function executeClusterRun(task: RunTask, cluster: number): ClusterOutcome {
  checkVersion(task);
  const { result, series, events, instants } = sweepRun(task, clusterAlone(scenarioOf(task), cluster), true);
  if (!series || !events) return { cluster, headline: aloneHeadline(result, cluster), events: [], report: null };
  const part = aloneReport(result.outcome, cluster, series, events);
  return { cluster, headline: part.headline, events: instants, report: { part, facts: factsOf(result.outcome, series) } };
}

/** A run's outcome from its clusters' (in cluster order): the same as executeRun's. */
export function mergeClusterRuns(task: RunTask, clusters: readonly ClusterOutcome[]): RunOutcome {
  const scenario = scenarioOf(task);
  const { headline: total } = datacenterHeadline(scenario, clusters.map((c) => c.headline));
  let report: Report | null = null;
  const first = clusters[0]?.report;
  if (first) {
    const sink = new EventSink(null, scenario.startEpochMs, REPORT_EVENTS);
    mergeClusterEvents(clusters, sink);
    report = assembleReport(scenario, first.facts, clusters.map((c) => (c.report as { part: ReportPart }).part), sink, total);
  }
  return outcomeOf(task, metricsOf(total), report);
}
