/**
 * A small calibration summary for the page-assembly and table tests: one host, one figure over
 * three cells (one observed value missing), one parameter with an interval and one at its bound.
 * `text` goes where names and notes are written, to check they stay text.
 */
import { type CalibrationSummary } from '../../src/report/schema.js';
export declare function syntheticCalibration(text?: string): CalibrationSummary;
