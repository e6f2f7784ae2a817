/**
 * Public API of the scenario loader: load a file (or text) into a typed, immutable
 * `Scenario`, or get a `ScenarioError` listing every problem with its file, path and line.
 */
export { loadScenario, parseScenarioText } from './load.js';
export { traceKey } from './scenario.js';
export { ScenarioError, formatProblem, renderPath } from './errors.js';
export { scenarioJsonSchema, SCENARIO_SCHEMA_ID } from './json-schema.js';
export { locate } from './locate.js';
export { MAX_TOTAL_VMS } from './check-ranges.js';
export { formatDuration } from './wording.js';
export { parsePlanetLab, parseCsvTrace, parseGwaTrace, holdFromStart, listTraceFolder, PLANETLAB_INTERVAL_MS, MAX_PROBLEMS_PER_FILE } from './trace/index.js';
export { ScenarioSchema, Duration, Name, } from './schema.js';
//# sourceMappingURL=index.js.map