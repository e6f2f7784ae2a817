import type { ValidationCase } from '../case.js';
import { captureKsmFit } from '../capture-ksm.js';

/**
 * KSM pages_sharing (what KSM saves, kernel admin-guide/mm/ksm) on capture-calib, predicted for the
 * second half of the capture by the content fitted on the first half (capture-ksm.ts).
 */
export const captureKsmSharing: ValidationCase = {
  name: 'capture-calib-ksm-pages-sharing-held-out',
  source: 'shared/data/kvm/libvirt-qemu/capture-calib: host-ksm.txt pages_sharing, mean over the second half (KSM already running at the start: 13,684)',
  unit: 'pages',
  // Readings move by a few pages (13,682–13,699) around a flat level; 1 % allows a content that
  // the first half leaves a little loose, and fails a curve that climbs or starts from nothing.
  tolerancePct: 1,
  run: (dataDir) => {
    const f = captureKsmFit(dataDir);
    return { dcsim: f.simulatedSharing, reference: f.observedSharing };
  },
};
