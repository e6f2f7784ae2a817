/**
 * Validation against published numbers: the per-day statistics of CloudSim's PlanetLab
 * workload in shared/data/planetlab/planetlab_day_summary.csv (see shared/data/README.md:
 * "20110303: 1,052 VMs, mean 12.31%, std-dev 17.09% … A correct importer reproduces these").
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/scenario/index.js';
import { SHARED_DIR, scenarioWith } from './helpers.js';
const DAY = '20110303';
const TARBALL = join(SHARED_DIR, 'data/planetlab/cloudsim_planetlab_10days.tar.gz');
const SUMMARY = join(SHARED_DIR, 'data/planetlab/planetlab_day_summary.csv');
/** The summary row of `day` as numbers by column name. */
function summaryRow(day) {
    const [header, ...rows] = readFileSync(SUMMARY, 'utf8').trim().split('\n');
    const names = header.split(',');
    const row = rows.map((r) => r.split(',')).find((r) => r[0] === day);
    if (row === undefined)
        throw new Error(`no row for ${day} in ${SUMMARY}`);
    return Object.fromEntries(names.map((n, i) => [n, Number(row[i])]));
}
describe(`loadScenario on every PlanetLab VM of ${DAY} (from the shared tarball)`, () => {
    let dir = '';
    let traces = [];
    const expected = summaryRow(DAY);
    beforeAll(() => {
        dir = mkdtempSync(join(tmpdir(), 'dcsim-planetlab-'));
        execFileSync('tar', ['xzf', TARBALL, '-C', dir, DAY]);
        const vms = `      - { name: all, count: ${expected.num_vms}, template: small, workload: { type: trace, format: planetlab, path: '${DAY}' } }`;
        writeFileSync(join(dir, 'all.yaml'), scenarioWith(vms));
        traces = loadScenario(join(dir, 'all.yaml')).traces.get('0/0');
    });
    afterAll(() => {
        if (dir !== '')
            rmSync(dir, { recursive: true, force: true });
    });
    it('finds the published number of VMs, one file each, 288 samples per VM', () => {
        expect(expected.num_vms).toBe(1052);
        expect(traces).toHaveLength(expected.num_vms);
        expect(new Set(traces.map((t) => t.source)).size).toBe(expected.num_vms);
        for (const t of traces)
            expect(t.cpu).toHaveLength(expected.samples_per_vm);
    });
    it('reproduces the published mean and standard deviation of all samples (±0.01 %)', () => {
        let n = 0;
        let sum = 0;
        for (const t of traces)
            for (const v of t.cpu)
                (n++, (sum += v * 100));
        const mean = sum / n;
        let squares = 0;
        for (const t of traces)
            for (const v of t.cpu)
                squares += (v * 100 - mean) ** 2;
        const std = Math.sqrt(squares / n);
        expect(Math.abs(mean - expected.mean_cpu_pct)).toBeLessThanOrEqual(0.01);
        expect(Math.abs(std - expected.stdev_cpu_pct)).toBeLessThanOrEqual(0.01);
    });
});
//# sourceMappingURL=planetlab-published.test.js.map