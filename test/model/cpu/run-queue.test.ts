/**
 * Run-queue wait below saturation (src/model/cpu/run-queue.ts): Erlang C on hand-checked values,
 * the wake-up wait formula, invariants (fast-check), consolidation through simulate(), and the
 * libvirt capture data/kvm/libvirt-qemu/capture-calib (/work/shared/data/kvm).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCpu } from '../../../src/model/cpu/allocate.js';
import { vmReadyMhz } from '../../../src/model/cpu/ready.js';
import { DEFAULT_READY_PER_RUN, erlangC, KVM_READY_PER_RUN, wakeWaitMhz } from '../../../src/model/cpu/run-queue.js';
import { simulate } from '../../../src/run/simulate.js';
import { scenarioFrom } from '../../helpers/sim.js';

describe('erlangC(c, a)', () => {
  it('M/M/1: the chance to wait is the utilisation, C(1, 0.3) = 0.3', () => {
    expect(erlangC(1, 0.3)).toBeCloseTo(0.3, 12);
  });
  it('C(2, 1) = 1/3 (P0 = 1/3, C = a²/2 · 1/(1 − ρ) · P0)', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 12);
  });
  it('is 0 on an idle host and 1 at or beyond saturation', () => {
    expect([erlangC(8, 0), erlangC(8, 8), erlangC(8, 9.5)]).toEqual([0, 1, 1]);
  });
  it('stays small on a wide host until close to saturation: C(48, 24) < 1e-4 < C(48, 40) < C(48, 46)', () => {
    expect(erlangC(48, 24)).toBeLessThan(1e-4);
    expect(erlangC(48, 40)).toBeGreaterThan(1e-4);
    expect(erlangC(48, 46)).toBeGreaterThan(erlangC(48, 40));
  });
  it('matches a published table, C(10, 8) = 0.4092 (ITU-T E.500 style Erlang C tables), and the textbook P0 formula on a grid', () => {
    expect(erlangC(10, 8)).toBeCloseTo(0.40918, 5);
    // C = (a^c / c!) · c/(c − a) / (Σ_{k<c} a^k/k! + (a^c/c!) · c/(c − a)), Kleinrock vol. 1 eq. 3.40.
    const textbook = (c: number, a: number): number => {
      let term = 1;
      let sum = 0;
      for (let k = 0; k < c; k++) {
        sum += term;
        term *= a / (k + 1);
      }
      const tail = (term * c) / (c - a);
      return tail / (sum + tail);
    };
    for (const c of [1, 2, 4, 8, 16, 32, 48, 64]) {
      for (const rho of [0.05, 0.3, 0.5, 0.8, 0.95, 0.999]) {
        const want = textbook(c, c * rho);
        expect(Math.abs(erlangC(c, c * rho) - want)).toBeLessThanOrEqual(1e-12 * Math.max(want, 1e-300));
      }
    }
  });
  it('is 0, not NaN, where 1/B overflows (a tiny load on a wide host)', () => {
    expect(erlangC(256, 1e-6)).toBe(0);
    expect(erlangC(64, 1e-3)).toBeGreaterThanOrEqual(0);
  });
});

describe('wakeWaitMhz(want, coreMhz, readyPerRun, C)', () => {
  it('is readyPerRun × C × f(1 − f) cores: want 1.25 cores of 2000 MHz, C 0.5, 0.45 → 2000 × 0.1875 × 0.225 = 84.375 MHz', () => {
    expect(wakeWaitMhz(2500, 2000, 0.45, 0.5)).toBeCloseTo(84.375, 9);
  });
  it('is 0 for a vCPU runnable all the time (it never wakes), with readyPerRun 0, and on an idle host (C = 0)', () => {
    expect(wakeWaitMhz(4000, 2000, 0.45, 1)).toBe(0);
    expect(wakeWaitMhz(2500, 2000, 0, 1)).toBe(0);
    expect(wakeWaitMhz(2500, 2000, 0.45, 0)).toBe(0);
  });
  it('the defaults: KVM 0.315 (the capture fit), ESXi above KVM (longer quantum)', () => {
    expect(DEFAULT_READY_PER_RUN.kvm).toBe(KVM_READY_PER_RUN);
    expect(KVM_READY_PER_RUN).toBe(0.315);
    expect(DEFAULT_READY_PER_RUN.esxi).toBeGreaterThan(DEFAULT_READY_PER_RUN.kvm);
  });
});

/**
 * Host of `cores` cores of 1000 MHz, as datacenter.ts shares it: over want − wait where demand
 * includes the wait (runnable time), over want where it is CPU used (the wait then adds to ready).
 */
function readyOfFirst(cores: number, wants: readonly number[], k: number, inDemand: boolean): { ready: number; granted: number; wait: number } {
  const core = 1000;
  const want = Float64Array.from(wants, (w) => w * core);
  const n = want.length;
  const load = want.reduce((s, w) => s + w, 0) / core;
  const c = erlangC(cores, load);
  const wait = want.map((w) => wakeWaitMhz(w, core, k, c));
  const run = want.map((w, i) => (inDemand ? w - wait[i]! : w));
  const granted = new Float64Array(n);
  allocateCpu(n, run, new Float64Array(n).fill(Infinity), new Float64Array(n), new Float64Array(n).fill(100), cores * core, granted, new Uint8Array(n));
  return { ready: run[0]! - granted[0]! + wait[0]!, granted: granted[0]!, wait: wait[0]! };
}

describe('invariants (property)', () => {
  it('C(c, a) is in [0, 1] and does not fall as a rises; 0 ≤ wait ≤ want', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 128 }), fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), (c, a1, a2) => {
        const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
        const cl = erlangC(c, lo);
        const ch = erlangC(c, hi);
        return cl >= 0 && ch <= 1 && ch >= cl - 1e-12;
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (want, k, c) => {
        const w = wakeWaitMhz(want, 2400, k, c);
        return w >= 0 && w <= want;
      }),
    );
  });

  it('demand as runnable time: run + ready = demand; as CPU used: run = demand until the host saturates and ready = unmet + wait; ready ≥ wait either way', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.array(fc.double({ min: 0, max: 4, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (cores, wants, k, c) => {
          const want = wants[0]! * 1000;
          const runnable = readyOfFirst(cores, wants, k, true);
          const used = readyOfFirst(cores, wants, k, false);
          const roomy = wants.reduce((s, w) => s + w, 0) <= cores;
          const a = want;
          const b = a + 37;
          // d(want − wait)/d(want) = 1 − k·C·(1 − 2f) ≥ 0 for k·C ≤ 1: more demand never runs less.
          const monotone = b - wakeWaitMhz(b, 1000, k, c) >= a - wakeWaitMhz(a, 1000, k, c) - 1e-9;
          return (
            Math.abs(runnable.ready + runnable.granted - want) < 1e-6 &&
            runnable.ready >= runnable.wait - 1e-6 &&
            used.ready >= used.wait - 1e-6 &&
            (!roomy || (Math.abs(used.granted - want) < 1e-6 && Math.abs(used.ready - used.wait) < 1e-6)) &&
            monotone
          );
        },
      ),
    );
  });

  it("a VM's ready never falls when the other VMs' load rises (weighted max-min; demand as runnable time or as CPU used)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.array(fc.double({ min: 0, max: 4, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.double({ min: 1.01, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.boolean(),
        (cores, mine, others, grow, k, inDemand) => {
          const at = (scale: number): number => readyOfFirst(cores, [mine, ...others.map((o) => o * scale)], k, inDemand).ready;
          return at(grow) >= at(1) - 1e-6;
        },
      ),
    );
  });
});

/** One KVM host of 8 cores × 2000 MHz and n VMs of 2 vCPUs each runnable for 0.65 of them (1.3 cores). */
function consolidation(n: number, readyPerRun?: number): { readyPct: number; grantedMhz: number } {
  const s = scenarioFrom({
    name: 'rq',
    duration: '1h',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: 1 } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'first-fit', maxVcpuPerCore: null, maxMemoryOvercommit: null },
        hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { flavour: 'kvm', cpuOverheadPct: 0, ...(readyPerRun === undefined ? {} : { readyPerRun }) }, power: { idleW: 100, maxW: 200 } }],
        vms: [{ name: 'v', count: n, template: 't', workload: { type: 'constant', cpu: 0.65 } }],
      },
    ],
  });
  const world = simulate(s).world;
  // Ready % per vCPU of the first VM: ready MHz / (vCPUs × core MHz) × 100.
  return { readyPct: (vmReadyMhz(world, 0) / (2 * 2000)) * 100, grantedMhz: world.vms.grantedMhz[0] };
}

describe('ready per vCPU against vCPU:pCPU, KVM default (8 cores, VMs of 2 vCPUs at 1.3 cores each; saturation past 6.15 VMs)', () => {
  const ns = [1, 2, 3, 4, 5, 6, 7, 8, 10, 12];
  const curve = ns.map((n) => consolidation(n).readyPct);
  it('is on by default and rises monotonically with consolidation, from about 0 at 0.25:1', () => {
    expect(curve[0]).toBeLessThan(0.01);
    for (let i = 1; i < curve.length; i++) expect(curve[i]!).toBeGreaterThanOrEqual(curve[i - 1]!);
  });
  it('waits before saturation: 1:1 (5.2 of 8 cores busy) C(8, 5.2) = 0.256 → 0.315 × 0.256 × 0.21 / 2 = 0.85 %; 1.5:1 (7.8 cores) C = 0.93 → 3.07 %', () => {
    // wait = readyPerRun × C × f(1 − f) cores, f = 0.3: per vCPU of 2000 MHz, × 100 / 2.
    expect(curve[ns.indexOf(4)]!).toBeCloseTo(0.315 * erlangC(8, 5.2) * 0.21 * 50, 6);
    expect(curve[ns.indexOf(6)]!).toBeCloseTo(0.315 * erlangC(8, 7.8) * 0.21 * 50, 6);
    expect(curve[ns.indexOf(4)]!).toBeGreaterThan(0.5);
  });
  it('is the unmet-demand model beyond saturation; with readyPerRun 0 it is 0 below saturation', () => {
    const off = ns.map((n) => consolidation(n, 0).readyPct);
    expect(off.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 0]);
    // 8 VMs want 20,800 MHz of 16,000: each is granted 2000 and waits the rest, 600 MHz = 15 % per vCPU.
    expect(off[ns.indexOf(8)]).toBeCloseTo(15, 9);
    // With the wait on, a waking vCPU still waits on top (C = 1): 15 + 0.315 × 0.21 × 2000 / 4000 × 100 = 18.31 %.
    expect(curve[ns.indexOf(8)]!).toBeCloseTo(15 + 0.315 * 0.21 * 50, 6);
  });
  it('demand is CPU used (the default): below saturation a VM runs all of it and waits besides', () => {
    expect(consolidation(4).grantedMhz).toBeCloseTo(2600, 6);
  });
});

describe('the capture data/kvm/libvirt-qemu/capture-calib (2-core host, 99.89 % busy)', () => {
  // Observed (the capture importer, mean over the 90 s): vm-busy cpu.time 0.9025 cores, Σ
  // vcpu.N.delay 0.1597; vm-idle cpu.time 0.0203, delay 0.0089. Foreign load = host busy minus
  // the guests: 2 × 0.9989 − 0.9228 = 1.0750 cores. Each guest's demand is what it was runnable
  // for, used plus waited (demandIncludesWait, as the capture's replay sets it): vm-busy 1.0622
  // cores, vm-idle 0.0292.
  const run = (readyPerRun?: number) => {
    const s = scenarioFrom({
      name: 'cap',
      duration: '90s',
      step: '10s',
      templates: { busy: { vcpus: 2, memoryGiB: 0.25 }, idle: { vcpus: 1, memoryGiB: 0.125 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit', maxVcpuPerCore: null, maxMemoryOvercommit: null },
          hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 2, mhz: 1000, memoryGiB: 24, foreignLoadCores: 1.075, hypervisor: { flavour: 'kvm', cpuOverheadPct: 0, demandIncludesWait: true, ...(readyPerRun === undefined ? {} : { readyPerRun }) }, power: { idleW: 100, maxW: 200 } }],
          vms: [
            { name: 'busy', count: 1, template: 'busy', workload: { type: 'constant', cpu: 1.0622 / 2 } },
            { name: 'idle', count: 1, template: 'idle', workload: { type: 'constant', cpu: 0.0292 } },
          ],
        },
      ],
    });
    const world = simulate(s).world;
    const V = world.vms;
    return { busy: vmReadyMhz(world, 0) / 1000, idle: vmReadyMhz(world, 1) / 1000, idleCpu: (V.grantedMhz[1]) / 1000, busyCpu: (V.grantedMhz[0]) / 1000 };
  };
  it('by default: vm-idle waits 0.315 × 0.0292 × 0.9708 = 0.0089 cores and runs 0.0203; vm-busy waits 0.1597 within 2 %', () => {
    const r = run();
    expect(r.idle).toBeCloseTo(0.315 * 0.0292 * 0.9708, 6);
    expect(Math.abs(r.idle - 0.0089) / 0.0089).toBeLessThan(0.05);
    expect(Math.abs(r.idleCpu - 0.0203) / 0.0203).toBeLessThan(0.05);
    expect(Math.abs(r.busy - 0.1597) / 0.1597).toBeLessThan(0.02);
    // The host shares all of what the foreign load leaves: 2 − 1.075 = 0.925 cores.
    expect(r.busyCpu + r.idleCpu).toBeCloseTo(0.925, 6);
  });
  it('without it (the saturation model alone): vm-busy 0.1622 cores, and the idle guest never waits but runs its wait', () => {
    const r = run(0);
    expect(r.busy).toBeCloseTo(1.0622 - (2 - 1.075 - 0.0292), 6);
    expect(r.idle).toBe(0);
    expect(r.idleCpu).toBeCloseTo(0.0292, 6);
  });
});

describe('through simulate() with changing load (diurnal, random phases), KVM default', () => {
  const scenario = () =>
    scenarioFrom({
      name: 'rqd',
      seed: 7,
      duration: '2d',
      step: '5m',
      templates: { t: { vcpus: 2, memoryGiB: 1 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'spread', maxVcpuPerCore: null, maxMemoryOvercommit: null },
          hosts: [{ name: 'h', count: 2, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { flavour: 'kvm' }, power: { idleW: 100, maxW: 200 } }],
          vms: [{ name: 'v', count: 14, template: 't', workload: { type: 'diurnal', low: 0.1, high: 0.9, noise: 0.1, phase: 'random' } }],
        },
      ],
    });
  const a = simulate(scenario()).world;
  const b = simulate(scenario()).world;
  it('is deterministic: the same ready integrals twice', () => {
    expect(Array.from(a.vms.readyInt)).toEqual(Array.from(b.vms.readyInt));
  });
  it('keeps every host ready = Σ its VMs ready and granted = Σ granted, ready ≥ unmet, and accrues ready over the run', () => {
    const V = a.vms;
    const H = a.hosts;
    for (let h = 0; h < H.n; h++) {
      let sum = 0;
      let granted = 0;
      for (let v = H.firstVm[h]!; v >= 0; v = V.next[v]!) {
        sum += vmReadyMhz(a, v);
        granted += V.grantedMhz[v]!;
        expect(vmReadyMhz(a, v)).toBeGreaterThanOrEqual(V.wantMhz[v]! - V.grantedMhz[v]! - 1e-9);
        expect(V.grantedMhz[v]!).toBeLessThanOrEqual(V.wantMhz[v]! + 1e-9);
      }
      expect(H.readyMhz[h]!).toBeCloseTo(sum, 6);
      expect(H.grantedMhz[h]!).toBeCloseTo(granted, 6);
      // The VMs take their waits from the host's integral of its wait chance, each from its own
      // anchor: over the run (no VM moves) their ready integrals sum to the host's.
      let readyInt = 0;
      for (let v = H.firstVm[h]!; v >= 0; v = V.next[v]!) readyInt += V.readyInt[v]!;
      expect(readyInt / H.readyInt[h]!).toBeCloseTo(1, 9);
      // 7 VMs × at most 0.9 × 4000 MHz = 25,200 > 16,000: the peaks saturate; ready accrued over the run.
      expect(H.readyInt[h]!).toBeGreaterThan(0);
    }
  });
});
