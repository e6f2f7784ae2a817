import { captureFit } from '../capture.js';
import type { ValidationCase } from '../case.js';

/** Run-queue delay of the busy guest (steal seen by it) against Σ d(vcpu.N.delay)/dt. */
export const captureBusyDelay: ValidationCase = {
  name: 'capture-calib-vm-busy-run-queue-delay',
  source: 'shared/data/kvm/libvirt-qemu/capture-calib: domstats-all.txt, Σ d(vcpu.N.delay)/dt of vm-busy (mean over the replay grid)',
  unit: 'cores',
  // The target for a libvirt capture after `dcsim calibrate`: per-VM figures within 10 %.
  tolerancePct: 10,
  run: (dataDir) => {
    const v = captureFit(dataDir).vms.get('vm-busy');
    if (v === undefined) throw new Error('capture-calib has no domain vm-busy');
    return { dcsim: v.simulatedDelay, reference: v.observedDelay };
  },
};
