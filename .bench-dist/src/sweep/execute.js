import { EventLog } from '../output/event-log.js';
import { EventSink, REPORT_EVENTS } from '../output/event-sink.js';
import { assembleReport, buildReport, datacenterHeadline, factsOf } from '../report/build-report.js';
import { SeriesCollector } from '../report/series-collector.js';
import { aloneHeadline, aloneReport } from '../run/cluster-run.js';
import { clusterAlone } from '../run/cluster-split.js';
import { mergeClusterEvents } from '../run/merge-events.js';
import { simulate } from '../run/simulate.js';
import { METRICS, metricsOf } from './metrics.js';
import { assignmentsOf, pointScenario } from './plan.js';
import { VERSION } from '../version.js';
export function taskOf(plan, runIndex) {
    const run = plan.runs[runIndex];
    if (run === undefined)
        throw new Error(`no run ${runIndex} in sweep ${plan.id}`);
    const point = plan.points[run.point];
    if (point === undefined)
        throw new Error(`no point ${run.point} in sweep ${plan.id}`);
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
const cache = new Map();
const CACHE_SIZE = 8;
/** The scenario of a task's point (loaded once per thread and point). */
export function scenarioOf(task) {
    const key = `${task.sweepId}/${task.point}`;
    let s = cache.get(key);
    if (s === undefined) {
        s = pointScenario(task.base, task.assignments, task.file, task.baseDir);
        if (cache.size >= CACHE_SIZE)
            cache.delete(cache.keys().next().value);
        cache.set(key, s);
    }
    return s;
}
function outcomeOf(task, metricValues, report) {
    const metrics = {};
    METRICS.forEach((m, k) => {
        metrics[m.name] = metricValues[k] ?? null;
    });
    return { record: { run: task.runId, point: task.point, replication: task.replication, seed: task.seed, metrics }, report };
}
/**
 * `scenario` (the task's, or one of its clusters) simulated as a sweep runs it: for replication 0
 * with the report's cluster series (host series would make a comparison page of many points too
 * heavy) and its events, kept (`capture`: instant by instant, for a merge).
 */
function sweepRun(task, scenario, capture) {
    const spec = scenario.spec;
    const out = {};
    const instants = [];
    const result = simulate(scenario, {
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
    });
    return { result, ...out, instants };
}
function checkVersion(task) {
    if (task.dcsim !== VERSION)
        throw new Error(`run ${task.runId} was planned by dcsim ${task.dcsim}; this is dcsim ${VERSION}`);
}
export function executeRun(task) {
    checkVersion(task);
    const scenario = scenarioOf(task);
    const { result, series, events } = sweepRun(task, scenario, false);
    const report = series && events ? buildReport(scenario, result, series, events) : null;
    return outcomeOf(task, metricsOf(result.headline), report);
}
export function executeClusterRun(task, cluster) {
    checkVersion(task);
    const { result, series, events, instants } = sweepRun(task, clusterAlone(scenarioOf(task), cluster), true);
    if (!series || !events)
        return { cluster, headline: aloneHeadline(result, cluster), events: [], report: null };
    const part = aloneReport(result, cluster, series, events);
    return { cluster, headline: part.headline, events: instants, report: { part, facts: factsOf(result, series) } };
}
/** A run's outcome from its clusters' (in cluster order): the same as executeRun's. */
export function mergeClusterRuns(task, clusters) {
    const scenario = scenarioOf(task);
    const { headline: total } = datacenterHeadline(scenario, clusters.map((c) => c.headline));
    let report = null;
    const first = clusters[0]?.report;
    if (first) {
        const sink = new EventSink(null, scenario.startEpochMs, REPORT_EVENTS);
        mergeClusterEvents(clusters, sink);
        report = assembleReport(scenario, first.facts, clusters.map((c) => c.report.part), sink, total);
    }
    return outcomeOf(task, metricsOf(total), report);
}
//# sourceMappingURL=execute.js.map