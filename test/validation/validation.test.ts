/**
 * The validation suite (src/validation, `npm run validate`) as a test: each case within its
 * pinned tolerance, and the cases that miss are exactly those marked as known misses, so a fix
 * (a known miss that now passes) and a regression (a new miss) both fail here. References come
 * from /work/shared/data beside the checkout; the suite skips cleanly when it is absent.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KVM_READY_PER_RUN } from '../../src/model/cpu/run-queue.js';
import { captureFit } from '../../src/validation/capture.js';
import { captureKsmFit } from '../../src/validation/capture-ksm.js';
import { cloudsimRun, WINDOW_S } from '../../src/validation/cloudsim-planetlab.js';
import { HOST_OF_VM, STOP_AT_S, UNMET_CORE_S } from '../../src/validation/reference/cloudsim/planetlab-20110303.js';
import { CASES, formatResult, judge, runCases, summaryLine, type CaseResult, type ValidationCase } from '../../src/validation/index.js';

const DATA = resolve(process.cwd(), '../shared/data');

describe('judge and formatResult', () => {
  const c: ValidationCase = { name: 'x', source: 's', unit: 'W', tolerancePct: 5, run: () => ({ dcsim: 0, reference: 0 }) };
  it('diff is (dcsim − reference) / |reference| in %: 104 against 100 is +4 %, ok under 5 %', () => {
    const r = judge(c, { dcsim: 104, reference: 100 });
    expect(r.diffPct).toBeCloseTo(4, 12);
    expect(r.ok).toBe(true);
    expect(formatResult(r)).toBe('x: dcsim 104 W, reference 100 W, diff +4.000 % (tolerance 5 %) ok');
  });
  it('a miss prints MISS, with the reason when it is a known one; a reference of 0 with a nonzero figure is a miss', () => {
    expect(formatResult(judge(c, { dcsim: 94, reference: 100 }))).toBe('x: dcsim 94 W, reference 100 W, diff -6.000 % (tolerance 5 %) MISS');
    expect(formatResult(judge({ ...c, knownMiss: 'why' }, { dcsim: 94, reference: 100 }))).toMatch(/MISS \(known: why\)$/);
    expect(judge(c, { dcsim: 1, reference: 0 }).ok).toBe(false);
  });
  it('summaryLine counts the cases within tolerance and the known misses', () => {
    const rs = [judge(c, { dcsim: 100, reference: 100 }), judge({ ...c, knownMiss: 'why' }, { dcsim: 50, reference: 100 })];
    expect(summaryLine(rs)).toBe('validation: 1 of 2 cases within tolerance, 1 missed (1 known)');
  });
});

describe.skipIf(!existsSync(DATA))('npm run validate on /work/shared/data', () => {
  let results: CaseResult[] = [];
  it('runs every case (each names its source, a unit and a tolerance)', () => {
    results = runCases(DATA);
    expect(results.map((r) => r.name)).toEqual(CASES.map((c) => c.name));
    for (const r of results) {
      expect(r.source).toMatch(/shared\/data\/|DOMAIN\.md/);
      expect(Number.isFinite(r.dcsim) && Number.isFinite(r.reference)).toBe(true);
    }
    // About 20 s of CPU, but 80 s of wall time on a shared 2-core machine; the two 800-host CloudSim runs take 10 s each.
  }, 240_000);

  for (const c of CASES) {
    it.skipIf(c.knownMiss !== undefined)(`${c.name} is within ${c.tolerancePct} %`, () => {
      const r = results.find((x) => x.name === c.name)!;
      expect(Math.abs(r.diffPct), formatResult(r)).toBeLessThanOrEqual(c.tolerancePct);
    });
  }

  it('the cases that miss are exactly the known misses (a fix or a regression both fail)', () => {
    expect(results).toHaveLength(CASES.length);
    const missed = results.filter((r) => !r.ok).map((r) => r.name);
    const known = CASES.filter((c) => c.knownMiss !== undefined).map((c) => c.name);
    expect(missed).toEqual(known);
  });

  it('the libvirt capture: the foreign load is fitted inside its bounds with a 95 % interval around it', () => {
    const p = captureFit(DATA).foreign.params[0]!;
    expect(p.key).toBe('foreignLoadCores');
    expect(p.ci95).not.toBeNull();
    expect(p.after).toBeGreaterThan(p.bounds[0]);
    expect(p.after).toBeLessThan(p.bounds[1]);
    expect(p.ci95![0]).toBeLessThanOrEqual(p.after);
    expect(p.ci95![1]).toBeGreaterThanOrEqual(p.after);
  });

  it('the capture starting with KSM running: the zero and shared content are fitted inside their bounds, each with a 95 % interval', () => {
    const f = captureKsmFit(DATA);
    expect(f.result.params.map((p) => p.key)).toEqual(['contentZeroPct', 'contentSharedPct']);
    for (const p of f.result.params) {
      expect(p.after).toBeGreaterThan(p.bounds[0]);
      expect(p.after).toBeLessThan(p.bounds[1]);
      expect(p.ci95, p.key).not.toBeNull();
      expect(p.ci95![0]).toBeLessThanOrEqual(p.after);
      expect(p.ci95![1]).toBeGreaterThanOrEqual(p.after);
    }
    // By hand from the first reading (ksm-content.ts, 4 KiB pages, touched 191.3 + 128 MiB):
    // pages_sharing − pages_shared = Z − 2⌈Z / 256⌉ = 7,734 → Z ≈ 7,795 zero pages = 9.5 % of
    // 81,664 touched pages; pages_shared − ⌈Z / 256⌉ = 5,919 copies = 18.1 % of vm-idle's 32,768.
    expect(f.result.params[0]!.after).toBeCloseTo(9.6, 0);
    expect(f.result.params[1]!.after).toBeCloseTo(18.2, 0);
    // pages_shared is predicted only once content is stated: the error before the fit leaves it out, and says so.
    expect(f.result.notes).toContain('ksmShared: compared after the fit only (the model before it does not predict it), so the error before leaves it out');
  }, 120_000);

  it('the KSM replay starts where the capture starts (pages_sharing 13,684, not 0) and stays flat: it does not climb past what content allows', () => {
    const f = captureKsmFit(DATA);
    expect(f.firstObservedSharing).toBeCloseTo(13_683, -1);
    expect(Math.abs(f.firstSimulatedSharing - f.firstObservedSharing) / f.firstObservedSharing).toBeLessThan(0.005);
    const sim = f.result.after.simulated.hosts[0]!.ksm.filter((x) => Number.isFinite(x));
    const lo = Math.min(...sim);
    const hi = Math.max(...sim);
    expect((hi - lo) / lo).toBeLessThan(0.005);
  });

  it('CloudSim PlanetLab case: every VM on the host CloudSim chose, stopped at CloudSim\'s update (0.1 s later), no steal on either side', () => {
    const r = cloudsimRun(DATA, 'dvfs', 1052);
    expect(r.hostOfVm).toEqual(HOST_OF_VM);
    // CloudSim's updates fall 0.1 s after dcsim's samples; a stop at dcsim's end (86,100 s) does not happen within the run.
    const expected = STOP_AT_S.map((s) => (s === null || s - 0.1 >= WINDOW_S.to ? null : Math.round((s - 0.1) * 10) / 10));
    expect(r.stopAtS).toEqual(expected);
    expect(STOP_AT_S.filter((s) => s !== null)).toHaveLength(532);
    expect(UNMET_CORE_S).toBe(0);
    expect(r.stealCoreS).toBe(0);
  }, 120_000);

  it('the libvirt capture: readyPerRun is fitted inside its bounds with a 95 % interval that holds the KVM default (0.315, model/cpu/run-queue.ts)', () => {
    const p = captureFit(DATA).result.params[0]!;
    expect(p.key).toBe('readyPerRun');
    expect(p.ci95).not.toBeNull();
    expect(p.after).toBeGreaterThan(p.bounds[0]);
    expect(p.after).toBeLessThan(p.bounds[1]);
    expect(p.ci95![0]).toBeLessThanOrEqual(KVM_READY_PER_RUN);
    expect(p.ci95![1]).toBeGreaterThanOrEqual(KVM_READY_PER_RUN);
    // Narrow: the idle guest's wait pins it (0.297–0.333 when this was written).
    expect(p.ci95![1] - p.ci95![0]).toBeLessThan(0.1);
  });

  it('the libvirt capture: both guests wait, and run + wait is what each was runnable for (cpu.time + Σ vcpu.N.delay)', () => {
    for (const name of ['vm-busy', 'vm-idle']) {
      const v = captureFit(DATA).vms.get(name)!;
      expect(v.simulatedDelay).toBeGreaterThan(0);
      expect(v.simulatedCpu + v.simulatedDelay).toBeCloseTo(v.observedCpu + v.observedDelay, 2);
    }
  });
});
