import type { ValidationCase } from '../case.js';
import { captureKsmFit } from '../capture-ksm.js';

/**
 * KSM pages_shared (KSM pages in use, one per distinct merged content) on capture-calib, from the
 * same held-out fit: the split of mergeable pages into zero pages (hundreds per KSM page) and
 * duplicates across the two guests (one copy each) is what sets it (capture-ksm.ts).
 */
export const captureKsmShared: ValidationCase = {
  name: 'capture-calib-ksm-pages-shared-held-out',
  source: 'shared/data/kvm/libvirt-qemu/capture-calib: host-ksm.txt pages_shared, mean over the second half (5,950–5,952)',
  unit: 'pages',
  tolerancePct: 1,
  run: (dataDir) => {
    const f = captureKsmFit(dataDir);
    return { dcsim: f.simulatedShared, reference: f.observedShared };
  },
};
