import { LOWERED_KIB, RESTORED_KIB, setmemFigures } from '../capture-setmem.js';
import type { ValidationCase } from '../case.js';

const SOURCE =
  "shared/data/kvm/libvirt-qemu: FIELDS.md (balloon.current of vm-idle after scripts/capture.sh's setmem commands in its main run, whose files are not in the repository); the commands replayed at 30 s and 60 s of capture-calib, whose domstats-groups.txt gives the guest's memory state";

/** vm-idle's memory after a replayed `setmem vm-idle 98304 --live` against what libvirt reported. */
export const captureSetmemLowered: ValidationCase = {
  name: 'capture-vm-idle-setmem-98304-balloon-current',
  source: SOURCE,
  unit: 'MiB',
  // The target is reached in full when the guest's idle memory covers it: no tolerance needed beyond rounding.
  tolerancePct: 0.5,
  run: (dataDir) => ({ dcsim: setmemFigures(dataDir).loweredMiB, reference: LOWERED_KIB / 1024 }),
};

/** ... and after `setmem vm-idle 131072 --live` gives the memory back. */
export const captureSetmemRestored: ValidationCase = {
  name: 'capture-vm-idle-setmem-131072-balloon-current',
  source: SOURCE,
  unit: 'MiB',
  tolerancePct: 0.5,
  run: (dataDir) => ({ dcsim: setmemFigures(dataDir).restoredMiB, reference: RESTORED_KIB / 1024 }),
};
