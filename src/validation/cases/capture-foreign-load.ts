import { captureFit } from '../capture.js';
import type { ValidationCase } from '../case.js';

/**
 * The foreign (non-VM) load `dcsim calibrate` fits on capture-calib against what the capture shows:
 * host busy (/proc/stat, 2 cores × 99.9 %) minus the guests' cpu.time.
 */
export const captureForeignLoad: ValidationCase = {
  name: 'capture-calib-foreign-load-fit',
  source: 'shared/data/kvm/libvirt-qemu/capture-calib: host-stat.txt busy − Σ domstats cpu.time (observed 1.075 cores)',
  unit: 'cores',
  // The fit stands beside the default 2 % hypervisor overhead of guest CPU, which takes part of
  // the same busy time (0.02 × 0.92 cores ≈ 2 % of the foreign load): 5 % allows that and the interval.
  tolerancePct: 5,
  run: (dataDir) => {
    const f = captureFit(dataDir);
    return { dcsim: f.foreign.params[0]!.after, reference: f.observedForeignCores };
  },
};
