/**
 * The tabular importers on real files: KSM snapshots (shared/data/kvm/ksm_snapshots.csv),
 * Bitbrains GWA-T-12 (shared/data/bitbrains, README: 8,619 rows at 300 s, Unix seconds despite
 * the header), PlanetLab (shared/data/planetlab, published day summary), and the generic CSV.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../src/calibration/import-log.js';
import { parseBitbrains } from '../../src/calibration/import/bitbrains.js';
import { importTrace } from '../../src/calibration/import/index.js';
import { gridOf } from '../../src/calibration/resample.js';
import { buildReplay } from '../../src/calibration/replay/build-scenario.js';
import { evaluate, writePlanFiles } from '../../src/calibration/replay/evaluate.js';
import { OVERLAY_VERSION } from '../../src/calibration/overlay.js';
import { parseKsmCsv } from '../../src/calibration/import/ksm-csv.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
import { DATA, HAS_DATA, KVM } from './helpers.js';
describe('KSM snapshots', () => {
    it.skipIf(!HAS_DATA)('reads both rows exactly; saved = pages_sharing × 4 KiB = 3263.7 MiB for the two 2 GB guests', () => {
        const file = join(KVM, 'ksm_snapshots.csv');
        const log = new ImportLog();
        const rows = parseKsmCsv(readFileSync(file, 'utf8'), file, log);
        expect(log.problems()).toEqual([]);
        expect(rows.map((r) => [r.line, r.pagesShared, r.pagesSharing, r.pagesUnshared, r.pageSizeBytes])).toEqual([
            [2, 60887, 835511, 124818, 4096],
            [3, 0, 0, 0, 4096],
        ]);
        expect(rows[0].savedMiB).toBeCloseTo(3263.71, 2);
        expect(log.notes()).toEqual([]); // derived_saved_MiB agrees
        const t = importTrace(file);
        expect(t.format).toBe('ksm-csv');
        expect(t.hosts.map((h) => h.ksmPagesSharing.v[0])).toEqual([835511, 0]);
    });
});
describe('Bitbrains GWA-T-12', () => {
    it.skipIf(!HAS_DATA)('reads 8,619 rows, 300 s apart, timestamps in seconds; one 1-core 2.6 GHz 2 GiB VM', () => {
        const file = join(DATA, 'bitbrains/gwa-t12-faststorage-vm.csv');
        const log = new ImportLog();
        const b = parseBitbrains(readFileSync(file, 'utf8'), file, 'fast', log);
        expect(log.problems()).toEqual([]);
        expect(b.timesMs.length).toBe(8619);
        expect(b.firstMs).toBe(1376314846 * 1000);
        expect(b.timesMs[8618]).toBe(1378906798 * 1000);
        const steps = new Map();
        for (let i = 1; i < b.timesMs.length; i++) {
            const d = (b.timesMs[i] - b.timesMs[i - 1]) / 1000;
            steps.set(d, (steps.get(d) ?? 0) + 1);
        }
        // 300 s steps, with 299 / 301 s jitter and 14 missed samples (600 to 1500 s gaps).
        expect(steps.get(300)).toBe(8274);
        expect((steps.get(299) ?? 0) + (steps.get(301) ?? 0)).toBe(329);
        expect(Math.max(...steps.keys())).toBe(1500);
        expect(b.vm.vcpus).toBe(1);
        expect(b.vm.memoryMiB).toBe(2048);
        // Row 1: 19.06666159933333 MHz of 2599.999309 MHz on 1 core
        expect(b.vm.cpuCores.v[0]).toBeCloseTo(19.06666159933333 / 2599.999309, 15);
        expect(b.vm.guestUsedMiB.v[0]).toBeCloseTo(110448.53333333334 / 1024, 10);
        expect(b.vm.cpuCores.v.length).toBe(8619);
    });
    it.skipIf(!HAS_DATA)('keeps usage absolute: cores of the 2,599.999309 MHz reference core; the replay CSV holds MHz, not a capped % of the host', () => {
        const file = join(DATA, 'bitbrains/gwa-t12-faststorage-vm.csv');
        const trace = importTrace(file);
        const vm = trace.hosts[0].vms[0];
        expect(vm.cpuRefMhz).toBe(2599.999309);
        const g = gridOf(trace, 300_000);
        const plan = buildReplay(trace, g);
        const csv = [...plan.files.values()][0].split('\n');
        expect(csv[0]).toBe('time_s,cpu_mhz,mem_active_pct');
        // Row 1 of the file: 19.06666159933333 MHz, whatever MHz the replay host has.
        expect(Number(csv[1].split(',')[1])).toBeCloseTo(19.06666159933333, 5);
        // The grid's MHz-seconds equal the file's time-weighted sum of usage, 18,874,040.512158
        // MHz·s (awk over the file, as in test/model/workload/absolute-demand.test.ts).
        const mhzS = csv.slice(1).filter((l) => l !== '').reduce((sum, l) => sum + Number(l.split(',')[1]) * 300, 0);
        expect(Math.abs(mhzS - 18_874_040.512158) / 18_874_040.512158).toBeLessThan(1e-6);
    });
    it.skipIf(!HAS_DATA)('replayed on 3.2 GHz and 2 GHz hosts: busy core-seconds = the file\'s 18,874,040.512158 MHz·s / the host MHz', () => {
        const file = join(DATA, 'bitbrains/gwa-t12-faststorage-vm.csv');
        const trace = importTrace(file);
        const plan = buildReplay(trace, gridOf(trace, 300_000));
        const dir = tempDir('bitbrains-replay');
        writePlanFiles(plan, dir);
        for (const mhz of [3200, 2000]) {
            const e = evaluate(plan, { dcsimOverlay: OVERLAY_VERSION, hostGroups: { mhz } }, dir);
            const cores = e.simulated.vmGrantedCores.get(plan.hosts[0].vmGroups[0]);
            const busyCoreS = cores.reduce((sum, c) => sum + c * 300, 0);
            // 5,898.14 core-s at 3.2 GHz, 9,437.02 at 2 GHz; relative (the old import) would have given 2.6 GHz's 7,259.25 on both.
            expect(Math.abs(busyCoreS - 18_874_040.512158 / mhz) / (18_874_040.512158 / mhz)).toBeLessThan(1e-6);
        }
    }, 60_000);
    it('reports a malformed row with its line and keeps the others', () => {
        const head = 'Timestamp [ms];\tCPU cores;\tCPU capacity provisioned [MHZ];\tCPU usage [MHZ];\tCPU usage [%];\tMemory capacity provisioned [KB];\tMemory usage [KB];\tDisk read throughput [KB/s];\tDisk write throughput [KB/s];\tNetwork received throughput [KB/s];\tNetwork transmitted throughput [KB/s]';
        const row = (t, mhz) => `${t};\t2;\t5000;\t${mhz};\t0;\t1048576;\t1024;\t0;\t0;\t0;\t0`;
        const log = new ImportLog();
        const b = parseBitbrains([head, row(1000, '2500'), row(1300, 'x'), row(1600, '5000')].join('\n'), 'b.csv', 'vm', log);
        expect(log.problems()).toEqual([{ file: 'b.csv', line: 3, message: 'expected a number >= 0 in "CPU usage [MHZ]", found "x"' }]);
        expect(Array.from(b.vm.cpuCores.v)).toEqual([1, 2]);
    });
});
describe('PlanetLab', () => {
    it.skipIf(!HAS_DATA)('reads the 20110303 files straight from the CloudSim tarball: 1,052 VMs of 288 samples, mean 12.31 %, std-dev 17.09 %', () => {
        const t = importTrace(join(DATA, 'planetlab/cloudsim_planetlab_10days.tar.gz'), { select: '20110303/' });
        const vms = t.hosts[0].vms;
        expect(vms).toHaveLength(1052);
        let n = 0;
        let sum = 0;
        for (const v of vms) {
            expect(v.cpuCores.v.length).toBe(288);
            expect(v.cpuCores.t1[287]).toBe(288 * 300_000);
            for (const x of v.cpuCores.v)
                (n++, (sum += x * 100));
        }
        const mean = sum / n;
        let sq = 0;
        for (const v of vms)
            for (const x of v.cpuCores.v)
                sq += (x * 100 - mean) ** 2;
        expect(mean).toBeCloseTo(12.31, 2);
        expect(Math.sqrt(sq / n)).toBeCloseTo(17.09, 2);
    });
    it('reads a folder of files (the repository copy in scenarios/traces) with the scenario loader parser', () => {
        const t = importTrace(join(SCENARIOS_DIR, 'traces/planetlab-20110303'));
        expect(t.format).toBe('planetlab');
        const vms = t.hosts[0].vms;
        expect(vms.length).toBeGreaterThan(50);
        expect(vms[0].vcpus).toBe(1);
        expect(t.notes.join()).toMatch(/1 vCPU/);
    });
    it('reports a bad line of a PlanetLab file with its line number', () => {
        const dir = tempDir('pl');
        writeFileSync(join(dir, 'vm1'), '10\n20\nabc\n30\n');
        const t = importTrace(join(dir, 'vm1'), { format: 'planetlab' });
        expect(t.problems).toEqual([{ file: join(dir, 'vm1'), line: 3, message: 'expected a CPU percentage 0-100, found "abc"' }]);
    });
});
describe('generic CSV', () => {
    it('reads VM and host rows of two hosts, rates over [t, next t), and ignores unknown columns with a note', () => {
        const text = [
            'time_s,host,vm,vcpus,memory_mib,cpu_pct,steal_pct,host_cpus,host_memory_mib,host_cpu_busy_pct,ksm_pages_sharing,extra',
            '1700000000,h1,a,2,4096,50,10,,,,,x',
            '1700000000,h1,,,,,,8,32768,20,1000,',
            '1700000060,h1,a,2,4096,100,0,,,,,',
            '1700000060,h1,,,,,,8,32768,30,2000,',
            '1700000000,h2,b,1,1024,25,,,,,,',
            '1700000060,h2,b,1,1024,zz,,,,,,',
        ].join('\n');
        const dir = tempDir('gen');
        writeFileSync(join(dir, 'g.csv'), text);
        const t = importTrace(join(dir, 'g.csv'));
        expect(t.format).toBe('generic-csv');
        expect(t.startEpochMs).toBe(1_700_000_000_000);
        expect(t.problems).toEqual([{ file: join(dir, 'g.csv'), line: 7, message: 'expected a number >= 0 in cpu_pct, found "zz"' }]);
        expect(t.notes.join()).toMatch(/columns ignored .*extra/);
        const [h1, h2] = t.hosts;
        expect([h1.info.name, h1.info.cpus, h1.info.memoryMiB]).toEqual(['h1', 8, 32768]);
        const a = h1.vms[0];
        expect(Array.from(a.cpuCores.v)).toEqual([1, 2]);
        expect(Array.from(a.cpuCores.t0)).toEqual([0, 60_000]);
        expect(Array.from(a.cpuCores.t1)).toEqual([60_000, 120_000]);
        expect(Array.from(a.stealCores.v)).toEqual([0.2, 0]);
        expect(Array.from(h1.cpuBusyPct.v)).toEqual([20, 30]);
        expect(Array.from(h1.ksmPagesSharing.v)).toEqual([1000, 2000]);
        expect(h2.vms[0].cpuCores.v.length).toBe(1);
    });
});
//# sourceMappingURL=tabular.test.js.map