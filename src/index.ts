/**
 * dcsim as a library: load a scenario, simulate it in memory or into a report folder, and read
 * the versioned report contract.
 */
export { loadScenario, parseScenarioText, ScenarioError, scenarioJsonSchema, type Scenario } from './scenario/index.js';
export { simulate, type SimulateOptions, type SimulationResult, type Attachments } from './run/simulate.js';
export { runToFolder, type RunToFolderOptions } from './run/run-to-folder.js';
export { runSplitToFolder, SplitError, type SplitRunOptions, type SplitRunResult } from './run/split-run.js';
export { splitBlockers, clusterAlone } from './run/cluster-split.js';
export { ReportSchema, REPORT_VERSION, type Report, type HeadlineFigures } from './report/schema.js';
export { VERSION } from './version.js';
export { Simulation } from './run/simulate.js';
export type { RunOutcome, RunStop } from './metrics/run-outcome.js';
export {
  createSimulation,
  DatacenterSimulation,
  type ActionResult,
  type ActionError,
  type ActionErrorCode,
  type ClusterPolicyChange,
  type CreateSimulationOptions,
} from './api/simulation-api.js';
export { loadPolicy, PolicyError, type Policy, type LoadedPolicy } from './api/policy.js';
export type { SimulationView, HostView, VmView } from './policy/view.js';
export type { ModelEvent } from './model/observer.js';
export { planSweep, runLocal, expandRuns, replicationSeed, summarize, type SweepPlan, type RunSpec, type RunRecord } from './sweep/index.js';
export { checkpoint, restore, readCheckpoint, writeCheckpoint, CheckpointError, type Checkpoint } from './api/checkpoint.js';
