import type { ValidationCase } from '../case.js';
import { cloudsimRun } from '../cloudsim-planetlab.js';
import { ENERGY_KWH } from '../reference/cloudsim/planetlab-20110303.js';

/**
 * CloudSim 5.0's Dvfs example (800 ML110 G4/G5 hosts, 1,052 PlanetLab VMs, first-fit, no
 * migration) configured in dcsim as CloudSim configures it (cloudsim-planetlab.ts), on the
 * day's files as imported. Energy over 300 … 86,100 s, the updates CloudSim's sum covers.
 */
export const cloudsimDvfsEnergy: ValidationCase = {
  name: 'cloudsim-planetlab-20110303-dvfs-energy',
  source: 'CloudSim 5.0 Dvfs on shared/data/planetlab/cloudsim_planetlab_10days.tar.gz day 20110303 (src/validation/reference/cloudsim)',
  unit: 'kWh',
  // The target is 2 %; measured +0.002 % (sample-and-hold against CloudSim's trapezoid
  // between updates). 0.1 % pins it so that a change of behaviour shows.
  tolerancePct: 0.1,
  run: (dataDir) => ({ dcsim: cloudsimRun(dataDir, 'dvfs', 1052).energyKwh, reference: ENERGY_KWH.dvfs }),
};
