/**
 * Public API of sweeps: many runs of one scenario over a grid of parameter values and seeds,
 * on worker threads or BullMQ workers, summarised per point with a safe-overcommit frontier.
 */
export { sweepCommand, workerCommand } from './command.js';
export { planSweep, pointScenario, SweepInputError } from './plan.js';
export { SweepUsageError, parseSetArgument } from './definition.js';
export { expandPoints, expandRuns, replicationSeed, runId, pointId } from './expand.js';
export { parsePath, formatPath, parseValue, targetsOf, withAssignments, ALIASES, PathError } from './paths.js';
export { METRICS, METRIC_NAMES } from './metrics.js';
export { parseObjective, DEFAULT_OBJECTIVES } from './objectives.js';
export { summarize, t975 } from './stats.js';
export { executeRun, taskOf } from './execute.js';
export { runLocal } from './local.js';
export { QUEUE_NAME, jobIdOf, resultsKey, reportsKey, statsKey } from './queue-keys.js';
export { RedisUnreachableError, RedisUrlError } from './errors.js';
// runOnQueue (distributed.js), runWorker (worker.js) and connectRedis (redis.js) load BullMQ and
// ioredis: import those modules directly, when needed.
//# sourceMappingURL=index.js.map