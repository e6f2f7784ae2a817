/**
 * Trace files: parsers (pure) and the loader that reads every trace group of a scenario.
 */
export { loadTraces, type TraceContext, type TraceLoadResult } from './load-traces.js';
export { parsePlanetLab, type PlanetLabSeries } from './parse-planetlab.js';
export { parseCsvTrace, type CsvSeries } from './parse-csv.js';
export { parseGwaTrace, type GwaSeries } from './parse-gwa.js';
export { holdFromStart, type SampleAt } from './sample-at.js';
export { PLANETLAB_INTERVAL_MS } from './read-trace.js';
export { compareNames, isTraceFileName, listTraceFolder } from './trace-files.js';
export { MAX_PROBLEMS_PER_FILE, type LineProblem } from './lines.js';
