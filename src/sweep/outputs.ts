/**
 * The sweep's output folder, assembled in its checkpoint folder and renamed into place:
 * sweep.csv (one row per run), sweep-summary.csv (per point: mean, sd, 95 % CI per metric),
 * frontier.csv, sweep.json (the same summary and frontier as data), summary.json, report.html
 * (the viewer's comparison page over each point's replication 0, with every point's statistics
 * for its "Metric vs parameter" chart), runs.ndjson (sorted by run
 * id) and points/<point>/report.json. Everything but summary.json's `run` section depends only
 * on the sweep, not on how many workers ran it or where.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { checkReplaceableFolder, writeMarker } from '../output/ownership.js';
import { stableJson } from '../output/json.js';
import { renderReportHtml, viewerMissingHtml, ViewerNotBuiltError } from '../report/html.js';
import type { Report } from '../report/schema.js';
import type { SweepSummary } from '../report/sweep-schema.js';
import { VERSION } from '../version.js';
import type { RunRecord } from './execute.js';
import { JOURNAL, writeDurable, type Journal } from './journal.js';
import { METRIC_NAMES } from './metrics.js';
import { showValue } from './paths.js';
import type { SweepPlan } from './plan.js';
import { sweepAnswer, type SweepAnswer } from './answer.js';
import { bindingMatrix } from './binding.js';
import { bindingAt, frontier, pointResults, type FrontierRow } from './results.js';
import { statOf, type PointResult } from './point-result.js';
import type { Summary } from './stats.js';

/** Points whose representative run goes into report.html (a comparison page of more is unreadable). */
export const REPORT_POINTS = 40;

/** Rounded to 6 decimals; null for NaN / null (an empty CSV cell). */
export function round6(x: number | null): number | null {
  if (x === null || !Number.isFinite(x)) return null;
  const r = Math.round(x * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

function cell(x: number | null): string {
  const r = round6(x);
  return r === null ? '' : String(r);
}

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

function runsCsv(plan: SweepPlan, records: readonly RunRecord[]): string {
  const header = ['run', 'point', 'replication', 'seed', ...plan.parameters.map((p) => p.name), ...METRIC_NAMES];
  const rows = records.map((r) => {
    const point = plan.points[r.point];
    return [r.run, point?.id ?? '', String(r.replication), String(r.seed), ...plan.parameters.map((_, j) => showValue(point?.values[j] ?? null)), ...METRIC_NAMES.map((m) => cell(r.metrics[m] ?? null))];
  });
  return stringify([header, ...rows]);
}

/** Parameters whose value at point k changed nothing achieved (binding.ts), by name. */
function notBindingAt(plan: SweepPlan, binds: readonly (boolean | null)[][], k: number): string[] {
  return plan.parameters.filter((_, j) => binds[k]?.[j] === false).map((p) => p.name);
}

function summaryCsv(plan: SweepPlan, results: readonly PointResult[]): string {
  const binds = bindingMatrix(plan.parameters, results);
  // Achieved density first, beside the settings: what the placement did, then how it went.
  const header = ['point', ...plan.parameters.map((p) => p.name), 'runs', 'meets_objectives', 'failing_objectives', 'hosts_in_use', 'achieved_vcpu_per_core', 'achieved_memory_overcommit', 'bound_by', 'not_binding'];
  for (const m of METRIC_NAMES) header.push(`${m}.mean`, `${m}.sd`, `${m}.ci95_low`, `${m}.ci95_high`);
  const at = (r: PointResult, name: string): string => cell(statOf(r, name)?.mean ?? null);
  const rows = results.map((r, k) => {
    const row = [r.point.id, ...r.point.values.map(showValue), String(r.runs), String(r.failing.length === 0), r.failing.join(' ')];
    row.push(at(r, 'density.hostsInUse'), at(r, 'density.vcpuPerCore'), at(r, 'density.memoryOvercommit'), bindingAt(r), notBindingAt(plan, binds, k).join(' '));
    for (const s of r.stats) row.push(cell(s.mean), cell(s.sd), cell(s.ciLow), cell(s.ciHigh));
    return row;
  });
  return stringify([header, ...rows]);
}

function frontierCsv(rows: readonly FrontierRow[]): string {
  const header = ['parameter', 'fixed', 'highest_met', 'achieved', 'achieved_unit', 'hosts_in_use', 'bound_by', 'next_failing', 'failing_objectives', 'failing_below', 'not_binding', 'statement'];
  return stringify([
    header,
    ...rows.map((f) => [f.parameter, f.fixed, cell(f.highestMet), cell(f.achieved), f.achievedUnit ?? '', cell(f.hostsInUse), f.boundBy ?? '', cell(f.nextFailing), f.failingObjectives.join(' '), f.failingBelow.join(' '), f.notBinding.join(' '), f.statement]),
  ]);
}

function statJson(s: Summary): Record<string, number | null> {
  return { mean: round6(s.mean), sd: round6(s.sd), ci95Low: round6(s.ciLow), ci95High: round6(s.ciHigh) };
}

function describe(plan: SweepPlan): Record<string, unknown> {
  return {
    id: plan.id,
    rootSeed: plan.rootSeed,
    seeds: 'replication r runs with fmix32(hashSeed(`${rootSeed}/replications`) + r) at every point (common random numbers)',
    replications: plan.replications,
    points: plan.points.length,
    runs: plan.runs.length,
    parameters: plan.parameters.map((p) => ({ name: p.name, values: p.values, sets: p.targets.length })),
    objectives: plan.objectives.map((o) => o.text),
    frontierBasis: plan.frontier,
  };
}

function pointLabel(plan: SweepPlan, k: number): string {
  const point = plan.points[k];
  if (!point) return `p${k}`;
  const values = plan.parameters.map((p, j) => `${p.name}=${showValue(point.values[j] ?? null)}`).join(' ');
  return values === '' ? point.id : `${point.id} ${values}`;
}

/** Label and unit of each sweep metric, for the viewer's "Metric vs parameter" chart. */
const METRIC_LABELS: Readonly<Record<string, readonly [string, string]>> = {
  'cpuReady.p95OfVmP95Pct': ['p95 CPU ready (p95 of VMs)', '%'],
  'cpuReady.meanPct': ['Mean CPU ready', '%'],
  'cpuReady.worstVmP95Pct': ['Worst VM p95 CPU ready', '%'],
  'cpuReady.vmsOver5PctP95': ['VMs over 5 % p95 CPU ready', 'VMs'],
  'cpu.meanUtilPct': ['Mean CPU utilisation', '%'],
  'cpu.peakUtilPct': ['Peak CPU utilisation', '%'],
  'memory.swappedGiB': ['Swapped memory (mean)', 'GiB'],
  'memory.peakSwappedGiB': ['Peak swapped memory', 'GiB'],
  'memory.balloonedGiB': ['Ballooned memory', 'GiB'],
  'memory.stallPct': ['Memory stall', '%'],
  'availability.meanVmAvailabilityPct': ['Mean VM availability', '%'],
  'availability.downtimeVmHours': ['VM downtime', 'VM-hours'],
  'energy.itKWh': ['IT energy', 'kWh'],
  'energy.cost': ['Energy cost', 'currency'],
  'finance.totalCost': ['Total cost', 'currency'],
  'finance.saving': ['Saving against physical servers', 'currency'],
  'migrations.completed': ['Migrations completed', 'migrations'],
  vmsPlaced: ['VMs placed', 'VMs'],
  vmsUnplaceable: ['VMs unplaceable', 'VMs'],
  vcpuPerCore: ['vCPU per core', 'ratio'],
  memoryOvercommit: ['Memory overcommit', 'ratio'],
  hostsInUse: ['Hosts in use at the end', 'hosts'],
  'density.hostsInUse': ['Hosts in use (at placement)', 'hosts'],
  'density.hostsSpare': ['Spare hosts (at placement)', 'hosts'],
  'density.vcpuPerCore': ['Achieved vCPU per core (hosts in use)', 'ratio'],
  'density.busiestVcpuPerCore': ['vCPU per core of the busiest host', 'ratio'],
  'density.maxVcpuPerCore': ['vCPU:pCPU cap', 'ratio'],
  'density.memoryOvercommit': ['Achieved memory overcommit (hosts in use)', 'ratio'],
  'density.busiestMemoryOvercommit': ['Memory overcommit of the busiest host', 'ratio'],
  'density.maxMemoryOvercommit': ['Memory overcommit cap', 'ratio'],
  'density.boundBy.none': ['Placements bound by nothing', 'VMs'],
  'density.boundBy.cpuCap': ['Placements bound by the vCPU cap', 'VMs'],
  'density.boundBy.memoryCap': ['Placements bound by the memory cap', 'VMs'],
  'density.boundBy.reservations': ['Placements bound by reservations', 'VMs'],
  'density.boundBy.rules': ['Placements bound by rules', 'VMs'],
  'density.boundBy.hostWidth': ['Placements bound by host width', 'VMs'],
};

/**
 * What report.html embeds for the "Metric vs parameter" chart: every point's mean, sd and 95 % CI
 * per metric, rounded as in sweep-summary.csv, and the objectives as thresholds.
 */
export function sweepSummary(plan: SweepPlan, results: readonly PointResult[], units: Readonly<Record<string, string>> = {}, answer = ''): SweepSummary {
  const binds = bindingMatrix(plan.parameters, results);
  return {
    schema: 'dcsim-sweep-summary',
    version: 2,
    title: sweepTitle(plan),
    answer,
    basis: plan.frontier,
    parameters: plan.parameters.map((p) => ({ path: p.name, values: [...p.values] })),
    metrics: METRIC_NAMES.map((name) => {
      const [label, unit] = METRIC_LABELS[name] ?? [name, ''];
      return { name, label, unit: units[name] ?? unit };
    }),
    points: results.map((r, k) => ({
      id: r.point.id,
      values: Object.fromEntries(plan.parameters.map((p, j) => [p.name, r.point.values[j] ?? null])),
      replications: r.runs,
      stats: Object.fromEntries(
        METRIC_NAMES.map((m, k) => {
          const s = r.stats[k] as Summary;
          return [m, { mean: round6(s.mean), sd: round6(s.sd), ciLow: round6(s.ciLow), ciHigh: round6(s.ciHigh) }];
        }),
      ),
      meets: r.failing.length === 0,
      failing: [...r.failing],
      boundBy: bindingAt(r),
      notBinding: notBindingAt(plan, binds, k),
    })),
    objectives: plan.objectives.map((o) => ({ metric: o.metric, op: o.op, threshold: o.threshold, text: o.text })),
  };
}

/** The money metrics' units: the currencies of the first report. */
function currencyUnits(r: Report | undefined): Record<string, string> {
  if (!r) return {};
  const f = r.headline.finance.currency;
  return { 'energy.cost': r.headline.energy.currency, 'finance.totalCost': f, 'finance.saving': f };
}

/** "dcsim sweep overcommit-sweep: cpu.overcommit × memory.overcommit": short at any number of points. */
export function sweepTitle(plan: Pick<SweepPlan, 'name' | 'parameters'>): string {
  const names = plan.parameters.map((p) => p.name);
  return `dcsim sweep ${plan.name}${names.length > 0 ? `: ${names.join(' × ')}` : ''}`;
}

function reportHtml(plan: SweepPlan, reports: readonly Report[], sweep: SweepSummary): string {
  const labels = reports.map((_, k) => pointLabel(plan, k));
  try {
    return renderReportHtml(reports, { labels, title: sweepTitle(plan), sweep });
  } catch (err) {
    if (err instanceof ViewerNotBuiltError) return viewerMissingHtml(reports, err.message);
    throw err;
  }
}

function answerJson(a: SweepAnswer): Record<string, unknown> {
  return { point: a.answer?.point.id ?? null, denserFailing: a.denser?.point.id ?? null, sentence: a.sentence, paragraph: a.paragraph };
}

/** Writes every output into the checkpoint folder and renames it to `outDir`. */
export function finishSweep(plan: SweepPlan, journal: Journal, outDir: string, force: boolean, info: RunInfo): { results: PointResult[]; frontier: FrontierRow[]; answer: SweepAnswer } {
  const dir = journal.dir;
  const records = plan.runs.map((r) => journal.done.get(r.id)).filter((r): r is RunRecord => r !== undefined);
  if (records.length !== plan.runs.length) throw new Error(`sweep ${plan.id} has ${records.length} of ${plan.runs.length} runs; cannot finish it`);
  const results = pointResults(plan.points, records, plan.objectives, plan.frontier);
  const front = frontier(plan.parameters, results);
  const answer = sweepAnswer(plan.parameters, results, plan.objectives, plan.frontier);
  const binds = bindingMatrix(plan.parameters, results);
  const write = (name: string, data: string): void => writeDurable(path.join(dir, name), data);
  journal.close();
  write(JOURNAL, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  write('sweep.csv', runsCsv(plan, records));
  write('sweep-summary.csv', summaryCsv(plan, results));
  write('frontier.csv', frontierCsv(front));
  const points = results.map((r, k) => ({
    id: r.point.id,
    values: Object.fromEntries(plan.parameters.map((p, j) => [p.name, r.point.values[j] ?? null])),
    runs: r.runs,
    meetsObjectives: r.failing.length === 0,
    failingObjectives: r.failing,
    boundBy: bindingAt(r),
    notBinding: notBindingAt(plan, binds, k),
    metrics: Object.fromEntries(METRIC_NAMES.map((m, k) => [m, statJson(r.stats[k] as Summary)])),
  }));
  write('sweep.json', stableJson({ schema: 'dcsim-sweep', version: 2, scenario: plan.name, sweep: describe(plan), answer: answerJson(answer), points, frontier: front }));
  const shown = plan.points.slice(0, REPORT_POINTS);
  const reports = shown.map((p) => journal.readReport(p.id));
  write('report.html', reportHtml(plan, reports, sweepSummary(plan, results, currencyUnits(reports[0]), answer.sentence)));
  write(
    'summary.json',
    stableJson({
      dcsim: { version: VERSION },
      scenario: { name: plan.name, file: plan.file, sha256: plan.sha256 },
      sweep: describe(plan),
      report: { points: shown.length, of: plan.points.length, replication: 0 },
      answer: answerJson(answer),
      frontier: front,
      warnings: plan.warnings,
      run: info,
    }),
  );
  writeMarker(dir, 'sweep', 'complete');
  const found = checkReplaceableFolder(outDir, force);
  if (found === 'ours') {
    const old = `${dir}.old`;
    fs.renameSync(outDir, old);
    fs.renameSync(dir, outDir);
    fs.rmSync(old, { recursive: true, force: true });
  } else {
    if (found === 'empty') fs.rmdirSync(outDir);
    fs.renameSync(dir, outDir);
  }
  return { results, frontier: front, answer };
}
