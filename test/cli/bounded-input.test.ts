/**
 * Bounded work and input: a run whose VM-steps or outputs are beyond the default limits is
 * refused before it starts (with the estimate and the limit) unless --allow-large; devices,
 * pipes and oversized files are refused before a byte is read; a missing overlay, a document
 * nested thousands deep and a csv trace shorter than the run are told in words.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { loadScenario } from '../../src/scenario/index.js';
import { DEFAULT_LIMITS, estimateWork, overLimits } from '../../src/run/work-estimate.js';
import { runCli, workdirWithDefault } from '../helpers/cli.js';
import { SCENARIOS_DIR } from '../helpers/sim.js';
import { tinyScenario } from '../sweep/helpers.js';

function withDuration(cwd: string, duration: string, name = 'big.yaml'): string {
  writeFileSync(join(cwd, name), readFileSync(join(cwd, 'default.yaml'), 'utf8').replace(/^duration: .*$/m, `duration: ${duration}`));
  return name;
}

describe('work estimate', () => {
  it('default.yaml: 150 VMs × 288 five-minute steps = 43,200 VM-steps, within the limits', () => {
    const s = loadScenario(join(SCENARIOS_DIR, 'default.yaml'));
    const e = estimateWork(s.spec);
    expect([e.vms, e.hosts, e.clusters, e.steps, e.intervals, e.vmSteps]).toEqual([150, 6, 1, 288, 288, 43_200]);
    expect(overLimits(e)).toEqual([]);
  });

  it('a run of 100,000,000 days is over both limits, named with its figures', () => {
    const cwd = workdirWithDefault();
    const e = estimateWork(loadScenario(join(cwd, withDuration(cwd, '100000000d'))).spec);
    expect(e.vmSteps).toBe(150 * 100_000_000 * 288);
    const over = overLimits(e);
    expect(over).toHaveLength(2);
    expect(over[0]).toBe('150 VMs × 2.88×10^10 steps = 4.32×10^12 VM-steps, over the limit of 2.00×10^9');
    // 2.88e10 intervals × (265 B + 6 × 230 B) × 3 copies ≈ 1.42e14 B.
    expect(over[1]).toBe('about 142 TB of outputs (2.88×10^10 intervals × 6 hosts and 1 cluster(s)), over the limit of 4.0 GB');
    expect(DEFAULT_LIMITS).toEqual({ vmSteps: 2e9, outputBytes: 4e9 });
  });
});

describe('dcsim run refuses runaway work', () => {
  it('exit 3 before anything is written, with the estimate, the limit and the flag; validate warns of the same', async () => {
    const cwd = workdirWithDefault();
    const file = withDuration(cwd, '100000000d');
    const r = await runCli(['run', file, '--out', 'out'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(r.stderr).toContain(`error: ${file}: this run is larger than dcsim starts without being asked:\n  - 150 VMs × 2.88×10^10 steps`);
    expect(r.stderr).toContain('pass --allow-large to run it anyway');
    expect(existsSync(join(cwd, 'out'))).toBe(false);
    expect(readdirSync(cwd).filter((n) => n.startsWith('.'))).toEqual([]);
    const v = await runCli(['validate', file], cwd);
    expect(v.code).toBe(0);
    expect(v.stderr).toContain('beyond the default limits, `dcsim run` needs --allow-large');
  });

  it('--allow-large is accepted by run and changes nothing for a run within the limits', async () => {
    const cwd = workdirWithDefault();
    const r = await runCli(['run', 'default.yaml', '--out', 'ok', '--allow-large', '--quiet'], cwd);
    expect(r.code).toBe(0);
    expect(existsSync(join(cwd, 'ok', 'report.json'))).toBe(true);
  });

  it('a sweep whose runs are over the limits is refused (exit 3)', async () => {
    const cwd = workdirWithDefault();
    const file = withDuration(cwd, '100000000d');
    const r = await runCli(['sweep', file, '--set', 'cpu.overcommit=1,2', '--out', 'sw', '--quiet'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(r.stderr).toContain('one run of this sweep is larger than dcsim starts without being asked');
  });
});

describe('input files', () => {
  it('/dev/zero and a FIFO are refused at once as not regular files (run and validate)', async () => {
    const cwd = workdirWithDefault();
    execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
    for (const args of [['validate', '/dev/zero'], ['run', '/dev/zero'], ['validate', 'pipe.yaml'], ['run', 'pipe.yaml', '--out', 'x']]) {
      const r = await runCli(args, cwd);
      expect(r.code).toBe(EXIT.invalidScenario);
      expect(r.stderr).toContain('it is not a regular file (a device, pipe or socket); dcsim reads only regular files');
    }
  });

  it('a scenario over 64 MiB is refused before it is read, naming its size and the limit', async () => {
    const cwd = workdirWithDefault();
    writeFileSync(join(cwd, 'huge.yaml'), '');
    truncateSync(join(cwd, 'huge.yaml'), 65 * 1024 * 1024);
    const r = await runCli(['validate', 'huge.yaml'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(r.stderr).toContain("cannot read scenario file 'huge.yaml': it is 65 MiB, over the 64 MiB limit for this kind of file");
  });

  it('--overlay naming a missing file: one sentence, no ENOENT', async () => {
    const cwd = workdirWithDefault();
    const r = await runCli(['run', 'default.yaml', '--overlay', 'nosuch.yaml'], cwd);
    expect(r).toEqual({ code: EXIT.invalidScenario, stdout: '', stderr: "error: cannot read overlay 'nosuch.yaml': no such file\n" });
  });

  it('a document nested 20,000 deep is refused in words, not "Maximum call stack size exceeded"', async () => {
    const cwd = workdirWithDefault();
    writeFileSync(join(cwd, 'deep.yaml'), `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    writeFileSync(join(cwd, 'deep.json'), `{"a": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`);
    for (const f of ['deep.yaml', 'deep.json']) {
      const r = await runCli(['validate', f], cwd);
      expect(r.code).toBe(EXIT.invalidScenario);
      expect(r.stderr).toContain(`${f}:1:`);
      expect(r.stderr).toContain('the document is nested far deeper than any scenario');
      expect(r.stderr).not.toMatch(/call stack/i);
    }
  });

  it('a csv trace shorter than the run warns that it repeats from its start', async () => {
    const cwd = workdirWithDefault();
    writeFileSync(join(cwd, 't.csv'), 'time_s,cpu_pct\n0,10\n3600,50\n');
    writeFileSync(
      join(cwd, 'trace.yaml'),
      tinyScenario({ sweep: false, duration: '1d' }).replace(/workload: \{[^}]*\}/, 'workload: { type: trace, format: csv, path: t.csv }'),
    );
    const r = await runCli(['validate', 'trace.yaml'], cwd);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('the shortest trace (t.csv) covers 2h, less than the duration 1d; it repeats from its start');
  });
});
