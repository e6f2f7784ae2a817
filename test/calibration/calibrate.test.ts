/**
 * Calibration recovers known parameters: a trace made by dcsim itself with hidden values of the
 * hypervisor CPU overhead (6 %) and the KSM scan rate (400 pages/s; the host's tunables say
 * 100 pages / 20 ms = 5,000) is fitted back from the model defaults. Tolerances: overhead within
 * 0.25 percentage points, KSM rate within 5 %.
 */
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/calibration/fit/calibrate.js';
import { OVERLAY_VERSION, type Overlay } from '../../src/calibration/overlay.js';
import { evaluate } from '../../src/calibration/replay/evaluate.js';
import { observedPlan } from './synthetic.js';

const HIDDEN: Overlay = {
  dcsimOverlay: OVERLAY_VERSION,
  hostGroups: { hypervisor: { cpuOverheadPct: 6, memory: { ksm: { enabled: true, pagesToScan: 400, sleepMs: 1000 } } } },
};

describe('calibrate() on a trace dcsim produced with hidden parameters', () => {
  const { plan, dir } = observedPlan(HIDDEN);

  it('the trace replays exactly under the hidden values (the observed series are the model\'s own)', () => {
    const e = evaluate(plan, HIDDEN, dir);
    const by = new Map(e.errors.map((x) => [x.metric, x]));
    expect(by.get('cpu')!.rmse).toBeLessThan(1e-6);
    expect(by.get('steal')!.rmse).toBeLessThan(1e-6);
    // Steal is compared per VM (replay/metrics.ts): 4 VMs × 120 cells.
    expect(by.get('steal')!.n).toBe(480);
    expect(by.get('ksm')!.rmse).toBeLessThan(2); // MiB: gauge readings at cell midpoints
  });

  it('fits cpuOverheadPct to 6 ± 0.25 and ksmPagesPerSec to 400 ± 5 %, from 2 % and 5,000 pages/s', () => {
    const r = calibrate(plan, { fit: ['cpuOverheadPct', 'ksmPagesPerSec'], overlay: null, workDir: dir });
    const [overhead, ksm] = r.params;
    expect(overhead!.before).toBe(2);
    expect(ksm!.before).toBe(5000);
    expect(Math.abs(overhead!.after - 6)).toBeLessThan(0.25);
    expect(Math.abs(ksm!.after / 400 - 1)).toBeLessThan(0.05);
    expect(Math.sqrt(r.after.objective)).toBeLessThan(0.1 * Math.sqrt(r.before.objective));
    expect(r.overlay.hostGroups).toMatchObject({ hypervisor: { cpuOverheadPct: Number(overhead!.after.toFixed(3)) } });
    const k = (r.overlay.hostGroups as { hypervisor: { memory: { ksm: { pagesToScan: number; sleepMs: number } } } }).hypervisor.memory.ksm;
    // The host's sleep_millisecs (20 ms) would give 8 pages per pass, too coarse: 1 s sleeps instead.
    expect(k.sleepMs).toBe(1000);
    expect(Math.abs(k.pagesToScan / 400 - 1)).toBeLessThan(0.05);
    for (const p of r.params) {
      expect(p.ci95, `${p.key}: ${p.note ?? ''}`).not.toBeNull();
      expect(p.ci95![0]).toBeLessThanOrEqual(p.after);
      expect(p.ci95![1]).toBeGreaterThanOrEqual(p.after);
    }
  });
});
