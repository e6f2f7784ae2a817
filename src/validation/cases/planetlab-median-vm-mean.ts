import type { ValidationCase } from '../case.js';
import { DAY, dayFigure } from '../planetlab.js';

/** The median over VMs of each VM's mean CPU, every PlanetLab VM of one day, as imported by `format: planetlab`. */
export const planetlabMedianVmMean: ValidationCase = {
  name: `planetlab-${DAY}-median-vm-mean-cpu`,
  source: `shared/data/planetlab/planetlab_day_summary.csv, row ${DAY}, median_vm_mean_pct (of cloudsim_planetlab_10days.tar.gz; Beloglazov & Buyya, CCPE 2012)`,
  unit: '%',
  // The summary is given to 2 decimals: ±0.005 points of 6.83 is 0.07 %.
  tolerancePct: 0.1,
  run: (dataDir) => dayFigure(dataDir, 'median_vm_mean_pct'),
};
