export { TRACE_FORMATS, formatImportProblem } from './trace.js';
export { importTrace, detectFormat, TraceReadError } from './import/index.js';
export { collect } from './collect/collector.js';
export { systemProbe } from './collect/system-probe.js';
export { COLLECT_FORMAT, COLLECT_VERSION } from './collect/format.js';
export { gridOf } from './resample.js';
export { buildReplay } from './replay/build-scenario.js';
export { evaluate, writePlanFiles } from './replay/evaluate.js';
export { replayToFolder } from './replay/replay-folder.js';
export { METRICS, METRIC_INFO } from './replay/metrics.js';
export { calibrate, CalibrationError } from './fit/calibrate.js';
export { calibrateToFolder } from './fit/calibration-folder.js';
export { PARAMS, PARAM_KEYS, parseFitList } from './fit/params.js';
export { nelderMead } from './fit/nelder-mead.js';
export { applyOverlay, parseOverlay, combineOverlays, OverlayError } from './overlay.js';
export { overlayScenario } from './apply-overlay.js';
//# sourceMappingURL=index.js.map