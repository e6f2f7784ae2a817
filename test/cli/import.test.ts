/**
 * `dcsim import rvtools`: the example export (CSV tabs and .xlsx) becomes a scenario that
 * validates and runs; bad exports exit 3 with a located message; an existing file exits 4.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
import { alterTab, EXAMPLE_SCENARIO, exampleCopy, writeExampleXlsx } from '../helpers/rvtools-export.js';

describe('dcsim import rvtools', () => {
  it('writes the expected scenario from the CSV tabs, lists unmapped columns, and the scenario runs', async () => {
    const dir = exampleCopy('import-csv');
    const r = await runCli(['import', 'rvtools', 'example-rvtools'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('example-rvtools.yaml: 4 host(s), 9 powered-on VM(s); 2 guess(es) flagged in comments\n');
    expect(r.stderr).toContain('not mapped: vMemory: Overhead, Max, Private, Shared');
    expect(readFileSync(join(dir, 'example-rvtools.yaml'), 'utf8')).toBe(readFileSync(EXAMPLE_SCENARIO, 'utf8'));
    expect((await runCli(['validate', 'example-rvtools.yaml'], dir)).code).toBe(0);
    const run = await runCli(['run', 'example-rvtools.yaml', '--out', 'rep', '--quiet'], dir);
    expect(run.code).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'rep', 'report.json'), 'utf8')) as { vms: { unplaceable: string | null }[] };
    expect(report.vms).toHaveLength(9);
    expect(report.vms.every((v) => v.unplaceable === null)).toBe(true);
  });

  it('writes the same scenario from the .xlsx workbook (but for the source named)', async () => {
    const dir = exampleCopy('import-xlsx');
    await writeExampleXlsx(dir);
    const r = await runCli(['import', 'rvtools', 'example-rvtools.xlsx', '--out', 'from-xlsx.yaml'], dir);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, 'from-xlsx.yaml'), 'utf8')).toBe(readFileSync(EXAMPLE_SCENARIO, 'utf8').replaceAll('example-rvtools:', 'example-rvtools.xlsx:').replace('Source: example-rvtools.', 'Source: example-rvtools.xlsx.'));
  });

  it('a bad export exits 3 naming the file, tab, row and column', async () => {
    const dir = exampleCopy('import-bad');
    alterTab(dir, 'vMemory', (t) => t.replace('web-03,poweredOn,False,4096,', 'web-03,poweredOn,False,"4096,0",'));
    const r = await runCli(['import', 'rvtools', 'example-rvtools'], dir);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/^error: example-rvtools\/vMemory\.csv: tab vMemory, row 4, column "Size MiB": expected a number with "\." as the decimal separator/);
  });

  it('refuses to replace a file unless --force, and never one it did not write', async () => {
    const dir = exampleCopy('import-out');
    expect((await runCli(['import', 'rvtools', 'example-rvtools', '--quiet'], dir)).code).toBe(0);
    const again = await runCli(['import', 'rvtools', 'example-rvtools', '--quiet'], dir);
    expect(again.code).toBe(4);
    expect((await runCli(['import', 'rvtools', 'example-rvtools', '--force', '--quiet'], dir)).code).toBe(0);
    writeFileSync(join(dir, 'mine.yaml'), 'name: mine\n');
    const theirs = await runCli(['import', 'rvtools', 'example-rvtools', '--out', 'mine.yaml', '--force'], dir);
    expect(theirs.code).toBe(4);
    expect(readFileSync(join(dir, 'mine.yaml'), 'utf8')).toBe('name: mine\n');
  });
});

describe('dcsim import kvm', () => {
  const INVENTORY = join(SCENARIOS_DIR, 'inventory');

  it('writes the expected scenario of the example traces: 2 hosts from nodeinfo, 8 domains at 32 % CPU (hand: Δcpu.time 38.4 s per 60 s on 2 vCPUs)', async () => {
    const dir = tempDir('import-kvm');
    cpSync(join(INVENTORY, 'example-kvm'), join(dir, 'example-kvm'), { recursive: true });
    const r = await runCli(['import', 'kvm', 'example-kvm/kvm-1.ndjson', 'example-kvm/kvm-2.ndjson', '--out', 'example-kvm.yaml', '--cluster', 'kvm-a'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('example-kvm.yaml: 2 host(s), 8 domain(s); guesses flagged in comments\n');
    const text = readFileSync(join(dir, 'example-kvm.yaml'), 'utf8');
    expect(text).toBe(readFileSync(join(INVENTORY, 'example-kvm.yaml'), 'utf8'));
    expect(text).toContain('coresPerSocket: 8\n        mhz: 2400\n        memoryGiB: 32\n');
    expect(text).toContain('# CPU demand (mean of Δcpu.time / (Δt × vCPUs) over the trace): mean 32.0 %');
    expect(text).toContain('# active memory (guess: no guest balloon stats; process RSS, over balloon.maximum)');
    expect((await runCli(['validate', 'example-kvm.yaml'], dir)).code).toBe(0);
    expect((await runCli(['import', 'kvm', 'example-kvm/kvm-1.ndjson', '--out', 'example-kvm.yaml'], dir)).code).toBe(4);
  });

  it('refuses the same host twice, a trace with a bad line (file and line named) and a missing file (3)', async () => {
    const dir = tempDir('import-kvm-bad');
    cpSync(join(INVENTORY, 'example-kvm'), join(dir, 'example-kvm'), { recursive: true });
    const twice = await runCli(['import', 'kvm', 'example-kvm/kvm-1.ndjson', 'example-kvm/kvm-1.ndjson'], dir);
    expect(twice.code).toBe(3);
    expect(twice.stderr).toBe("error: example-kvm/kvm-1.ndjson: host 'kvm-1' is also in example-kvm/kvm-1.ndjson; give each host's trace once\n");
    const lines = readFileSync(join(dir, 'example-kvm/kvm-2.ndjson'), 'utf8').split('\n');
    lines[3] = '{"type":"sample","seq":';
    writeFileSync(join(dir, 'broken.ndjson'), lines.join('\n'));
    const broken = await runCli(['import', 'kvm', 'broken.ndjson'], dir);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/^error: broken\.ndjson:4: /);
    expect((await runCli(['import', 'kvm', 'nope.ndjson'], dir)).code).toBe(3);
  });
});
