/**
 * KSM on the libvirt + QEMU capture shared/data/kvm/libvirt-qemu/capture-calib: `dcsim calibrate
 * --fit contentZeroPct,contentSharedPct` (the guests' mergeable content, reclaim/ksm-content.ts)
 * against host-ksm.txt. The capture starts with KSM long running (full_scans 187, pages_sharing
 * 13,684 and pages_shared 5,950 at its first reading, flat over its 90 s), so the replay starts from
 * that reading (ksm.initialPagesSharing) rather than from nothing, and the fit must find a content
 * whose ceiling is where KSM already was: a wrong one either cuts the start down or climbs away
 * from it. Fitted on the first half of the grid only (the second half's observations hidden), then
 * read on the second half, so the figure is a prediction over 44 s the fit did not see.
 * Only the two KSM figures are weighed (cpu and steal weights 0): the content does not move CPU,
 * and the capture's CPU misfit would otherwise widen the intervals of parameters it cannot touch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calibrate, type CalibrationResult } from '../calibration/fit/calibrate.js';
import { importTrace } from '../calibration/import/index.js';
import { gridOf } from '../calibration/resample.js';
import { buildReplay, type ReplayPlan } from '../calibration/replay/build-scenario.js';
import { writePlanFiles } from '../calibration/replay/evaluate.js';
import { METRICS, type HostGridSeries } from '../calibration/replay/metrics.js';
import { PAGE_MIB } from '../calibration/units.js';
import { CAPTURE_DIR } from './capture.js';

export interface KsmFit {
  readonly result: CalibrationResult;
  /** First cell of the held-out half. */
  readonly from: number;
  /** Means over the held-out cells, pages. */
  readonly observedSharing: number;
  readonly simulatedSharing: number;
  readonly observedShared: number;
  readonly simulatedShared: number;
  /** The series as the replay starts it (first cell), pages. */
  readonly firstObservedSharing: number;
  readonly firstSimulatedSharing: number;
}

const fits = new Map<string, KsmFit>();

/** The host series with cells from `from` on hidden (NaN: not compared). */
function firstPart(h: HostGridSeries, from: number): HostGridSeries {
  const out: Record<string, unknown> = { host: h.host };
  for (const m of METRICS) out[m] = h[m].map((x, k) => (k < from ? x : NaN));
  return out as HostGridSeries;
}

function meanPages(xs: Float64Array, from: number): number {
  let s = 0;
  let n = 0;
  for (let k = from; k < xs.length; k++) if (Number.isFinite(xs[k])) (s += xs[k], n++);
  return n === 0 ? NaN : s / n / PAGE_MIB;
}

/** The KSM fit, memoised per data folder so both cases share it. */
export function captureKsmFit(dataDir: string): KsmFit {
  const hit = fits.get(dataDir);
  if (hit !== undefined) return hit;
  const trace = importTrace(join(dataDir, CAPTURE_DIR));
  const grid = gridOf(trace);
  if (typeof grid === 'string') throw new Error(`${CAPTURE_DIR}: ${grid}`);
  const full = buildReplay(trace, grid);
  const from = Math.floor(grid.cells / 2);
  const plan: ReplayPlan = { ...full, observed: full.observed.map((h) => firstPart(h, from)) };
  const work = mkdtempSync(join(tmpdir(), 'dcsim-validate-ksm-'));
  try {
    writePlanFiles(plan, work);
    const result = calibrate(plan, { fit: ['contentZeroPct', 'contentSharedPct'], overlay: null, workDir: work, weights: { cpu: 0, steal: 0 } });
    const observed = full.observed[0]!;
    const simulated = result.after.simulated.hosts[0]!;
    const fit: KsmFit = {
      result,
      from,
      observedSharing: meanPages(observed.ksm, from),
      simulatedSharing: meanPages(simulated.ksm, from),
      observedShared: meanPages(observed.ksmShared, from),
      simulatedShared: meanPages(simulated.ksmShared, from),
      firstObservedSharing: observed.ksm[0]! / PAGE_MIB,
      firstSimulatedSharing: simulated.ksm[0]! / PAGE_MIB,
    };
    fits.set(dataDir, fit);
    return fit;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
