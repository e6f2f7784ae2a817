/**
 * `dcsim runway`: the hand-computed linear case of test/runway/runway.test.ts through the command
 * line (sentence, runway.csv), and its refusals.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanningSummary } from '../../src/report/planning-schema.js';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';

const SCENARIO = `name: runway-linear
start: 2026-01-31T00:00:00Z
duration: 1h
step: 5m
templates:
  t: { vcpus: 2, memoryGiB: 4 }
clusters:
  - name: c1
    hosts:
      - { name: h, count: 1, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }
    vms:
      - name: g
        count: 4
        template: t
        workload: { type: constant, cpu: 0.4, memory: 0.2 }
        growth: { cpuPctPerMonth: 10, model: linear }
`;

describe('dcsim runway', () => {
  it('prints the run-out date (bisected within month 8) and writes each month to runway.csv', async () => {
    const dir = tempDir('runway-cli');
    writeFileSync(join(dir, 'lin.yaml'), SCENARIO);
    const r = await runCli(['runway', 'lin.yaml', '--months', '9', '--objective', 'cpu.peakUtilPct<70'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'c1 runs out of room under cpu.peakUtilPct<70 around 15 Sep 2026 (one seed, no interval); CPU binds first\n' +
        '  one run per point (seed of the scenario); the date found to within 1 day by bisecting the crossing month 5 times\n' +
        '  first failing month of each check: cpu.peakUtilPct<70 month 8 (2026-09-30); holding through month 9: every VM placed, memory state above hard\n' +
        'runway.csv: months 0-9 of lin.yaml, seed 1; 15 runs in all; no HA cluster, no failover check\n',
    );
    const csv = readFileSync(join(dir, 'runway.csv'), 'utf8').trim().split('\n');
    expect(csv[0]).toBe('month,date,cluster,"cpu.peakUtilPct<70","cpu.peakUtilPct<70 holds",every VM placed,every VM placed holds,memory state above hard,memory state above hard holds');
    expect(csv.slice(7, 10)).toEqual(['6,2026-07-31,c1,64,yes,0,yes,0,yes', '7,2026-08-31,c1,68,yes,0,yes,0,yes', '8,2026-09-30,c1,72,no,0,yes,0,yes']);
    expect((await runCli(['runway', 'lin.yaml', '--months', '2'], dir)).code).toBe(4);
  });

  it('the shipped example-growth estate: N+1, datastore space and every objective checked per cluster', async () => {
    const dir = tempDir('runway-example');
    const r = await runCli(['runway', join(SCENARIOS_DIR, 'inventory', 'example-growth.yaml'), '--months', '1', '--refine', '0', '--out', 'r.csv', '--quiet'], dir);
    expect(r.code).toBe(0);
    const csv = readFileSync(join(dir, 'r.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(1 + 2 * 2); // months 0–1 × clusters Prod-A and Lab
    expect(csv[0]).toContain('"datastore space<=85%","datastore space<=85% holds",N+1 failover,N+1 failover holds,N+1 failover failing');
    // Month 0: ds-prod-01 holds 4 × 40 × 50 % + 2 × 200 × 75 % = 380 GiB of 4096 (9.28 %); Lab has no HA, so no N+1 cell.
    expect(csv[1]).toMatch(/^0,2026-01-05,Prod-A,.*,9\.2773,yes,0,yes,$/);
    expect(csv[2]).toMatch(/^0,2026-01-05,Lab,.*,5\.8594,yes,,,$/);
  });

  it('README "When do I run out?" shows the shipped example-growth output as it is (8 seeds)', async () => {
    const dir = tempDir('runway-readme');
    const r = await runCli(['runway', join(SCENARIOS_DIR, 'inventory', 'example-growth.yaml'), '--replications', '8'], dir);
    expect(r.code).toBe(0);
    const readme = readFileSync(join(SCENARIOS_DIR, '..', 'README.md'), 'utf8');
    const block = /\$ dcsim runway scenarios\/inventory\/example-growth\.yaml --replications 8\n([\s\S]*?)runway\.csv: /.exec(readme)?.[1];
    expect(block).toBeDefined();
    expect(r.stdout.slice(0, r.stdout.lastIndexOf('runway.csv: '))).toBe(block);
  }, 180_000);

  it('--replications: each seed its own date; a 95 % t-interval on their mean, the method stated', async () => {
    const dir = tempDir('runway-reps');
    // Uniform 30–50 % per VM and step: peak utilisation lies between 30 and 50 % × (1 + 0.1 t), so
    // 70 % is first crossed no earlier than month 4 (50 × 1.4) and no later than month 14 (30 × 2.4).
    writeFileSync(join(dir, 'u.yaml'), SCENARIO.replace('{ type: constant, cpu: 0.4, memory: 0.2 }', '{ type: uniform, min: 0.3, max: 0.5, memory: 0.2 }'));
    const r = await runCli(['runway', 'u.yaml', '--months', '14', '--replications', '4', '--refine', '2', '--objective', 'cpu.peakUtilPct<70'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^c1 runs out of room under cpu\.peakUtilPct<70 around \d+ \w{3} 20\d\d \(± (under a day|\d+ days?|\d+ weeks)\); CPU binds first\n {2}95 % t-interval over 4 seeds on the crossing date \(mean .*\); each seed's date found to within 8 days by bisecting the crossing month 2 times\n/);
    const csv = readFileSync(join(dir, 'runway.csv'), 'utf8').trim().split('\n');
    expect(csv[0]?.startsWith('month,date,cluster,replication,"cpu.peakUtilPct<70","cpu.peakUtilPct<70 holds"')).toBe(true);
    expect(csv).toHaveLength(1 + 15 * 4);
  });

  it('dcsim headroom: 2 more VMs of the group fit under 70 % peak utilisation (hand-computed in test/runway/headroom.test.ts)', async () => {
    const dir = tempDir('headroom-cli');
    writeFileSync(join(dir, 'lin.yaml'), SCENARIO);
    const r = await runCli(['headroom', 'lin.yaml', '--group', 'c1/g', '--objective', 'cpu.peakUtilPct<70'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('c1: fits 2 more VMs of g (2 vCPUs, 4 GiB, its constant workload); with 3, cpu.peakUtilPct<70 fails (5 runs of lin.yaml)\n');
    const bad = await runCli(['headroom', 'lin.yaml', '--group', 'c1/web'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("error: --group: no VM group 'c1/web' in lin.yaml (groups: c1/g)\n");
  });

  it('--report writes today\'s run, runway.csv, planning.json and report.html with the runway, capacity and right-sizing', async () => {
    const dir = tempDir('runway-report');
    writeFileSync(join(dir, 'lin.yaml'), SCENARIO);
    const r = await runCli(['runway', 'lin.yaml', '--months', '9', '--objective', 'cpu.peakUtilPct<70', '--report', 'plan', '--headroom', 'c1/g', '--rightsize', '25'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('plan/runway.csv: months 0-9 of lin.yaml, seed 1');
    expect(r.stdout).toContain('c1: fits 2 more VMs of g: 2 vCPUs, 4 GiB, its constant workload; with one more, cpu.peakUtilPct<70 fails (5 runs)\n');
    expect(readdirSync(join(dir, 'plan'))).toEqual(expect.arrayContaining(['report.json', 'report.html', 'vms.csv', 'runway.csv', 'planning.json', 'rightsizing.csv']));
    expect(existsSync(join(dir, 'runway.csv'))).toBe(false);
    const p = JSON.parse(readFileSync(join(dir, 'plan', 'planning.json'), 'utf8')) as PlanningSummary;
    const c = p.clusters[0];
    expect(c?.runOut).toMatchObject({ date: '2026-09-15', lowDate: null, crossed: 1, binding: ['cpu.peakUtilPct<70'], resources: ['CPU'] });
    const util = c?.checks.find((k) => k.name === 'cpu.peakUtilPct<70');
    expect(util?.values.slice(6, 9)).toEqual([64, 68, 72]);
    expect(util?.threshold).toBe(70);
    expect(util?.firstFailMonth).toBe(8);
    expect(p.headroom).toEqual([{ cluster: 'c1', group: 'g', profile: 'g: 2 vCPUs, 4 GiB, its constant workload', fits: 2, atMax: false, binding: ['cpu.peakUtilPct<70'], runs: 5 }]);
    // 4 VMs of 2 vCPUs at 40 %: p95 demand 0.8 vCPU, × 1.25 = 1 vCPU recommended, 1 back each.
    expect(p.rightsizing?.rows.map((x) => [x[0], x[4], x[5], x[6]])).toEqual(['001', '002', '003', '004'].map((k) => [`dc1/c1/g-${k}`, 1, 1, 'oversized']));
    const vcpus = p.whatIf?.rows.find((x) => x.figure === 'vCPUs today');
    expect([vcpus?.today, vcpus?.whatIf]).toEqual([8, 4]);
    expect(readFileSync(join(dir, 'plan', 'report.html'), 'utf8')).toContain('dcsim-planning-summary');
    const again = await runCli(['runway', 'lin.yaml', '--months', '2', '--report', 'plan'], dir);
    expect(again.code).toBe(4);
    // The files runway added to the run's folder are in its marker: --force replaces the folder
    // (this time without rightsizing.csv), while a file of the user's in it still refuses.
    const forced = await runCli(['runway', 'lin.yaml', '--months', '2', '--report', 'plan', '--force', '--quiet'], dir);
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(readdirSync(join(dir, 'plan'))).toEqual(expect.arrayContaining(['report.json', 'runway.csv', 'planning.json']));
    expect(existsSync(join(dir, 'plan', 'rightsizing.csv'))).toBe(false);
    writeFileSync(join(dir, 'plan', 'notes.txt'), 'mine');
    const refused = await runCli(['runway', 'lin.yaml', '--months', '2', '--report', 'plan', '--force'], dir);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toContain("also holds 1 entry it did not write ('notes.txt')");
    expect((await runCli(['runway', 'lin.yaml', '--headroom', 'c1/g'], dir)).code).toBe(2);
  });

  it('refuses bad months (2), a bad objective (2) and an invalid scenario (3)', async () => {
    const dir = tempDir('runway-bad');
    writeFileSync(join(dir, 'lin.yaml'), SCENARIO);
    expect((await runCli(['runway', 'lin.yaml', '--months', '0'], dir)).code).toBe(2);
    const o = await runCli(['runway', 'lin.yaml', '--objective', 'cpu.nope<3'], dir);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain("unknown metric 'cpu.nope'");
    writeFileSync(join(dir, 'bad.yaml'), SCENARIO.replace('cpuPctPerMonth: 10', 'cpuPctPerMonth: -1'));
    const b = await runCli(['runway', 'bad.yaml'], dir);
    expect(b.code).toBe(3);
    expect(b.stderr).toMatch(/bad\.yaml:\d+:\d+: clusters\[0\]\.vms\[0\]\.growth\.cpuPctPerMonth/);
    writeFileSync(join(dir, 'mix.yaml'), SCENARIO.replace('growth: { cpuPctPerMonth: 10, model: linear }', 'arrivals: { perMonth: 2, mix: { t: 1, tt: 2 } }'));
    const m = await runCli(['runway', 'mix.yaml'], dir);
    expect(m.code).toBe(3);
    expect(m.stderr).toMatch(/mix\.yaml:\d+:\d+: clusters\[0\]\.vms\[0\]\.arrivals\.mix\.tt: unknown template 'tt'/);
    expect((await runCli(['runway', 'lin.yaml', '--datastore-max-pct', '120'], dir)).code).toBe(2);
  });
});
