/**
 * Files replay and calibrate write beside the usual report: observed-vs-simulated.csv (per host
 * and grid cell, observed against one or more simulated runs) and errors.csv (per metric).
 */
import { stringify } from 'csv-stringify/sync';
import { num } from '../../output/csv.js';
import type { ReplayPlan } from './build-scenario.js';
import { METRIC_INFO, METRICS, type HostGridSeries, type MetricError } from './metrics.js';

export interface SimulatedColumns {
  /** Column prefix, e.g. "simulated" or "before" / "after". */
  readonly prefix: string;
  readonly hosts: readonly HostGridSeries[];
}

/** observed-vs-simulated.csv: host, time, interval, then observed_X and <prefix>_X per metric. */
export function comparisonCsv(plan: ReplayPlan, startEpochMs: number | null, runs: readonly SimulatedColumns[]): string {
  const header = ['host', 'time', 't_s', 'interval_s'];
  for (const m of METRICS) {
    header.push(`observed_${METRIC_INFO[m].column}`);
    for (const r of runs) header.push(`${r.prefix}_${METRIC_INFO[m].column}`);
  }
  const rows: string[][] = [header];
  const g = plan.grid;
  plan.observed.forEach((o, h) => {
    for (let k = 0; k < g.cells; k++) {
      const t = k * g.stepMs;
      const row = [o.host, startEpochMs !== null ? new Date(startEpochMs + t).toISOString() : '', num(t / 1000, 0), num(g.stepMs / 1000, 0)];
      for (const m of METRICS) {
        row.push(num(o[m][k], 4));
        for (const r of runs) row.push(num((r.hosts[h] as HostGridSeries)[m][k], 4));
      }
      rows.push(row);
    }
  });
  return stringify(rows);
}

/** errors.csv: one row per metric (and phase, when several runs are compared). */
export function errorsCsv(phases: readonly { phase: string; errors: readonly MetricError[] }[]): string {
  const rows: string[][] = [['phase', 'metric', 'label', 'unit', 'cells', 'weight', 'rmse', 'mae', 'bias', 'mape_pct', 'nrmse']];
  for (const p of phases) {
    for (const e of p.errors) {
      const info = METRIC_INFO[e.metric];
      rows.push([p.phase, e.metric, info.label, info.unit, String(e.n), num(e.weight, 2), num(e.rmse, 4), num(e.mae, 4), num(e.bias, 4), num(e.mapePct, 2), num(e.nrmse, 4)]);
    }
  }
  return stringify(rows);
}

/** One metric's errors as written to replay.json and calibration.json. */
export interface MetricErrorJson {
  readonly metric: string;
  readonly label: string;
  readonly unit: string;
  readonly cells: number;
  readonly weight: number;
  readonly rmse: number | null;
  readonly mae: number | null;
  readonly bias: number | null;
  readonly mapePct: number | null;
  readonly nrmse: number | null;
}

/** Errors as JSON-safe objects (NaN → null). */
export function errorsJson(errors: readonly MetricError[]): MetricErrorJson[] {
  const f = (x: number): number | null => (Number.isFinite(x) ? Number(x.toPrecision(6)) : null);
  return errors.map((e) => ({
    metric: e.metric,
    label: METRIC_INFO[e.metric].label,
    unit: METRIC_INFO[e.metric].unit,
    cells: e.n,
    weight: e.weight,
    rmse: f(e.rmse),
    mae: f(e.mae),
    bias: f(e.bias),
    mapePct: f(e.mapePct),
    nrmse: f(e.nrmse),
  }));
}

/** A series as a JSON array (NaN → null, 4 significant decimals). */
export function seriesJson(a: Float64Array): (number | null)[] {
  return Array.from(a, (x) => (Number.isFinite(x) ? Math.round(x * 1e4) / 1e4 : null));
}

/** Host series as JSON: { host, cpu: [...], ... }. */
export function hostSeriesJson(hosts: readonly HostGridSeries[]): Record<string, unknown>[] {
  return hosts.map((h) => ({ host: h.host, ...Object.fromEntries(METRICS.map((m) => [m, seriesJson(h[m])])) }));
}
