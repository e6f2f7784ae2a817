import type { ReplayPlan } from '../replay/build-scenario.js';
import type { CalibrationTrace } from '../trace.js';
import { type CalibrateOptions, type CalibrationResult, type FittedParam } from './calibrate.js';
export interface CalibrationFolderOptions extends Omit<CalibrateOptions, 'workDir'> {
    readonly outDir: string;
    readonly force: boolean;
    readonly tag: string;
    readonly wallClock: () => number;
}
/** overlay.yaml: a comment block with the fit, then the overlay. */
export declare function overlayYaml(trace: CalibrationTrace, r: CalibrationResult, decimals: (k: FittedParam) => number): string;
export declare function calibrateToFolder(trace: CalibrationTrace, plan: ReplayPlan, o: CalibrationFolderOptions): CalibrationResult;
