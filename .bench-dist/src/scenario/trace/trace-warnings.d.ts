import type { PathProblem } from '../issue-problems.js';
import type { TraceData } from '../scenario.js';
import type { WorkloadSpec } from '../schema.js';
type TraceSpec = Extract<WorkloadSpec, {
    type: 'trace';
}>;
interface Timing {
    stepMs: number;
    durationMs: number;
}
/** Warnings for one loaded trace group; `at` builds paths under the group's workload. */
export declare function traceWarnings(w: TraceSpec, traces: readonly TraceData[], timing: Timing, at: (...k: string[]) => PropertyKey[]): PathProblem[];
export {};
