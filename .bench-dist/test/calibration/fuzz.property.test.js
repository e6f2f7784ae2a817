/**
 * Malformed inputs, fuzzed: every importer takes any text without throwing, every problem it
 * reports names the file and a line inside it, and a bad line injected into a good file is
 * reported at exactly that line while the rest is still imported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportLog } from '../../src/calibration/import-log.js';
import { parseBitbrains } from '../../src/calibration/import/bitbrains.js';
import { parseDomstatsText } from '../../src/calibration/import/domstats-text.js';
import { parseGenericCsv } from '../../src/calibration/import/generic-csv.js';
import { parseKsmCsv } from '../../src/calibration/import/ksm-csv.js';
import { parseCollectorNdjson } from '../../src/calibration/import/ndjson.js';
import { planetLabVm } from '../../src/calibration/import/planetlab.js';
import { parsePromLine, parsePrometheus } from '../../src/calibration/import/prometheus.js';
import { buildHost } from '../../src/calibration/build-host.js';
const PARSERS = {
    domstats: (t, f, l) => buildHost(parseDomstatsText(t, f, l), l),
    prometheus: (t, f, l) => buildHost(parsePrometheus(t, f, l), l),
    ndjson: (t, f, l) => buildHost(parseCollectorNdjson(t, f, l), l),
    bitbrains: (t, f, l) => parseBitbrains(t, f, 'vm', l),
    generic: (t, f, l) => parseGenericCsv(t, f, l),
    ksm: (t, f, l) => parseKsmCsv(t, f, l),
    planetlab: (t, f, l) => planetLabVm(t, f, 'vm', l),
};
const BB_HEAD = 'Timestamp [ms];\tCPU cores;\tCPU capacity provisioned [MHZ];\tCPU usage [MHZ];\tCPU usage [%];\tMemory capacity provisioned [KB];\tMemory usage [KB];\tDisk read throughput [KB/s];\tDisk write throughput [KB/s];\tNetwork received throughput [KB/s];\tNetwork transmitted throughput [KB/s]';
const bbRow = (k) => `${1376314846 + 300 * k};\t1;\t2599.999309;\t19.06;\t0.73;\t2097152.0;\t110448.5;\t0.0;\t1.46;\t0.0;\t0.0`;
/** Good files of each format, as lines; a line inserted at index ≥ 1 must be reported there. */
const GOOD = {
    domstats: ['# ts=1000 seq=0', "Domain: 'a'", '  state.state=1', '  cpu.time=0', '  vcpu.current=1', '# ts=11000 seq=1', "Domain: 'a'", '  state.state=1', '  cpu.time=10000000000', '  vcpu.current=1'],
    prometheus: ['# HELP x', 'libvirt_domain_info_cpu_time_seconds_total{domain="a"} 1 1000', 'libvirt_domain_info_cpu_time_seconds_total{domain="a"} 11 11000'],
    ndjson: [
        '{"type":"header","format":"dcsim-collect","version":1,"host":"h","intervalMs":10000,"startedMs":0}',
        '{"type":"sample","seq":0,"tMs":0,"domstats":{"a":{"cpu.time":"0"}},"missing":[]}',
        '{"type":"sample","seq":1,"tMs":10000,"domstats":{"a":{"cpu.time":"10000000000"}},"missing":[]}',
    ],
    bitbrains: [BB_HEAD, bbRow(0), bbRow(1), bbRow(2)],
    generic: ['time_s,vm,cpu_pct,vcpus', '0,a,50,2', '60,a,25,2', '120,a,75,2'],
    ksm: ['source_url,date,host_description,pages_shared,pages_sharing,pages_unshared,page_size_bytes,derived_saved_MiB,notes', 'u,2011,"two, guests",1,2,3,4096,0,n'],
    planetlab: ['10', '20', '30'],
};
/** A garbage line the format must reject (no newlines). */
const GARBAGE = {
    domstats: (s) => (s.includes('=') || s.trim() === '' || s.trim().startsWith('#') ? null : `  ${s}`),
    prometheus: (s) => (s.trim() === '' || s.trim().startsWith('#') || typeof parsePromLine(s.trim()) !== 'string' ? null : s),
    ndjson: (s) => (s.trim() === '' ? null : s),
    // Trailing blank lines are allowed (editors leave them), so a blank line is not garbage.
    bitbrains: (s) => (s.includes(';') || s.trim() === '' ? null : s),
    generic: (s) => (s.includes(',') || s.includes('"') || s.trim() === '' ? null : s),
    ksm: (s) => (s.includes(',') || s.includes('"') || s.trim() === '' ? null : s),
    planetlab: (s) => (s.trim() === '' || /^\s*(\d+(\.\d*)?|\.\d+)\s*$/.test(s) ? null : s),
};
const noNewline = fc.string({ unit: fc.oneof(fc.constantFrom('a', ' ', '=', ';', ',', '\t', '{', '}', '"', '#', '1', '.', 'é', '\u0000'), fc.string({ minLength: 1, maxLength: 1 })), maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ''));
describe('importers on fuzzed input', () => {
    for (const [name, parse] of Object.entries(PARSERS)) {
        it(`${name}: arbitrary text never throws and every problem has the file and a line inside it`, () => {
            fc.assert(fc.property(fc.array(noNewline, { maxLength: 30 }), (lines) => {
                const text = lines.join('\n');
                const log = new ImportLog();
                expect(() => parse(text, 'f.txt', log)).not.toThrow();
                const count = Math.max(1, text.split(/\r?\n/).length);
                for (const p of log.problems()) {
                    expect(p.file).toBe('f.txt');
                    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= count).toBe(true);
                }
            }), { numRuns: 150 });
        });
        it(`${name}: a bad line injected into a good file is reported at its line and the rest imported`, () => {
            const good = GOOD[name];
            fc.assert(fc.property(noNewline, fc.integer({ min: 1, max: good.length }), (raw, at) => {
                const bad = GARBAGE[name](raw);
                fc.pre(bad !== null);
                // domstats: transcripts around the blocks are skipped, so inject inside a Domain block.
                fc.pre(name !== 'domstats' || /^(Domain:|  )/.test(good[at - 1]));
                const lines = [...good.slice(0, at), bad, ...good.slice(at)];
                const log = new ImportLog();
                parse(lines.join('\n'), 'f.txt', log);
                expect(log.problems().map((p) => p.line)).toContain(at + 1);
            }), { numRuns: 150 });
        });
    }
});
//# sourceMappingURL=fuzz.property.test.js.map