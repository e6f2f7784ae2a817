import type { ValidationCase } from '../case.js';
import { cloudsimRun } from '../cloudsim-planetlab.js';
import { BUSY_CORE_S, HISTORY_S } from '../reference/cloudsim/planetlab-20110303.js';

/** 800 hosts × 2 cores in CloudSim's configuration (Constants.HOST_PES). */
const CORES = 1600;

/**
 * Idle core-seconds over the same window: every host's cores × the window − busy (hosts with no
 * VMs included), on each side from its own host count, cores and window.
 */
export const cloudsimIdleCoreSeconds: ValidationCase = {
  name: 'cloudsim-planetlab-20110303-idle-core-seconds',
  source: 'CloudSim 5.0 Dvfs host state histories on shared/data/planetlab/cloudsim_planetlab_10days.tar.gz day 20110303 (src/validation/reference/cloudsim)',
  unit: 'core·s',
  tolerancePct: 0.1,
  run: (dataDir) => ({
    dcsim: cloudsimRun(dataDir, 'dvfs', 1052).idleCoreS,
    reference: CORES * (HISTORY_S.to - HISTORY_S.from) - BUSY_CORE_S,
  }),
};
