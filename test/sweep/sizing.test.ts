/**
 * `dcsim size` (src/sweep/sizing.ts, size-evaluate.ts, size-command.ts): the bisection against
 * a known threshold, the answer proved on real simulations of small random clusters (the answer
 * meets the objectives, one host fewer does not), and the message for objectives no count meets.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replicationSeed } from '../../src/sweep/expand.js';
import { METRIC_NAMES } from '../../src/sweep/metrics.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { pointResults } from '../../src/sweep/results.js';
import { hostCountEvaluator, localBatch, type HostCountSetup } from '../../src/sweep/size-evaluate.js';
import { searchHosts, SizingImpossibleError, type Evaluation } from '../../src/sweep/sizing.js';
import { simulate } from '../../src/run/simulate.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';

const UNPLACED = parseObjective('vmsUnplaceable==0');

/** A fake evaluation: meets from `threshold` hosts up. */
function fake(threshold: number, calls: number[]) {
  return async (n: number): Promise<Evaluation> => {
    calls.push(n);
    const metrics = Object.fromEntries(METRIC_NAMES.map((m) => [m, 0])) as Record<string, number>;
    metrics.vmsUnplaceable = n >= threshold ? 0 : threshold - n;
    const [result] = pointResults([{ index: 0, id: `n${n}`, values: [n] }], [{ run: 'r', point: 0, replication: 0, seed: 1, metrics }], [UNPLACED], 'mean');
    return { hosts: n, result: result!, meets: result!.failing.length === 0 };
  };
}

describe('searchHosts', () => {
  it('finds the threshold from above and below the start, proves it with answer − 1, in about log2(max) evaluations', async () => {
    for (const [threshold, start] of [[1, 10], [7, 12], [12, 12], [37, 10], [200, 3]] as const) {
      const calls: number[] = [];
      const o = await searchHosts(fake(threshold, calls), { min: 1, start, max: 256 }, ['vmsUnplaceable==0']);
      expect(o.answer.hosts).toBe(threshold);
      expect(o.answer.meets).toBe(true);
      if (threshold > 1) expect(o.below?.hosts).toBe(threshold - 1);
      if (threshold > 1) expect(o.below?.meets).toBe(false);
      else expect(o.below).toBeNull();
      expect(new Set(calls).size).toBe(calls.length);
      expect(calls.length).toBeLessThanOrEqual(2 * Math.ceil(Math.log2(256)) + 2);
      expect(o.nonMonotone).toEqual([]);
    }
  });

  it('names the failing objective and the largest count tried when no count up to max meets', async () => {
    const calls: number[] = [];
    const err = await searchHosts(fake(100, calls), { min: 1, start: 5, max: 40 }, ['vmsUnplaceable==0']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SizingImpossibleError);
    expect((err as Error).message).toMatch(/^no host count up to 40 meets the objectives: at 40 hosts the runs still fail vmsUnplaceable==0/);
    expect(calls).toEqual([5, 10, 20, 40]);
  });
});

/** A cluster of `hosts` hosts (4 cores, 16 GiB, cap 2 vCPU per core) and VMs of random sizes. */
function clusterText(vms: { vcpus: number; memoryGiB: number; count: number; cpu: number }[], hosts: number, ha = false): string {
  return JSON.stringify({
    name: 'size-prop',
    seed: 5,
    start: '2026-03-02T00:00:00Z',
    duration: '2h',
    step: '10m',
    templates: Object.fromEntries(vms.map((v, k) => [`t${k}`, { vcpus: v.vcpus, memoryGiB: v.memoryGiB }])),
    clusters: [
      {
        name: 'c',
        placement: { algorithm: 'spread', maxVcpuPerCore: 2, maxMemoryOvercommit: 1 },
        ...(ha ? { ha: { enabled: true, admissionControl: { policy: 'disabled' } } } : {}),
        hosts: [{ name: 'h', count: hosts, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, power: { idleW: 100, maxW: 200 } }],
        vms: vms.map((v, k) => ({ name: `g${k}`, count: v.count, template: `t${k}`, workload: { type: 'constant', cpu: v.cpu } })),
      },
    ],
  });
}

describe('size on real simulations', () => {
  it('property: for small random clusters the answer meets the objectives and one host fewer does not, checked by fresh runs', async () => {
    const objectives = ['vmsUnplaceable==0', 'cpuReady.p95OfVmP95Pct<5'].map(parseObjective);
    let drawn = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ vcpus: fc.integer({ min: 1, max: 4 }), memoryGiB: fc.integer({ min: 1, max: 8 }), count: fc.integer({ min: 1, max: 6 }), cpu: fc.constantFrom(0.1, 0.4, 0.8) }), { minLength: 1, maxLength: 3 }),
        async (vms) => {
          const text = clusterText(vms, 4);
          // The id keys the threads' scenario cache: one per cluster drawn.
          const setup: HostCountSetup = { id: `prop-${++drawn}`, base: text, file: 'prop.json', baseDir: '.', hostsPath: ['clusters', 0, 'hosts', 0, 'count'], replications: 1, rootSeed: 5, objectives, basis: 'mean', failures: null };
          const o = await searchHosts(hostCountEvaluator(setup, localBatch(null)), { min: 1, start: 4, max: 64 }, objectives.map((x) => x.text));
          // Fresh runs at the answer and one below, outside the search, with replication 0's seed.
          const meetsAt = (n: number): boolean => {
            const h = simulate(parseScenarioText(clusterText(vms, n), 'prop.json', '.'), { seed: replicationSeed(5, 0) }).headline;
            return h.vmsUnplaceable === 0 && h.cpuReady.p95OfVmP95Pct < 5;
          };
          expect(o.answer.meets).toBe(true);
          expect(meetsAt(o.answer.hosts)).toBe(true);
          if (o.answer.hosts > 1) {
            expect(o.below?.meets).toBe(false);
            expect(meetsAt(o.answer.hosts - 1)).toBe(false);
          }
          expect(o.nonMonotone).toEqual([]);
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});

describe('dcsim size', () => {
  it('writes sizing.json and sizing.csv whose answer is proved by the rows at answer and answer − 1', async () => {
    const cwd = tempDir('size');
    writeFileSync(join(cwd, 's.json'), clusterText([{ vcpus: 2, memoryGiB: 4, count: 12, cpu: 0.3 }], 6));
    const r = await runCli(['size', 's.json', '--replications', '2', '--workers', '1', '--objective', 'cpuReady.p95OfVmP95Pct<5', '--out', 'o'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 12 VMs × 2 vCPUs under a 2:1 cap on 4 cores = 4 VMs a host (memory: 16 GiB / 4 = 4 too): at least 3 hosts.
    const sizing = JSON.parse(readFileSync(join(cwd, 'o', 'sizing.json'), 'utf8')) as { answer: { hosts: number; hostFailuresSimulated: unknown; bindingObjectives: string[] }; proof: { atAnswer: { meetsObjectives: boolean }; belowAnswer: { hosts: number; meetsObjectives: boolean } } };
    expect(sizing.answer.hosts).toBeGreaterThanOrEqual(3);
    expect(sizing.answer.hostFailuresSimulated).toBeNull();
    expect(sizing.proof.atAnswer.meetsObjectives).toBe(true);
    expect(sizing.proof.belowAnswer.hosts).toBe(sizing.answer.hosts - 1);
    expect(sizing.proof.belowAnswer.meetsObjectives).toBe(false);
    const csv = readFileSync(join(cwd, 'o', 'sizing.csv'), 'utf8').trim().split('\n').slice(1);
    expect(csv.find((l) => l.split(',')[4] === 'answer')?.split(',')[0]).toBe(String(sizing.answer.hosts));
    expect(csv.find((l) => l.split(',')[4] === 'answer-1')?.split(',')[0]).toBe(String(sizing.answer.hosts - 1));
    expect(r.stdout).toContain(`You need ${sizing.answer.hosts} hosts of this spec`);
    expect(r.stdout).toContain('size again with --spare 1 (N+1)');
    const html = readFileSync(join(cwd, 'o', 'report.html'), 'utf8');
    expect(html).toContain(`"labels":["${sizing.answer.hosts} hosts (answer)","${sizing.answer.hosts - 1} hosts (answer − 1)"]`);
  }, 120_000);

  it('--spec sizes another host spec: 24 VMs of 4 GiB need 6 hosts of 16 GiB, 3 of 32 GiB and 8 cores (4 VMs a host → 8)', async () => {
    const cwd = tempDir('size');
    writeFileSync(join(cwd, 's.json'), clusterText([{ vcpus: 2, memoryGiB: 4, count: 24, cpu: 0.1 }], 6));
    const args = ['size', 's.json', '--replications', '1', '--workers', '1', '--objective', 'cpuReady.p95OfVmP95Pct<5', '--quiet'];
    expect((await runCli([...args, '--out', 'a'], cwd)).code).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'a', 'sizing.json'), 'utf8')).answer.hosts).toBe(6);
    const r = await runCli([...args, '--spec', 'memoryGiB=32', '--spec', 'coresPerSocket=8', '--out', 'b'], cwd);
    expect(r.stderr).toBe('');
    const b = JSON.parse(readFileSync(join(cwd, 'b', 'sizing.json'), 'utf8'));
    expect(b.answer.hosts).toBe(3);
    expect(b.search.hostSpec).toBe('h: 1 × 8 cores at 2000 MHz, 32 GiB');
    const bad = await runCli([...args, '--spec', 'memoryGB=32', '--out', 'c'], cwd);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--spec memoryGB=32 the scenario does not load: clusters[0].hosts[0].memoryGB: unknown key 'memoryGB'");
  }, 120_000);

  it('says which objective no count meets and the largest count tried, and writes nothing', async () => {
    const cwd = tempDir('size');
    writeFileSync(join(cwd, 's.json'), clusterText([{ vcpus: 2, memoryGiB: 4, count: 4, cpu: 0.3 }], 2));
    const r = await runCli(['size', 's.json', '--replications', '1', '--workers', '1', '--objective', 'cpu.meanUtilPct>90', '--max', '8', '--out', 'o'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: no host count up to 8 meets the objectives: at 8 hosts the runs still fail cpu\.meanUtilPct>90 \(objectives: cpu\.meanUtilPct>90, vmsUnplaceable==0\)/);
    expect(existsSync(join(cwd, 'o'))).toBe(false);
  }, 120_000);
});
