/**
 * dcsim as a library: load a scenario, simulate it in memory or into a report folder, and read
 * the versioned report contract.
 */
export { loadScenario, parseScenarioText, ScenarioError, scenarioJsonSchema } from './scenario/index.js';
export { simulate } from './run/simulate.js';
export { runToFolder } from './run/run-to-folder.js';
export { runSplitToFolder, SplitError } from './run/split-run.js';
export { splitBlockers, clusterAlone } from './run/cluster-split.js';
export { ReportSchema, REPORT_VERSION } from './report/schema.js';
export { VERSION } from './version.js';
export { Simulation } from './run/simulate.js';
export { createSimulation, DatacenterSimulation, } from './api/simulation-api.js';
export { loadPolicy, PolicyError } from './api/policy.js';
export { planSweep, runLocal, expandRuns, replicationSeed, summarize } from './sweep/index.js';
export { checkpoint, restore, readCheckpoint, writeCheckpoint, CheckpointError } from './api/checkpoint.js';
//# sourceMappingURL=index.js.map