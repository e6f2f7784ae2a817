import type { SimulationResult } from '../../src/run/simulate.js';
export declare const DEFAULT_SCENARIO: string;
/** Files every run writes with the default outputs (a run may write more, e.g. a viewer page). */
export declare const REPORT_FILES: readonly ["events.ndjson", "report.json", "summary.json", "timeseries-cluster.csv", "timeseries-host.csv", "vms.csv"];
/** A clock that advances by `stepMs` on every read, starting at `startMs`. */
export declare function fakeClock(startMs: number, stepMs: number): () => number;
export declare function runFile(file: string, outDir: string, wallClock?: () => number): SimulationResult;
