/**
 * The report contracts as the viewer sees them: types only, from src/report/schema.ts (run
 * report), sweep-schema.ts, calibration-schema.ts, sizing-schema.ts and planning-schema.ts, so that nothing of the simulator (or zod)
 * reaches the browser.
 */
export type { Report, HeadlineFigures, ReportEvent, ReportAlarm, ClusterSeriesData, HostSeriesData } from '../../src/report/schema.js';
export type { SweepSummary } from '../../src/report/sweep-schema.js';
export type { CalibrationSummary } from '../../src/report/calibration-schema.js';
export type { SizingPage } from '../../src/report/sizing-schema.js';
export type { PlanningSummary } from '../../src/report/planning-schema.js';
import type { Report } from '../../src/report/schema.js';
import type { SweepSummary } from '../../src/report/sweep-schema.js';
import type { CalibrationSummary } from '../../src/report/calibration-schema.js';
import type { SizingPage } from '../../src/report/sizing-schema.js';
import type { PlanningSummary } from '../../src/report/planning-schema.js';

export type MemoryState = Report['series']['clusters'][string]['worstMemState'][number];
export type ReadyBand = Report['headline']['cpuReady']['band'];
export type VmRow = Report['vms'][number];
export type HostRow = Report['hosts'][number];
export type AlarmRule = Report['alarms']['items'][number]['rule'];
export type AlarmRules = Report['alarms']['rules'];

/** What report.html embeds: one report, or several for a comparison. */
export interface ViewerData {
  readonly reports: Report[];
  /** One label per report (scenario names, made unique). */
  readonly labels: string[];
  /** Page title. */
  readonly title: string;
  /** A sweep's per-point statistics (report.html of `dcsim sweep`), for the "Metric vs parameter" chart. */
  readonly sweep?: SweepSummary;
  /** A calibration's fit (report.html of `dcsim calibrate`), for the "Calibration" panel. */
  readonly calibration?: CalibrationSummary;
  /** A sizing's answer and search path (report.html of `dcsim size`). */
  readonly sizing?: SizingPage;
  /** A runway's planning figures (report.html of `dcsim runway --report`), for the planning panels. */
  readonly planning?: PlanningSummary;
}
