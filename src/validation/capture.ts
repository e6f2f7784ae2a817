/**
 * The libvirt + QEMU capture shared/data/kvm/libvirt-qemu/capture-calib (a 2-core host 99.9 %
 * busy, vm-busy running a busy loop on vCPU 0 of 2, vm-idle idle, processes that are no guest
 * taking the rest, one of them ~0.7 core by its README, which says how it was taken), run through `dcsim calibrate` fitting the foreign host
 * load, then the run-queue parameter (readyPerRun) under it, then the calibrated replay read per VM.
 * Observed figures are the capture's own counters over the same replay grid: d(cpu.time)/dt and
 * Σ d(vcpu.N.delay)/dt per domain, host busy from /proc/stat.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { calibrate, type CalibrationResult } from '../calibration/fit/calibrate.js';
import { importTrace } from '../calibration/import/index.js';
import { gridOf, resampleRate, type Grid } from '../calibration/resample.js';
import { buildReplay } from '../calibration/replay/build-scenario.js';
import { writePlanFiles } from '../calibration/replay/evaluate.js';
import type { RateSeries } from '../calibration/trace.js';

export const CAPTURE_DIR = 'kvm/libvirt-qemu/capture-calib';

export interface VmFigures {
  readonly vcpus: number;
  /** Mean over the grid, cores. */
  readonly observedCpu: number;
  readonly observedDelay: number;
  readonly simulatedCpu: number;
  readonly simulatedDelay: number;
}

export interface CaptureFit {
  readonly foreign: CalibrationResult;
  readonly result: CalibrationResult;
  readonly vms: ReadonlyMap<string, VmFigures>;
  /** Host busy minus the guests' cpu.time, mean over the grid, cores. */
  readonly observedForeignCores: number;
}

const fits = new Map<string, CaptureFit>();

function mean(xs: Float64Array): number {
  let s = 0;
  let n = 0;
  for (const x of xs) if (Number.isFinite(x)) (s += x, n++);
  return n === 0 ? NaN : s / n;
}

function rateMean(s: RateSeries, g: Grid): number {
  return mean(resampleRate(s, g));
}

/** The calibration, memoised per data folder so every capture case shares one fit. */
export function captureFit(dataDir: string): CaptureFit {
  const hit = fits.get(dataDir);
  if (hit !== undefined) return hit;
  const trace = importTrace(join(dataDir, CAPTURE_DIR));
  const grid = gridOf(trace);
  if (typeof grid === 'string') throw new Error(`${CAPTURE_DIR}: ${grid}`);
  const plan = buildReplay(trace, grid);
  const work = mkdtempSync(join(tmpdir(), 'dcsim-validate-'));
  try {
    writePlanFiles(plan, work);
    // Two passes, as the capture constrains them: the foreign load from host CPU busy first, then
    // the run-queue parameter from steal per VM under that overlay (the idle guest's wait pins it;
    // on a saturated host the busy guest's unmet demand only trades against it).
    const foreign = calibrate(plan, { fit: ['foreignLoadCores'], overlay: null, workDir: work });
    const result = calibrate(plan, { fit: ['readyPerRun'], overlay: foreign.overlay, workDir: work });
    const host = trace.hosts[0]!;
    const vms = new Map<string, VmFigures>();
    let guests = 0;
    for (const v of host.vms) {
      const vcpus = v.vcpus ?? 1;
      const observedCpu = rateMean(v.cpuCores, grid);
      guests += observedCpu;
      vms.set(v.name, {
        vcpus,
        observedCpu,
        observedDelay: rateMean(v.stealCores, grid),
        simulatedCpu: mean(result.after.simulated.vmGrantedCores.get(v.name) ?? new Float64Array()),
        simulatedDelay: (mean(result.after.simulated.vmReadyPct.get(v.name) ?? new Float64Array()) / 100) * vcpus,
      });
    }
    const cores = host.info.cpus ?? NaN;
    const fit: CaptureFit = { foreign, result, vms, observedForeignCores: (rateMean(host.cpuBusyPct, grid) / 100) * cores - guests };
    fits.set(dataDir, fit);
    return fit;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
