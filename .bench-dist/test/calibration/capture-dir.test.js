/** The capture folder of shared/data/kvm/libvirt-qemu/capture-calib: domstats joined with the host files by seq. */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gridOf } from '../../src/calibration/resample.js';
import { buildReplay } from '../../src/calibration/replay/build-scenario.js';
import { importTrace } from '../../src/calibration/import/index.js';
import { PAGE_MIB } from '../../src/calibration/units.js';
import { CAPTURE, HAS_CAPTURE, meanRate } from './helpers.js';
describe('importTrace(capture folder)', () => {
    it.skipIf(!HAS_CAPTURE)('reads the host: 2 CPUs from the /proc/stat tick rate, MemTotal, KSM tunables and pages', () => {
        const t = importTrace(CAPTURE);
        expect(t.format).toBe('capture-dir');
        const h = t.hosts[0];
        expect(h.info.cpus).toBe(2);
        expect(h.info.memoryMiB).toBe(24683620 / 1024);
        expect(h.info.notes.join()).toMatch(/inferred from the \/proc\/stat tick rate/);
        expect(h.settings).toMatchObject({ ksmRun: 1, ksmPagesToScan: 100, ksmSleepMs: 20 });
        expect(h.ksmPagesSharing.v[0]).toBe(13684);
        expect(h.ksmPagesShared.v[0]).toBe(5950);
        expect(h.ksmPagesSharing.t[0]).toBe(1795766221373 - 1795766221550); // host files were read before domstats-groups
        expect(h.swapUsedMiB.v[0]).toBe(0);
        expect(h.memAvailableMiB.v[0]).toBe(23896684 / 1024);
        expect(t.notes.join()).toMatch(/host-vmstat.txt not in the capture folder/);
    });
    it.skipIf(!HAS_CAPTURE)('host CPU busy from the first two /proc/stat lines: 418 of 419 ticks', () => {
        const h = importTrace(CAPTURE).hosts[0];
        // cpu 192144 2 44952 62653 1224 0 458 0 → 192510 2 45004 62654 1224 0 458 0
        expect(h.cpuBusyPct.v[0]).toBeCloseTo((418 / 419) * 100, 10);
        expect(h.stealPct.v[0]).toBe(0);
        expect(h.cpuBusyPct.v.length).toBe(45);
    });
    it.skipIf(!HAS_CAPTURE)('KSM saved ≈ 53.4 MiB at the start (13,684 pages_sharing × 4 KiB)', () => {
        const h = importTrace(CAPTURE).hosts[0];
        expect(h.ksmPagesSharing.v[0] * PAGE_MIB).toBeCloseTo(53.453, 3);
    });
    it.skipIf(!HAS_CAPTURE)('VM rates from domstats-groups.txt agree with domstats-all.txt within 1 %', () => {
        const groups = importTrace(CAPTURE).hosts[0].vms.find((v) => v.name === 'vm-busy');
        expect(meanRate(groups.cpuCores)).toBeGreaterThan(0.89);
        expect(meanRate(groups.cpuCores)).toBeLessThan(0.912);
        expect(groups.vcpus).toBe(2);
        expect(groups.memoryMiB).toBe(256);
        expect(groups.rssMiB.v[0]).toBe(195816 / 1024);
    });
});
describe('importTrace(capture folder): the host MHz from virsh nodeinfo', () => {
    // `virsh nodeinfo` as libvirt 9 prints it (scripts/run.sh writes it to static/virsh-nodeinfo.txt).
    const NODEINFO = 'CPU model:           x86_64\nCPU(s):              2\nCPU frequency:       2893 MHz\nCPU socket(s):       1\nCore(s) per socket:  2\nThread(s) per core:  1\nNUMA cell(s):        1\nMemory size:         24683620 KiB\n';
    const copy = (extra) => {
        const dir = mkdtempSync(join(tmpdir(), 'dcsim-capture-'));
        cpSync(CAPTURE, dir, { recursive: true });
        for (const [name, text] of Object.entries(extra)) {
            mkdirSync(dirname(join(dir, name)), { recursive: true });
            writeFileSync(join(dir, name), text);
        }
        return dir;
    };
    it.skipIf(!HAS_CAPTURE)('reads static/virsh-nodeinfo.txt: 2893 MHz, 2 CPUs', () => {
        const h = importTrace(copy({ 'static/virsh-nodeinfo.txt': NODEINFO })).hosts[0];
        expect(h.info.mhz).toBe(2893);
        expect(h.info.cpus).toBe(2);
        expect(h.info.notes.join()).toMatch(/MHz 2893 from virsh nodeinfo/);
    });
    it.skipIf(!HAS_CAPTURE)('without it, says the MHz is unknown, and the replay warns that it assumed 2400 MHz', () => {
        const t = importTrace(CAPTURE);
        expect(t.hosts[0].info.mhz).toBeNull();
        expect(t.notes.join('\n')).toMatch(/no nodeinfo.txt or static\/virsh-nodeinfo.txt or virsh-nodeinfo.txt in the capture folder: the host's CPU MHz is unknown/);
        const plan = buildReplay(t, gridOf(t));
        expect(plan.warnings).toEqual([expect.stringMatching(/host MHz unknown .*; 2400 MHz assumed.*overlay's hostGroups\.mhz/)]);
    });
});
//# sourceMappingURL=capture-dir.test.js.map