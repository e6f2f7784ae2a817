import { captureFit } from '../capture.js';
import type { ValidationCase } from '../case.js';

/** CPU used by the idle guest in the calibrated replay against d(cpu.time)/dt. */
export const captureIdleCpu: ValidationCase = {
  name: 'capture-calib-vm-idle-cpu-used',
  source: 'shared/data/kvm/libvirt-qemu/capture-calib: domstats-all.txt, d(cpu.time)/dt of vm-idle (mean over the replay grid)',
  unit: 'cores',
  // The target for a libvirt capture after `dcsim calibrate`: per-VM figures within 10 %.
  tolerancePct: 10,
  run: (dataDir) => {
    const v = captureFit(dataDir).vms.get('vm-idle');
    if (v === undefined) throw new Error('capture-calib has no domain vm-idle');
    return { dcsim: v.simulatedCpu, reference: v.observedCpu };
  },
};
