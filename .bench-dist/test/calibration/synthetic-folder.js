/**
 * A `dcsim calibrate` output folder made from a dcsim-made trace with known answers (two hosts,
 * synthetic.ts), for the tests of calibration.json, errors.csv and the report page's calibration
 * panel: cpuOverheadPct (hidden 6 %) and ksmPagesPerSec (hidden 400 pages/s) are fitted back
 * from the model defaults (2 %, 5,000 pages/s).
 */
import { join } from 'node:path';
import { calibrateToFolder } from '../../src/calibration/fit/calibration-folder.js';
import { OVERLAY_VERSION } from '../../src/calibration/overlay.js';
import { tempDir } from '../helpers/sim.js';
import { observedTrace } from './synthetic.js';
export const HIDDEN = {
    dcsimOverlay: OVERLAY_VERSION,
    hostGroups: { hypervisor: { cpuOverheadPct: 6, memory: { ksm: { enabled: true, pagesToScan: 400, sleepMs: 1000 } } } },
};
export const FIT = ['cpuOverheadPct', 'ksmPagesPerSec'];
/** Calibrates the two-host synthetic trace into a new folder; returns the folder and the fit. */
export function calibrationFolder() {
    const { trace, plan } = observedTrace(HIDDEN, 2);
    const dir = join(tempDir('calibration'), 'cal');
    const result = calibrateToFolder(trace, plan, { fit: FIT, overlay: null, outDir: dir, force: false, tag: 'test', wallClock: () => 0 });
    return { dir, result };
}
//# sourceMappingURL=synthetic-folder.js.map