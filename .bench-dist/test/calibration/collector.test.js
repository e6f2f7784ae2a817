/**
 * The collector's sampling logic against recorded command outputs: the real capture of
 * shared/data/kvm/libvirt-qemu/capture-calib replayed through a fake Probe (virsh domstats
 * output, /proc/meminfo, /proc/stat and /sys/kernel/mm/ksm as they were read), a fake clock,
 * and missing sources (no zswap, /proc/vmstat unreadable, virsh nodeinfo refused). Where
 * `virsh` is installed, an end-to-end run against it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collect } from '../../src/calibration/collect/collector.js';
import { systemProbe } from '../../src/calibration/collect/system-probe.js';
import { ImportLog } from '../../src/calibration/import-log.js';
import { segments } from '../../src/calibration/import/capture-dir.js';
import { importTrace } from '../../src/calibration/import/index.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
import { CAPTURE, HAS_CAPTURE, meanRate } from './helpers.js';
const bodies = (name) => segments(readFileSync(join(CAPTURE, name), 'utf8'), name, new ImportLog()).map((s) => s.body);
/** A machine that answers with the k-th recorded snapshot of every source. */
function recordedProbe(opts = {}) {
    const domstats = bodies('domstats-groups.txt');
    const meminfo = bodies('host-meminfo.txt');
    const stat = bodies('host-stat.txt');
    const ksm = bodies('host-ksm.txt').map((b) => new Map(b.split('\n').filter((l) => l.includes('=')).map((l) => l.split('='))));
    let clock = 1_800_000_000_000;
    let k = -1;
    const calls = [];
    return {
        calls,
        run: async (cmd, args) => {
            calls.push(`${cmd} ${args.join(' ')}`);
            if (args.includes('nodeinfo'))
                return opts.nodeinfo ?? { code: 0, stdout: 'CPU model:           x86_64\nCPU(s):              2\nCPU frequency:       2400 MHz\nMemory size:         25165824 KiB\n', stderr: '' };
            k++;
            clock += 150; // virsh takes 150 ms
            let out = domstats[k] ?? '';
            if (opts.dropVmAt !== undefined && k >= opts.dropVmAt)
                out = out.replace(/Domain: 'vm-idle'[\s\S]*?(?=\nDomain:|$)/, '');
            return { code: 0, stdout: out, stderr: '' };
        },
        readText: (path) => {
            if (path === '/proc/meminfo')
                return { text: meminfo[k] ?? '' };
            if (path === '/proc/stat')
                return { text: `${stat[k] ?? ''}\ncpu0 1 2 3 4\ncpu1 1 2 3 4\n` };
            if (path === '/proc/vmstat')
                return { error: 'permission denied' };
            if (path === '/proc/sys/kernel/hostname')
                return { text: 'capture-host\n' };
            const m = /^\/sys\/kernel\/mm\/ksm\/(.+)$/.exec(path);
            const v = m ? ksm[k]?.get(m[1]) : undefined;
            return v !== undefined ? { text: `${v}\n` } : { error: 'no such file or folder' };
        },
        list: (path) => (path === '/sys/kernel/mm/ksm' ? { names: [...(ksm[Math.max(0, k)]?.keys() ?? [])] } : { error: 'no such file or folder' }),
        now: () => clock,
        sleep: async (ms) => {
            clock += ms;
        },
    };
}
async function record(probe, samples, intervalMs = 2000) {
    const lines = [];
    await collect(probe, { intervalMs, maxSamples: samples, write: (l) => lines.push(l) });
    return lines;
}
describe('collect() with recorded command outputs', () => {
    it.skipIf(!HAS_CAPTURE)('writes a header, one sample per slot with the verbatim domstats values, and an end line', async () => {
        const probe = recordedProbe();
        const lines = await record(probe, 46);
        expect(lines).toHaveLength(48);
        const header = JSON.parse(lines[0]);
        expect(header).toMatchObject({ type: 'header', format: 'dcsim-collect', version: 1, host: 'capture-host', intervalMs: 2000, nodeinfo: { cpus: 2, mhz: 2400, memoryKiB: 25165824 }, missing: [] });
        const s0 = JSON.parse(lines[1]);
        expect(s0.domstats['vm-busy']['cpu.time']).toBe('359600070000');
        expect(s0.domstats['vm-busy']['net.0.name']).toBe('tap-busy');
        expect(s0.meminfo.MemTotal).toBe(24683620);
        expect(s0.stat).toEqual({ cpu: [192144, 2, 44952, 62653, 1224, 0, 458, 0, 0, 0], cpus: 2 });
        expect(s0.ksm.pages_sharing).toBe(13684);
        expect(s0.ksm.advisor_mode).toBeUndefined(); // not a number
        expect(s0.missing).toEqual(['/proc/vmstat: permission denied', 'zswap parameters: /sys/module/zswap/parameters: no such file or folder']);
        expect(s0.tookMs).toBe(150);
        // Drift-free schedule: every sample starts on its 2 s slot although virsh takes 150 ms.
        const times = lines.slice(1, 47).map((l) => JSON.parse(l).tMs - header.startedMs);
        expect(times.slice(0, 4)).toEqual([0, 2000, 4000, 6000]);
        expect(JSON.parse(lines[47])).toMatchObject({ type: 'end', samples: 46 });
        expect(probe.calls.filter((c) => c.includes('nodeinfo'))).toHaveLength(1);
        expect(probe.calls[1]).toBe('virsh domstats --raw --state --cpu-total --balloon --vcpu --block --interface');
    });
    it.skipIf(!HAS_CAPTURE)('its NDJSON imports to the same VM and host figures as the capture folder (nominal times: within 2 %)', async () => {
        const dir = tempDir('collect');
        const file = join(dir, 'trace.ndjson');
        writeFileSync(file, `${(await record(recordedProbe(), 46)).join('\n')}\n`);
        const a = importTrace(file);
        const b = importTrace(CAPTURE);
        expect(a.format).toBe('ndjson');
        expect(a.problems).toEqual([]);
        const h = a.hosts[0];
        expect([h.info.name, h.info.cpus, h.info.mhz, h.info.memoryMiB]).toEqual(['capture-host', 2, 2400, 25165824 / 1024]);
        const busyA = h.vms.find((v) => v.name === 'vm-busy');
        const busyB = b.hosts[0].vms.find((v) => v.name === 'vm-busy');
        expect(meanRate(busyA.cpuCores) / meanRate(busyB.cpuCores)).toBeCloseTo(1, 1);
        expect(Math.abs(meanRate(busyA.cpuCores) / meanRate(busyB.cpuCores) - 1)).toBeLessThan(0.02);
        expect(Array.from(h.ksmPagesSharing.v)).toEqual(Array.from(b.hosts[0].ksmPagesSharing.v));
        expect(a.notes.join()).toMatch(/missing in 46 samples: \/proc\/vmstat: permission denied/);
    });
    it.skipIf(!HAS_CAPTURE)('records a refused virsh nodeinfo in the header and a VM that disappears simply ends its series', async () => {
        const probe = recordedProbe({ nodeinfo: { code: 1, stdout: '', stderr: 'error: failed to connect to the hypervisor\nerror: Permission denied' }, dropVmAt: 10 });
        const dir = tempDir('collect');
        const file = join(dir, 't.ndjson');
        const lines = await record(probe, 20);
        expect(JSON.parse(lines[0]).missing).toEqual(['virsh nodeinfo: exit 1: error: failed to connect to the hypervisor']);
        writeFileSync(file, lines.join('\n'));
        const t = importTrace(file);
        const idle = t.hosts[0].vms.find((v) => v.name === 'vm-idle');
        expect(idle.cpuCores.v.length).toBe(9); // samples 0..9 present: 9 intervals
        expect(t.hosts[0].info.cpus).toBe(2); // from the cpuN lines of /proc/stat instead
    });
    it('keeps going when virsh is not installed: empty domstats, the reason in missing', async () => {
        let clock = 0;
        const probe = {
            run: async () => ({ code: null, stdout: '', stderr: '', error: 'virsh: not installed (ENOENT)' }),
            readText: () => ({ error: 'permission denied' }),
            list: () => ({ error: 'permission denied' }),
            now: () => clock,
            sleep: async (ms) => {
                clock += ms;
            },
        };
        const lines = await record(probe, 3, 10_000);
        expect(lines).toHaveLength(5);
        const s = JSON.parse(lines[2]);
        expect(s.domstats).toEqual({});
        expect(s.missing).toContain('virsh domstats: virsh: not installed (ENOENT)');
        expect(s.missing).toContain('ksm: /sys/kernel/mm/ksm: permission denied');
        expect(s.tMs).toBe(10_000);
    });
    it('skips the slots a slow sample overran and stops at the duration', async () => {
        let clock = 0;
        const probe = {
            run: async () => {
                clock += 25_000; // virsh hangs for 25 s
                return { code: 0, stdout: '', stderr: '' };
            },
            readText: () => ({ error: 'no such file or folder' }),
            list: () => ({ error: 'no such file or folder' }),
            now: () => clock,
            sleep: async (ms) => {
                clock += ms;
            },
        };
        const lines = [];
        await collect(probe, { intervalMs: 10_000, durationMs: 60_000, write: (l) => lines.push(l) });
        const start = JSON.parse(lines[0]).startedMs; // after the 25 s nodeinfo
        const times = lines.filter((l) => l.includes('"sample"')).map((l) => JSON.parse(l).tMs - start);
        expect(times).toEqual([0, 30_000]);
    });
});
function hasVirsh() {
    try {
        execFileSync('virsh', ['--version'], { stdio: 'ignore' });
        return true;
    }
    catch {
        return false;
    }
}
describe('dcsim collect against the real virsh', () => {
    it.skipIf(!hasVirsh())('takes two samples one second apart and writes a trace the importer reads', async () => {
        const dir = tempDir('virsh');
        const r = await runCli(['collect', '--interval', '1s', '--samples', '2', '--out', 'real.ndjson', '--quiet'], dir);
        expect(r.code).toBe(0);
        const lines = readFileSync(join(dir, 'real.ndjson'), 'utf8').trim().split('\n');
        expect(JSON.parse(lines[0]).type).toBe('header');
        expect(lines.filter((l) => l.includes('"type":"sample"'))).toHaveLength(2);
        expect(importTrace(join(dir, 'real.ndjson')).problems).toEqual([]);
    });
    it('the system probe reports a missing command as not installed, not as a crash', async () => {
        const r = await systemProbe().run('dcsim-no-such-command', []);
        expect(r.code).toBeNull();
        expect(r.error).toMatch(/not installed/);
    });
});
describe('dcsim collect on this machine', () => {
    it('takes one sample whatever is missing (virsh, KSM, debugfs), names it in missing, and refuses to overwrite', async () => {
        const dir = tempDir('collect-cli');
        const r = await runCli(['collect', '--samples', '1', '--out', 't.ndjson'], dir);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toMatch(/collected 1 sample\(s\) into t.ndjson/);
        const lines = readFileSync(join(dir, 't.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
        expect(lines.map((l) => l.type)).toEqual(['header', 'sample', 'end']);
        expect(Array.isArray(lines[1].missing)).toBe(true);
        expect(lines[1].meminfo.MemTotal).toBeGreaterThan(0);
        expect((await runCli(['collect', '--samples', '1', '--out', 't.ndjson'], dir)).code).toBe(4);
    });
    it('rejects a bad --interval and a bad --fit with exit code 2', async () => {
        const dir = tempDir('collect-usage');
        const r = await runCli(['collect', '--interval', 'often', '--out', 'x.ndjson'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/--interval: expected a duration/);
        const c = await runCli(['calibrate', 'x.ndjson', '--fit', 'steal-coefficient'], dir);
        expect(c.code).toBe(2);
        expect(c.stderr).toMatch(/is not modelled/);
    });
});
//# sourceMappingURL=collector.test.js.map