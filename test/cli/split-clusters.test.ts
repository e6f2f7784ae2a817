/**
 * `dcsim run --split-clusters`: the clusters on worker threads, the same report folder and the
 * same terminal summary as the run in one piece; scenarios whose clusters are tied together are
 * refused with the reasons, and the options that need one simulation are refused.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/io.js';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';

function workdir(...names: string[]): string {
  const dir = tempDir('split-cli');
  for (const n of names) copyFileSync(join(SCENARIOS_DIR, n), join(dir, n));
  return dir;
}

describe('dcsim run --split-clusters', { timeout: 120_000 }, () => {
  it('writes the report one simulation writes and prints the same headline (ha-lab: four clusters, two failures each)', async () => {
    const cwd = workdir('ha-lab.yaml');
    const whole = await runCli(['run', 'ha-lab.yaml', '--out', 'whole'], cwd);
    const split = await runCli(['run', 'ha-lab.yaml', '--out', 'split', '--split-clusters', '--workers', '2'], cwd);
    expect([whole.code, split.code, split.stderr]).toEqual([EXIT.ok, EXIT.ok, '']);
    for (const f of ['report.json', 'events.ndjson', 'vms.csv', 'timeseries-cluster.csv', 'timeseries-host.csv', 'energy.csv', 'finance.csv'])
      expect(readFileSync(join(cwd, 'split', f), 'utf8'), f).toBe(readFileSync(join(cwd, 'whole', f), 'utf8'));
    expect(split.stdout).toContain('ha-lab: 4 cluster(s) on 2 worker thread(s), seed');
    // The headline lines (after the title) are the same.
    const body = (s: string): string => s.split('\n').slice(1).join('\n').replace(/report: \S+/, '');
    expect(body(split.stdout)).toBe(body(whole.stdout));
    const summary = JSON.parse(readFileSync(join(cwd, 'split', 'summary.json'), 'utf8')) as { run: { splitByCluster: unknown } };
    expect(summary.run.splitByCluster).toEqual({ clusters: 4, workers: 2 });
  });

  it('refuses a scenario with disaster recovery across sites, naming why, and writes nothing', async () => {
    const cwd = workdir('dr-site-failover.yaml');
    const r = await runCli(['run', 'dr-site-failover.yaml', '--out', 'o', '--split-clusters'], cwd);
    expect(r.code).toBe(EXIT.invalidScenario);
    expect(r.stderr).toMatch(/^error: dr-site-failover\.yaml: the clusters cannot run apart:\n {2}- VM groups replicate to another site \(.*\): disaster recovery spans clusters\n/);
    expect(r.stderr).toContain('run without --split-clusters');
    expect(existsSync(join(cwd, 'o'))).toBe(false);
  });

  it('refuses --workers without --split-clusters, a bad worker count, and a checkpoint', async () => {
    const cwd = workdir('ha-lab.yaml');
    const a = await runCli(['run', 'ha-lab.yaml', '--workers', '2'], cwd);
    expect([a.code, a.stderr]).toEqual([EXIT.usage, 'error: --workers applies to --split-clusters (a run in one piece is one thread)\n']);
    const b = await runCli(['run', 'ha-lab.yaml', '--split-clusters', '--workers', '0'], cwd);
    expect([b.code, b.stderr]).toEqual([EXIT.usage, 'error: --workers: expected a whole number ≥ 1, got "0"\n']);
    const c = await runCli(['run', 'ha-lab.yaml', '--split-clusters', '--checkpoint-at', '1h'], cwd);
    expect([c.code, c.stderr]).toEqual([EXIT.usage, 'error: --checkpoint-at needs the run in one piece (leave out --split-clusters)\n']);
  });
});
