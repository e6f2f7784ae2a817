import { ScenarioError, type ScenarioProblem } from '../../src/scenario/index.js';
/** /work/main/scenarios: where shipped scenarios and their traces live. */
export declare const SCENARIOS_DIR: string;
/** /work/shared: read-only public data (never modified by tests). */
export declare const SHARED_DIR: string;
/** The ScenarioError `fn` throws; fails the test if it throws nothing or something else. */
export declare function scenarioErrorOf(fn: () => unknown): ScenarioError;
/** The problems `parseScenarioText` throws for `text`. */
export declare function problemsOf(text: string, file?: string, baseDir?: string): ScenarioProblem[];
/** A fresh temporary folder with the given files (name → content). */
export declare function tempFolder(files?: Record<string, string>): string;
/** Creates folder `name` inside `parent` with the given files; returns its path. */
export declare function writeFolder(parent: string, name: string, files: Record<string, string>): string;
/** A small valid scenario body; `vms` is inserted as the cluster's `vms:` block (YAML, 4-space indent). */
export declare function scenarioWith(vms: string, extra?: string): string;
