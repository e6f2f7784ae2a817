/**
 * The cap search of `dcsim size --search` (src/sweep/cap-search.ts, cap-command.ts, cap-outputs.ts):
 * the bisection over a window of caps against known thresholds, and on a hand-computed cluster the
 * answer in achieved terms, proved at the answer and one step above, and the not-binding case.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capAt, CapImpossibleError, searchCap, type CapEvaluation, type CapGrid } from '../../src/sweep/cap-search.js';
import { METRIC_NAMES } from '../../src/sweep/metrics.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { pointResults } from '../../src/sweep/results.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';

const OBJ = ['vmsUnplaceable==0', 'cpuReady.p95OfVmP95Pct<1'].map(parseObjective);

/** Caps from index `placed` up place every VM; caps up to index `ok` meet the ready objective. */
function fake(grid: CapGrid, placed: number, ok: number, calls: number[]) {
  return async (i: number): Promise<CapEvaluation> => {
    calls.push(i);
    const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, 0])) as Record<string, number>;
    metrics.vmsUnplaceable = i >= placed ? 0 : placed - i;
    metrics['cpuReady.p95OfVmP95Pct'] = i <= ok ? 0 : 10;
    const [result] = pointResults([{ index: 0, id: `c${i}`, values: [i] }], [{ run: 'r', point: 0, replication: 0, seed: 1, metrics }], OBJ, 'mean');
    return { index: i, cap: capAt(grid, i), result: result!, meets: result!.failing.length === 0 };
  };
}

describe('searchCap', () => {
  const grid: CapGrid = { capMin: 1, step: 0.5, steps: 30 };

  it('finds the highest cap met inside the window, proved one step above, in about 2 log2(steps) evaluations', async () => {
    for (const [placed, ok] of [[0, 0], [0, 7], [4, 4], [4, 17], [12, 29]] as const) {
      const calls: number[] = [];
      const o = await searchCap(fake(grid, placed, ok, calls), grid, 8, 'vCPU:pCPU cap');
      expect(o.kind).toBe('answer');
      if (o.kind !== 'answer') continue;
      expect(o.answer.index).toBe(ok);
      expect(o.answer.cap).toBe(1 + ok * 0.5);
      expect(o.above.index).toBe(ok + 1);
      expect(o.above.meets).toBe(false);
      expect(new Set(calls).size).toBe(calls.length);
      expect(calls.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(31)) + 3);
    }
  });

  it('says not binding when the highest cap meets, and names the cap and objective when none does', async () => {
    const free = await searchCap(fake(grid, 0, 30, []), grid, 8, 'vCPU:pCPU cap');
    expect(free.kind).toBe('not-binding');
    const calls: number[] = [];
    const none = await searchCap(fake(grid, 0, -1, calls), grid, 8, 'vCPU:pCPU cap').catch((e: unknown) => e);
    expect(none).toBeInstanceOf(CapImpossibleError);
    expect((none as Error).message).toBe('even the lowest vCPU:pCPU cap tried, 1, fails cpuReady.p95OfVmP95Pct<1 at 8 hosts: no cap in the range meets the objectives; add hosts (--host-count), lower --cap-min or relax the objectives');
    expect(calls).toEqual([30, 0]);
    const window = await searchCap(fake(grid, 6, 5, []), grid, 8, 'vCPU:pCPU cap').catch((e: unknown) => e);
    expect((window as Error).message).toMatch(/^vCPU:pCPU cap 4, the lowest that places every VM, fails cpuReady\.p95OfVmP95Pct<1 at 8 hosts/);
    const unplaced = await searchCap(fake(grid, 31, 30, []), grid, 8, 'vCPU:pCPU cap').catch((e: unknown) => e);
    expect((unplaced as Error).message).toBe('even vCPU:pCPU cap 16 leaves VMs without a host at 8 hosts: add hosts (--host-count) or raise --cap-max');
  });
});

/**
 * 16 VMs of 2 vCPUs and 1 GiB at a constant 30 % (0.6 core each) on 4-core, 16 GiB hosts. The
 * run-queue wait below saturation is off (readyPerRun 0): the search is checked against where the
 * hosts saturate, hand-computed below (with the wait on, 4-core hosts at 60–90 % busy already
 * wait over 1 % per vCPU: test/model/cpu/run-queue.test.ts).
 */
function cluster(hosts: number, maxVcpuPerCore: number): string {
  return JSON.stringify({
    name: 'caps',
    seed: 2,
    start: '2026-03-02T00:00:00Z',
    duration: '6h',
    step: '1h',
    templates: { t: { vcpus: 2, memoryGiB: 1 } },
    clusters: [
      {
        name: 'c',
        placement: { algorithm: 'spread', maxVcpuPerCore, maxMemoryOvercommit: 1 },
        hosts: [{ name: 'h', count: hosts, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, hypervisor: { readyPerRun: 0 }, power: { idleW: 100, maxW: 200 } }],
        vms: [{ name: 'g', count: 16, template: 't', workload: { type: 'constant', cpu: 0.3 } }],
      },
    ],
  });
}

describe('dcsim size --search', () => {
  it('cpu-cap on 4 hosts: 3 vCPU per core (6 VMs, 3.6 cores a host) meets, 3.5 (7 VMs, 4.2 cores) does not; in achieved terms', async () => {
    const cwd = tempDir('caps');
    writeFileSync(join(cwd, 's.json'), cluster(6, 8));
    const r = await runCli(['size', 's.json', '--search', 'cpu-cap', '--host-count', '4', '--cap-max', '6', '--replications', '1', '--workers', '1', '--objective', 'cpuReady.p95OfVmP95Pct<1', '--out', 'o'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(readFileSync(join(cwd, 'o', 'sizing.json'), 'utf8'));
    // Caps 1 and 1.5 leave VMs out (4 hosts × 4 cores × 1.5 = 24 vCPUs < 32); 2 places all 16.
    expect(j.answer.cap).toBe(3);
    // Packed 6 + 6 + 4 on 3 of 4 hosts: 32 vCPUs over 12 cores = 2.67 per core, busiest 24/… = 3.
    expect(j.answer.achieved).toMatchObject({ hostsInUse: 3, busiestVcpuPerCore: 3, boundBy: 'cpuCap' });
    expect(j.answer.achieved.vcpuPerCore).toBeCloseTo(32 / 12, 5);
    expect(j.proof.oneStepAbove).toMatchObject({ cap: 3.5, meetsObjectives: false, failingObjectives: ['cpuReady.p95OfVmP95Pct<1'] });
    // 7 VMs ask 4.2 cores of 4: they wait (at cap 3, 3.6 cores of 4: none do).
    expect(j.proof.oneStepAbove.objectives.find((o: { objective: string }) => o.objective.startsWith('cpuReady')).mean).toBeGreaterThan(1);
    expect(j.proof.atAnswer.objectives.find((o: { objective: string }) => o.objective.startsWith('cpuReady')).mean).toBe(0);
    expect(j.proof.oneStepAbove.achieved).toMatchObject({ hostsInUse: 3, busiestVcpuPerCore: 3.5 });
    expect(j.search.placement).toContain('the scenario\'s: spread');
    const said = r.stdout.replace(/\s+/g, ' ');
    expect(said).toContain('the highest vCPU:pCPU cap that meets CPU ready (95th percentile of VMs) below 1 %; no unplaceable VMs is 3');
    expect(said).toContain('With it the VMs were packed on 3 of the 4 hosts at 2.67 vCPU per core (busiest host 3)');
    expect(said).toContain('One step up, cap 3.5,');
    const csv = readFileSync(join(cwd, 'o', 'sizing.csv'), 'utf8').trim().split('\n').slice(1);
    expect(csv.find((l) => l.split(',')[4] === 'answer')?.split(',')[0]).toBe('3');
    expect(csv.find((l) => l.split(',')[4] === 'answer+1')?.split(',')[0]).toBe('3.5');
    // The page embeds the search path and the runs at caps 3 and 3.5.
    const html = readFileSync(join(cwd, 'o', 'report.html'), 'utf8');
    expect(html).toContain('"searched":"vCPU:pCPU cap"');
    expect(html).toContain('"labels":["cap 3 (answer)","cap 3.5 (one step up)"]');
  }, 120_000);

  it('memory-cap where the vCPU cap binds: the highest memory cap still meets and is reported not binding, never as safe', async () => {
    const cwd = tempDir('caps');
    writeFileSync(join(cwd, 's.json'), cluster(4, 2));
    const r = await runCli(['size', 's.json', '--search', 'memory-cap', '--cap-max', '2', '--replications', '1', '--workers', '1', '--objective', 'cpuReady.p95OfVmP95Pct<1', '--out', 'o'], cwd);
    expect(r.code).toBe(0);
    const j = JSON.parse(readFileSync(join(cwd, 'o', 'sizing.json'), 'utf8'));
    expect(j.answer).toMatchObject({ kind: 'not binding', cap: null, highestCapTried: 2, achieved: { hostsInUse: 4, boundBy: 'cpuCap' } });
    expect(r.stdout.replace(/\s+/g, ' ')).toContain('The cap was not binding');
  }, 120_000);

  it('refuses a bad cap option with the option named', async () => {
    const cwd = tempDir('caps');
    writeFileSync(join(cwd, 's.json'), cluster(4, 2));
    const r = await runCli(['size', 's.json', '--search', 'disk-cap', '--out', 'o'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: --search disk-cap: expected cpu-cap or memory-cap\n');
    const s = await runCli(['size', 's.json', '--search', 'cpu-cap', '--cap-min', '4', '--cap-max', '2', '--out', 'o'], cwd);
    expect(s.stderr).toBe('error: --cap-max 2 must be above --cap-min 4\n');
  });
});
