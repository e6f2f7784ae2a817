/**
 * `stopWhenIdle` (model/workload/idle-stop.ts): a VM whose trace reads 0 for a whole interval
 * after the start is powered off for good, as CloudSim's PlanetLab examples deallocate it; and
 * power `offWhenEmpty`: a host left with no VMs draws 0 W from then on.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idleStopMs } from '../../../src/model/workload/idle-stop.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import { simulate } from '../../../src/run/simulate.js';
import { scenarioFrom, tempDir } from '../../helpers/sim.js';

const T = (n: number): Float64Array => Float64Array.from({ length: n }, (_, i) => i * 300_000);

describe('idleStopMs(timesMs, cpu)', () => {
  it('the first sample after the start that reads 0 and is followed by a 0', () => {
    expect(idleStopMs(T(6), [0.2, 0, 0.1, 0, 0, 0.3])).toBe(900_000);
  });
  it('a 0 at the start does not count (CloudSim first checks one interval in), a single 0 does not stop', () => {
    expect(idleStopMs(T(4), [0, 0, 0, 0.1])).toBe(300_000);
    expect(idleStopMs(T(4), [0, 0.5, 0, 0.1])).toBeNull();
  });
  it('the last sample is held, so a final 0 stops the VM there', () => {
    expect(idleStopMs(T(3), [0.1, 0.2, 0])).toBe(600_000);
  });
  it('property: the stop is a sample after the start reading 0 before a 0 (or the end), and no earlier one is', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(0, 0, 0.01, 0.5), { minLength: 1, maxLength: 40 }), (levels) => {
        const t = T(levels.length);
        const at = idleStopMs(t, levels);
        const idle = (i: number): boolean => i > 0 && levels[i] === 0 && (i + 1 === levels.length || levels[i + 1] === 0);
        const first = levels.findIndex((_, i) => idle(i));
        expect(at).toBe(first < 0 ? null : t[first]);
      }),
    );
  });
});

/** Two VMs on one 2-core 1000 MHz host, planetlab files of 300 s samples in a temp folder. */
function twoVmRun(stopWhenIdle: boolean, offWhenEmpty: boolean) {
  const dir = tempDir('idle-stop');
  mkdirSync(join(dir, 'day'));
  // a: stops at 600 s (0, 0 at samples 2 and 3); b: a single 0 at sample 1, stops at 1200 s.
  writeFileSync(join(dir, 'day', 'a'), '50\n20\n0\n0\n40\n40\n');
  writeFileSync(join(dir, 'day', 'b'), '100\n0\n10\n30\n0\n0\n');
  const scenario = scenarioFrom(
    {
      name: 'idle',
      seed: 1,
      start: '2026-03-02T00:00:00Z',
      duration: '30m',
      step: '5m',
      templates: { t: { vcpus: 1, memoryGiB: 1 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit' },
          hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 2, mhz: 1000, memoryGiB: 16, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 200, offWhenEmpty } }],
          vms: [{ name: 'v', count: 2, template: 't', workload: { type: 'trace', format: 'planetlab', path: 'day', stopWhenIdle } }],
        },
      ],
    },
    dir,
  );
  const events: ModelEvent[] = [];
  const result = simulate(scenario, { attach: () => ({ observers: [{ event: (e) => void events.push(e) }] }) });
  return { result, offs: events.filter((e) => e.type === 'vm.powered-off').map((e) => [e.vm, e.t]) };
}

describe('stopWhenIdle and offWhenEmpty in a run', () => {
  it('each VM is powered off at its idle sample; the host then runs only the other', () => {
    const { result, offs } = twoVmRun(true, false);
    expect(offs).toEqual([
      ['dc1/c1/v-001', 600_000],
      ['dc1/c1/v-002', 1_200_000],
    ]);
    // Granted MHz·s: a 0.5, 0.2 of 1000 MHz for 300 s each; b 1.0, 0, 0.1, 0.3 for 300 s each.
    // Samples are stored as float32: agreement to 1e-7 relative.
    const want = (500 + 200 + 1000 + 0 + 100 + 300) * 300;
    expect(Math.abs(result.world.hosts.grantedInt[0]! / 1000 - want) / want).toBeLessThan(1e-7);
  });

  it('offWhenEmpty: 0 W once both are gone; without it the empty host draws its idle 100 W', () => {
    // Busy cores per 300 s interval: 1.5, 0.2, 0.1, 0.3, then empty for two intervals.
    const busyW = [1.5, 0.2, 0.1, 0.3].map((c) => 100 + 100 * (c / 2)).reduce((a, b) => a + b, 0) * 300;
    const off = twoVmRun(true, true).result.world.hosts.energyInt[0]! / 1000;
    const on = twoVmRun(true, false).result.world.hosts.energyInt[0]! / 1000;
    expect(Math.abs(off - busyW) / busyW).toBeLessThan(1e-7);
    expect(Math.abs(on - (busyW + 2 * 300 * 100)) / busyW).toBeLessThan(1e-7);
  });

  it('without stopWhenIdle both VMs replay to the end', () => {
    expect(twoVmRun(false, true).offs).toEqual([]);
  });
});
