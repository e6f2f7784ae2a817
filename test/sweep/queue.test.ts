/**
 * Distributed sweeps against a real redis-server (Debian's, started here on a free loopback port
 * and stopped after): worker processes complete a sweep with the same files as a local run; a
 * worker killed with SIGKILL mid-job loses nothing (BullMQ's stalled-job check hands its job to
 * another worker); a resumed sweep computes none of the runs already finished; results are stored
 * once. Off CI, the suite is skipped (with a message) when redis-server is not installed; in CI
 * it must be there (.ci/run installs it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { resultsKey, statsKey } from '../../src/sweep/queue-keys.js';
import { connectRedis } from '../../src/sweep/redis.js';
import { runCli } from '../helpers/cli.js';
import { CliProcess, folderContents, freePort, REDIS_SERVER, startRedis, workdir, type RedisServer } from './helpers.js';

const haveRedis = existsSync(REDIS_SERVER);
const runQueueTests = haveRedis || Boolean(process.env['CI']);
if (!runQueueTests) console.warn(`test/sweep/queue.test.ts: SKIPPED: ${REDIS_SERVER} is not installed (apt-get install redis-server); CI installs it and runs these tests`);

/** Short locks so that a dead worker's job is retried within about two seconds. */
const FAST_STALL = ['--lock-duration', '1000', '--stalled-interval', '500'];

function sweepIdOf(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { sweep: { id: string } }).sweep.id;
}

function runsIn(lines: readonly string[]): string[] {
  return lines.map((l) => (/-(p\d+-r\d+)/.exec(l) as RegExpExecArray)[1] as string);
}

/** Until the workers together have logged n "done" lines (or 30 s have passed). */
async function waitForDoneLines(ws: readonly CliProcess[], n: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (ws.reduce((s, w) => s + w.lines(/^done /).length, 0) < n && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
}

describe('dcsim sweep: Redis connection errors', () => {
  it('says plainly that Redis cannot be reached (no stack trace), for sweep and worker, before running anything', async () => {
    const cwd = workdir();
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}/0`;
    const s = await runCli(['sweep', 'tiny.yaml', '--queue', url], cwd);
    expect(s.code).toBe(EXIT.unavailable);
    expect(s.stderr).toBe(`error: cannot reach Redis at ${url}: connection refused\n`);
    expect(s.stdout).toBe('');
    const w = await runCli(['worker', '--queue', `redis://127.0.0.1:${port}`], cwd);
    expect(w.code).toBe(EXIT.unavailable);
    expect(w.stderr).toBe(`error: cannot reach Redis at ${url}: connection refused\n`);
  });

  it('refuses a URL that is not redis:// or rediss:// as a usage error', async () => {
    const r = await runCli(['sweep', 'tiny.yaml', '--queue', 'http://127.0.0.1:6379'], workdir());
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toBe('error: --queue http://127.0.0.1:6379: expected redis:// or rediss://, not http://\n');
  });
});

describe.skipIf(!runQueueTests)('dcsim sweep --queue with a real redis-server', { timeout: 180_000 }, () => {
  let redis: RedisServer;
  let client: Redis;
  beforeAll(async () => {
    redis = await startRedis();
    client = new Redis(redis.url);
  });
  afterAll(async () => {
    client?.disconnect();
    await redis?.stop();
  });
  const workers: CliProcess[] = [];
  const worker = (cwd: string, url: string, extra: string[] = []): CliProcess => {
    const w = new CliProcess(['worker', '--queue', url, '--concurrency', '1', ...extra], cwd);
    workers.push(w);
    return w;
  };
  afterAll(async () => {
    for (const w of workers) w.kill('SIGKILL');
  });

  it('two worker processes complete a sweep: the files equal the local run, every run stored once', async () => {
    const url = redis.url.replace(/\/0$/, '/1');
    const cwd = workdir({ duration: '12h' });
    expect((await runCli(['sweep', 'tiny.yaml', '--workers', '1', '--out', 'local', '--quiet'], cwd)).code).toBe(EXIT.ok);
    const a = worker(cwd, url);
    const b = worker(cwd, url);
    await Promise.all([a.waitFor(/^worker on /m), b.waitFor(/^worker on /m)]);
    const r = await runCli(['sweep', 'tiny.yaml', '--queue', url, '--out', 'dist', '--quiet'], cwd);
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
    expect(folderContents(join(cwd, 'dist'))).toEqual(folderContents(join(cwd, 'local')));
    // A worker logs "done" just after storing the result, so the sweep can finish before the
    // last line reaches its stdout: wait (bounded) until the 12 lines are there.
    await waitForDoneLines([a, b], 12);
    const done = [...runsIn(a.lines(/^done /)), ...runsIn(b.lines(/^done /))];
    expect(done.sort()).toEqual(['p000', 'p001', 'p002', 'p003', 'p004', 'p005'].flatMap((p) => [`${p}-r00`, `${p}-r01`]));
    expect(a.lines(/^done /).length).toBeGreaterThan(0);
    expect(b.lines(/^done /).length).toBeGreaterThan(0);
    const id = sweepIdOf(join(cwd, 'dist'));
    const db = new Redis(url);
    expect(await db.hlen(resultsKey(id))).toBe(12);
    expect(await db.hget(statsKey(id), 'executions')).toBe('12');
    db.disconnect();
    a.kill('SIGTERM');
    b.kill('SIGTERM');
    expect([await a.exited, await b.exited]).toEqual([0, 0]);
    expect(a.out).toMatch(/worker stopped\n$/);
  });

  it('a worker killed with SIGKILL mid-job loses nothing: its job stalls, another worker runs it, the files equal the local run', async () => {
    const url = redis.url.replace(/\/0$/, '/2');
    const cwd = workdir({ duration: '2d', vms: 28, replications: 1 });
    expect((await runCli(['sweep', 'tiny.yaml', '--workers', '2', '--out', 'local', '--quiet'], cwd)).code).toBe(EXIT.ok);
    const coordinator = runCli(['sweep', 'tiny.yaml', '--queue', url, '--out', 'dist', '--quiet'], cwd);
    const doomed = worker(cwd, url, FAST_STALL);
    const started = (await doomed.waitFor(/^started (\S+)$/m))[1] as string;
    doomed.kill('SIGKILL');
    expect(await doomed.exited).toBeNull();
    const run = started.replace(/^[0-9a-f]+-/, '');
    const id = started.slice(0, started.length - run.length - 1);
    expect(await client.select(2)).toBe('OK');
    expect(await client.hexists(resultsKey(id), run)).toBe(0); // it died before storing its result

    const rescuer = worker(cwd, url, FAST_STALL);
    const r = await coordinator;
    expect([r.code, r.stderr]).toEqual([EXIT.ok, '']);
    expect(rescuer.out).toContain(`started ${started}\n`);
    expect(folderContents(join(cwd, 'dist'))).toEqual(folderContents(join(cwd, 'local')));
    expect(await client.hlen(resultsKey(id))).toBe(6);
    expect(await client.hget(statsKey(id), 'executions')).toBe('6');
    rescuer.kill('SIGTERM');
    expect(await rescuer.exited).toBe(0);
  });

  it('a sweep resumed after its coordinator and worker were killed computes none of the finished runs again', async () => {
    const url = redis.url.replace(/\/0$/, '/3');
    const cwd = workdir({ duration: '12h', replications: 3 });
    expect((await runCli(['sweep', 'tiny.yaml', '--workers', '2', '--out', 'local', '--quiet'], cwd)).code).toBe(EXIT.ok);
    const first = new CliProcess(['sweep', 'tiny.yaml', '--queue', url, '--out', 'dist'], cwd);
    const w1 = worker(cwd, url, FAST_STALL);
    await w1.waitForLines(/^done /, 4);
    w1.kill('SIGKILL');
    first.kill('SIGKILL');
    await Promise.all([w1.exited, first.exited]);
    const finished = runsIn(w1.lines(/^done /));
    expect(finished.length).toBeGreaterThanOrEqual(4);
    expect(finished.length).toBeLessThan(18);

    const w2 = worker(cwd, url, FAST_STALL);
    const again = await runCli(['sweep', 'tiny.yaml', '--queue', url, '--out', 'dist'], cwd);
    expect(again.code).toBe(EXIT.ok);
    const recomputed = runsIn(w2.lines(/^started /)).filter((run) => finished.includes(run));
    expect(recomputed).toEqual([]);
    expect(again.stdout).toMatch(/runs: \d+ computed, \d+ from the checkpoint/);
    const fromCheckpoint = Number((/runs: \d+ computed, (\d+) from the checkpoint/.exec(again.stdout) as RegExpExecArray)[1]);
    expect(fromCheckpoint).toBeGreaterThanOrEqual(finished.length);
    expect(folderContents(join(cwd, 'dist'))).toEqual(folderContents(join(cwd, 'local')));
    const id = sweepIdOf(join(cwd, 'dist'));
    expect(await client.select(3)).toBe('OK');
    expect(await client.hlen(resultsKey(id))).toBe(18);
    // Every simulation that was run was stored: none ran twice.
    expect(await client.hget(statsKey(id), 'executions')).toBe('18');
    w2.kill('SIGTERM');
    await w2.exited;
  });

  it('takes a password from the URL, hides it in messages, and names a wrong one', async () => {
    const port = await freePort();
    const { spawn } = await import('node:child_process');
    const child = spawn(REDIS_SERVER, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', 's3cret'], { stdio: 'ignore' });
    try {
      let conn: Redis | null = null;
      for (let k = 0; k < 100 && conn === null; k++) {
        try {
          conn = await connectRedis(`redis://:s3cret@127.0.0.1:${port}/0`);
        } catch {
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      expect(await conn?.ping()).toBe('PONG');
      conn?.disconnect();
      await expect(connectRedis(`redis://:wrong@127.0.0.1:${port}/0`)).rejects.toThrow(new RegExp(`^cannot reach Redis at redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}/0: authentication failed`));
      await expect(connectRedis(`redis://127.0.0.1:${port}/0`)).rejects.toThrow(/authentication failed \(NOAUTH/);
    } finally {
      child.kill('SIGTERM');
    }
  });
});
