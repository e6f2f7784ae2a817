/**
 * Datacenter invariants over small random scenarios (fast-check; 1–4 hosts, 1–20 VMs, random
 * templates and workloads), checked through full simulate() runs: grants within wants and
 * limits, hosts within usable capacity, non-negative integrals, time conserved, energy
 * monotone, and the incrementally maintained state equal to a full recomputation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateCpu } from '../../src/model/cpu/allocate.js';
import { vmReadyMhz } from '../../src/model/cpu/ready.js';
import { FLOW_READY_MHZ, FLOW_STRIDE, FLOW_WAIT_AT_FULL } from '../../src/model/vm-flow.js';
import { erlangC, wakeWaitMhz } from '../../src/model/cpu/run-queue.js';
import type { World } from '../../src/model/world.js';
import type { SimulationResult } from '../../src/run/simulate.js';
import { scenarioSpecArb } from '../helpers/random-scenario.js';
import { scenarioFrom, simulateLogged, vmsOnHost, type FrameLog } from '../helpers/sim.js';

const RUNS = 40;
const EPS = 1e-6;

function check(fn: (r: SimulationResult, log: FrameLog) => void): void {
  fc.assert(
    fc.property(scenarioSpecArb, (spec) => {
      const { result, log } = simulateLogged(scenarioFrom(spec));
      fn(result, log);
    }),
    { numRuns: RUNS },
  );
}

/** Names of the arrays whose entries are below zero (or NaN). */
function negatives(world: World): string[] {
  const H = world.hosts;
  const V = world.vms;
  const arrays: Record<string, Float64Array> = {
    'hosts.demandInt': H.demandInt,
    'hosts.grantedInt': H.grantedInt,
    'hosts.readyInt': H.readyInt,
    'hosts.activeInt': H.activeInt,
    'hosts.consumedInt': H.consumedInt,
    'hosts.energyInt': H.energyInt,
    'hosts.stateMs': H.stateMs,
    'vms.wantInt': V.wantInt,
    'vms.grantedInt': V.grantedInt,
    'vms.readyInt': V.readyInt,
    'vms.placedMs': V.placedMs,
  };
  return Object.entries(arrays)
    .filter(([, a]) => a.some((x) => !(x >= -EPS)))
    .map(([k]) => k);
}

describe('Datacenter (property, random scenarios through simulate)', () => {
  it('ends with every VM granted ≤ want and ≤ limit, 0 ≤ ready ≤ want − granted, and every host granted ≤ usable', () => {
    check((r) => {
      const V = r.world.vms;
      const H = r.world.hosts;
      for (let v = 0; v < V.n; v++) {
        if (V.host[v]! < 0) {
          expect(V.grantedMhz[v]).toBe(0);
          continue;
        }
        expect(V.grantedMhz[v]!).toBeLessThanOrEqual(V.wantMhz[v]! + EPS);
        expect(V.grantedMhz[v]!).toBeLessThanOrEqual(V.cpuLimitMhz[v]! + EPS);
        expect(V.flow[V.slot[v] * FLOW_STRIDE + FLOW_READY_MHZ]!).toBeGreaterThanOrEqual(-EPS);
        expect(V.flow[V.slot[v] * FLOW_STRIDE + FLOW_WAIT_AT_FULL]!).toBeGreaterThanOrEqual(0);
        // The columns read outside the model hold the record's integrals at the end (published by flushAll).
        expect([V.wantInt[v], V.grantedInt[v], V.readyInt[v], V.placedMs[v]]).toEqual([1, 2, 3, 4].map((k) => V.flow[V.slot[v] * FLOW_STRIDE + k]));
        // Run + ready: the demand, plus the wake-up wait where demand is CPU used; never more
        // than the vCPUs can be runnable for (f + k·C·f(1 − f) ≤ 1 per vCPU, k ≤ 1).
        expect(vmReadyMhz(r.world, v) + V.grantedMhz[v]!).toBeLessThanOrEqual(V.capMhz[v]! + EPS);
        expect(V.wantMhz[v]!).toBeLessThanOrEqual(V.capMhz[v]! + EPS);
      }
      for (let h = 0; h < H.n; h++) expect(H.grantedMhz[h]!).toBeLessThanOrEqual(H.usableMhz[h]! + EPS);
    });
  });

  it('keeps every output interval within capacity: host granted ≤ usable and ≤ demand, utilisation ≤ 100 %', () => {
    check((r, log) => {
      const H = r.world.hosts;
      for (const f of log.frames) {
        for (let h = 0; h < H.n; h++) {
          expect(f.host.grantedMhz[h]!).toBeLessThanOrEqual(H.usableMhz[h]! * (1 + 1e-9) + EPS);
          expect(f.host.grantedMhz[h]!).toBeLessThanOrEqual(f.host.demandMhz[h]! * (1 + 1e-9) + EPS);
          expect(f.host.utilPct[h]!).toBeLessThanOrEqual(100 + 1e-6);
        }
      }
    });
  });

  it('has no negative integral, and conserves time: each host spends exactly the duration across memory states, each placed VM is placed the whole run', () => {
    check((r) => {
      expect(negatives(r.world)).toEqual([]);
      const H = r.world.hosts;
      const V = r.world.vms;
      const d = r.world.durationMs;
      for (let h = 0; h < H.n; h++) {
        let total = 0;
        for (let s = 0; s < 5; s++) total += H.stateMs[h * 5 + s]!;
        expect(total).toBe(d);
        expect(H.lastT[h]).toBe(d);
      }
      for (let v = 0; v < V.n; v++) expect(V.placedMs[v]).toBe(V.host[v]! >= 0 ? d : 0);
    });
  });

  it('accumulates energy monotonically across samples, between idle × time and max × time', () => {
    check((r, log) => {
      const H = r.world.hosts;
      let prev = new Array<number>(H.n).fill(0);
      for (const f of log.frames) {
        f.energyInt.forEach((e, h) => expect(e).toBeGreaterThanOrEqual(prev[h]!));
        f.host.energyWh.forEach((e) => expect(e).toBeGreaterThanOrEqual(0));
        prev = f.energyInt;
      }
      const d = r.world.durationMs;
      for (let h = 0; h < H.n; h++) {
        expect(H.energyInt[h]!).toBeGreaterThanOrEqual(H.idleW[h]! * d * (1 - 1e-12));
        expect(H.energyInt[h]!).toBeLessThanOrEqual(H.maxW[h]! * d * (1 + 1e-12));
      }
      const total = Array.from(H.energyInt).reduce((a, b) => a + b, 0);
      expect(r.headline.energy.itKWh).toBeCloseTo(total / 3.6e9, 9);
    });
  });

  it('samples the whole run: interval frames tile [0, duration) without gaps', () => {
    check((r, log) => {
      expect(log.frames.length).toBeGreaterThan(0);
      expect(log.frames[0]!.t0).toBe(0);
      for (let k = 1; k < log.frames.length; k++) expect(log.frames[k]!.t0).toBe(log.frames[k - 1]!.t1);
      expect(log.frames[log.frames.length - 1]!.t1).toBe(r.world.durationMs);
      expect(r.recorder.samples).toBe(log.frames.length);
    });
  });

  it('ends, on hosts that stayed in the high memory state, with the incrementally updated state equal to a full recomputation', () => {
    // The model updates uncontended hosts in O(1) (their wake-up waits through the host's chance); a
    // full allocateCpu over the host's VMs' runnable demand less their waits must agree. Restricted to hosts that never left "high": there no reclamation runs, so no vCPU
    // stalls on a reclaimed page and every VM's runnable demand is its want.
    check((r) => {
      const H = r.world.hosts;
      const V = r.world.vms;
      for (let h = 0; h < H.n; h++) {
        if (H.stateMs[h * 5]! !== r.world.durationMs) continue;
        const vms = vmsOnHost(r.world, h);
        const n = vms.length;
        const want = Float64Array.from(vms, (v) => V.wantMhz[v]!);
        // Wake-up waits (model/cpu/run-queue.ts): taken from demand where it is runnable time, added to ready where it is CPU used.
        const offered = want.reduce((a, b) => a + b, 0) + H.capacityMhz[h]! - H.usableMhz[h]! + H.migrationMhz[h]! + H.foreignMhz[h]!;
        const chance = erlangC(H.cores[h]!, offered / H.coreMhz[h]!);
        const wait = want.map((w) => wakeWaitMhz(w, H.coreMhz[h]!, H.readyPerRun[h]!, chance));
        const inDemand = H.demandIncludesWait[h] !== 0;
        const run = want.map((w, j) => (inDemand ? w - wait[j]! : w));
        const granted = new Float64Array(n);
        allocateCpu(
          n,
          run,
          Float64Array.from(vms, (v) => V.cpuLimitMhz[v]!),
          Float64Array.from(vms, (v) => V.cpuReservationMhz[v]!),
          Float64Array.from(vms, (v) => V.cpuShares[v]!),
          H.usableMhz[h]!,
          granted,
          new Uint8Array(n),
        );
        vms.forEach((v, j) => {
          expect(V.grantedMhz[v]!).toBeCloseTo(granted[j]!, 6);
          expect(vmReadyMhz(r.world, v)).toBeCloseTo(run[j]! - granted[j]! + wait[j]!, 6);
        });
        expect(H.demandMhz[h]!).toBeCloseTo(want.reduce((a, b) => a + b, 0), 6);
        expect(H.grantedMhz[h]!).toBeCloseTo(granted.reduce((a, b) => a + b, 0), 6);
        const active = vms.reduce((s, v) => s + V.activeMiB[v]!, 0);
        expect(H.activeMiB[h]!).toBeCloseTo(active, 6);
      }
    });
  });
});
