import { captureFit } from '../capture.js';
import type { ValidationCase } from '../case.js';

/** Run-queue delay of the idle guest against Σ d(vcpu.N.delay)/dt. */
export const captureIdleDelay: ValidationCase = {
  name: 'capture-calib-vm-idle-run-queue-delay',
  source: 'shared/data/kvm/libvirt-qemu/capture-calib: domstats-all.txt, Σ d(vcpu.N.delay)/dt of vm-idle (mean over the replay grid)',
  unit: 'cores',
  // The target for a libvirt capture after `dcsim calibrate`: per-VM figures within 10 %.
  tolerancePct: 10,
  run: (dataDir) => {
    const v = captureFit(dataDir).vms.get('vm-idle');
    if (v === undefined) throw new Error('capture-calib has no domain vm-idle');
    return { dcsim: v.simulatedDelay, reference: v.observedDelay };
  },
};
