import type { ValidationCase } from '../case.js';
import { DAY, dayFigure } from '../planetlab.js';

/** The mean of all samples of every PlanetLab VM of one day, as imported by `format: planetlab`. */
export const planetlabDayMean: ValidationCase = {
  name: `planetlab-${DAY}-mean-cpu`,
  source: `shared/data/planetlab/planetlab_day_summary.csv, row ${DAY}, mean_cpu_pct (of cloudsim_planetlab_10days.tar.gz; Beloglazov & Buyya, CCPE 2012)`,
  unit: '%',
  // The summary is given to 2 decimals: ±0.005 points of 12.31 is 0.04 %.
  tolerancePct: 0.05,
  run: (dataDir) => dayFigure(dataDir, 'mean_cpu_pct'),
};
