import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';
export declare function checkAvailability(spec: ScenarioSpec): PathProblem[];
