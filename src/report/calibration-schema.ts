/**
 * Calibration summary: what `dcsim calibrate`'s report.html embeds beside the report of the
 * calibrated replay for the "Calibration" panel (observed vs simulated before / after the fit,
 * the error table, the fitted parameters). Not part of ReportSchema. Numbers a computation
 * could not give (no cells, no observed value) are null.
 */
import { z } from 'zod';

const CalibrationValue = z.number().nullable();

const CalibrationMetricError = z.object({
  metric: z.string(),
  label: z.string(),
  unit: z.string(),
  cells: z.number().int().describe('grid cells where both sides have a value'),
  weight: z.number(),
  rmse: CalibrationValue,
  mae: CalibrationValue,
  bias: CalibrationValue.describe('mean of simulated − observed'),
  mapePct: CalibrationValue,
  nrmse: CalibrationValue.describe('RMSE / max(RMS of observed, floor): the term the fit weighs'),
});

const CalibrationHostSeries = z.object({
  host: z.string(),
  observed: z.record(z.string(), z.array(CalibrationValue)).describe('by metric, one value per grid cell'),
  before: z.record(z.string(), z.array(CalibrationValue)),
  after: z.record(z.string(), z.array(CalibrationValue)),
});

export const CalibrationSummarySchema = z.object({
  schema: z.literal('dcsim-calibration-summary'),
  version: z.literal(1),
  trace: z.object({ source: z.string(), format: z.string(), startEpochMs: z.number().nullable() }),
  objective: z.object({
    definition: z.string(),
    before: CalibrationValue.describe('error before the fit: sqrt of the weighted mean of NRMSE²'),
    after: CalibrationValue,
  }),
  parameters: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      unit: z.string(),
      bounds: z.tuple([z.number(), z.number()]),
      before: z.number(),
      after: z.number(),
      stdErr: CalibrationValue,
      ci95: z.tuple([z.number(), z.number()]).nullable().describe('approximate 95 % interval, null when not estimated'),
      note: z.string().nullable().describe('why no interval was estimated'),
    }),
  ),
  confidence: z.string().describe('how to read the intervals'),
  metrics: z.array(z.object({ name: z.string(), label: z.string(), unit: z.string() })).describe('the figures with observations to compare, in table order'),
  errors: z.object({ before: z.array(CalibrationMetricError), after: z.array(CalibrationMetricError) }),
  optimiser: z.object({ method: z.string(), evaluations: z.number().int(), converged: z.boolean() }),
  series: z.object({ stepMs: z.number(), hosts: z.array(CalibrationHostSeries) }),
  notes: z.array(z.string()),
});

export type CalibrationSummary = z.infer<typeof CalibrationSummarySchema>;
