/**
 * The calibration summary (src/report/schema.ts CalibrationSummary): the fit as the report page's
 * "Calibration" panel draws it, and the figures calibration.json shares with it (objective,
 * parameters, error table, optimiser, notes), so that the page and the file cannot disagree.
 * Numbers are rounded once, here: values to 6 decimals, standard errors to 4 significant
 * digits, intervals and errors to 6, series as in calibration.json (replay/write.ts seriesJson).
 */
import type { CalibrationSummary } from '../../report/schema.js';
import type { ReplayPlan } from '../replay/build-scenario.js';
import type { CalibrationTrace } from '../trace.js';
import type { CalibrationResult } from './calibrate.js';
export declare const CALIBRATION_SUMMARY_VERSION = 1;
export declare const OBJECTIVE_DEFINITION = "error = sqrt(\u03A3 w\u00B7NRMSE\u00B2 / \u03A3 w); NRMSE = RMSE / max(RMS of observed, floor)";
export declare const CONFIDENCE_NOTE = "From the curvature of the error at the optimum (Gauss\u2013Newton, independent residuals assumed): time-series residuals are autocorrelated, so read the intervals as lower bounds.";
export declare const OPTIMISER_METHOD = "Nelder\u2013Mead (bounded by clamping in the unit box)";
export declare function calibrationSummary(trace: Pick<CalibrationTrace, 'source' | 'format' | 'startEpochMs'>, plan: Pick<ReplayPlan, 'observed' | 'grid'>, r: CalibrationResult): CalibrationSummary;
