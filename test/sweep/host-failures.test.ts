/**
 * N+k proven by simulation (src/sweep/host-failures.ts and `dcsim size --spare k`): which hosts
 * fail and when, what HA makes of it, and the count it takes, on hand-computed small clusters.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { replicationSeed } from '../../src/sweep/expand.js';
import { simulateWithFailures } from '../../src/sweep/host-failures.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { hostCountEvaluator, localBatch } from '../../src/sweep/size-evaluate.js';
import { searchHosts } from '../../src/sweep/sizing.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';

/** `hosts` hosts of 4 cores and 16 GiB under a 2 vCPU per core cap (8 vCPUs, 4 VMs of 2 vCPUs a host), HA on, admission control off. */
function estate(hosts: number, vms: number, algorithm: 'pack' | 'spread', duration = '2d', ha = true): string {
  return JSON.stringify({
    name: 'nk',
    seed: 3,
    start: '2026-03-02T00:00:00Z',
    duration,
    step: '1h',
    templates: { t: { vcpus: 2, memoryGiB: 4 } },
    clusters: [
      {
        name: 'c',
        placement: { algorithm, maxVcpuPerCore: 2, maxMemoryOvercommit: 1 },
        ha: { enabled: ha, admissionControl: { policy: 'disabled' } },
        hosts: [{ name: 'h', count: hosts, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, power: { idleW: 100, maxW: 200 } }],
        vms: [{ name: 'g', count: vms, template: 't', workload: { type: 'constant', cpu: 0.3 } }],
      },
    ],
  });
}

describe('simulateWithFailures', () => {
  it('fails the k hosts carrying the most VMs at the stated time; HA restarts what fits on the rest', () => {
    // pack: 10 VMs of 2 vCPUs at 4 a host → h-001: 4, h-002: 4, h-003: 2; the two busiest fail at 6h.
    const s = parseScenarioText(estate(3, 10, 'pack'), 'nk.json', '.');
    const { result, failed } = simulateWithFailures(s, { seed: 1 }, { cluster: 0, count: 2, atMs: 6 * 3600_000 });
    expect(failed).toEqual(['dc1/c/h-001', 'dc1/c/h-002']);
    const a = result.headline.availability;
    expect(a.hostFailures).toBe(2);
    expect(a.incidents).toBe(1);
    // h-003 has room for 2 more VMs under the cap: 2 of the 8 restart, 6 stay down to the end.
    expect(a.restarts).toBe(2);
    expect(a.vmsDownAtEnd).toBe(6);
  });

  it('with equal loads picks by host index (spread: 3 VMs on each of 4 hosts → h-001)', () => {
    const s = parseScenarioText(estate(4, 12, 'spread'), 'nk.json', '.');
    const { result, failed } = simulateWithFailures(s, { seed: 1 }, { cluster: 0, count: 1, atMs: 3600_000 });
    expect(failed).toEqual(['dc1/c/h-001']);
    // 3 VMs restart, one on each survivor (4 each: exactly the cap); none down at the end.
    expect(result.headline.availability.restarts).toBe(3);
    expect(result.headline.availability.vmsDownAtEnd).toBe(0);
  });
});

describe('size with k hosts failed, on random small clusters', () => {
  it('property: the answer meets the objectives with its k busiest hosts failed and one host fewer does not, checked by fresh runs', async () => {
    const objectives = ['vmsUnplaceable==0', 'availability.meanVmAvailabilityPct>=99.9', 'cpuReady.p95OfVmP95Pct<5'].map(parseObjective);
    let drawn = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 14 }), fc.constantFrom<'pack' | 'spread'>('pack', 'spread'), fc.integer({ min: 1, max: 2 }), fc.integer({ min: 1, max: 40 }), async (vms, algorithm, k, atHours) => {
        const plan = { cluster: 0, count: k, atMs: atHours * 3600_000 };
        const setup = { id: `nk-prop-${++drawn}`, base: estate(4, vms, algorithm), file: 'nk.json', baseDir: '.', hostsPath: ['clusters', 0, 'hosts', 0, 'count'], replications: 1, rootSeed: 9, objectives, basis: 'mean' as const, failures: plan };
        const o = await searchHosts(hostCountEvaluator(setup, localBatch(null)), { min: k + 1, start: 4, max: 64 }, objectives.map((x) => x.text));
        const meetsAt = (n: number): boolean => {
          const { result } = simulateWithFailures(parseScenarioText(estate(n, vms, algorithm), 'nk.json', '.'), { seed: replicationSeed(9, 0) }, plan);
          const h = result.headline;
          return h.vmsUnplaceable === 0 && h.availability.meanVmAvailabilityPct >= 99.9 && h.cpuReady.p95OfVmP95Pct < 5;
        };
        expect(meetsAt(o.answer.hosts)).toBe(true);
        if (o.answer.hosts > k + 1) expect(meetsAt(o.answer.hosts - 1)).toBe(false);
        // 4 VMs a host under the cap, and a VM left down from hour 40 or earlier of 48 costs at least
        // 1/14 × 8/48 = 1.2 % of mean availability: the n − k survivors must hold every VM.
        expect(o.answer.hosts).toBeGreaterThanOrEqual(Math.ceil(vms / 4) + k);
        expect(o.nonMonotone).toEqual([]);
      }),
      { numRuns: 10 },
    );
  }, 120_000);
});

describe('dcsim size --spare', () => {
  it('sizes for k hosts failed: 12 VMs need 3 hosts, 4 with the busiest failed (N+1), proved at 4 and 3', async () => {
    const cwd = tempDir('size-spare');
    writeFileSync(join(cwd, 's.json'), estate(6, 12, 'spread'));
    const common = ['--replications', '1', '--workers', '1', '--objective', 'availability.meanVmAvailabilityPct>=99.95'];
    const plain = await runCli(['size', 's.json', ...common, '--out', 'plain'], cwd);
    expect(plain.stderr).toBe('');
    expect(JSON.parse(readFileSync(join(cwd, 'plain', 'sizing.json'), 'utf8')).answer.hosts).toBe(3);
    const r = await runCli(['size', 's.json', ...common, '--spare', '1', '--fail-at', '13h', '--out', 'o'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sizing = JSON.parse(readFileSync(join(cwd, 'o', 'sizing.json'), 'utf8'));
    expect(sizing.answer.hosts).toBe(4);
    expect(sizing.answer.hostFailuresSimulated).toMatchObject({ count: 1, atMs: 13 * 3600_000, at: '13h from the start (2026-03-02 13:00 UTC)', failedAtAnswerReplication0: ['dc1/c/h-001'] });
    expect(sizing.proof.atAnswer).toMatchObject({ hosts: 4, meetsObjectives: true, haRestarts: 3, vmsDownAtEnd: 0 });
    // At 3 hosts of 4 VMs each, the failed host's 4 VMs find no room: down from 13h to the end of 48h.
    expect(sizing.proof.belowAnswer).toMatchObject({ hosts: 3, meetsObjectives: false, failingObjectives: ['availability.meanVmAvailabilityPct>=99.95'], vmsDownAtEnd: 4 });
    const availability = sizing.proof.belowAnswer.objectives.find((o: { objective: string }) => o.objective.startsWith('availability')).mean;
    expect(availability).toBeCloseTo(100 * (1 - (4 / 12) * (35 / 48)), 1);
    const said = r.stdout.replace(/\s+/g, ' ');
    expect(said).toContain('You need 4 hosts of this spec (h: 1 × 4 cores at 2000 MHz, 16 GiB) to run these VMs even with 1 of them failed');
    expect(said).toContain('N+1 proven by simulation, not added on top: in every run the host carrying the most VMs fails 13h from the start (2026-03-02 13:00 UTC) (in the first run at 4: h-001)');
    expect(said).toContain('With 3 (1 failed) it fails VM availability at least 99.95 %: measured 75.69 %');
  }, 120_000);

  it('refuses --spare on a cluster without HA, naming the path, and a failure time past the end', async () => {
    const cwd = tempDir('size-spare');
    writeFileSync(join(cwd, 's.json'), estate(4, 12, 'spread', '2d', false));
    const r = await runCli(['size', 's.json', '--spare', '1', '--out', 'o'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('clusters[0].ha.enabled is false in s.json');
    writeFileSync(join(cwd, 't.json'), estate(4, 12, 'spread', '2d'));
    const late = await runCli(['size', 't.json', '--spare', '1', '--fail-at', '3d', '--out', 'o'], cwd);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('--fail-at 3d: the run lasts 2d');
  });
});
