import { bitbrainsRun } from '../bitbrains.js';
import type { ValidationCase } from '../case.js';

/** Absolute demand: on 2.0 GHz cores (slower than the trace's 2.6 GHz, never capped: usage stays under 2 cores × 2000). */
export const bitbrainsSlowHost: ValidationCase = {
  name: 'bitbrains-granted-on-2000MHz',
  source: 'shared/data/bitbrains/gwa-t12-faststorage-vm.csv: time-weighted sum of "CPU usage [MHZ]" (GWA-T-12, via OpenDC test resources)',
  unit: 'MHz·s',
  tolerancePct: 0.01,
  run: (dataDir) => {
    const r = bitbrainsRun(dataDir);
    return { dcsim: r.granted.get(2000)!, reference: r.reference };
  },
};
