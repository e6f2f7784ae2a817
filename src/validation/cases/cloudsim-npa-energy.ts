import type { ValidationCase } from '../case.js';
import { cloudsimRun } from '../cloudsim-planetlab.js';
import { ENERGY_KWH } from '../reference/cloudsim/planetlab-20110303.js';

/**
 * CloudSim 5.0's NonPowerAware example: every host charged its power at 100 % whatever its
 * load, 0 … 86,100.1 s in CloudSim, 0 … 86,100 s in dcsim (a flat power model at the curve's
 * 100 % point; the same hosts, VMs and placement as the Dvfs case).
 */
export const cloudsimNpaEnergy: ValidationCase = {
  name: 'cloudsim-planetlab-20110303-npa-energy',
  source: 'CloudSim 5.0 NonPowerAware on shared/data/planetlab/cloudsim_planetlab_10days.tar.gz day 20110303 (src/validation/reference/cloudsim)',
  unit: 'kWh',
  // Target 2 %; the 0.1 s CloudSim runs past dcsim's end is 1.2e-6 of it.
  tolerancePct: 0.1,
  run: (dataDir) => ({ dcsim: cloudsimRun(dataDir, 'npa', 1052).energyKwh, reference: ENERGY_KWH.npa }),
};
