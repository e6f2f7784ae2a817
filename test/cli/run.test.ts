/**
 * `dcsim run` in-process: writes the whole report folder atomically, refuses to overwrite
 * without --force (exit 4), replaces with it, and never leaves a temp folder behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { fakeClock, REPORT_FILES } from '../helpers/default-run.js';
import { runCli, tempLeftovers, workdirWithDefault } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';

describe('dcsim run', () => {
  it('writes all of summary.json, report.json, vms.csv, both time series and events.ndjson into reports/default and returns 0', async () => {
    const cwd = workdirWithDefault();
    const r = await runCli(['run', 'default.yaml'], cwd);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(EXIT.ok).toBe(0);
    const out = join(cwd, 'reports', 'default');
    expect(readdirSync(out)).toEqual(expect.arrayContaining([...REPORT_FILES]));
    for (const f of REPORT_FILES) expect(statSync(join(out, f)).size).toBeGreaterThan(0);
    expect(r.stdout).toContain('default: 1 cluster(s), seed 42');
    expect(r.stdout).toContain('VMs 150 placed');
    expect(r.stdout.endsWith('report: reports/default\n')).toBe(true);
    expect(tempLeftovers(join(cwd, 'reports'))).toEqual([]);
  });

  it('names the scenario file relative to the working folder in summary.json and takes wallTimeMs from the injected clock', async () => {
    const cwd = workdirWithDefault();
    await runCli(['run', 'default.yaml', '--quiet'], cwd);
    const summary = JSON.parse(readFileSync(join(cwd, 'reports', 'default', 'summary.json'), 'utf8')) as {
      scenario: { file: string; name: string };
      run: { wallTimeMs: number };
      seed: number;
    };
    expect(summary.scenario).toMatchObject({ file: 'default.yaml', name: 'default' });
    expect(summary.seed).toBe(42);
    // The fake clock advances 7 ms per read; the run reads it at least twice.
    expect(summary.run.wallTimeMs % 7).toBe(0);
    expect(summary.run.wallTimeMs).toBeGreaterThanOrEqual(7);
  });

  it('returns 4 on a second run without --force, says "already exists (use --force", and leaves the first report untouched', async () => {
    const cwd = workdirWithDefault();
    expect((await runCli(['run', 'default.yaml', '--quiet'], cwd)).code).toBe(0);
    const report = join(cwd, 'reports', 'default', 'report.json');
    const before = readFileSync(report, 'utf8');
    const r = await runCli(['run', 'default.yaml', '--quiet'], cwd);
    expect(r.code).toBe(EXIT.outputExists);
    expect(EXIT.outputExists).toBe(4);
    expect(r.stderr).toContain('already exists (use --force');
    expect(r.stderr).toBe(`error: output folder ${join(cwd, 'reports', 'default')} already exists (use --force to replace it)\n`);
    expect(readFileSync(report, 'utf8')).toBe(before);
    expect(tempLeftovers(join(cwd, 'reports'))).toEqual([]);
  });

  it('replaces its own folder with --force: every report file is rewritten, no temp folder left', async () => {
    const cwd = workdirWithDefault();
    expect((await runCli(['run', 'default.yaml', '--quiet'], cwd)).code).toBe(0);
    const out = join(cwd, 'reports', 'default');
    const r = await runCli(['run', 'default.yaml', '--quiet', '--force', '--seed', '7'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out)).toEqual(expect.arrayContaining([...REPORT_FILES, '.dcsim-output']));
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { seed: number };
    expect(summary.seed).toBe(7);
    expect(tempLeftovers(join(cwd, 'reports'))).toEqual([]);
  });

  it('refuses --force (exit 4) when a file the user added is in its folder, and keeps both the file and the report', async () => {
    const cwd = workdirWithDefault();
    expect((await runCli(['run', 'default.yaml', '--quiet'], cwd)).code).toBe(0);
    const out = join(cwd, 'reports', 'default');
    const before = readFileSync(join(out, 'report.json'), 'utf8');
    writeFileSync(join(out, 'notes.txt'), 'my notes');
    const r = await runCli(['run', 'default.yaml', '--quiet', '--force', '--seed', '7'], cwd);
    expect(r.code).toBe(EXIT.outputExists);
    expect(r.stderr).toBe(
      `error: ${out} was written by dcsim but now also holds 1 entry it did not write ('notes.txt'); dcsim replaces only what it wrote itself, so nothing was touched (choose another output path, or move it away yourself)\n`,
    );
    expect(readFileSync(join(out, 'notes.txt'), 'utf8')).toBe('my notes');
    expect(readFileSync(join(out, 'report.json'), 'utf8')).toBe(before);
    expect(tempLeftovers(join(cwd, 'reports'))).toEqual([]);
  });

  it('writes to --out and leaves no temp folder when the scenario is invalid (exit 3)', async () => {
    const cwd = workdirWithDefault();
    writeFileSync(join(cwd, 'bad.yaml'), 'name: bad\nduration: 1d\n');
    mkdirSync(join(cwd, 'out'));
    const bad = await runCli(['run', 'bad.yaml', '--out', 'out/bad'], cwd);
    expect(bad.code).toBe(EXIT.invalidScenario);
    expect(existsSync(join(cwd, 'out', 'bad'))).toBe(false);
    expect(tempLeftovers(join(cwd, 'out'))).toEqual([]);
    const ok = await runCli(['run', 'default.yaml', '--out', 'out/mine', '--quiet'], cwd);
    expect(ok.code).toBe(0);
    expect(readdirSync(join(cwd, 'out', 'mine'))).toEqual(expect.arrayContaining([...REPORT_FILES]));
    expect(tempLeftovers(join(cwd, 'out'))).toEqual([]);
  });

  it('removes its temp folder when the run fails half-way (a progress write throws): exit 1, no report, no ".default.tmp-*"', async () => {
    // A terminal whose wall clock jumps 2 s per read makes the progress bar draw; its stderr
    // write throws, which aborts the run after the temp folder was created and filled.
    const cwd = workdirWithDefault();
    let drawn = 0;
    let errors = '';
    const r = await runCli(['run', 'default.yaml'], cwd, {
      isTTY: true,
      wallClock: fakeClock(0, 2000),
      stderr: (t) => {
        if (t.startsWith('\r[')) {
          drawn++;
          throw new Error('terminal went away');
        }
        errors += t;
      },
    });
    expect(drawn).toBe(1);
    expect(r.code).toBe(EXIT.internal);
    expect(errors).toBe('internal error: terminal went away\n');
    expect(existsSync(join(cwd, 'reports', 'default'))).toBe(false);
    expect(tempLeftovers(join(cwd, 'reports'))).toEqual([]);
  });

  it('prints the unplaceable VMs of an over-subscribed scenario and still returns 0', async () => {
    const cwd = workdirWithDefault();
    const text = readFileSync(join(cwd, 'default.yaml'), 'utf8').replace('count: 80', 'count: 800');
    writeFileSync(join(cwd, 'over.yaml'), text);
    const r = await runCli(['run', 'over.yaml', '--out', 'over'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/VMs \d+ placed, \d+ UNPLACEABLE/);
    expect(r.stdout).toMatch(/ {2}unplaceable dc1\/cluster-a\/web-\d+: no host fits: /);
    expect(r.stdout).toMatch(/… \d+ more in vms\.csv/);
  });

  it('lists as unplaceable only the VMs never placed: one placed later from the queue is not (placement unplaced: wait)', async () => {
    // Two hosts of 64 GiB, memory capped at 1.5× (96 GiB each), each holding a 60 GiB VM: big
    // (40 GiB) and bigger (60 GiB) wait at power-on; deleting one base VM at 1 h frees room for
    // big only (test/model/provisioning/unplaced-queue.test.ts holds the same world).
    const cwd = tempDir('cli-unplaced');
    const scenario = {
      name: 'queue',
      seed: 1,
      start: '2026-03-02T00:00:00Z',
      duration: '4h',
      step: '5m',
      templates: { base: { vcpus: 8, memoryGiB: 60 }, big: { vcpus: 4, memoryGiB: 40 }, bigger: { vcpus: 4, memoryGiB: 60 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'filter-weigher', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5, unplaced: 'wait', filterScheduler: { weighers: [{ weigher: 'RAMWeigher' }] } },
          hosts: [{ name: 'h', count: 2, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 } }],
          vms: [
            { name: 'base', count: 2, template: 'base', workload: { type: 'constant', cpu: 0.1 } },
            { name: 'big', count: 1, template: 'big', workload: { type: 'constant', cpu: 0.1 } },
            { name: 'bigger', count: 1, template: 'bigger', workload: { type: 'constant', cpu: 0.1 } },
          ],
        },
      ],
      events: [{ at: '1h', type: 'delete-vms', group: 'dc1/c1/base', count: 1 }],
    };
    writeFileSync(join(cwd, 'queue.json'), JSON.stringify(scenario));
    const r = await runCli(['run', 'queue.json', '--out', 'q'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(', 1 UNPLACEABLE');
    expect(r.stdout.split('\n').filter((l) => l.startsWith('  unplaceable '))).toEqual([expect.stringMatching(/^ {2}unplaceable dc1\/c1\/bigger-001: /)]);
    const report = JSON.parse(readFileSync(join(cwd, 'q', 'report.json'), 'utf8')) as { vms: { id: string; unplaceable: string | null }[] };
    expect(report.vms.filter((v) => v.unplaceable !== null).map((v) => v.id)).toEqual(['dc1/c1/bigger-001']);
    const rows = readFileSync(join(cwd, 'q', 'vms.csv'), 'utf8').trim().split('\n');
    const status = rows[0]?.split(',').indexOf('status') ?? -1;
    expect(status).toBeGreaterThan(0);
    expect(Object.fromEntries(rows.slice(1).map((l) => [l.split(',')[0], l.split(',')[status]]))).toMatchObject({ 'dc1/c1/big-001': 'placed', 'dc1/c1/bigger-001': 'unplaceable' });
  });
});

