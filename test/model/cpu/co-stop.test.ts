/**
 * ESXi co-stop under relaxed co-scheduling (src/model/cpu/co-stop.ts): hand-computed values of
 * the estimate, its invariants, and the vms.csv column beside CPU ready (ESXi only).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coStopPct } from '../../../src/model/cpu/co-stop.js';
import { vmsCsvText, VM_COLUMNS } from '../../../src/output/vms-csv.js';
import { simulate } from '../../../src/run/simulate.js';
import { scenarioFrom } from '../../helpers/sim.js';

describe('coStopPct(vCPUs, demand %, ready %)', () => {
  it('is 0 for a 1-vCPU VM, a wide VM with one busy vCPU (4 vCPUs at 25 %: 1 core), or no ready', () => {
    expect(coStopPct(1, 80, 20)).toBe(0);
    expect(coStopPct(4, 25, 10)).toBe(0);
    expect(coStopPct(4, 50, 0)).toBe(0);
  });
  it('4 vCPUs at 50 % (2 busy), ready 5 % per vCPU (0.2 cores, ρ = 0.1): 0.9 × (1 − 0.9) × 2 / 4 = 4.5 %', () => {
    expect(coStopPct(4, 50, 5)).toBeCloseTo(4.5, 9);
  });
  it('8 vCPUs all busy, ready 10 % (ρ = 0.1): 0.9 × (1 − 0.9⁷) = 46.95 %', () => {
    expect(coStopPct(8, 100, 10)).toBeCloseTo(90 * (1 - 0.9 ** 7), 9);
  });
  it('within [0, 100 − ready] per vCPU, and wider VMs co-stop more for the same wait per busy vCPU', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (n, d, r) => {
        const c = coStopPct(n, d, r);
        return c >= 0 && c <= 100 - Math.min(100, r) + 1e-9;
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 32 }), fc.double({ min: 0.001, max: 0.9, noNaN: true }), (m, rho) => {
        // m busy vCPUs of m, each waiting ρ: ready % per vCPU = ρ × 100.
        return coStopPct(m + 1, 100, rho * 100) >= coStopPct(m, 100, rho * 100) - 1e-9;
      }),
    );
  });
});

describe('vms.csv cpu_costop_mean_pct beside CPU ready', () => {
  const run = (flavour: 'esxi' | 'kvm') => {
    const s = scenarioFrom({
      name: 'cs',
      duration: '2h',
      step: '5m',
      templates: { wide: { vcpus: 8, memoryGiB: 4 }, small: { vcpus: 1, memoryGiB: 1 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit', maxVcpuPerCore: null, maxMemoryOvercommit: null },
          hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { flavour, cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 200 } }],
          vms: [
            { name: 'wide', count: 1, template: 'wide', workload: { type: 'constant', cpu: 0.75 } },
            { name: 'small', count: 4, template: 'small', workload: { type: 'constant', cpu: 0.9 } },
          ],
        },
      ],
    });
    const r = simulate(s);
    // Plain rows (no field of these VMs holds a comma or a quote).
    return vmsCsvText(r.outcome, 0, r.world.vms.n)
      .trim()
      .split('\n')
      .map((line) => Object.fromEntries(line.split(',').map((x, i) => [VM_COLUMNS[i]!, x])) as Record<string, string>);
  };
  it('on ESXi the 8-vCPU VM of a saturated host co-stops (6 busy vCPUs, waiting), a 1-vCPU VM does not', () => {
    const rows = run('esxi');
    expect(Number(rows[0]!.cpu_ready_mean_pct)).toBeGreaterThan(0);
    const expected = coStopPct(8, Number(rows[0]!.cpu_demand_mean_pct), Number(rows[0]!.cpu_ready_mean_pct));
    expect(Number(rows[0]!.cpu_costop_mean_pct)).toBeCloseTo(expected, 2);
    expect(Number(rows[0]!.cpu_costop_mean_pct)).toBeGreaterThan(1);
    expect(Number(rows[1]!.cpu_costop_mean_pct)).toBe(0);
  });
  it('on KVM (no co-scheduling) it is 0 for every VM, ready or not', () => {
    const rows = run('kvm');
    expect(Number(rows[0]!.cpu_ready_mean_pct)).toBeGreaterThan(0);
    for (const r of rows) expect(Number(r.cpu_costop_mean_pct)).toBe(0);
  });
});
