/**
 * Sweep definitions are checked before anything runs: a bad path or value is reported naming
 * the --set argument (or the sweep section entry) that caused it, with the loader's own words,
 * and nothing is written. The command line replaces the file's sweep section.
 */
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { loadScenario } from '../../src/scenario/index.js';
import { planSweep } from '../../src/sweep/plan.js';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR } from '../helpers/sim.js';
import { tinyScenario, workdir } from './helpers.js';

function plan(cwd: string, options: Parameters<typeof planSweep>[2] = {}) {
  const file = join(cwd, 'tiny.yaml');
  return planSweep(loadScenario('tiny.yaml', file), file, options);
}

describe('dcsim sweep: checks before running', () => {
  it('names the --set argument and the field when a value does not fit the schema, exits 3 and writes nothing', async () => {
    const cwd = workdir();
    const r = await runCli(['sweep', 'tiny.yaml', '--set', 'cpu.overcommit=1,abc', '--workers', '1'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(r.stderr).toMatch(/^error: --set cpu\.overcommit=abc: clusters\[0\]\.placement\.maxVcpuPerCore: expected .*number/m);
    expect(r.stdout).toBe('');
    expect(existsSync(join(cwd, 'reports'))).toBe(false);
  });

  it('says which key is unknown and which keys are allowed, once for all the values that hit it', async () => {
    const cwd = workdir();
    const r = await runCli(['sweep', 'tiny.yaml', '--set', 'clusters[0].placement.maxVcpu=2,4'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    // One line for both values; the allowed keys are the loader's (others may be added to placement).
    expect(r.stderr).toMatch(/^error: --set clusters\[0\]\.placement\.maxVcpu=2,4: clusters\[0\]\.placement\.maxVcpu: unknown key 'maxVcpu'; allowed keys: algorithm, filterScheduler, unplaced, maxVcpuPerCore, [^\n]*\n$/);
  });

  it('refuses an index out of range, and sweeping the seed, naming the --set', async () => {
    const cwd = workdir();
    const r = await runCli(['sweep', 'tiny.yaml', '--set', 'clusters[3].hosts[0].count=1,2', '--set', 'seed=1,2'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(r.stderr).toContain('error: --set clusters[3].hosts[0].count: clusters has 1 entry, so [3] is out of range');
    expect(r.stderr).toContain("error: --set seed: 'seed' cannot be swept");
  });

  it('reports semantic problems of a point too (a check past the schema), once per distinct problem', async () => {
    const cwd = workdir();
    const r = await runCli(['sweep', 'tiny.yaml', '--set', 'clusters[0].vms[0].template=app,nosuch', '--set', 'cpu.overcommit=2,4'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: --set clusters\[0\]\.vms\[0\]\.template=nosuch: clusters\[0\]\.vms\[0\]\.template: .*nosuch/);
  });

  it('is a usage error (exit 2) for a --set without values, a bad objective or a bad count', async () => {
    const cwd = workdir();
    for (const args of [['--set', 'cpu.overcommit'], ['--set', 'cpu.overcommit=1,,2'], ['--objective', 'cpuReady.p95<5'], ['--replications', '0'], ['--workers', 'two'], ['--frontier', 'max']]) {
      const r = await runCli(['sweep', 'tiny.yaml', ...args], cwd);
      expect(r.code, args.join(' ')).toBe(EXIT.usage);
      expect(r.stderr).toMatch(/^error: /);
    }
  });

  it('names a bad value in the sweep section of the file by its entry', async () => {
    const cwd = workdir();
    writeFileSync(join(cwd, 'tiny.yaml'), tinyScenario().replace('cpu.overcommit: [1, 2, 4]', 'cpu.overcommit: [1, -2]'));
    const r = await runCli(['sweep', 'tiny.yaml'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(r.stderr).toContain('error: sweep.set["cpu.overcommit"] value -2: clusters[0].placement.maxVcpuPerCore:');
  });

  it('refuses an existing output folder without --force before running (exit 4)', async () => {
    const cwd = workdir();
    const r1 = await runCli(['sweep', 'tiny.yaml', '--out', 'x', '--set', 'cpu.overcommit=2', '--replications', '1', '--workers', '1', '--quiet'], cwd);
    expect(r1.code).toBe(EXIT.ok);
    const r2 = await runCli(['sweep', 'tiny.yaml', '--out', 'x', '--set', 'cpu.overcommit=2', '--replications', '1', '--workers', '1'], cwd);
    expect(r2.code).toBe(EXIT.outputExists);
    expect(r2.stderr).toContain('already exists (use --force');
    expect(readdirSync(cwd).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('planSweep', () => {
  it('plans scenarios/overcommit-sweep.yaml as 6 × 3 points × 30 replications, every point loading', () => {
    const file = join(SCENARIOS_DIR, 'overcommit-sweep.yaml');
    const p = planSweep(loadScenario('scenarios/overcommit-sweep.yaml', file), file, {});
    expect(p.parameters.map((x) => [x.name, x.values])).toEqual([
      ['cpu.overcommit', [2, 3, 4, 5, 6, 8]],
      ['memory.overcommit', [1, 1.25, 1.5]],
    ]);
    expect([p.points.length, p.replications, p.runs.length]).toEqual([18, 30, 540]);
    expect(p.runs[539]?.id).toBe('p017-r29');
  });

  it('takes the sweep section of the file: aliases fan out to every cluster, points × replications runs', () => {
    const p = plan(workdir());
    expect(p.parameters.map((x) => [x.name, x.values, x.targets])).toEqual([
      ['cpu.overcommit', [1, 2, 4], [['clusters', 0, 'placement', 'maxVcpuPerCore']]],
      ['memory.overcommit', [1, 1.5], [['clusters', 0, 'placement', 'maxMemoryOvercommit']]],
    ]);
    expect(p.points.map((x) => x.values)).toEqual([[1, 1], [1, 1.5], [2, 1], [2, 1.5], [4, 1], [4, 1.5]]);
    expect(p.runs.map((r) => r.id).slice(0, 3)).toEqual(['p000-r00', 'p000-r01', 'p001-r00']);
    expect(p.objectives.map((o) => o.text)).toEqual(['cpuReady.p95OfVmP95Pct<5', 'memory.peakSwappedGiB==0', 'availability.meanVmAvailabilityPct>=99.95']);
    expect(JSON.parse(p.base)).not.toHaveProperty('sweep');
  });

  it('lets the command line replace the set, the replications and the objectives', () => {
    const p = plan(workdir(), { set: ['clusters[0].placement.algorithm=spread,first-fit'], replications: 3, objectives: ['vmsUnplaceable==0'] });
    expect(p.parameters.map((x) => x.name)).toEqual(['clusters[0].placement.algorithm']);
    expect(p.runs).toHaveLength(6);
    expect(p.objectives.map((o) => o.text)).toEqual(['vmsUnplaceable==0']);
  });

  it('has an id that changes with what decides results (values, replications, seed) and not with objectives', () => {
    const cwd = workdir();
    const base = plan(cwd).id;
    expect(plan(cwd, { objectives: ['vmsUnplaceable==0'] }).id).toBe(base);
    expect(plan(cwd, { replications: 3 }).id).not.toBe(base);
    expect(plan(cwd, { seed: 8 }).id).not.toBe(base);
    expect(plan(cwd, { set: ['cpu.overcommit=1,2,4', 'memory.overcommit=1,1.6'] }).id).not.toBe(base);
    expect(base).toMatch(/^[0-9a-f]{12}$/);
  });
});
