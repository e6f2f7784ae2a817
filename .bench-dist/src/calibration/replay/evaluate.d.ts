import { type Scenario } from '../../scenario/index.js';
import { type Overlay } from '../overlay.js';
import type { ReplayPlan } from './build-scenario.js';
import { type MetricError, type Weights } from './metrics.js';
import { type SimulatedSeries } from './simulated.js';
export interface Evaluation {
    readonly simulated: SimulatedSeries;
    readonly errors: MetricError[];
    /** The fit objective (metrics.ts); its square root is the reported error. */
    readonly objective: number;
}
/** Writes the plan's trace files under `dir` (creating folders). */
export declare function writePlanFiles(plan: ReplayPlan, dir: string): void;
/** The plan's scenario object with the overlay applied. */
export declare function planSpec(plan: ReplayPlan, overlay: Overlay | null): Record<string, unknown>;
/** The scenario as YAML, with a header saying where it came from. */
export declare function scenarioYaml(spec: Record<string, unknown>, header: string): string;
/** Loads the plan through the normal loader; traces are read from `dir` (see writePlanFiles). */
export declare function planScenario(plan: ReplayPlan, overlay: Overlay | null, dir: string, file?: string): Scenario;
/** Simulates a loaded replay scenario and compares it with the plan's observations. */
export declare function evaluateScenario(plan: ReplayPlan, scenario: Scenario, weights?: Weights): Evaluation;
export declare function evaluate(plan: ReplayPlan, overlay: Overlay | null, dir: string, weights?: Weights): Evaluation;
