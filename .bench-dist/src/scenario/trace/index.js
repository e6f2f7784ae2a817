/**
 * Trace files: parsers (pure) and the loader that reads every trace group of a scenario.
 */
export { loadTraces } from './load-traces.js';
export { parsePlanetLab } from './parse-planetlab.js';
export { parseCsvTrace } from './parse-csv.js';
export { parseGwaTrace } from './parse-gwa.js';
export { holdFromStart } from './sample-at.js';
export { PLANETLAB_INTERVAL_MS } from './read-trace.js';
export { compareNames, isTraceFileName, listTraceFolder } from './trace-files.js';
export { MAX_PROBLEMS_PER_FILE } from './lines.js';
//# sourceMappingURL=index.js.map