/**
 * scenarios/kvm-absolute-demand.yaml as shipped: the same absolute demand (2,600 MHz per vCPU
 * reference) on 2.0 and 3.2 GHz KVM hosts, and the run-queue wait below saturation with a
 * foreign load. What its comment claims is what the run shows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/run/simulate.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { SCENARIOS_DIR } from '../../helpers/sim.js';

describe('scenarios/kvm-absolute-demand.yaml', () => {
  const r = simulate(loadScenario(join(SCENARIOS_DIR, 'kvm-absolute-demand.yaml')));
  const [slow, fast, agent] = r.clusterHeadlines;

  it('asks the same GHz on both speeds, which fills the 2.0 GHz hosts more (at most 3.2 / 2.0 times; less where they saturate)', () => {
    expect(Math.abs(slow!.cpu.meanDemandGHz - fast!.cpu.meanDemandGHz) / fast!.cpu.meanDemandGHz).toBeLessThan(0.02);
    expect(slow!.cpu.meanUtilPct / fast!.cpu.meanUtilPct).toBeGreaterThan(1.3);
    expect(slow!.cpu.meanUtilPct / fast!.cpu.meanUtilPct).toBeLessThanOrEqual(1.6);
    expect(slow!.cpuReady.meanPct).toBeGreaterThan(fast!.cpuReady.meanPct);
  });

  it('the 3.2 GHz hosts never saturate, yet their vCPUs wait (the run-queue wait is on by default), and more beside a foreign load', () => {
    expect(fast!.cpu.peakUtilPct).toBeLessThan(100);
    expect(agent!.cpu.peakUtilPct).toBeLessThan(100);
    expect(fast!.cpuReady.meanPct).toBeGreaterThan(0);
    expect(agent!.cpuReady.meanPct).toBeGreaterThan(fast!.cpuReady.meanPct);
    // Below saturation a wait is a fraction of the run time, well inside the "fine" band here.
    expect(agent!.cpuReady.meanPct).toBeLessThan(2.5);
  });
});
