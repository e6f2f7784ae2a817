import type { ValidationCase } from '../case.js';
import { DAY, dayFigure } from '../planetlab.js';

/** The standard deviation of all samples of every PlanetLab VM of one day, as imported by `format: planetlab`. */
export const planetlabDayStdev: ValidationCase = {
  name: `planetlab-${DAY}-stdev-cpu`,
  source: `shared/data/planetlab/planetlab_day_summary.csv, row ${DAY}, stdev_cpu_pct (of cloudsim_planetlab_10days.tar.gz; Beloglazov & Buyya, CCPE 2012)`,
  unit: '%',
  // The summary is given to 2 decimals: ±0.005 points of 17.09 is 0.03 %.
  tolerancePct: 0.05,
  run: (dataDir) => dayFigure(dataDir, 'stdev_cpu_pct'),
};
