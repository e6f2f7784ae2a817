/**
 * A small calibration summary for the page-assembly and table tests: one host, one figure over
 * three cells (one observed value missing), one parameter with an interval and one at its bound.
 * `text` goes where names and notes are written, to check they stay text.
 */
import { CalibrationSummarySchema, type CalibrationSummary } from '../../src/report/calibration-schema.js';

export function syntheticCalibration(text = 'synthetic'): CalibrationSummary {
  return CalibrationSummarySchema.parse({
    schema: 'dcsim-calibration-summary',
    version: 1,
    trace: { source: text, format: 'ndjson', startEpochMs: null },
    objective: { definition: 'error = sqrt(Σ w·NRMSE² / Σ w)', before: 0.4, after: 0.012345 },
    parameters: [
      { key: 'cpuOverheadPct', label: 'hypervisor CPU overhead', unit: '% of host CPU', bounds: [0, 50], before: 2, after: 6.00312, stdErr: 0.0005, ci95: [6.00214, 6.00411], note: null },
      { key: 'ksmPagesPerSec', label: 'KSM scan rate', unit: 'pages/s', bounds: [10, 1_000_000], before: 5000, after: 1_000_000, stdErr: null, ci95: null, note: 'not estimated: at (or next to) its bound' },
    ],
    confidence: 'read the intervals as lower bounds',
    metrics: [{ name: 'cpu', label: 'host CPU busy', unit: '%' }],
    errors: {
      before: [
        { metric: 'cpu', label: 'host CPU busy', unit: '%', cells: 3, weight: 1, rmse: 4.0123, mae: 4, bias: -4, mapePct: 10, nrmse: 0.10031 },
        { metric: 'swap', label: 'swapped to disk', unit: 'MiB', cells: 0, weight: 1, rmse: null, mae: null, bias: null, mapePct: null, nrmse: null },
      ],
      after: [
        { metric: 'cpu', label: 'host CPU busy', unit: '%', cells: 3, weight: 1, rmse: 0.1, mae: 0.1, bias: 0.5, mapePct: null, nrmse: 0.0025 },
        { metric: 'swap', label: 'swapped to disk', unit: 'MiB', cells: 0, weight: 1, rmse: null, mae: null, bias: null, mapePct: null, nrmse: null },
      ],
    },
    optimiser: { method: 'Nelder–Mead', evaluations: 12, converged: true },
    series: { stepMs: 60_000, hosts: [{ host: `kvm-1 ${text}`, observed: { cpu: [40, null, 42] }, before: { cpu: [36, 37, 38] }, after: { cpu: [40, 41, 42] } }] },
    notes: [text],
  });
}
