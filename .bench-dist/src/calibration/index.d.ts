/**
 * Calibration mode: collect telemetry on KVM hosts, import it (and public traces) into one
 * normalized trace, replay it through the simulator against what the hosts did, and fit model
 * parameters to it. Imports flow one way: scenario and run ← calibration ← cli.
 */
export type { CalibrationTrace, HostTrace, VmTrace, HostInfo, HostSettings, RateSeries, GaugeSeries, ImportProblem, TraceFormat } from './trace.js';
export { TRACE_FORMATS, formatImportProblem } from './trace.js';
export { importTrace, detectFormat, TraceReadError, type ImportOptions } from './import/index.js';
export { collect, type Probe, type CommandResult, type CollectOptions } from './collect/collector.js';
export { systemProbe } from './collect/system-probe.js';
export { COLLECT_FORMAT, COLLECT_VERSION } from './collect/format.js';
export { gridOf, type Grid } from './resample.js';
export { buildReplay, type ReplayPlan } from './replay/build-scenario.js';
export { evaluate, writePlanFiles, type Evaluation } from './replay/evaluate.js';
export { replayToFolder } from './replay/replay-folder.js';
export { METRICS, METRIC_INFO, type Metric, type Weights, type MetricError } from './replay/metrics.js';
export { calibrate, CalibrationError, type CalibrationResult, type FittedParam } from './fit/calibrate.js';
export { calibrateToFolder } from './fit/calibration-folder.js';
export { PARAMS, PARAM_KEYS, parseFitList, type ParamKey } from './fit/params.js';
export { nelderMead } from './fit/nelder-mead.js';
export { applyOverlay, parseOverlay, combineOverlays, OverlayError, type Overlay } from './overlay.js';
export { overlayScenario } from './apply-overlay.js';
