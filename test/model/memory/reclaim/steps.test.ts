/**
 * The reclamation steps (src/model/memory/reclaim/) called one at a time on a built, unstarted
 * world whose arrays are set by hand, so each step's returned value (and what it spends of the
 * pass's swap bandwidth) is checked against hand arithmetic. Hosts: ESXi, 32 GiB; VMs: 8 GiB (memScenario). The cascade as a whole is checked
 * in cascade.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../../src/model/build.js';
import { deflateBalloons, inflateBalloons } from '../../../../src/model/memory/reclaim/balloon.js';
import { compressAndSwap } from '../../../../src/model/memory/reclaim/compress-swap.js';
import { newScratch, type HostPass } from '../../../../src/model/memory/reclaim/host-pass.js';
import { enforceLimits } from '../../../../src/model/memory/reclaim/limits.js';
import { pageIns } from '../../../../src/model/memory/reclaim/page-in.js';
import { memScenario } from '../../../helpers/memory.js';

const NO_SHARING = { zeroPct: 0, intraPct: 0, interPct: 0 };

/** One host with `n` 8 GiB VMs, touched and active set by hand; a pass over dt ms. */
function pass(n: number, dt: number, touched: number, active: number, memory: Record<string, unknown> = {}): HostPass {
  const scenario = memScenario(
    { g: { vcpus: 2, memoryGiB: 8, memory: { sharing: NO_SHARING, ...memory } } },
    [{ name: 'v', count: n, template: 'g', workload: { type: 'constant', cpu: 0.1, memory: 0.25 } }],
  );
  const { world, memory: mem } = buildWorld(scenario);
  const vms = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    vms[v] = v;
    world.vms.touchedMiB[v] = touched;
    world.vms.activeMiB[v] = active;
  }
  return { world, mem, scratch: newScratch(), h: 0, vms, n, dt, esxi: true, swapLeftMiB: 0, moving: false, sharingPotentialMiB: 0, scanMs: 0 };
}

describe('enforceLimits', () => {
  it('balloons a VM over its limit at the balloon rate, swaps the rest within the swap bandwidth left, and flags motion', () => {
    // 8000 MiB touched, limit 4096: excess 3904 MiB. Balloon: idle 8000 − 2000 = 6000, cap
    // 65 % × 8192 = 5324.8, rate r × dt; the rest goes to swap, at most the 1000 MiB budget.
    const p = pass(1, 10_000, 8000, 2000);
    p.mem.vmSettings.limitMiB[0] = 4096;
    const rate = (p.mem.hostSettings.balloonMiBPerMs[0]) * p.dt;
    const ballooned = Math.min(3904, 6000, 5324.8, rate);
    const swapped = Math.min(3904 - ballooned, 1000);
    p.swapLeftMiB = 1000;
    const freed = enforceLimits(p);
    expect(p.moving).toBe(true);
    expect(p.mem.vm.balloonMiB[0]).toBeCloseTo(ballooned, 9);
    expect(p.mem.vm.swappedMiB[0]).toBeCloseTo(swapped, 9);
    expect(freed).toBeCloseTo(ballooned + swapped, 9);
    expect(p.swapLeftMiB).toBeCloseTo(1000 - swapped, 9);
  });

  it('leaves a VM without a limit alone and the swap bandwidth whole', () => {
    const p = pass(2, 10_000, 8000, 2000);
    p.swapLeftMiB = 1000;
    expect(enforceLimits(p)).toBe(0);
    expect(p.swapLeftMiB).toBe(1000);
    expect(p.moving).toBe(false);
  });
});

describe('compressAndSwap (ESXi)', () => {
  it('frees `need` by compressing at 2:1 when every page compresses and the cache has room, leaving swap untouched', () => {
    // Every page compressible: each MiB taken frees 1 − 1/2 = 0.5 MiB, so need 100 takes 200 MiB,
    // stored as 100 MiB, inside the 10 % × 8192 = 819.2 MiB cache.
    const p = pass(1, 10_000, 8000, 2000, { compressiblePct: 100 });
    p.swapLeftMiB = 500;
    expect(compressAndSwap(p, 100)).toBeCloseTo(100, 9);
    expect(p.swapLeftMiB).toBe(500);
    expect(p.mem.vm.compressedMiB[0]).toBeCloseTo(200, 9);
    expect(p.mem.vm.compressedStoredMiB[0]).toBeCloseTo(100, 9);
    expect(p.mem.vm.swappedMiB[0]).toBe(0);
  });

  it('swaps what does not compress, no more than the budget allows', () => {
    const p = pass(1, 10_000, 8000, 2000, { compressiblePct: 0 });
    p.swapLeftMiB = 120;
    const freed = compressAndSwap(p, 300);
    expect(p.mem.vm.compressedMiB[0]).toBe(0);
    expect(p.mem.vm.swappedMiB[0]).toBeCloseTo(120, 9);
    expect(freed).toBeCloseTo(120, 9);
    expect(p.swapLeftMiB).toBeCloseTo(0, 9);
  });
});

describe('balloons', () => {
  it('inflate toward `need` in proportion to the idle-memory-tax weights (equal VMs: equal shares)', () => {
    const p = pass(2, 60_000, 6000, 1000);
    const given = inflateBalloons(p, 300);
    expect(given).toBeCloseTo(300, 9);
    expect(p.mem.vm.balloonMiB[0]).toBeCloseTo(150, 9);
    expect(p.mem.vm.balloonMiB[1]).toBeCloseTo(150, 9);
  });

  it('deflate no further than `room`, first VM first', () => {
    const p = pass(2, 60_000, 6000, 1000);
    p.mem.vm.balloonMiB[0] = 50;
    p.mem.vm.balloonMiB[1] = 80;
    expect(deflateBalloons(p, 70)).toBeCloseTo(70, 9);
    expect(p.mem.vm.balloonMiB[0]).toBeCloseTo(0, 9);
    expect(p.mem.vm.balloonMiB[1]).toBeCloseTo(60, 9);
    expect(deflateBalloons(p, 0)).toBe(0);
  });
});

describe('pageIns', () => {
  it('under churn keeps the swapped amount, counts each page in and out, and spends the budget twice per page', () => {
    // Hot share active / touched = 2000 / 8000 = 0.25 of 400 swapped = 100 MiB hot; the guest
    // touches dt / touchMs of it; each churned page costs a read and a write.
    const p = pass(1, 1_000, 8000, 2000);
    p.mem.vm.swappedMiB[0] = 400;
    const touchMs = p.mem.vmSettings.touchMs[0];
    const hit = 100 * Math.min(1, 1_000 / touchMs);
    const churned = Math.min(hit, 1000 / 2);
    p.swapLeftMiB = 1000;
    expect(pageIns(p, true, 0)).toBe(0);
    expect(p.mem.vm.swappedMiB[0]).toBe(400);
    expect(p.mem.vm.swapInMiB[0]).toBeCloseTo(churned, 9);
    expect(p.mem.vm.swapOutMiB[0]).toBeCloseTo(churned, 9);
    expect(p.swapLeftMiB).toBeCloseTo(1000 - 2 * churned, 9);
  });

  it('with free memory brings pages back, shrinking what is swapped by what it used', () => {
    const p = pass(1, 1_000, 8000, 2000);
    p.mem.vm.swappedMiB[0] = 400;
    p.swapLeftMiB = 1000;
    const used = pageIns(p, false, 10_000);
    expect(used).toBeGreaterThan(0);
    expect(p.mem.vm.swappedMiB[0]).toBeCloseTo(400 - used, 9);
    expect(p.swapLeftMiB).toBeCloseTo(1000 - used, 9);
  });

  it('does nothing over an empty interval', () => {
    const p = pass(1, 0, 8000, 2000);
    p.mem.vm.swappedMiB[0] = 400;
    p.swapLeftMiB = 1000;
    expect(pageIns(p, false, 10_000)).toBe(0);
    expect(p.swapLeftMiB).toBe(1000);
  });
});
