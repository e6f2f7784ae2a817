/**
 * Integrate at change points (ARCHITECTURE.md decision 5): a VM's demand integral over a run
 * equals Σ level × vCPU capacity × time at that level, recomputed here independently from the
 * workload's own level function, for stepped workloads with aligned and random phases.
 */
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/model/build.js';
import { flushHostRates, flushHostStateEnergy, flushVmIntegrals, publishVmIntegrals, waitChanceIntAt } from '../../src/model/integrals.js';
import { HOST_STATES } from '../../src/model/lifecycle.js';
import { FLOW_CHANCE_ANCHOR, FLOW_READY_MHZ, FLOW_STRIDE, FLOW_WAIT_AT_FULL } from '../../src/model/vm-flow.js';
import type { HostArrays, VmArrays } from '../../src/model/world.js';
import { steppedLevel } from '../../src/model/workload/levels.js';
import { simulate } from '../../src/run/simulate.js';
import { clusterScenario } from '../helpers/sim.js';

const STEP = 300_000;

describe('VM integrals of stepped workloads', () => {
  // 64 cores × 1000 MHz, 1-vCPU VMs: never contended, so granted = want and ready = 0.
  const scenario = clusterScenario(
    { one: { vcpus: 1, memoryGiB: 1 } },
    [
      { name: 'ua', count: 4, template: 'one', workload: { type: 'uniform', min: 0, max: 1 } },
      { name: 'ur', count: 4, template: 'one', workload: { type: 'uniform', min: 0, max: 1, phase: 'random' } },
      { name: 'rw', count: 4, template: 'one', workload: { type: 'random-walk', start: 0.5, sigma: 0.1, phase: 'random' } },
      { name: 'di', count: 4, template: 'one', workload: { type: 'diurnal', low: 0.1, high: 0.9, noise: 0.2, phase: 'random' } },
      // Aligned groups of three kinds after 'ua': one batch of four runs, each its own kind's loop.
      { name: 'ra', count: 3, template: 'one', workload: { type: 'random-walk', start: 0.4, sigma: 0.1 } },
      { name: 'da', count: 3, template: 'one', workload: { type: 'diurnal', low: 0.2, high: 0.7, noise: 0.1 } },
      { name: 'ub', count: 2, template: 'one', workload: { type: 'uniform', min: 0.2, max: 0.6 } },
    ],
    { cores: 64, mhz: 1000, duration: '6h', step: '5m', maxVcpuPerCore: null },
  );
  const r = simulate(scenario);

  /** Σ level(k) × 1000 MHz × time in force, from the level function itself. */
  function expectedWantInt(v: number): number {
    const { world, workload: w } = buildWorld(scenario);
    const mem = new Float64Array(world.vms.n);
    const phase = w.phaseMs[v]!;
    const d = world.durationMs;
    // Counter 0 holds from 0 to the first boundary (φ, or one step for φ = 0).
    let t = 0;
    let next = phase > 0 ? phase : STEP;
    let level = steppedLevel(w, v, 0, 0, world.startEpochMs, mem);
    let sum = 0;
    for (let k = 1; t < d; k++) {
      const end = Math.min(next, d);
      sum += level * 1000 * (end - t);
      t = end;
      if (t >= d) break;
      level = steppedLevel(w, v, k, t, world.startEpochMs, mem);
      next = t + STEP;
    }
    return sum;
  }

  it('equals Σ level × capacity × time for every VM, aligned and random phases alike', () => {
    for (let v = 0; v < r.world.vms.n; v++) {
      const expected = expectedWantInt(v);
      expect(Math.abs(r.world.vms.wantInt[v]! - expected)).toBeLessThanOrEqual(1e-9 * expected + 1e-6);
    }
  });

  it('grants all of it on an uncontended host: grantedInt = wantInt, readyInt = 0', () => {
    for (let v = 0; v < r.world.vms.n; v++) {
      expect(r.world.vms.grantedInt[v]).toBeCloseTo(r.world.vms.wantInt[v]!, 3);
      expect(r.world.vms.readyInt[v]).toBe(0);
    }
  });

  it('sums the VMs into the host: host demandInt = Σ VM wantInt', () => {
    const sum = Array.from(r.world.vms.wantInt).reduce((a, b) => a + b, 0);
    expect(r.world.hosts.demandInt[0]! / sum).toBeCloseTo(1, 12);
  });
});

describe('integral functions (model/integrals.ts), by hand', () => {
  // One host, one VM on it: the VM's record and the host's columns, nothing else.
  const host = () => ({
    lastT: new Float64Array(1), waitChance: new Float64Array(1), waitChanceInt: new Float64Array(1),
    demandInt: new Float64Array(1), grantedInt: new Float64Array(1), readyInt: new Float64Array(1), activeInt: new Float64Array(1),
    consumedInt: new Float64Array(1), energyInt: new Float64Array(1), demandMhz: new Float64Array(1), grantedMhz: new Float64Array(1),
    readyMhz: new Float64Array(1), activeMiB: new Float64Array(1), consumedMiB: new Float64Array(1), powerW: new Float64Array(1),
    state: new Uint8Array(1), energyByStateInt: new Float64Array(HOST_STATES.length), energyStateMark: new Float64Array(1),
  }) as unknown as HostArrays;
  const vm = () => ({
    host: Int32Array.of(0), slot: Int32Array.of(0), wantMhz: Float64Array.of(1000), grantedMhz: Float64Array.of(800), flow: new Float64Array(FLOW_STRIDE),
    wantInt: new Float64Array(1), grantedInt: new Float64Array(1), readyInt: new Float64Array(1), placedMs: new Float64Array(1),
  }) as unknown as VmArrays;

  it('a VM takes its wake-up wait from the host chance integral since its anchor: 200 unmet + 100 × (0.5 for 1 s, then 0.2 for 3 s)', () => {
    const H = host();
    const V = vm();
    V.flow[FLOW_READY_MHZ] = 200;
    V.flow[FLOW_WAIT_AT_FULL] = 100;
    H.waitChance[0] = 0.5;
    flushHostRates(H, 0, 1000);
    H.waitChance[0] = 0.2;
    // The VM was not visited when the chance moved; flushed at 4 s it reads the host's integral so far.
    expect(waitChanceIntAt(H, 0, 4000)).toBeCloseTo(0.5 * 1000 + 0.2 * 3000, 9);
    flushVmIntegrals(V, H, 0, 4000);
    publishVmIntegrals(V, 0);
    expect(V.readyInt[0]).toBeCloseTo(200 * 4000 + 100 * (0.5 * 1000 + 0.2 * 3000), 6);
    expect([V.wantInt[0], V.grantedInt[0], V.placedMs[0]]).toEqual([1000 * 4000, 800 * 4000, 4000]);
    expect(V.flow[FLOW_CHANCE_ANCHOR]).toBe(waitChanceIntAt(H, 0, 4000));
  });

  it('energy by lifecycle state is taken at state changes and sums to the energy integral', () => {
    const H = host();
    H.powerW[0] = 300;
    flushHostRates(H, 0, 2000);
    flushHostStateEnergy(H, 0);
    H.state[0] = 3;
    H.powerW[0] = 10;
    flushHostRates(H, 0, 5000);
    flushHostStateEnergy(H, 0);
    expect(H.energyByStateInt[0]).toBe(300 * 2000);
    expect(H.energyByStateInt[3]).toBe(10 * 3000);
    expect(Array.from(H.energyByStateInt).reduce((a, b) => a + b, 0)).toBe(H.energyInt[0]);
  });
});
