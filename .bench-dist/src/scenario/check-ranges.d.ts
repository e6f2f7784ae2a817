import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec } from './schema.js';
/** Largest number of VMs in one scenario: beyond it typed-array state stops fitting in memory. */
export declare const MAX_TOTAL_VMS = 10000000;
/** All relation checks, in document order. */
export declare function checkRanges(spec: ScenarioSpec): PathProblem[];
