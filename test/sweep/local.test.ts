/**
 * Local sweeps: worker threads change nothing in the results (byte-identical files for 1 and 2
 * workers), every finished run is in the checkpoint journal, and a sweep killed mid-way resumes
 * with the same command, computing only the runs it had not finished.
 */
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { runCli } from '../helpers/cli.js';
import { CliProcess, folderContents, sleep, workdir } from './helpers.js';

const OUTPUTS = ['frontier.csv', 'report.html', 'runs.ndjson', 'summary.json', 'sweep-summary.csv', 'sweep.csv', 'sweep.json'];

describe('dcsim sweep on worker threads', { timeout: 180_000 }, () => {
  it('--workers 1 and --workers 2 write byte-identical files (summary.json apart from its run section)', async () => {
    const cwd = workdir();
    const one = await runCli(['sweep', 'tiny.yaml', '--workers', '1', '--out', 'w1', '--quiet'], cwd);
    const two = await runCli(['sweep', 'tiny.yaml', '--workers', '2', '--out', 'w2', '--quiet'], cwd);
    expect([one.code, two.code, one.stderr, two.stderr]).toEqual([EXIT.ok, EXIT.ok, '', '']);
    const a = folderContents(join(cwd, 'w1'));
    const b = folderContents(join(cwd, 'w2'));
    expect(Object.keys(a)).toEqual(expect.arrayContaining([...OUTPUTS, 'points/p000/report.json', 'points/p005/report.json']));
    expect(b).toEqual(a);
    const run = (dir: string): Record<string, unknown> => (JSON.parse(readFileSync(join(cwd, dir, 'summary.json'), 'utf8')) as { run: Record<string, unknown> }).run;
    expect(run('w1')).toMatchObject({ mode: 'local', workers: 1, computed: 12, fromCheckpoint: 0 });
    expect(run('w2')).toMatchObject({ mode: 'local', workers: 2, computed: 12, fromCheckpoint: 0 });
    // No checkpoint folder is left beside the outputs.
    expect(readdirSync(cwd).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('--split-clusters (each run\'s clusters apart, merged) writes the same files as whole runs, on 1 or 2 workers', async () => {
    const cwd = workdir({ clusters: 2, duration: '2h' });
    const whole = await runCli(['sweep', 'tiny.yaml', '--workers', '2', '--out', 'whole', '--quiet'], cwd);
    const split1 = await runCli(['sweep', 'tiny.yaml', '--workers', '1', '--split-clusters', '--out', 'split1', '--quiet'], cwd);
    const split2 = await runCli(['sweep', 'tiny.yaml', '--workers', '2', '--split-clusters', '--out', 'split2', '--quiet'], cwd);
    expect([whole.code, split1.code, split2.code, whole.stderr, split1.stderr, split2.stderr]).toEqual([EXIT.ok, EXIT.ok, EXIT.ok, '', '', '']);
    const a = folderContents(join(cwd, 'whole'));
    expect(Object.keys(a)).toEqual(expect.arrayContaining([...OUTPUTS, 'points/p000/report.json']));
    expect(folderContents(join(cwd, 'split1'))).toEqual(a);
    expect(folderContents(join(cwd, 'split2'))).toEqual(a);
    const run = JSON.parse(readFileSync(join(cwd, 'split2', 'summary.json'), 'utf8')) as { run: Record<string, unknown> };
    expect(run.run).toMatchObject({ mode: 'local', workers: 2, splitByCluster: true, computed: 12 });
  });

  it('--split-clusters is refused, before anything runs, for one cluster or a queue', async () => {
    const cwd = workdir();
    const one = await runCli(['sweep', 'tiny.yaml', '--split-clusters', '--out', 'o'], cwd);
    expect(one.code).toBe(EXIT.usage);
    expect(one.stderr).toContain('--split-clusters: the scenario has 1 cluster; splitting needs two or more');
    const queued = await runCli(['sweep', 'tiny.yaml', '--split-clusters', '--queue', 'redis://127.0.0.1:1/0', '--out', 'o'], cwd);
    expect(queued.code).toBe(EXIT.usage);
    expect(queued.stderr).toContain('leave out --queue');
    expect(existsSync(join(cwd, 'o'))).toBe(false);
  });

  it('writes one sweep.csv row per run in run-id order and one summary row per point', async () => {
    const cwd = workdir();
    expect((await runCli(['sweep', 'tiny.yaml', '--workers', '2', '--out', 'o', '--quiet'], cwd)).code).toBe(EXIT.ok);
    const rows = readFileSync(join(cwd, 'o', 'sweep.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toMatch(/^run,point,replication,seed,cpu\.overcommit,memory\.overcommit,cpuReady\.p95OfVmP95Pct,/);
    expect(rows.slice(1).map((r) => r.split(',')[0])).toEqual(['p000', 'p001', 'p002', 'p003', 'p004', 'p005'].flatMap((p) => [`${p}-r00`, `${p}-r01`]));
    // Common random numbers: replication r has the same seed at every point.
    const seeds = rows.slice(1).map((r) => r.split(',')[3]);
    expect(new Set(seeds.filter((_, k) => k % 2 === 0)).size).toBe(1);
    expect(seeds[0]).not.toBe(seeds[1]);
    const summary = readFileSync(join(cwd, 'o', 'sweep-summary.csv'), 'utf8').trim().split('\n');
    expect(summary).toHaveLength(7);
    expect(summary[0]).toMatch(/^point,cpu\.overcommit,memory\.overcommit,runs,meets_objectives,failing_objectives,hosts_in_use,achieved_vcpu_per_core,achieved_memory_overcommit,bound_by,not_binding,cpuReady\.p95OfVmP95Pct\.mean,cpuReady\.p95OfVmP95Pct\.sd,cpuReady\.p95OfVmP95Pct\.ci95_low,cpuReady\.p95OfVmP95Pct\.ci95_high,/);
    const sweep = JSON.parse(readFileSync(join(cwd, 'o', 'sweep.json'), 'utf8')) as { points: unknown[]; frontier: unknown[] };
    expect(sweep.points).toHaveLength(6);
    expect(sweep.frontier.length).toBeGreaterThan(0);
    expect(readFileSync(join(cwd, 'o', 'report.html'), 'utf8')).toContain('p005 cpu.overcommit=4 memory.overcommit=1.5');
  });

  it('resumes a sweep killed with SIGKILL: finished runs come from the checkpoint, a torn last line and a half-written file are ignored, the files equal a fresh run', async () => {
    const cwd = workdir({ duration: '12h', replications: 4 });
    const total = 24;
    const fresh = await runCli(['sweep', 'tiny.yaml', '--workers', '1', '--out', 'fresh', '--quiet'], cwd);
    expect(fresh.code).toBe(EXIT.ok);

    const child = new CliProcess(['sweep', 'tiny.yaml', '--workers', '1', '--out', 'resumed'], cwd);
    let journal = '';
    for (const until = Date.now() + 90_000; Date.now() < until; ) {
      const ckpt = readdirSync(cwd).find((n) => n.startsWith('.resumed.sweep-'));
      journal = ckpt ? join(cwd, ckpt, 'runs.ndjson') : '';
      if (journal !== '' && existsSync(journal) && readFileSync(journal, 'utf8').split('\n').length > 4) break;
      await sleep(5);
    }
    child.kill('SIGKILL');
    expect(await child.exited).toBeNull(); // killed, not finished
    expect(existsSync(join(cwd, 'resumed'))).toBe(false);
    const done = readFileSync(journal, 'utf8').split('\n').filter((l) => l.endsWith('}')).length;
    expect(done).toBeGreaterThanOrEqual(4);
    expect(done).toBeLessThan(total);
    appendFileSync(journal, '{"run":"p005-r0'); // as if killed in the middle of a write
    writeFileSync(join(dirname(journal), 'points', 'p000', 'report.json.tmp-424242'), '{"half'); // and of a report's

    const again = await runCli(['sweep', 'tiny.yaml', '--workers', '2', '--out', 'resumed'], cwd);
    expect(again.code).toBe(EXIT.ok);
    expect(again.stdout).toContain(`(${done} from the checkpoint)`);
    expect(again.stdout).toContain(`runs: ${total - done} computed, ${done} from the checkpoint`);
    expect(folderContents(join(cwd, 'resumed'))).toEqual(folderContents(join(cwd, 'fresh')));
    expect(readdirSync(cwd).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('--restart discards the checkpoint and computes every run again', async () => {
    const cwd = workdir({ replications: 1 });
    expect((await runCli(['sweep', 'tiny.yaml', '--workers', '1', '--out', 'o', '--quiet'], cwd)).code).toBe(EXIT.ok);
    const r = await runCli(['sweep', 'tiny.yaml', '--workers', '1', '--out', 'o', '--force', '--restart'], cwd);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toContain('runs: 6 computed, 0 from the checkpoint');
  });
});
