/**
 * `virsh domstats --raw` text on the real captures of shared/data/kvm (README there): the
 * OpenStack host transcript (one snapshot among other commands' output) and the libvirt + QEMU
 * time series with known workloads (analysis-calib.txt gives the rates to reproduce).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../src/calibration/import-log.js';
import { parseDomstatsText } from '../../src/calibration/import/domstats-text.js';
import { importTrace } from '../../src/calibration/import/index.js';
import { CAPTURE, HAS_CAPTURE, HAS_DATA, KVM, domstatsText, meanRate } from './helpers.js';
describe('parseDomstatsText on the OpenStack host capture', () => {
    it.skipIf(!HAS_DATA)('reads the one domstats block with its exact values and the host size from the virt-top header', () => {
        const file = join(KVM, 'virsh-capture-openstack-host.txt');
        const log = new ImportLog();
        const set = parseDomstatsText(readFileSync(file, 'utf8'), file, log);
        expect(set.snapshots).toHaveLength(1);
        const d = set.snapshots[0].domains.get('instance-000000ee');
        expect(d.get('cpu.time')).toBe(52504552418705584);
        expect(d.get('cpu.user')).toBe(6406610000000);
        expect(d.get('balloon.current')).toBe(33554432);
        expect(d.get('balloon.rss')).toBe(32547456);
        expect(d.get('balloon.usable')).toBe(23161172);
        expect(d.get('vcpu.current')).toBe(16);
        expect(d.get('vcpu.15.time')).toBe(3236273290000000);
        expect(d.get('net.0.rx.bytes')).toBe(945777256706);
        expect(d.get('block.0.wr.times')).toBe(11025844354065885);
        expect(d.has('net.0.name')).toBe(false); // text values are not numbers
        expect(set.nodeinfo).toEqual({ cpus: 48, mhz: 2799, memoryKiB: 257749 * 1024, from: 'virt-top header' });
        expect(log.problems()).toEqual([]);
        expect(log.notes().join()).toMatch(/line that is not domstats output/);
    });
    it.skipIf(!HAS_DATA)('imports it as one host of 48 CPUs with one 16-vCPU 32 GiB guest and no rates (a single snapshot)', () => {
        const t = importTrace(join(KVM, 'virsh-capture-openstack-host.txt'));
        expect(t.format).toBe('domstats');
        const h = t.hosts[0];
        expect([h.info.cpus, h.info.mhz, h.info.memoryMiB]).toEqual([48, 2799, 257749]);
        expect(h.vms.map((v) => [v.name, v.vcpus, v.memoryMiB])).toEqual([['instance-000000ee', 16, 32768]]);
        expect(h.vms[0].cpuCores.v.length).toBe(0);
        expect(h.vms[0].rssMiB.v[0]).toBe(32547456 / 1024);
        expect(h.vms[0].guestUsedMiB.v[0]).toBe((32778184 - 23161172) / 1024);
        expect(t.notes.join()).toMatch(/single snapshot/);
    });
});
describe('parseDomstatsText on the libvirt + QEMU time series', () => {
    it.skipIf(!HAS_CAPTURE)('finds 46 snapshots of 4 domains with their # ts= times and exact first values', () => {
        const file = join(CAPTURE, 'domstats-groups.txt');
        const log = new ImportLog();
        const set = parseDomstatsText(readFileSync(file, 'utf8'), file, log);
        expect(set.snapshots).toHaveLength(46);
        expect(set.absoluteTime).toBe(true);
        const s0 = set.snapshots[0];
        expect(s0.tMs).toBe(1795766221550);
        expect([...s0.domains.keys()]).toEqual(['vm-busy', 'vm-onoff', 'vm-mem', 'vm-idle']);
        const busy = s0.domains.get('vm-busy');
        expect(busy.get('cpu.time')).toBe(359600070000);
        expect(busy.get('vcpu.0.delay')).toBe(198104561623);
        expect(busy.get('balloon.rss')).toBe(195816);
        expect(s0.domains.get('vm-mem').get('state.state')).toBe(5);
        expect(log.problems()).toEqual([]);
    });
    it.skipIf(!HAS_CAPTURE)('reproduces analysis-calib.txt: vm-busy 0.902 cores used, 0.160 waiting; vm-idle 0.020 over the whole capture', () => {
        const t = importTrace(join(CAPTURE, 'domstats-all.txt'));
        const vms = new Map(t.hosts[0].vms.map((v) => [v.name, v]));
        expect([...vms.keys()]).toEqual(['vm-busy', 'vm-idle']); // vm-mem and vm-onoff are shut off
        expect(t.startEpochMs).toBe(1795766221145);
        expect(meanRate(vms.get('vm-busy').cpuCores)).toBeCloseTo(0.902071641, 8);
        expect(meanRate(vms.get('vm-busy').stealCores)).toBeCloseTo(0.143611515 + 0.016315787, 8);
        expect(meanRate(vms.get('vm-idle').cpuCores)).toBeCloseTo(0.020217446, 8);
        expect(t.notes.join()).toMatch(/vm-mem: not running in any sample/);
    });
    it('splits snapshots without # ts= lines where a domain repeats, spaced by the interval given', () => {
        const text = ["Domain: 'a'", '  cpu.time=0', "Domain: 'b'", '  cpu.time=0', "Domain: 'a'", '  cpu.time=5000000000', "Domain: 'b'", '  cpu.time=0'].join('\n');
        const log = new ImportLog();
        const set = parseDomstatsText(text, 'x.txt', log, { intervalMs: 5000 });
        expect(set.snapshots.map((s) => s.tMs)).toEqual([0, 5000]);
        expect(set.absoluteTime).toBe(false);
        expect(log.notes().join()).toMatch(/taken to be 5 s apart/);
    });
    it('reports a malformed line inside a Domain block with its line number and keeps the rest', () => {
        const text = domstatsText([
            { tMs: 0, domains: { a: { 'cpu.time': 0 } } },
            { tMs: 10_000, domains: { a: { 'cpu.time': 1e10 } } },
        ]).replace('  cpu.time=10000000000', '  cpu.time=10000000000\n  garbage line');
        const log = new ImportLog();
        const set = parseDomstatsText(text, 'x.txt', log);
        const line = text.split('\n').indexOf('  garbage line') + 1;
        expect(log.problems()).toEqual([{ file: 'x.txt', line, message: 'expected "key=value" inside a Domain block, found "garbage line"' }]);
        expect(set.snapshots[1].domains.get('a').get('cpu.time')).toBe(1e10);
    });
});
//# sourceMappingURL=domstats-text.test.js.map