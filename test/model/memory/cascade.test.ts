/**
 * The ESXi reclamation cascade worked by hand (DOMAIN.md "Memory reclamation (ESXi flavour)":
 * sharing → balloon → compression → host swap; balloons take idle memory only, at most 65 % of
 * a VM; compression keeps pages that fit in 2 KB in a per-VM cache of at most 10 % of the VM;
 * low blocks new allocations; inter-VM sharing is off by default (salting)).
 *
 * Every host here: ESXi, 32 GiB, hypervisor overhead 0, hysteresis 10 % (memScenario), so
 *   capacity = 32,768 MiB
 *   minFree  = 899 + 0.01 × (32,768 − 28,672) = 939.96 MiB
 *   target   = (100 % + 10 % / 2) × minFree = 986.958 MiB (free memory reclamation restores)
 * and every VM: 2 vCPUs, 8 GiB, overhead 0.01 × 8192 + 8 × 2 = 97.92 MiB (hypervisor.ts),
 * active = workload memory × 8192 MiB. Sharing fractions are 0 unless a test is about sharing.
 *
 * (a)–(f) follow the cascade; (b′) compressed pages going on to swap, (e′) page-ins after
 * reclamation, (g) active memory rising into ballooned pages and (h) memory limits check that
 * the same rules hold at their edges: host RAM is never exceeded, the swap device's bandwidth
 * and the balloon cap bind every path, and a host does not stay in a state its own reclamation
 * could leave.
 */
import { describe, expect, it } from 'vitest';
import { STATE_HARD, STATE_HIGH, STATE_LOW, STATE_SOFT } from '../../../src/model/memory/min-free.js';
import { simulate } from '../../../src/run/simulate.js';
import {
  hostCapacity,
  hostFree,
  memoryViolations,
  memScenario,
  residentOf,
  startModel,
  type Started,
} from '../../helpers/memory.js';

const CAPACITY = 32_768;
const MIN_FREE = 939.96;
// Reclamation restores free memory to (100 % + hysteresis / 2) × minFree, below the 110 % a host
// needs to climb back to clear, so a host under steady pressure stays in soft (reclaim.ts).
const TARGET = 1.05 * MIN_FREE; // 986.958
const VM_MIB = 8192;
const VM_OVERHEAD = 97.92;
const NO_SHARING = { zeroPct: 0, intraPct: 0, interPct: 0 };
const TICK = 5_000; // the default memory tick

function vmTemplate(memory: Record<string, unknown>): Record<string, unknown> {
  return { vcpus: 2, memoryGiB: 8, memory: { sharing: NO_SHARING, ...memory } };
}

function group(name: string, count: number, template: string, activeFrac = 0.25): Record<string, unknown> {
  return { name, count, template, workload: { type: 'constant', cpu: 0.1, memory: activeFrac } };
}

function sum(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i];
  return s;
}

/** Advance in memory ticks to `until`, calling `each` after every tick (invariants checked too). */
function stepThrough(s: Started, until: number, each: (t: number) => void, step = TICK): void {
  for (let t = 0; t <= until; t += step) {
    s.kernel.runUntil(t);
    expect(memoryViolations(s.world, s.memory, `t=${t}`)).toEqual([]);
    each(t);
  }
}

describe('hand arithmetic of the test hosts', () => {
  it('a 32 GiB ESXi host has minFree 939.96 MiB and target 986.958 MiB; an 8 GiB 2-vCPU VM costs 97.92 MiB overhead', () => {
    const s = startModel(memScenario({ g: vmTemplate({ touchedPct: 10 }) }, [group('v', 1, 'g')]));
    expect(s.world.hosts.minFreeMiB[0]).toBeCloseTo(MIN_FREE, 9);
    expect(hostCapacity(s.world, 0)).toBe(CAPACITY);
    expect(s.world.vms.overheadMiB[0]).toBeCloseTo(VM_OVERHEAD, 9);
  });
});

describe('(a) a host pushed just into soft only balloons', () => {
  // 4 VMs touch 96.5 % of 8192 = 7905.28 MiB each: Σ touched + overheads = 4 × (7905.28 + 97.92)
  // = 32,012.8 MiB, so free without reclamation = 32,768 − 32,012.8 = 755.2 MiB = 80.3 % of
  // minFree: the soft band (64–100 %). Ballooning back to the target takes
  //   B* = 986.958 − 755.2 = 231.758 MiB,
  // well inside what balloons may take (idle = 7905.28 − 2048 = 5857.28 MiB, 65 % × 8192 = 5324.8).
  const TOUCHED = 0.965 * VM_MIB;
  const FREE_UNRECLAIMED = CAPACITY - 4 * (TOUCHED + VM_OVERHEAD);
  const B_STAR = TARGET - FREE_UNRECLAIMED;

  it('ballooned = 231.758 MiB (free back at 105 % of minFree), from idle memory only, nothing compressed or swapped', () => {
    expect(FREE_UNRECLAIMED).toBeCloseTo(755.2, 6);
    expect((FREE_UNRECLAIMED / MIN_FREE) * 100).toBeGreaterThan(64);
    expect(B_STAR).toBeCloseTo(231.758, 6);
    // Touch rate 64 MiB/s: the last VM's remaining 184.76 MiB arrive within the first 5 s tick, so
    // the whole overshoot is ballooned in one update (balloon rate 64 MiB/s × 5 s = 320 MiB per VM).
    const s = startModel(memScenario({ g: vmTemplate({ touchedPct: 96.5, touchRateMiBps: 64 }) }, [group('v', 4, 'g')]));
    stepThrough(s, 600_000, () => {
      const M = s.memory.vm;
      expect(sum(M.compressedMiB)).toBe(0);
      expect(sum(M.swappedMiB)).toBe(0);
      expect(s.world.hosts.memState[0]).toBeLessThan(STATE_HARD);
      for (let v = 0; v < 4; v++) {
        const idle = (s.world.vms.touchedMiB[v]) - (s.world.vms.activeMiB[v]);
        expect(M.balloonMiB[v]).toBeLessThanOrEqual(idle + 1e-9);
      }
    });
    expect(sum(s.world.vms.touchedMiB)).toBeCloseTo(4 * TOUCHED, 6);
    expect(sum(s.memory.vm.balloonMiB)).toBeCloseTo(B_STAR, 3);
    expect(hostFree(s.world, s.memory, 0)).toBeCloseTo(TARGET, 3);
    expect(s.world.hosts.stateMs[STATE_HARD]).toBe(0);
    expect(s.world.hosts.stateMs[STATE_LOW]).toBe(0);
  });

  it('with slow balloons (2 MiB/s per VM) the host keeps ballooning in soft until free reaches 105 % of minFree, and stays in soft (climbing needs 110 %)', () => {
    // Same host; balloons give 4 × 2 MiB/s × 5 s = 40 MiB per tick, so after the 184.76 MiB of
    // growth (touch rate 32 MiB/s) the host sits in soft for several ticks. The soft state's
    // action is ballooning until free memory is back at (100 % + hysteresis / 2) × minFree: B* again.
    const s = startModel(
      memScenario({ g: vmTemplate({ touchedPct: 96.5 }) }, [group('v', 4, 'g')], { host: { memory: { balloon: { rateMiBps: 2 } } } }),
    );
    let sawSoft = false;
    stepThrough(s, 600_000, () => {
      if (s.world.hosts.memState[0] === STATE_SOFT) sawSoft = true;
      expect(sum(s.memory.vm.compressedMiB) + sum(s.memory.vm.swappedMiB)).toBe(0);
    });
    expect(sawSoft).toBe(true);
    expect(s.world.hosts.stateMs[STATE_HARD]).toBe(0);
    expect(sum(s.memory.vm.balloonMiB)).toBeCloseTo(B_STAR, 3);
    expect(hostFree(s.world, s.memory, 0)).toBeCloseTo(TARGET, 3);
    expect(s.world.hosts.memState[0]).toBe(STATE_SOFT);
  });

  it('at the start, guests are granted what they touched until free memory reaches minFree, and the host starts in clear', () => {
    // Initial grant: Σ touched + overheads = capacity − minFree exactly (the last VM waits for the
    // remaining 184.76 MiB), free = 939.96 MiB = 100 % of minFree: the clear state (≥ 100 %).
    const s = startModel(memScenario({ g: vmTemplate({ touchedPct: 96.5 }) }, [group('v', 4, 'g')]));
    expect(hostFree(s.world, s.memory, 0)).toBeCloseTo(MIN_FREE, 6);
    expect(sum(s.memory.vm.blockedMiB)).toBeCloseTo(4 * 0.965 * VM_MIB - (CAPACITY - MIN_FREE - 4 * VM_OVERHEAD), 6);
    expect(s.world.hosts.memState[0]).toBe(1); // clear
  });
});

describe('(b) a host pushed into hard compresses before it swaps', () => {
  // 5 VMs touch all 8192 MiB, balloons off: Σ touched + overheads = 5 × 8289.92 = 41,449.6 MiB,
  // 8681.6 MiB more than the host has; restoring the target takes 8681.6 + 986.958 = 9668.558 MiB.
  // Active memory 0, so no reclaimed page is ever touched again (no page-ins, no churn).
  const DEFICIT = 5 * (VM_MIB + VM_OVERHEAD) - CAPACITY + TARGET;
  const CACHE_CAP = 0.1 * VM_MIB; // 819.2 MiB stored = 1638.4 MiB of pages at 2:1
  const SWAP_MIBPS = 20;

  function hardHost(compressiblePct: number) {
    return memScenario({ g: vmTemplate({ touchedPct: 100, compressiblePct }) }, [group('v', 5, 'g', 0)], {
      host: { memory: { balloon: { enabled: false }, swap: { bandwidthMiBps: SWAP_MIBPS } } },
    });
  }

  it('with every page compressible: a VM swaps only once its cache is full (10 % of 8 GiB = 819.2 MiB), pages stored at 2:1, swapped ≤ 20 MiB/s × elapsed', () => {
    expect(DEFICIT).toBeCloseTo(9668.558, 6);
    const s = startModel(hardHost(100));
    let sawHard = false;
    stepThrough(s, 3_600_000, (t) => {
      const M = s.memory.vm;
      if ((s.world.hosts.memState[0]) >= STATE_HARD) sawHard = true;
      for (let v = 0; v < 5; v++) {
        expect(M.compressedStoredMiB[v]).toBeLessThanOrEqual(CACHE_CAP + 1e-6);
        expect(M.compressedMiB[v]).toBeCloseTo(2 * (M.compressedStoredMiB[v]), 9);
        if ((M.swappedMiB[v]) > 0) expect(M.compressedStoredMiB[v]).toBeGreaterThanOrEqual(CACHE_CAP - 1e-6);
      }
      expect(sum(M.swappedMiB)).toBeLessThanOrEqual((SWAP_MIBPS * t) / 1000 + 1e-6);
      expect(s.memory.host.swapOutMiB[0]).toBeLessThanOrEqual((SWAP_MIBPS * t) / 1000 + 1e-6);
    });
    expect(sawHard).toBe(true);
    // At the end all five caches are full (5 × 819.2 = 4096 MiB saved) and swap holds the rest of
    // the deficit, give or take the hysteresis band (free ends between minFree and the target).
    for (let v = 0; v < 5; v++) expect(s.memory.vm.compressedStoredMiB[v]).toBeCloseTo(CACHE_CAP, 6);
    const swapped = sum(s.memory.vm.swappedMiB);
    expect(swapped).toBeGreaterThan(DEFICIT - 5 * CACHE_CAP - (TARGET - 0.32 * MIN_FREE));
    expect(swapped).toBeLessThanOrEqual(DEFICIT - 5 * CACHE_CAP + 1e-6);
  });

  it('with no compressible page nothing is compressed and swap takes it all', () => {
    const s = startModel(hardHost(0));
    stepThrough(s, 3_600_000, (t) => {
      expect(sum(s.memory.vm.compressedMiB)).toBe(0);
      expect(sum(s.memory.vm.swappedMiB)).toBeLessThanOrEqual((SWAP_MIBPS * t) / 1000 + 1e-6);
    });
    expect(sum(s.memory.vm.swappedMiB)).toBeGreaterThan(DEFICIT - (TARGET - 0.32 * MIN_FREE));
  });

  it('swap-device traffic (swap-in + swap-out) stays within bandwidth × elapsed when reclaimed pages are hot', () => {
    // Active 25 %: a quarter of the swapped pages are in the working set and are faulted back
    // (swap-in) and, in hard, pushed out again (swap-out). All of it goes through one device of
    // 1 MiB/s, so over 1 h at most 3600 MiB can move in either direction together.
    const sc = memScenario({ g: vmTemplate({ touchedPct: 100, compressiblePct: 0 }) }, [group('v', 5, 'g', 0.25)], {
      host: { memory: { balloon: { enabled: false }, swap: { bandwidthMiBps: 1 } } },
    });
    const s = startModel(sc);
    s.kernel.runUntil(3_600_000);
    const HM = s.memory.host;
    expect(sum(s.memory.vm.swappedMiB)).toBeLessThanOrEqual(3600 + 1e-6);
    expect(HM.swapOutMiB[0]).toBeLessThanOrEqual(3600 + 1e-6);
    expect((HM.swapInMiB[0]) + (HM.swapOutMiB[0])).toBeLessThanOrEqual(3600 + 1e-6);
  });
});

describe('(b′) compressed pages go to swap when nothing else is left', () => {
  it('a host whose reclaimable memory is all compression cache writes it to swap, so a reserved VM reaches its reservation', () => {
    // 6 VMs "a" touch all 8192 MiB, every page compresses, no balloon driver, cache cap 100 % (so
    // each may end as 4096 MiB of cache at 2:1), active 0. VM "b" reserves all its 8 GiB but has
    // touched nothing; its active memory is 100 %, so it touches 8192 MiB at 32 MiB/s.
    // Capacity for guests: 32,768 − 7 × 97.92 = 32,082.56 MiB; with the six caches full
    // (6 × 4096 = 24,576) only 7506.56 MiB remain for b and free memory together: b can reach
    // its reservation only if compressed pages go on to swap (200 MiB/s), as ESXi and zswap do.
    const sc = memScenario(
      {
        a: vmTemplate({ touchedPct: 100, compressiblePct: 100, balloonDriver: false }),
        b: vmTemplate({ touchedPct: 0, reservationGiB: 8 }),
      },
      [group('b', 1, 'b', 1), group('a', 6, 'a', 0)],
      { host: { memory: { compression: { cachePct: 100 } } }, duration: '2h' },
    );
    const s = startModel(sc);
    s.kernel.runUntil(3_600_000);
    expect(s.world.vms.touchedMiB[0]).toBeCloseTo(VM_MIB, 6);
    expect(s.memory.vm.blockedMiB[0]).toBe(0);
    expect(s.world.hosts.memState[0]).not.toBe(STATE_LOW);
    expect(memoryViolations(s.world, s.memory, 'end')).toEqual([]);
  });
});

describe('(c) reserved memory is never ballooned, compressed or swapped', () => {
  it('a VM reserving all its 8 GiB keeps all its pages while four others are ballooned, compressed and swapped', () => {
    // 5 × 8 GiB touched on 32 GiB: deficit 9668.558 MiB (as in (b)). Balloons may take 20 % of a VM
    // (4 × 1638.4 = 6553.6 MiB from the four unreserved VMs), so the host must go on to hard.
    const sc = memScenario(
      { r: vmTemplate({ touchedPct: 100, reservationGiB: 8 }), g: vmTemplate({ touchedPct: 100 }) },
      [group('reserved', 1, 'r'), group('v', 4, 'g')],
      { host: { memory: { balloon: { maxPct: 20 } } } },
    );
    const s = startModel(sc);
    const reserved = 0;
    expect(s.world.vms.memReservationMiB[reserved]).toBe(VM_MIB);
    stepThrough(s, 3_600_000, () => {
      const M = s.memory.vm;
      expect(M.balloonMiB[reserved]).toBe(0);
      expect(M.compressedMiB[reserved]).toBe(0);
      expect(M.swappedMiB[reserved]).toBe(0);
    });
    expect(s.world.vms.touchedMiB[reserved]).toBe(VM_MIB);
    for (let v = 1; v <= 4; v++) {
      expect(s.memory.vm.balloonMiB[v]).toBeGreaterThan(0);
      expect((s.memory.vm.compressedMiB[v]) + (s.memory.vm.swappedMiB[v])).toBeGreaterThan(0);
    }
  });
});

describe('(d) a VM without a balloon driver is never ballooned', () => {
  const templates = { nd: vmTemplate({ touchedPct: 100, balloonDriver: false }), g: vmTemplate({ touchedPct: 100 }) };
  const vms = [group('no-tools', 1, 'nd'), group('v', 4, 'g')];

  it('while balloons cover the pressure, the VM without a driver is untouched and the four others balloon', () => {
    // Deficit 9668.558 MiB < 4 × min(idle 6144, 65 % × 8192 = 5324.8) = 21,299.2: balloons suffice.
    const s = startModel(memScenario(templates, vms));
    stepThrough(s, 3_600_000, () => {
      const M = s.memory.vm;
      expect(M.balloonMiB[0]).toBe(0);
      expect((M.compressedMiB[0]) + (M.swappedMiB[0])).toBe(0);
    });
    expect(sum(s.memory.vm.compressedMiB) + sum(s.memory.vm.swappedMiB)).toBe(0);
    for (let v = 1; v <= 4; v++) expect(s.memory.vm.balloonMiB[v]).toBeGreaterThan(0);
    expect(sum(s.memory.vm.balloonMiB)).toBeGreaterThan(9668.558 - (TARGET - MIN_FREE) - 1e-6);
  });

  it('under more pressure than balloons can take (maxPct 20), it is compressed or swapped instead, still never ballooned', () => {
    const s = startModel(memScenario(templates, vms, { host: { memory: { balloon: { maxPct: 20 } } } }));
    stepThrough(s, 3_600_000, () => expect(s.memory.vm.balloonMiB[0]).toBe(0));
    const M = s.memory.vm;
    expect((M.compressedMiB[0]) + (M.swappedMiB[0])).toBeGreaterThan(0);
    for (let v = 1; v <= 4; v++) {
      expect(M.balloonMiB[v]).toBeGreaterThan(0);
      expect(M.balloonMiB[v]).toBeLessThanOrEqual(0.2 * VM_MIB + 1e-9);
    }
  });
});

describe('(e) in the low state guest allocations are blocked', () => {
  // Balloons and compression off, swap at 1 MiB/s, guests touching 200 MiB/s: the first tick's
  // growth takes free memory to ~0 (low, < 32 % of minFree = 300.8 MiB) and swap frees only
  // 5 MiB per tick, so the host stays low for long.
  const sc = memScenario({ g: vmTemplate({ touchedPct: 100, touchRateMiBps: 200 }) }, [group('v', 5, 'g')], {
    host: { memory: { balloon: { enabled: false }, compression: { enabled: false }, swap: { bandwidthMiBps: 1 } } },
  });

  it('blockedMiB > 0 while low, touched memory does not grow across an update that starts in low, resident + overheads ≤ physical memory', () => {
    const s = startModel(sc);
    let lowTicks = 0;
    let prevLow = false;
    let prevTouched: number[] = [];
    stepThrough(s, 1_800_000, () => {
      const touched = Array.from(s.world.vms.touchedMiB);
      if (prevLow) touched.forEach((x, v) => expect(x).toBe(prevTouched[v]));
      const low = s.world.hosts.memState[0] === STATE_LOW;
      if (low) {
        lowTicks++;
        expect(sum(s.memory.vm.blockedMiB)).toBeGreaterThan(0);
        expect(s.memory.host.blockedMiB[0]).toBeGreaterThan(0);
      }
      expect(hostFree(s.world, s.memory, 0)).toBeGreaterThanOrEqual(-1e-6);
      prevLow = low;
      prevTouched = touched;
    });
    expect(lowTicks).toBeGreaterThan(100);
  });

  it('simulate() reports the blocked allocations and the low-state hours in headline.memory', () => {
    const r = simulate(sc);
    expect(r.headline.memory.blockedGiBHours).toBeGreaterThan(0);
    expect(r.headline.memory.stateHours.low).toBeGreaterThan(0.5);
    expect(r.headline.memory.lowestFreeMiB).toBeLessThan(0.32 * MIN_FREE);
    expect(r.headline.memory.lowestFreeMiB).toBeGreaterThanOrEqual(-1e-6);
  });
});

describe('(e′) reclaimed hot pages must not keep a host in low', () => {
  it('with ample swap bandwidth (2000 MiB/s) and hot swapped pages, guests still get all they touch and the host leaves low', () => {
    // 6 VMs touch all 8192 MiB (active 50 %), balloons off, nothing compresses: Σ touched +
    // overheads = 6 × 8289.92 = 49,739.5 MiB on 32,768 MiB, so ~18 GiB must go to swap. The
    // guests grow at 6 × 32 MiB/s and swap can write 2000 MiB/s, so within minutes everything is
    // touched (6 × 8192 = 49,152 MiB) and free memory is back between minFree and the target.
    // Hot swapped pages are read back (active / touched = 50 % of them, once per 60 s), but only
    // into memory the host can spare: page-ins must not undo the reclamation they follow.
    const sc = memScenario({ g: vmTemplate({ touchedPct: 100, compressiblePct: 0 }) }, [group('v', 6, 'g', 0.5)], {
      host: { memory: { balloon: { enabled: false }, swap: { bandwidthMiBps: 2000 } } },
      duration: '2h',
    });
    const s = startModel(sc);
    s.kernel.runUntil(7_200_000);
    s.dc.flushAll(7_200_000);
    expect(sum(s.world.vms.touchedMiB)).toBeCloseTo(6 * VM_MIB, 6);
    expect(s.memory.host.blockedMiB[0]).toBe(0);
    expect(s.world.hosts.memState[0]).toBeLessThan(STATE_HARD);
    // Less than 5 % of the two hours in low.
    expect(s.world.hosts.stateMs[STATE_LOW]).toBeLessThan(0.05 * 7_200_000);
  });
});

describe('(f) ESXi page sharing: intra-VM only by default, never in the high state', () => {
  // 4 VMs touch 95 % of 8192 = 7782.4 MiB: Σ touched = 31,129.6, + 391.68 overheads = 31,521.28,
  // free = 1246.72 MiB = 132.6 % of minFree: clear, where ESXi shares. Sharing fractions zero 5 %,
  // intra 2 %, inter 15 %, scanned over shareScanTime = 60 min (the default).
  const sharing = { zeroPct: 5, intraPct: 2, interPct: 15 };
  const TOUCHED = 0.95 * VM_MIB;
  const FREE0 = CAPACITY - 4 * (TOUCHED + VM_OVERHEAD);
  // The CPU level changes every step (uniform 10–20 %), so the host is recomputed at least every
  // 5 min whatever the memory ticks do; active memory stays 25 % (below touched).
  const busy = (name: string, count: number, template: string) => ({
    name,
    count,
    template,
    workload: { type: 'uniform', min: 0.1, max: 0.2, memory: 0.25 },
  });
  const host = (interVmSharing: boolean, vms: Array<Record<string, unknown>> = [busy('v', 4, 'g')]) =>
    memScenario({ g: { vcpus: 2, memoryGiB: 8, memory: { touchedPct: 95, sharing } } }, vms, {
      host: { memory: { interVmSharing } },
      duration: '3h',
    });

  it('with salting (default) shared = (zero + intra) × touched = 0.07 × 31,129.6 = 2179.07 MiB after one scan time, half of it after 30 min', () => {
    expect(FREE0).toBeCloseTo(1246.72, 6);
    const s = startModel(host(false));
    expect(s.world.hosts.memState[0]).toBe(1); // clear
    s.kernel.runUntil(1_800_000);
    expect(sum(s.memory.vm.sharedMiB)).toBeCloseTo(0.5 * 0.07 * 4 * TOUCHED, 3);
    s.kernel.runUntil(7_200_000);
    expect(sum(s.memory.vm.sharedMiB)).toBeCloseTo(0.07 * 4 * TOUCHED, 6);
    // Free = 1246.72 + 2179.07 = 3425.79 MiB = 364 % of minFree: still clear (high needs 410 %).
    expect(s.world.hosts.memState[0]).toBe(1);
    expect(memoryViolations(s.world, s.memory, 'end')).toEqual([]);
  });

  it('with interVmSharing: true more is shared: at 20 min 0.1825 / 0.07 = 2.607 times as much (inter adds 15 % × 3/4)', () => {
    // Potential per VM with 4 VMs of one guest OS: touched × (0.05 + 0.02 + 0.15 × (4 − 1) / 4)
    // = touched × 0.1825. At 20 min one third of it: 4 × 7782.4 × 0.1825 / 3 = 1893.72 MiB, free
    // 3140.4 MiB = 334 %: still clear.
    const salted = startModel(host(false));
    const open = startModel(host(true));
    for (let t = 0; t <= 10_800_000; t += 60_000) {
      salted.kernel.runUntil(t);
      open.kernel.runUntil(t);
      expect(sum(open.memory.vm.sharedMiB)).toBeGreaterThanOrEqual(sum(salted.memory.vm.sharedMiB) - 1e-9);
      if (t === 1_200_000) {
        expect(sum(open.memory.vm.sharedMiB)).toBeCloseTo((4 * TOUCHED * 0.1825) / 3, 3);
        expect(sum(open.memory.vm.sharedMiB) / sum(salted.memory.vm.sharedMiB)).toBeCloseTo(0.1825 / 0.07, 6);
      }
    }
    expect(sum(open.memory.vm.sharedMiB)).toBeGreaterThan(sum(salted.memory.vm.sharedMiB) + 100);
  });

  it('a host that leaves high while nothing else changes (constant workloads) still shares over shareScanTime', () => {
    // Same host, constant workloads: no step recomputes it, so only the memory ticks can drive the
    // scanner. The host is in clear from t = 0 (132.6 % of minFree), so after 2 h the 60-min scan
    // has realised the whole (zero + intra) potential: 2179.07 MiB.
    const s = startModel(host(false, [group('v', 4, 'g')]));
    expect(s.world.hosts.memState[0]).toBe(1); // clear
    s.kernel.runUntil(7_200_000);
    expect(sum(s.memory.vm.sharedMiB)).toBeCloseTo(0.07 * 4 * TOUCHED, 3);
  });

  it('a host that stays in the high state shares nothing, whatever its guests could share', () => {
    // 4 × 85 % of 8192 = 27,852.8 MiB touched + 391.68 = 28,244.48: free 4523.52 MiB = 481 % ≥ 400.
    const s = startModel(
      memScenario({ g: { vcpus: 2, memoryGiB: 8, memory: { touchedPct: 85, sharing } } }, [busy('v', 4, 'g')], {
        host: { memory: { interVmSharing: true } },
        duration: '3h',
      }),
    );
    stepThrough(s, 10_800_000, () => {
      expect(s.world.hosts.memState[0]).toBe(STATE_HIGH);
      expect(sum(s.memory.vm.sharedMiB)).toBe(0);
    }, 60_000);
    s.dc.flushAll(10_800_000);
    expect(s.world.hosts.stateMs[STATE_HIGH]).toBe(10_800_000);
  });
});

describe('(g) active memory rising into ballooned memory', () => {
  it('never takes resident + overheads beyond the host RAM (balloons give pages back only as memory allows)', () => {
    // 5 VMs × 8 GiB touched on 32 GiB: balloons take ~9.7 GiB while active memory is 10 %. Active
    // memory then climbs to 90 % at noon in hourly steps (+~800 MiB per VM per step): pages the
    // balloons hold become active, but host RAM cannot grow, and swap writes only 1 MiB/s.
    const sc = memScenario(
      { g: vmTemplate({ touchedPct: 100, compressiblePct: 0 }) },
      [{ name: 'v', count: 5, template: 'g', workload: { type: 'diurnal', low: 0.1, high: 0.2, peakHour: 12, memory: 0.1, memoryHigh: 0.9 } }],
      { host: { memory: { compression: { enabled: false }, swap: { bandwidthMiBps: 1 } } }, duration: '1d', step: '1h' },
    );
    const s = startModel(sc);
    let lowest = Infinity;
    for (let t = 0; t <= 86_400_000; t += 60_000) {
      s.kernel.runUntil(t);
      lowest = Math.min(lowest, hostFree(s.world, s.memory, 0));
    }
    expect(sum(s.memory.vm.balloonMiB)).toBeGreaterThan(0);
    expect(lowest).toBeGreaterThanOrEqual(-1e-6);
    expect(s.world.hosts.minFreeSeenMiB[0]).toBeGreaterThanOrEqual(-1e-6);
  });
});

describe('(h) memory limits', () => {
  it('a VM over its limit is ballooned no further than balloon.maxPct of its memory; swap takes the rest', () => {
    // One 8 GiB VM limited to 2 GiB on a 64 GiB host (no host pressure), touched 100 %, active
    // 10 % (819.2 MiB): 6144 MiB must leave it. Balloons may take at most maxPct 10 % × 8192 =
    // 819.2 MiB (DOMAIN.md: a balloon reclaims at most a configured share of the VM), so swap
    // (200 MiB/s) takes at least 6144 − 819.2 = 5324.8 MiB.
    const sc = memScenario({ g: vmTemplate({ touchedPct: 100, limitGiB: 2 }) }, [group('v', 1, 'g', 0.1)], {
      host: { memoryGiB: 64, memory: { balloon: { maxPct: 10 } } },
    });
    const s = startModel(sc);
    stepThrough(s, 600_000, () => {
      expect(s.memory.vm.balloonMiB[0]).toBeLessThanOrEqual(0.1 * VM_MIB + 1e-6);
    });
    expect(residentOf(s.world, s.memory, 0)).toBeCloseTo(2048, 6);
    expect(s.memory.vm.swappedMiB[0]).toBeGreaterThanOrEqual(6144 - 819.2 - 1e-6);
  });
});
