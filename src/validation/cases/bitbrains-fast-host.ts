import { bitbrainsRun } from '../bitbrains.js';
import type { ValidationCase } from '../case.js';

/** Absolute demand: on 3.2 GHz cores the VM gets the MHz·s its trace holds, not 3.2 / 2.6 of them. */
export const bitbrainsFastHost: ValidationCase = {
  name: 'bitbrains-granted-on-3200MHz',
  source: 'shared/data/bitbrains/gwa-t12-faststorage-vm.csv: time-weighted sum of "CPU usage [MHZ]" (GWA-T-12, via OpenDC test resources)',
  unit: 'MHz·s',
  // Samples are stored as float32 fractions: 1e-6 relative is the storage bound; 0.01 % pins it.
  tolerancePct: 0.01,
  run: (dataDir) => {
    const r = bitbrainsRun(dataDir);
    return { dcsim: r.granted.get(3200)!, reference: r.reference };
  },
};
