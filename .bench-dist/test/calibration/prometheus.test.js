/** Prometheus scrapes of the libvirt exporter (shared/data/kvm/libvirt-exporter-scrape.prom) and node_exporter. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../src/calibration/import-log.js';
import { importTrace } from '../../src/calibration/import/index.js';
import { parsePromLine, parsePrometheus } from '../../src/calibration/import/prometheus.js';
import { HAS_DATA, KVM } from './helpers.js';
import { tempDir } from '../helpers/sim.js';
import { writeFileSync } from 'node:fs';
describe('parsePrometheus on the libvirt exporter sample', () => {
    it.skipIf(!HAS_DATA)('maps libvirt_domain_* onto domstats fields in libvirt units, exactly', () => {
        const file = join(KVM, 'libvirt-exporter-scrape.prom');
        const log = new ImportLog();
        const set = parsePrometheus(readFileSync(file, 'utf8'), file, log);
        expect(log.problems()).toEqual([]);
        expect(set.snapshots).toHaveLength(1);
        const d = set.snapshots[0].domains.get('instance-00000337');
        expect(d.get('cpu.time')).toBe(949422.12 * 1e9);
        expect(d.get('vcpu.current')).toBe(2);
        expect(d.get('balloon.maximum')).toBe(8589934592 / 1024);
        expect(d.get('balloon.current')).toBe(8589934592 / 1024);
        expect(d.get('balloon.rss')).toBe(8.7020544e9 / 1024);
        expect(d.get('balloon.usable')).toBe(2.27098624e9 / 1024);
        expect(d.get('vcpu.0.delay')).toBe(880.985415109 * 1e9);
        expect(d.get('vcpu.0.time')).toBe(315190.41 * 1e9);
        expect(d.get('block.0.rd.bytes')).toBe(1.7704034304e11);
        expect(d.get('net.0.tx.bytes')).toBe(1.819996331e9);
        expect(d.get('state.state')).toBe(1);
    });
    it.skipIf(!HAS_DATA)('imports one 2-vCPU 8 GiB guest', () => {
        const t = importTrace(join(KVM, 'libvirt-exporter-scrape.prom'));
        expect(t.format).toBe('prometheus');
        expect(t.hosts[0].vms.map((v) => [v.name, v.vcpus, v.memoryMiB])).toEqual([['instance-00000337', 2, 8192]]);
    });
});
describe('parsePromLine', () => {
    it('reads labels with escapes, exponents, Inf and a timestamp', () => {
        const s = parsePromLine('m{a="x\\"y",b="z"} 1.5e3 1700000000000');
        expect(s).toEqual({ name: 'm', labels: new Map([['a', 'x"y'], ['b', 'z']]), value: 1500, tMs: 1700000000000 });
        expect(parsePromLine('m +Inf').value).toBe(Infinity);
    });
    it('says what is wrong with a malformed line', () => {
        expect(parsePromLine('m{a="x} 1')).toBe('unterminated value of label a');
        expect(parsePromLine('m{a="x"} abc')).toBe('expected a number, found "abc"');
        expect(parsePromLine('{a="x"} 1')).toBe('expected a metric name');
    });
});
describe('importTrace(two timestamped scrapes with node_exporter)', () => {
    it('differences the counters into rates and reads host CPU from node_cpu_seconds_total', () => {
        const scrape = (t, cpu, idle) => [
            `libvirt_domain_info_cpu_time_seconds_total{domain="vm1"} ${cpu} ${t}`,
            `libvirt_domain_info_virtual_cpus{domain="vm1"} 2 ${t}`,
            `libvirt_domain_vcpu_delay_seconds_total{domain="vm1",vcpu="0"} ${cpu / 10} ${t}`,
            `node_cpu_seconds_total{cpu="0",mode="idle"} ${idle} ${t}`,
            `node_cpu_seconds_total{cpu="0",mode="user"} ${cpu} ${t}`,
            `node_cpu_seconds_total{cpu="1",mode="idle"} ${idle} ${t}`,
            `node_memory_MemTotal_bytes 8589934592 ${t}`,
        ].join('\n');
        const dir = tempDir('prom');
        const file = join(dir, 'two.prom');
        writeFileSync(file, `${scrape(1_700_000_000_000, 100, 50)}\n${scrape(1_700_000_010_000, 110, 55)}\n`);
        const t = importTrace(file);
        const h = t.hosts[0];
        expect(t.startEpochMs).toBe(1_700_000_000_000);
        expect(Array.from(h.vms[0].cpuCores.v)).toEqual([1]);
        expect(h.vms[0].stealCores.v[0]).toBeCloseTo(0.1, 12);
        expect(h.info.cpus).toBe(2);
        expect(h.info.memoryMiB).toBe(8192);
        expect(h.cpuBusyPct.v[0]).toBeCloseTo(50, 10); // 10 busy of 20 CPU-seconds
    });
});
//# sourceMappingURL=prometheus.test.js.map