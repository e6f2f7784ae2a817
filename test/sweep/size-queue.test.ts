/**
 * `dcsim size --queue` against a real redis-server (started here on a free loopback port, as in
 * queue.test.ts): two `dcsim worker` processes run the evaluations and the output folder is the
 * same bytes as the local sizing, for a host count with the busiest host failed (the failure
 * plan travels with each job) and for a cap search; every run is computed once and stored once.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
import { CliProcess, folderContents, freePort, REDIS_SERVER, startRedis, type RedisServer } from './helpers.js';

const runQueueTests = existsSync(REDIS_SERVER) || Boolean(process.env['CI']);
if (!runQueueTests) console.warn(`test/sweep/size-queue.test.ts: SKIPPED: ${REDIS_SERVER} is not installed (apt-get install redis-server)`);

/** 12 VMs of 2 vCPUs on 4-core hosts under a 2 vCPU per core cap, HA on (test/sweep/host-failures.test.ts). */
function estate(cwd: string): void {
  writeFileSync(
    join(cwd, 's.json'),
    JSON.stringify({
      name: 'nk',
      seed: 3,
      start: '2026-03-02T00:00:00Z',
      duration: '1d',
      step: '1h',
      templates: { t: { vcpus: 2, memoryGiB: 4 } },
      clusters: [
        {
          name: 'c',
          placement: { algorithm: 'spread', maxVcpuPerCore: 2, maxMemoryOvercommit: 1 },
          ha: { enabled: true, admissionControl: { policy: 'disabled' } },
          // The wait below saturation off: the cap search must find an answer on these 4-core hosts
          // (the test is about the queue giving the local results, not about contention).
          hosts: [{ name: 'h', count: 6, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, hypervisor: { readyPerRun: 0 }, power: { idleW: 100, maxW: 200 } }],
          vms: [{ name: 'g', count: 12, template: 't', workload: { type: 'diurnal', low: 0.1, high: 0.5, peakHour: 14, noise: 0.2 } }],
        },
      ],
    }),
  );
}

describe('dcsim size --queue: connection errors', () => {
  it('says plainly that Redis cannot be reached, and refuses a URL that is not redis://', async () => {
    const cwd = tempDir('size-queue');
    estate(cwd);
    const url = `redis://127.0.0.1:${await freePort()}/0`;
    const r = await runCli(['size', 's.json', '--queue', url, '--out', 'o'], cwd);
    expect([r.code, r.stderr]).toEqual([EXIT.unavailable, `error: cannot reach Redis at ${url}: connection refused\n`]);
    const u = await runCli(['size', 's.json', '--queue', 'http://127.0.0.1:6379', '--out', 'o'], cwd);
    expect([u.code, u.stderr]).toEqual([EXIT.usage, 'error: --queue http://127.0.0.1:6379: expected redis:// or rediss://, not http://\n']);
  });
});

describe.skipIf(!runQueueTests)('dcsim size --queue with a real redis-server', { timeout: 180_000 }, () => {
  let redis: RedisServer;
  const workers: CliProcess[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    await redis?.stop();
  });

  it('two workers run the evaluations: sizing.json, sizing.csv and report.html equal the local ones, every run stored once', async () => {
    const url = redis.url.replace(/\/0$/, '/3');
    const cwd = tempDir('size-queue');
    estate(cwd);
    const common = ['--replications', '2', '--objective', 'availability.meanVmAvailabilityPct>=99.9', '--spare', '1', '--quiet'];
    expect((await runCli(['size', 's.json', ...common, '--workers', '1', '--out', 'local'], cwd)).code).toBe(EXIT.ok);
    const capArgs = ['--search', 'cpu-cap', '--host-count', '5', '--cap-max', '4', '--replications', '2', '--objective', 'cpuReady.p95OfVmP95Pct<2', '--quiet'];
    expect((await runCli(['size', 's.json', ...capArgs, '--workers', '1', '--out', 'local-cap'], cwd)).code).toBe(EXIT.ok);
    for (let k = 0; k < 2; k++) workers.push(new CliProcess(['worker', '--queue', url, '--concurrency', '1'], cwd));
    await Promise.all(workers.map((w) => w.waitFor(/^worker on /m)));
    const r = await runCli(['size', 's.json', ...common, '--queue', url, '--out', 'dist'], cwd);
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
    expect(folderContents(join(cwd, 'dist'))).toEqual(folderContents(join(cwd, 'local')));
    const c = await runCli(['size', 's.json', ...capArgs, '--queue', url, '--out', 'dist-cap'], cwd);
    expect([c.code, c.stderr]).toEqual([EXIT.ok, '']);
    expect(folderContents(join(cwd, 'dist-cap'))).toEqual(folderContents(join(cwd, 'local-cap')));
    // Both workers took part; each run was simulated once (`done` lines), and stored once.
    const db = new Redis(url);
    const keys = (await db.keys('dcsim:sweep:*:results')).sort();
    expect(keys).toHaveLength(2);
    let stored = 0;
    for (const k of keys) stored += await db.hlen(k);
    db.disconnect();
    // A worker logs "done" just after storing, so the last lines may still be on their way.
    const deadline = Date.now() + 30_000;
    while (workers.flatMap((w) => w.lines(/^done /)).length < stored && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const done = workers.flatMap((w) => w.lines(/^done /));
    expect(workers.every((w) => w.lines(/^done /).length > 0)).toBe(true);
    expect(new Set(done.map((l) => l.split(' ')[1])).size).toBe(done.length);
    expect(stored).toBe(done.length);
    // Asked again, the sizing takes the stored results: no new job.
    const again = await runCli(['size', 's.json', ...common, '--queue', url, '--out', 'again'], cwd);
    expect(again.code).toBe(EXIT.ok);
    expect(folderContents(join(cwd, 'again'))).toEqual(folderContents(join(cwd, 'local')));
    expect(workers.flatMap((w) => w.lines(/^done /))).toHaveLength(done.length);
  });
});
