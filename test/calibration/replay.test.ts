/**
 * Replay: traces into scenarios the normal loader accepts, VM demand from differenced counters
 * (a guest using 1e9 ns of CPU per second on one vCPU replays as one busy core; resets and gaps
 * make no spikes), and `dcsim replay` on the real capture.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importTrace } from '../../src/calibration/import/index.js';
import { gridOf, type Grid } from '../../src/calibration/resample.js';
import { buildReplay } from '../../src/calibration/replay/build-scenario.js';
import { evaluate, planScenario, writePlanFiles } from '../../src/calibration/replay/evaluate.js';
import type { CalibrationTrace } from '../../src/calibration/trace.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
import { CAPTURE, HAS_CAPTURE, domstatsText } from './helpers.js';

const T0 = 1_800_000_000_000;

/** A trace file of one 2-vCPU VM whose cpu.time grows by `perSecondNs` per second, every 10 s. */
function busyGuest(counter: (k: number) => number | null, snapshots = 30): string {
  const dir = tempDir('busy');
  const file = join(dir, 'busy.txt');
  const snaps = [];
  for (let k = 0; k < snapshots; k++) {
    const v = counter(k);
    if (v === null) continue; // a missed sample: a gap
    snaps.push({ tMs: T0 + k * 10_000, domains: { guest: { 'state.state': 1, 'cpu.time': v, 'vcpu.current': 2, 'balloon.maximum': 1048576, 'balloon.current': 1048576 } } });
  }
  writeFileSync(file, domstatsText(snaps));
  return file;
}

function replay(trace: CalibrationTrace) {
  const g = gridOf(trace) as Grid;
  const plan = buildReplay(trace, g);
  const dir = tempDir('plan');
  writePlanFiles(plan, dir);
  return { plan, run: evaluate(plan, null, dir) };
}

describe('replay of differenced counters', () => {
  it('a guest whose cpu.time grows by 1e9 ns per second on one of its two vCPUs replays as one busy core', () => {
    const trace = importTrace(busyGuest((k) => 7e12 + k * 1e10));
    const { plan, run } = replay(trace);
    expect(plan.grid).toEqual({ stepMs: 10_000, cells: 29 });
    expect(Array.from(plan.demand.get('guest')!)).toEqual(new Array(29).fill(0.5));
    const granted = run.simulated.vmGrantedCores.get('guest')!;
    for (const x of granted) expect(x).toBeCloseTo(1, 9);
    // Host sized to the VM's 2 vCPUs: one core busy + the 2 % type-1 overhead.
    for (const x of run.simulated.hosts[0]!.cpu) expect(x).toBeCloseTo(52, 9);
    expect(plan.notes.join()).toMatch(/host CPUs unknown; sized to the VMs' 2 vCPUs/);
  });

  it('a counter reset and a gap of five missed samples produce no spike: demand never above the true 50 %', () => {
    const counter = (k: number): number | null => {
      if (k >= 10 && k < 15) return null; // gap
      return k < 20 ? 7e12 + k * 1e10 : (k - 20) * 1e10 + 3e9; // QEMU restarted at k = 20
    };
    const trace = importTrace(busyGuest(counter));
    expect(trace.notes.join()).toMatch(/1 × guest cpu.time interval with a counter reset/);
    const { plan, run } = replay(trace);
    const d = Array.from(plan.demand.get('guest')!);
    expect(Math.max(...d)).toBeCloseTo(0.5, 12);
    expect(Math.min(...d)).toBeCloseTo(0.5, 12); // the gap is averaged, the reset's cell holds the level
    for (const x of run.simulated.vmGrantedCores.get('guest')!) expect(x).toBeLessThanOrEqual(1 + 1e-9);
  });

  it('a VM that is shut off mid-trace has no demand while it is off', () => {
    const dir = tempDir('off');
    const file = join(dir, 'off.txt');
    const snaps = Array.from({ length: 12 }, (_, k) => ({
      tMs: T0 + k * 10_000,
      domains: {
        a: { 'state.state': k < 6 ? 1 : 5, 'cpu.time': k * 1e10, 'vcpu.current': 1, 'balloon.maximum': 524288 },
        b: { 'state.state': 1, 'cpu.time': k * 5e9, 'vcpu.current': 1, 'balloon.maximum': 524288 },
      },
    }));
    writeFileSync(file, domstatsText(snaps));
    const { plan } = replay(importTrace(file));
    expect(Array.from(plan.demand.get('a')!)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(Array.from(plan.demand.get('b')!)).toEqual(new Array(11).fill(0.5));
  });

  it('a VM first seen mid-trace is created at its first sample, and one last seen before the end is deleted after its last', () => {
    const dir = tempDir('appear');
    const file = join(dir, 'appear.txt');
    const dom = (cpuNs: number) => ({ 'state.state': 1, 'cpu.time': cpuNs, 'vcpu.current': 2, 'balloon.maximum': 4194304 });
    const snaps = Array.from({ length: 30 }, (_, k) => ({
      tMs: T0 + k * 10_000,
      domains: {
        base: dom(7e12 + k * 1e10),
        // Appears at snapshot 10, gone after snapshot 19.
        ...(k >= 10 && k < 20 ? { late: dom((k - 10) * 1e10) } : {}),
      },
    }));
    writeFileSync(file, domstatsText(snaps));
    const { plan, run } = replay(importTrace(file));
    const groups = ((plan.spec.clusters as { vms: { name: string; provision?: { at: string } }[] }[])[0]!).vms;
    // Its first rate is the interval [100 s, 110 s): cell 10. Deploy and boot take 1 ms each, so it
    // runs from 100 s exactly (idle for the last 2 ms of cell 9).
    expect(groups.find((g) => g.name === 'late')!.provision).toEqual({ at: '99998ms' });
    expect(groups.find((g) => g.name === 'base')!.provision).toBeUndefined();
    // Its last rate is the interval [180 s, 190 s): cell 18; deleted just after, at 190.001 s.
    expect(plan.spec.events).toEqual([{ at: '190001ms', type: 'delete-vms', group: 'dc1/replay/late', count: 1 }]);
    expect(plan.notes).toEqual(expect.arrayContaining(['late: first seen 100 s into the trace; created then', 'late: last seen 190 s into the trace; deleted then']));
    // No value while the VM does not exist; one busy core of its two while it does.
    const late = Array.from(run.simulated.vmGrantedCores.get('late')!);
    expect(late.slice(0, 9).every(Number.isNaN)).toBe(true);
    expect(late[9]).toBe(0);
    for (const x of late.slice(10, 19)) expect(x).toBeCloseTo(1, 9);
    expect(late.slice(19).every(Number.isNaN)).toBe(true);
    for (const x of run.simulated.vmGrantedCores.get('base')!) expect(x).toBeCloseTo(1, 9);
  });
});

describe('buildReplay on the real capture', () => {
  it.skipIf(!HAS_CAPTURE)('builds a scenario of the 2-CPU host and its two running guests that the normal loader accepts', () => {
    const trace = importTrace(CAPTURE);
    const g = gridOf(trace) as Grid;
    expect(g).toEqual({ stepMs: 2000, cells: 44 });
    const plan = buildReplay(trace, g);
    const dir = tempDir('cap');
    writePlanFiles(plan, dir);
    const s = planScenario(plan, null, dir);
    const host = s.spec.clusters[0]!.hosts[0]!;
    expect([host.coresPerSocket, host.sockets, host.memoryGiB]).toEqual([2, 1, 24683620 / 1024 / 1024]);
    expect(host.hypervisor.flavour).toBe('kvm');
    // KSM as host-ksm.txt has it, already merging at the first reading (pages_sharing 13,684).
    expect(host.hypervisor.memory.ksm).toEqual({ enabled: true, pagesToScan: 100, sleepMs: 20, maxPageSharing: 256, initialPagesSharing: 13_684 });
    expect(s.spec.templates['vm-busy']).toMatchObject({ vcpus: 2, memoryGiB: 0.25 });
    expect(s.spec.templates['vm-idle']).toMatchObject({ vcpus: 1, memoryGiB: 0.125 });
    expect(s.spec.step).toBe(2000);
    expect(s.spec.duration).toBe(88_000);
    expect(s.traces.get('0/0')![0]!.cpu.length).toBe(44);
    expect(plan.observed[0]!.cpu[0]).toBeGreaterThan(99);
  });

  it.skipIf(!HAS_CAPTURE)('dcsim replay writes the report, observed-vs-simulated.csv, errors.csv, replay.json and a runnable scenario', async () => {
    const dir = tempDir('replay-cli');
    const r = await runCli(['replay', CAPTURE, '--out', 'out'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/replayed 2 VM\(s\) on 1 host\(s\), 44 × 2 s/);
    for (const f of ['scenario.yaml', 'traces/vm-busy.csv', 'observed-vs-simulated.csv', 'errors.csv', 'replay.json', 'report/report.json', 'report/timeseries-host.csv']) {
      expect(existsSync(join(dir, 'out', f)), f).toBe(true);
    }
    const csv = readFileSync(join(dir, 'out/observed-vs-simulated.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(45);
    expect(csv[0]).toMatch(/^host,time,t_s,interval_s,observed_cpu_busy_pct,simulated_cpu_busy_pct,observed_steal_pct,simulated_steal_pct,observed_ksm_saved_mib/);
    const json = JSON.parse(readFileSync(join(dir, 'out/replay.json'), 'utf8'));
    expect(json.errors.find((e: { metric: string }) => e.metric === 'cpu').cells).toBe(44);
    const again = await runCli(['run', join('out', 'scenario.yaml'), '--out', 'rerun', '--quiet'], dir);
    expect(again.code).toBe(0);
    const exists = await runCli(['replay', CAPTURE, '--out', 'out'], dir);
    expect(exists.code).toBe(4);
  });

  it('dcsim replay refuses a missing trace and a trace with nothing to replay (exit 3)', async () => {
    const dir = tempDir('replay-bad');
    expect((await runCli(['replay', 'nope.ndjson'], dir)).code).toBe(3);
    writeFileSync(join(dir, 'one.txt'), "Domain: 'a'\n  cpu.time=1\n");
    const r = await runCli(['replay', 'one.txt'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/nothing to replay/);
  });
});
