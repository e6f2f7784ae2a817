import type { CalibrationResult } from '../../src/calibration/fit/calibrate.js';
import { type Overlay } from '../../src/calibration/overlay.js';
export declare const HIDDEN: Overlay;
export declare const FIT: readonly ["cpuOverheadPct", "ksmPagesPerSec"];
/** Calibrates the two-host synthetic trace into a new folder; returns the folder and the fit. */
export declare function calibrationFolder(): {
    dir: string;
    result: CalibrationResult;
};
