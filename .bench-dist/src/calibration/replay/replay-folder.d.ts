import { type Scenario } from '../../scenario/index.js';
import type { Overlay } from '../overlay.js';
import type { CalibrationTrace } from '../trace.js';
import type { ReplayPlan } from './build-scenario.js';
import { type Evaluation } from './evaluate.js';
import type { Weights } from './metrics.js';
export interface ReplayFolderOptions {
    readonly outDir: string;
    readonly force: boolean;
    readonly tag: string;
    readonly wallClock: () => number;
    readonly overlay: Overlay | null;
    /** How the overlay file is named in the outputs. */
    readonly overlayName?: string;
    readonly weights?: Weights;
}
export interface ReplayOutcome {
    readonly scenario: Scenario;
    readonly evaluation: Evaluation;
}
/** The import summary as written into replay.json and calibration.json. */
export declare function traceSummary(trace: CalibrationTrace, plan: ReplayPlan): Record<string, unknown>;
export declare function replayToFolder(trace: CalibrationTrace, plan: ReplayPlan, o: ReplayFolderOptions): ReplayOutcome;
