/**
 * runToFolder: streams a run into a hidden temp folder and moves it into place only when
 * complete; outputs.hostSeries / outputs.events turn their files off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutputExistsError } from '../../src/output/atomic-dir.js';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { fakeClock, REPORT_FILES } from '../helpers/default-run.js';
import { clusterScenario, scenarioFrom, tempDir } from '../helpers/sim.js';
const small = (outputs = {}) => scenarioFrom({
    name: 'small',
    seed: 5,
    duration: '2h',
    step: '15m',
    templates: { one: { vcpus: 1, memoryGiB: 1 } },
    clusters: [
        {
            name: 'c1',
            hosts: [{ name: 'h', count: 2, sockets: 1, coresPerSocket: 4, mhz: 1000, memoryGiB: 32 }],
            vms: [{ name: 'vm', count: 3, template: 'one', workload: { type: 'constant', cpu: 0.5 } }],
        },
    ],
    outputs,
});
const leftovers = (dir) => readdirSync(dir).filter((n) => n.includes('.tmp-'));
describe('runToFolder', () => {
    it('writes all six report files, leaving no temp folder beside the report folder', () => {
        const parent = tempDir('run');
        const out = join(parent, 'small');
        runToFolder(small(), { outDir: out, force: false, wallClock: fakeClock(0, 1), tag: 't1' });
        expect(readdirSync(out)).toEqual(expect.arrayContaining([...REPORT_FILES]));
        expect(readdirSync(parent)).toEqual(['small']);
        expect(leftovers(parent)).toEqual([]);
    });
    it('writes one cluster row per 15-minute interval (8 in 2 h) and one host row per host per interval (16)', () => {
        const out = join(tempDir('run'), 'small');
        runToFolder(small(), { outDir: out, force: false, wallClock: fakeClock(0, 1), tag: 't1' });
        const lines = (f) => readFileSync(join(out, f), 'utf8').trimEnd().split('\n');
        expect(lines('timeseries-cluster.csv')).toHaveLength(1 + 8);
        expect(lines('timeseries-host.csv')).toHaveLength(1 + 16);
        expect(lines('vms.csv')).toHaveLength(1 + 3);
        // 3 VMs placed → 3 "vm.placed" events.
        const events = lines('events.ndjson').map((l) => JSON.parse(l));
        expect(events.map((e) => e.type)).toEqual(['vm.placed', 'vm.placed', 'vm.placed']);
    });
    it('omits timeseries-host.csv and events.ndjson when outputs turn them off, and says why host series are absent', () => {
        const out = join(tempDir('run'), 'small');
        runToFolder(small({ hostSeries: false, events: false }), { outDir: out, force: false, wallClock: fakeClock(0, 1), tag: 't1' });
        const files = readdirSync(out);
        expect(files).toEqual(expect.arrayContaining(['report.json', 'summary.json', 'timeseries-cluster.csv', 'vms.csv']));
        expect(files).not.toContain('timeseries-host.csv');
        expect(files).not.toContain('events.ndjson');
        const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
        expect(report.series.hosts).toBeNull();
        expect(report.series.hostsOmitted).toBe('host series turned off in the scenario outputs');
    });
    it('puts the wall time (last clock read − first) only in summary.json', () => {
        const out = join(tempDir('run'), 'small');
        runToFolder(small(), { outDir: out, force: false, wallClock: fakeClock(500, 250), tag: 't1' });
        const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
        // Two reads: 500 and 750 → 250 ms.
        expect(summary.run.wallTimeMs).toBe(250);
        expect(readFileSync(join(out, 'report.json'), 'utf8')).not.toContain('wallTime');
    });
    it('throws OutputExistsError for an existing folder without force and creates no temp folder', () => {
        const parent = tempDir('run');
        const out = join(parent, 'small');
        runToFolder(small(), { outDir: out, force: false, wallClock: fakeClock(0, 1), tag: 't1' });
        expect(() => runToFolder(small(), { outDir: out, force: false, wallClock: fakeClock(0, 1), tag: 't2' })).toThrow(OutputExistsError);
        expect(() => runToFolder(small(), { outDir: out, force: false, wallClock: fakeClock(0, 1), tag: 't2' })).toThrow(`output folder ${out} already exists (use --force to replace it)`);
        expect(leftovers(parent)).toEqual([]);
    });
    it('removes the temp folder and leaves no output when the run throws half-way (onProgress throws)', () => {
        const parent = tempDir('run');
        const out = join(parent, 'small');
        let calls = 0;
        expect(() => runToFolder(small(), {
            outDir: out,
            force: false,
            wallClock: fakeClock(0, 1),
            tag: 't3',
            onProgress: () => {
                if (++calls === 50)
                    throw new Error('stop here');
            },
        })).toThrow('stop here');
        expect(existsSync(out)).toBe(false);
        expect(leftovers(parent)).toEqual([]);
    });
    it('returns the simulation result with the seed override applied', () => {
        const out = join(tempDir('run'), 'small');
        const r = runToFolder(clusterScenario({ one: { vcpus: 1, memoryGiB: 1 } }, [], { duration: '1h' }), {
            outDir: out,
            force: false,
            seed: 'abc',
            wallClock: fakeClock(0, 1),
            tag: 't4',
        });
        expect(r.seed).toBe('abc');
        const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
        expect(summary.seed).toBe('abc');
    });
});
//# sourceMappingURL=run-to-folder.test.js.map