/**
 * `dcsim run --split-clusters --queue` against a real redis-server (started here on a free
 * loopback port, as in queue.test.ts): two `dcsim worker` processes take the clusters, one is
 * killed with SIGKILL mid-cluster, and the report folder is still byte for byte the local
 * `--split-clusters` run's (summary.json's `run` block, wall time and workers, aside); the
 * killed worker's attempt is not used and the run leaves no keys behind. Files cross Redis in
 * gzip pieces and come back whole.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { downloadFile, uploadFile } from '../../src/sweep/file-transfer.js';
import { QUEUE_NAME, splitOutputsKey } from '../../src/sweep/queue-keys.js';
import { decodeOutput, encodeOutput, type StoredClusterOutput } from '../../src/sweep/split-worker.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
import { CliProcess, folderContents, freePort, REDIS_SERVER, startRedis, workdir, type RedisServer } from './helpers.js';

const runQueueTests = existsSync(REDIS_SERVER) || Boolean(process.env['CI']);
if (!runQueueTests) console.warn(`test/sweep/split-queue.test.ts: SKIPPED: ${REDIS_SERVER} is not installed (apt-get install redis-server)`);

/** Short locks so that a dead worker's cluster is retried within about two seconds. */
const FAST_STALL = ['--lock-duration', '1000', '--stalled-interval', '500'];

describe('dcsim run --split-clusters --queue: options', () => {
  it('refuses --queue without --split-clusters, --workers with --queue, and an unreachable Redis (exit 5), writing nothing', async () => {
    const cwd = workdir({ clusters: 2, sweep: false });
    const a = await runCli(['run', 'tiny.yaml', '--queue', 'redis://127.0.0.1:1/0'], cwd);
    expect([a.code, a.stderr]).toEqual([EXIT.usage, 'error: --queue applies to --split-clusters (a run in one piece is one thread)\n']);
    const b = await runCli(['run', 'tiny.yaml', '--split-clusters', '--queue', 'redis://127.0.0.1:1/0', '--workers', '2'], cwd);
    expect(b.code).toBe(EXIT.usage);
    expect(b.stderr).toMatch(/^error: --workers counts threads of this process; with --queue/);
    const port = await freePort();
    const c = await runCli(['run', 'tiny.yaml', '--split-clusters', '--queue', `redis://127.0.0.1:${port}`, '--out', 'o'], cwd);
    expect([c.code, c.stderr]).toEqual([EXIT.unavailable, `error: cannot reach Redis at redis://127.0.0.1:${port}/0: connection refused\n`]);
    expect(existsSync(join(cwd, 'o'))).toBe(false);
  });
});

describe('a cluster output through Redis', () => {
  it('keeps Infinity, -Infinity and NaN, which JSON alone turns into null', () => {
    const o = { cluster: 3, part: { lowestFreeMiB: Infinity, low: -Infinity, ratio: NaN, n: 2, list: [1, Infinity] } } as unknown as StoredClusterOutput;
    const back = decodeOutput(encodeOutput(o)) as unknown as { cluster: number; part: Record<string, unknown> };
    expect(back.part).toEqual({ lowestFreeMiB: Infinity, low: -Infinity, ratio: NaN, n: 2, list: [1, Infinity] });
    expect(JSON.parse(JSON.stringify(o)).part.lowestFreeMiB).toBeNull();
  });
});

describe.skipIf(!runQueueTests)('dcsim run --split-clusters --queue with a real redis-server', { timeout: 300_000 }, () => {
  let redis: RedisServer;
  let client: Redis;
  const workers: CliProcess[] = [];
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
    client?.disconnect();
    await redis?.stop();
  });

  it('uploads a file in gzip pieces and writes it back byte for byte, the pieces expiring', async () => {
    const dir = tempDir('transfer');
    const bytes = randomBytes(100_000);
    writeFileSync(join(dir, 'a.bin'), bytes);
    expect(await uploadFile(client, join(dir, 'a.bin'), 'k:a', 30_000)).toBe(100_000);
    expect(await client.llen('k:a')).toBe(4); // 30 000 × 3 + 10 000
    expect(await client.ttl('k:a')).toBeGreaterThan(24 * 3600);
    expect(await downloadFile(client, 'k:a', join(dir, 'b.bin'))).toBe(100_000);
    expect(readFileSync(join(dir, 'b.bin')).equals(bytes)).toBe(true);
    writeFileSync(join(dir, 'empty'), '');
    expect(await uploadFile(client, join(dir, 'empty'), 'k:e')).toBe(0);
    expect(await downloadFile(client, 'k:e', join(dir, 'empty2'))).toBe(0);
    expect(readFileSync(join(dir, 'empty2'), 'utf8')).toBe('');
  });

  it('two workers, one SIGKILLed mid-cluster: its cluster reruns on the other and the folder equals the local split run', async () => {
    const url = redis.url.replace(/\/0$/, '/4');
    const cwd = workdir({ clusters: 4, sweep: false, duration: '2d', vms: 28 });
    const local = await runCli(['run', 'tiny.yaml', '--split-clusters', '--workers', '2', '--out', 'local', '--quiet'], cwd);
    expect([local.code, local.stderr]).toEqual([EXIT.ok, '']);

    const coordinator = runCli(['run', 'tiny.yaml', '--split-clusters', '--queue', url, '--out', 'dist'], cwd);
    const doomed = new CliProcess(['worker', '--queue', url, '--concurrency', '1', ...FAST_STALL], cwd);
    const rescuer = new CliProcess(['worker', '--queue', url, '--concurrency', '1', ...FAST_STALL], cwd);
    workers.push(doomed, rescuer);
    const job = (await doomed.waitFor(/^started (split-(\w+)-(\d+))$/m))[1] as string;
    const [, runId, cluster] = /^split-(\w+)-(\d+)$/.exec(job) as RegExpExecArray;
    doomed.kill('SIGKILL');
    expect(await doomed.exited).toBeNull();
    expect(await client.select(4)).toBe('OK');
    expect(await client.hexists(splitOutputsKey(runId as string), cluster as string)).toBe(0); // killed before storing it
    const r = await coordinator;
    expect([r.code, r.stderr]).toEqual([EXIT.ok, `run ${runId}: 4 cluster(s) on queue ${QUEUE_NAME}; start workers with: dcsim worker --queue <url>\n`]);
    expect(rescuer.out).toContain(`started ${job}\n`);
    await rescuer.waitForLines(/^done split-/, 4, 30_000); // logged just after storing: may trail the coordinator
    expect(rescuer.lines(/^done split-/).length).toBe(4);
    expect(r.stdout).toContain('tiny: 4 cluster(s) on 1 queue worker process(es), seed 7');
    expect(folderContents(join(cwd, 'dist'))).toEqual(folderContents(join(cwd, 'local')));
    const summary = JSON.parse(readFileSync(join(cwd, 'dist', 'summary.json'), 'utf8')) as { run: { splitByCluster: unknown } };
    expect(summary.run.splitByCluster).toEqual({ clusters: 4, workers: 1 });
    // The doomed attempt's pieces, the outputs and the jobs are gone.
    expect(await client.keys('dcsim:split:*')).toEqual([]);
    rescuer.kill('SIGTERM');
    expect(await rescuer.exited).toBe(0);
  });
});
