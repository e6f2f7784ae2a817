/**
 * The calibration summary (src/report/schema.ts CalibrationSummary): the fit as the report page's
 * "Calibration" panel draws it, and the figures calibration.json shares with it (objective,
 * parameters, error table, optimiser, notes), so that the page and the file cannot disagree.
 * Numbers are rounded once, here: values to 6 decimals, standard errors to 4 significant
 * digits, intervals and errors to 6, series as in calibration.json (replay/write.ts seriesJson).
 */
import type { CalibrationSummary } from '../../report/calibration-schema.js';
import type { ReplayPlan } from '../replay/build-scenario.js';
import { METRIC_INFO, METRICS, type HostGridSeries, type Metric } from '../replay/metrics.js';
import { errorsJson, seriesJson } from '../replay/write.js';
import type { CalibrationTrace } from '../trace.js';
import type { CalibrationResult } from './calibrate.js';

export const CALIBRATION_SUMMARY_VERSION = 1;

export const OBJECTIVE_DEFINITION = 'error = sqrt(Σ w·NRMSE² / Σ w); NRMSE = RMSE / max(RMS of observed, floor)';

export const CONFIDENCE_NOTE =
  'From the curvature of the error at the optimum (Gauss–Newton, independent residuals assumed): time-series residuals are autocorrelated, so read the intervals as lower bounds.';

export const OPTIMISER_METHOD = 'Nelder–Mead (bounded by clamping in the unit box)';

const round = (x: number, d: number): number => Number(x.toFixed(d));
const sig = (x: number, digits: number): number => Number(x.toPrecision(digits));

/** The reported error: the square root of the objective, null when nothing could be compared. */
function error(objective: number): number | null {
  return Number.isFinite(objective) ? round(Math.sqrt(objective), 6) : null;
}

/** Metrics with cells compared before or after the fit: the others have nothing to show. */
function comparedMetrics(r: CalibrationResult): Metric[] {
  const seen = new Set([...r.before.errors, ...r.after.errors].filter((e) => e.n > 0).map((e) => e.metric));
  return METRICS.filter((m) => seen.has(m));
}

function byMetric(h: HostGridSeries | undefined, metrics: readonly Metric[], cells: number): Record<string, (number | null)[]> {
  return Object.fromEntries(metrics.map((m) => [m, h ? seriesJson(h[m]) : new Array<null>(cells).fill(null)]));
}

export function calibrationSummary(
  trace: Pick<CalibrationTrace, 'source' | 'format' | 'startEpochMs'>,
  plan: Pick<ReplayPlan, 'observed' | 'grid'>,
  r: CalibrationResult,
): CalibrationSummary {
  const metrics = comparedMetrics(r);
  const cells = plan.grid.cells;
  return {
    schema: 'dcsim-calibration-summary',
    version: CALIBRATION_SUMMARY_VERSION,
    trace: { source: trace.source, format: trace.format, startEpochMs: trace.startEpochMs },
    objective: { definition: OBJECTIVE_DEFINITION, before: error(r.before.objective), after: error(r.after.objective) },
    parameters: r.params.map((p) => ({
      key: p.key,
      label: p.label,
      unit: p.unit,
      bounds: [p.bounds[0], p.bounds[1]],
      before: round(p.before, 6),
      after: round(p.after, 6),
      stdErr: p.stdErr === null ? null : sig(p.stdErr, 4),
      ci95: p.ci95 === null ? null : [sig(p.ci95[0], 6), sig(p.ci95[1], 6)],
      note: p.note,
    })),
    confidence: CONFIDENCE_NOTE,
    metrics: metrics.map((m) => ({ name: m, label: METRIC_INFO[m].label, unit: METRIC_INFO[m].unit })),
    errors: { before: errorsJson(r.before.errors), after: errorsJson(r.after.errors) },
    optimiser: { method: OPTIMISER_METHOD, evaluations: r.evaluations, converged: r.converged },
    series: {
      stepMs: plan.grid.stepMs,
      hosts: plan.observed.map((o, h) => ({
        host: o.host,
        observed: byMetric(o, metrics, cells),
        before: byMetric(r.before.simulated.hosts[h], metrics, cells),
        after: byMetric(r.after.simulated.hosts[h], metrics, cells),
      })),
    },
    notes: [...r.notes],
  };
}
