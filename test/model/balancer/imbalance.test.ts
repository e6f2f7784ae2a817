/**
 * Imbalance measures (DOMAIN.md, Placement and balancing: DRS before vSphere 7 balances the
 * standard deviation of host loads) and the DRS policy numbers (threshold tolerances, payback).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMove,
  hostLoads,
  hostUsage,
  imbalance,
  imbalanceAfterMove,
  newUsage,
  usageImbalance,
} from '../../../src/model/balancer/imbalance.js';
import { imbalanceTolerance, paysBack } from '../../../src/model/balancer/policy.js';
import type { ClusterInfo } from '../../../src/model/world.js';
import { buildRun, clusterOf } from '../migration/harness.js';

describe('imbalance(loads, n)', () => {
  it('is the population standard deviation: 0.375, 0.375, 0, 0 → 0.1875', () => {
    expect(imbalance([0.375, 0.375, 0, 0], 4)).toBeCloseTo(0.1875, 12);
  });

  it('skips NaN hosts (not on) and is 0 for one host or none', () => {
    expect(imbalance([0.5, NaN, 0.1], 3)).toBeCloseTo(0.2, 12);
    expect(imbalance([0.7], 1)).toBe(0);
    expect(imbalance([NaN, NaN], 2)).toBe(0);
  });

  it('only reads the first n entries', () => {
    expect(imbalance([0.2, 0.2, 9], 2)).toBe(0);
  });
});

describe('hostLoads and imbalanceAfterMove on a placed cluster', () => {
  /** 3 hosts × 8 × 1000 MHz; 6 one-vCPU VMs at cpu levels 0.2…0.7 packed on hosts 0–1. */
  function run(): ReturnType<typeof buildRun> {
    return buildRun(
      clusterOf({
        hosts: 3,
        maxVcpuPerCore: 0.5,
        templates: { vm: { vcpus: 1, memoryGiB: 1, dirtyRateMiBps: 0 } },
        vms: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((cpu, i) => ({ name: `g${i}`, count: 1, template: 'vm', workload: { type: 'constant', cpu } })),
      }),
    );
  }

  it('gives each host on max(CPU demand / usable, consumed / (memory − overhead)) and NaN in maintenance', () => {
    const r = run();
    const c = r.world.clusters[0] as ClusterInfo;
    const H = r.world.hosts;
    const loads = new Float64Array(3);
    hostLoads(r.world, c, loads);
    for (let h = 0; h < 3; h++) {
      const want = Math.max((H.demandMhz[h]) / 8000, (H.consumedMiB[h]) / ((H.memoryMiB[h]) - (H.overheadMiB[h])));
      expect(loads[h]).toBe(want);
    }
    // cap 0.5 × 8 = 4 vCPUs: VMs 0–3 on host 0 (0.2+0.3+0.4+0.5 = 1.4 cores), 4–5 on host 1.
    expect(loads[0]).toBeCloseTo(1400 / 8000, 12);
    r.balancer.enterMaintenance(2, 0);
    hostLoads(r.world, c, loads);
    expect(Number.isNaN(loads[2])).toBe(true);
  });

  it('predicts the CPU-bound imbalance after a move exactly, changes nothing, and agrees with applyMove', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 2 }), (v, to) => {
        const r = run();
        const c = r.world.clusters[0] as ClusterInfo;
        const from = r.world.vms.host[v];
        fc.pre(to !== from && r.migrator.refusal(v, to) === null);
        r.kernel.runUntil(600_000);
        const u = newUsage(c);
        hostUsage(r.world, c, u);
        const cpu0 = Float64Array.from(u.cpu);
        const mem0 = Float64Array.from(u.mem);
        const predicted = imbalanceAfterMove(r.world, c, u, v, from, to);
        expect(Array.from(u.cpu)).toEqual(Array.from(cpu0));
        expect(Array.from(u.mem)).toEqual(Array.from(mem0));
        applyMove(r.world, c, u, v, from, to);
        expect(usageImbalance(u)).toBe(predicted);
        expect(r.migrator.start(v, to, 'test', 600_000)).toBeNull();
        r.kernel.runUntil(660_000);
        // Memory is far below CPU here, so loads are CPU's: the prediction is the measurement.
        expect(r.balancer.measure(0)).toBeCloseTo(predicted, 12);
      }),
      { numRuns: 20 },
    );
  });
});

describe('DRS policy', () => {
  it('maps thresholds 1–5 to tolerances ∞, 0.20, 0.10, 0.05, 0.025', () => {
    expect([1, 2, 3, 4, 5].map(imbalanceTolerance)).toEqual([Infinity, 0.2, 0.1, 0.05, 0.025]);
  });

  it('pays back when gain × capacity × horizon exceeds both hosts’ vMotion CPU × duration', () => {
    // 0.01 × 32 000 MHz × 1800 s = 576 000 MHz·s against 2 000 MHz × 3.4 s = 6 800 MHz·s.
    expect(paysBack(0.01, 32_000, 1_800_000, 2000, 3400)).toBe(true);
    // 0.0001 × 32 000 × 1 s = 3.2 MHz·s against 6 800 MHz·s.
    expect(paysBack(0.0001, 32_000, 1000, 2000, 3400)).toBe(false);
  });
});
