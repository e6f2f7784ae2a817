import type { ScenarioProblem } from '../errors.js';
import type { PathProblem } from '../issue-problems.js';
import { type TraceData } from '../scenario.js';
import type { ScenarioSpec } from '../schema.js';
/** Where trace paths are resolved, and how to name trace files in problems. */
export interface TraceContext {
    /** Folder trace paths are relative to (the scenario file's folder). */
    baseDir: string;
    /** The same folder as the user would write it (e.g. `scenarios`), to name files in problems. */
    displayDir: string;
    stepMs: number;
    durationMs: number;
}
export interface TraceLoadResult {
    traces: Map<string, TraceData[]>;
    /** Problems at places in the scenario document (e.g. a path that does not exist). */
    problems: PathProblem[];
    /** Problems inside trace files, each naming the file and line. */
    fileProblems: ScenarioProblem[];
    warnings: PathProblem[];
}
/** Loads every trace group of `spec`. Never throws for bad input: problems are returned. */
export declare function loadTraces(spec: ScenarioSpec, ctx: TraceContext): TraceLoadResult;
