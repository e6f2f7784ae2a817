/** Public API of live migration: the pre-copy plan, its estimate for a VM, and the migrator. */
export { AUTO_CONVERGE_INITIAL_PCT, AUTO_CONVERGE_MAX_PCT, AUTO_CONVERGE_STEP_PCT, migrationCpuMhz, planPreCopy } from './precopy.js';
export type { NonConvergence, PreCopyInput, PreCopyPlan } from './precopy.js';
export { estimateMigration, MIBPS_PER_GBPS, WORKING_SET_MAX_FRACTION, workingSetMiB, type MigrationEstimate } from './estimate.js';
export { migrationReject, rejectText } from './destination.js';
export { Migrator, type MigrationEndListener, type MigrationRecord } from './migrator.js';
