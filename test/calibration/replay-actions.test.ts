/**
 * Operator actions replayed (replay/operator-events.ts): the capture of operator-capture.ts
 * becomes scenario events at the times the actions happened, the simulated balloon follows the
 * balloon.current the capture read, and what cannot be replayed is a warning naming it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importTrace } from '../../src/calibration/import/index.js';
import { gridOf, type Grid } from '../../src/calibration/resample.js';
import { buildReplay } from '../../src/calibration/replay/build-scenario.js';
import { evaluate, writePlanFiles } from '../../src/calibration/replay/evaluate.js';
import type { CalibrationTrace } from '../../src/calibration/trace.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
import { domstatsText } from './helpers.js';
import { operatorCapture } from './operator-capture.js';

function replay(trace: CalibrationTrace) {
  const g = gridOf(trace) as Grid;
  const plan = buildReplay(trace, g);
  const dir = tempDir('replay-actions');
  writePlanFiles(plan, dir);
  return { plan, run: evaluate(plan, null, dir) };
}

const trace = importTrace(operatorCapture());
const withoutActions: CalibrationTrace = { ...trace, hosts: trace.hosts.map((h) => ({ ...h, actions: [] })) };

describe('the replay of a capture with operator actions', () => {
  const { plan, run } = replay(trace);

  it('carries them as scenario events at their times (+1 ms, after the reading taken then)', () => {
    expect(plan.spec.events).toEqual([
      { at: '10901ms', type: 'balloon-target', vm: 'dc1/replay/vm-idle-001', targetMiB: 96 },
      { at: '17001ms', type: 'vm-power', vm: 'dc1/replay/vm-onoff-001', state: 'off' },
      { at: '25001ms', type: 'vm-power', vm: 'dc1/replay/vm-onoff-001', state: 'on' },
      { at: '26901ms', type: 'balloon-target', vm: 'dc1/replay/vm-idle-001', targetMiB: 128 },
      { at: '30001ms', type: 'hot-add', vm: 'dc1/replay/vm-onoff-001', addVcpus: 1 },
      // The migration cannot be replayed; the VM's readings stop at 36 s: it leaves then.
      { at: '36001ms', type: 'delete-vms', group: 'dc1/replay/vm-idle', count: 1 },
    ]);
    const templates = plan.spec.templates as Record<string, Record<string, unknown>>;
    expect(templates['vm-onoff']).toMatchObject({ vcpus: 1, hotAdd: { cpu: true, memory: true }, bootTime: '1ms' });
  });

  it('names what it cannot replay in a warning', () => {
    expect(plan.warnings).toEqual([
      expect.stringMatching(/^not replayed: 'migrate --live vm-idle qemu\+ssh:\/\/kvm-02\/system' on vm-idle at 36\.500 s \(.*events\.txt:8\): the destination is not a host of this trace/),
    ]);
  });

  it('vm-onoff demands nothing while shut off (cells 9–12) and half a core, as 0.25 of 2 vCPUs, after the vCPU hot-add (cells 15–18)', () => {
    expect(Array.from(plan.demand.get('vm-onoff')!)).toEqual([...new Array(9).fill(0.5), 0, 0, 0, 0, 0.5, 0.5, 0.25, 0.25, 0.25, 0.25]);
    const granted = Array.from(run.simulated.vmGrantedCores.get('vm-onoff')!);
    for (const x of granted.slice(9, 12)) expect(x).toBeNaN(); // powered off: on no host
    // Cell 15 starts 1 ms before the hot-add: 1 ms at 0.25 of 1 vCPU, 1999 ms at 0.25 of 2.
    expect(granted[15]).toBeCloseTo((1 * 0.25 + 1999 * 0.5) / 2000, 9);
    for (const x of granted.slice(16)) expect(x).toBeCloseTo(0.5, 9);
  });

  it('the simulated balloon follows balloon.current: 32 MiB = (131072 − 98304) KiB in cells 6–12, none before 5 and after 13', () => {
    const obs = Array.from(plan.observed[0]!.balloon);
    const sim = Array.from(run.simulated.hosts[0]!.balloon);
    for (const k of [6, 7, 8, 9, 10, 11, 12]) {
      expect(obs[k]).toBe(32);
      expect(sim[k]).toBeCloseTo(32, 9);
    }
    for (const k of [0, 1, 2, 3, 4, 14, 15, 16, 17, 18]) {
      expect(obs[k]).toBe(0);
      expect(sim[k]).toBeCloseTo(0, 9);
    }
    const balloon = run.errors.find((e) => e.metric === 'balloon')!;
    expect(balloon.n).toBe(19);
    expect(balloon.rmse).toBeLessThan(1);
  });

  it('without the actions the balloon is never set: RMSE = RMS of the observed, √((7 × 32² + 2 × 16²) / 19) MiB', () => {
    const bare = replay(withoutActions).run;
    const balloon = bare.errors.find((e) => e.metric === 'balloon')!;
    expect(Array.from(bare.simulated.hosts[0]!.balloon).every((x) => x === 0)).toBe(true);
    expect(balloon.rmse).toBeCloseTo(Math.sqrt((7 * 32 ** 2 + 2 * 16 ** 2) / 19), 9);
  });
});

describe('dcsim replay on the capture with operator actions', () => {
  it('prints what it cannot replay, writes the events into scenario.yaml, and that scenario runs, its log holding the balloon targets', async () => {
    const dir = tempDir('replay-actions-cli');
    const r = await runCli(['replay', operatorCapture(), '--out', 'out'], dir);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: not replayed: 'migrate --live vm-idle qemu\+ssh:\/\/kvm-02\/system' on vm-idle at 36\.500 s/);
    const spec = parse(readFileSync(join(dir, 'out/scenario.yaml'), 'utf8')) as { events: { type: string }[] };
    expect(spec.events.map((e) => e.type)).toEqual(['balloon-target', 'vm-power', 'vm-power', 'balloon-target', 'hot-add', 'delete-vms']);
    const again = await runCli(['run', join('out', 'scenario.yaml'), '--out', 'rerun', '--quiet'], dir);
    expect(again.code).toBe(0);
    const log = readFileSync(join(dir, 'rerun/events.ndjson'), 'utf8');
    expect(log.match(/vm\.balloon-target-set/g)).toHaveLength(2);
    expect(log).toMatch(/vm\.hot-added/);
    expect(log).not.toMatch(/skipped|refused/);
  });
});

describe('changes seen only in domstats text (no command log)', () => {
  it('a memory hot plug (balloon.maximum and balloon.current 256 → 512 MiB together) is a hot-add before the target; fewer vCPUs a hot-remove', () => {
    const snaps = Array.from({ length: 12 }, (_, k) => ({
      tMs: 1_800_000_000_000 + k * 10_000,
      domains: {
        g: {
          'state.state': 1,
          'cpu.time': k * 5e9,
          'vcpu.current': k >= 8 ? 1 : 2,
          'balloon.maximum': k >= 5 ? 524288 : 262144,
          'balloon.current': k >= 5 ? 524288 : 262144,
        },
      },
    }));
    const file = join(tempDir('hotplug'), 'hotplug.txt');
    writeFileSync(file, `CPU model:           x86_64\nCPU(s):              4\nCPU frequency:       2400 MHz\nMemory size:         8388608 KiB\n\n${domstatsText(snaps)}`);
    const trace = importTrace(file);
    expect(trace.hosts[0]!.actions.map((a) => [a.tMs, a.kind, a.value])).toEqual([
      [40_000, 'max-memory', 512],
      [40_000, 'balloon-target', 512],
      [70_000, 'vcpus', 1],
    ]);
    const { plan, run } = replay(trace);
    expect(plan.spec.events).toEqual([
      { at: '40001ms', type: 'hot-add', vm: 'dc1/replay/g-001', addMemoryGiB: 0.25 },
      { at: '40001ms', type: 'balloon-target', vm: 'dc1/replay/g-001', targetMiB: 512 },
      { at: '70001ms', type: 'hot-remove', vm: 'dc1/replay/g-001', removeVcpus: 1 },
    ]);
    expect(plan.warnings.filter((w) => w.startsWith('not replayed'))).toEqual([]);
    // Half a core: a quarter of 2 vCPUs, then half of 1 from the 70 s boundary (cell 7) on.
    expect(Array.from(plan.demand.get('g')!)).toEqual([0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.5, 0.5, 0.5, 0.5]);
    // On a host with room (virsh nodeinfo: 4 CPUs, 8 GiB), 1 vCPU at half of it from cell 8 on: half a core.
    for (const x of run.simulated.vmGrantedCores.get('g')!.slice(8)) expect(x).toBeCloseTo(0.5, 9);
    expect(run.errors.find((e) => e.metric === 'balloon')!.rmse).toBe(0);
  });
});
