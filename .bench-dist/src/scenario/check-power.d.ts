import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';
export interface PowerCheck {
    readonly problems: PathProblem[];
    readonly warnings: PathProblem[];
}
export declare function checkPower(spec: ScenarioSpec): PowerCheck;
