import { type Scenario } from './scenario.js';
/**
 * Parses scenario text (YAML or JSON, told apart by content). `file` names the source in
 * problems; trace paths are resolved against `baseDir`, the folder the scenario lives in.
 * Throws `ScenarioError` with every problem found.
 */
export declare function parseScenarioText(text: string, file: string, baseDir: string): Scenario;
/**
 * Reads and parses a scenario file; an unreadable or non-UTF-8 file is a `ScenarioError` naming it.
 * `file` is how the file is named in problems and reports; `location` (default: `file`) is where
 * it is read from, so a caller can read an absolute path and still name it relatively.
 */
export declare function loadScenario(file: string, location?: string): Scenario;
