/**
 * Public API of sweeps: many runs of one scenario over a grid of parameter values and seeds,
 * on worker threads or BullMQ workers, summarised per point with a safe-overcommit frontier.
 */
export { sweepCommand, workerCommand, type SweepCommandOptions, type WorkerCommandOptions, type SweepIo } from './command.js';
export { planSweep, pointScenario, SweepInputError, type SweepPlan } from './plan.js';
export { SweepUsageError, parseSetArgument } from './definition.js';
export { expandPoints, expandRuns, replicationSeed, runId, pointId, type Parameter, type Point, type RunSpec } from './expand.js';
export { parsePath, formatPath, parseValue, targetsOf, withAssignments, ALIASES, PathError, type SweepValue, type Segment } from './paths.js';
export { METRICS, METRIC_NAMES } from './metrics.js';
export { parseObjective, DEFAULT_OBJECTIVES, type Objective } from './objectives.js';
export { summarize, t975 } from './stats.js';
export { executeRun, taskOf, type RunTask, type RunRecord } from './execute.js';
export { runLocal } from './local.js';
export { QUEUE_NAME, jobIdOf, resultsKey, reportsKey, statsKey } from './queue-keys.js';
export { RedisUnreachableError, RedisUrlError } from './errors.js';
