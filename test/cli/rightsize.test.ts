/**
 * `dcsim rightsize` on a run of the imported example estate: rightsizing.csv against values worked
 * out by hand from the example's constant workloads, and the what-if scenario asks for no more
 * CPU than the original run.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { EXAMPLE_SCENARIO } from '../helpers/rvtools-export.js';
import { tempDir } from '../helpers/sim.js';

interface Vm { id: string; vcpus: number; demandMeanPct: number }
const demandVcpus = (dir: string, folder: string): number =>
  (JSON.parse(readFileSync(join(dir, folder, 'report.json'), 'utf8')) as { vms: Vm[] }).vms.reduce((a, v) => a + (v.demandMeanPct / 100) * v.vcpus, 0);

describe('dcsim rightsize', () => {
  it('judges the example estate by hand-computable figures and writes a what-if that runs with no more demand', async () => {
    const dir = tempDir('rightsize');
    copyFileSync(EXAMPLE_SCENARIO, join(dir, 'estate.yaml'));
    expect((await runCli(['run', 'estate.yaml', '--out', 'rep', '--quiet'], dir)).code).toBe(0);
    const r = await runCli(['rightsize', 'rep', '--what-if', 'estate-rs.yaml'], dir);
    expect(r.code).toBe(0);
    const rows = readFileSync(join(dir, 'rep', 'rightsizing.csv'), 'utf8').trim().split('\n').map((l) => l.split(','));
    const byVm = new Map(rows.slice(1).map((c) => [c[0], Object.fromEntries((rows[0] as string[]).map((h, k) => [h, c[k]]))]));
    // db: constant 25 % of 8 vCPUs → p95 25 %; 8 × 0.25 × 1.25 = 2.5 → 3, 5 back. Touched 87.5 % of 64 GiB = 56 GiB × 1.25 = 70 > 64: right-sized.
    expect(byVm.get('dc1/Prod-A/vm-8c-64g-001')).toMatchObject({ cpu_demand_p95_pct: '25.000', cpu_need_vcpus: '2.500', recommended_vcpus: '3', vcpus_back: '5', cpu_verdict: 'oversized', mem_touched_gib: '56.000', memory_verdict: 'right-sized', memory_gib_back: '0.000' });
    // app: 20 % of 4 → 1.0 → 1 vCPU, 3 back; touched 50 % of 16 = 8 GiB × 1.25 = 10 GiB, 6 back.
    expect(byVm.get('dc1/Prod-A/vm-4c-16g-001')).toMatchObject({ recommended_vcpus: '1', vcpus_back: '3', recommended_memory_gib: '10.000', memory_gib_back: '6.000', memory_verdict: 'oversized' });
    // web: 12.5 % of 2 → 0.3125 → 1 vCPU; touched 62.5 % of 4 = 2.5 GiB × 1.25 = 3.125 → 4 GiB: right-sized.
    expect(byVm.get('dc1/Prod-A/vm-2c-4g-001')).toMatchObject({ cpu_need_vcpus: '0.313', recommended_vcpus: '1', memory_verdict: 'right-sized' });
    // 4 web × 1 + 2 db × 5 + app 3 + 2 lab × 3 = 23 vCPUs; memory: app 6 + 2 lab × 4 = 14 GiB.
    expect(r.stdout).toContain('CPU     9 oversized (23 vCPUs to give back), 0 undersized (0 vCPUs short)');
    expect(r.stdout).toContain('memory  3 oversized (14.0 GiB to give back)');
    expect(r.stdout).toContain("judged on the run's 1 d (p95 of 288 intervals of 5 min)");
    // rightsizing.csv joined the run's folder through its marker: the run may replace the folder.
    expect((await runCli(['run', 'estate.yaml', '--out', 'rep', '--quiet', '--force'], dir)).code).toBe(0);
    expect(existsSync(join(dir, 'rep', 'rightsizing.csv'))).toBe(false);
    expect((await runCli(['rightsize', 'rep', '--quiet'], dir)).code).toBe(0);

    const whatIf = readFileSync(join(dir, 'estate-rs.yaml'), 'utf8');
    expect(whatIf).toMatch(/^# What-if \(dcsim rightsize\)/);
    expect(whatIf).toContain('# dc1/Prod-A/vm-8c-64g: 8 → 3 vCPUs, 64 → 64 GiB');
    expect((await runCli(['run', 'estate-rs.yaml', '--out', 'rep-rs', '--quiet'], dir)).code).toBe(0);
    // Same MHz asked for, in fewer vCPUs: demand in vCPUs' worth never rises (rounding only lowers it).
    const [before, after] = [demandVcpus(dir, 'rep'), demandVcpus(dir, 'rep-rs')];
    expect(after).toBeLessThanOrEqual(before + 1e-3); // report.json rounds demandMeanPct
    expect(after).toBeCloseTo(before, 3);
  });

  it('refuses a bad buffer (exit 2) and a folder that is not a report (exit 3)', async () => {
    const dir = tempDir('rightsize-bad');
    expect((await runCli(['rightsize', '.', '--buffer', '2,5'], dir)).code).toBe(2);
    const r = await runCli(['rightsize', '.'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: vms\.csv: cannot read it \(ENOENT\): expected a report folder written by dcsim run/);
  });
});
