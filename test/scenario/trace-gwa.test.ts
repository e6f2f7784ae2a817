/**
 * GWA-T-12 (Bitbrains) files as a scenario trace workload (`format: gwa-bitbrains`), CSV files in
 * MHz (`cpu_mhz`), and the sample-time convention (`sampleAt`). Header and first rows follow
 * /work/shared/data/bitbrains/gwa-t12-faststorage-vm.csv (";" then a tab, Unix seconds).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdFromStart, loadScenario, parseCsvTrace, parseGwaTrace } from '../../src/scenario/index.js';
import { scenarioErrorOf, scenarioWith, tempFolder, writeFolder } from './helpers.js';

const HEADER =
  'Timestamp [ms];\tCPU cores;\tCPU capacity provisioned [MHZ];\tCPU usage [MHZ];\tCPU usage [%];\tMemory capacity provisioned [KB];\tMemory usage [KB];\tDisk read throughput [KB/s];\tDisk write throughput [KB/s];\tNetwork received throughput [KB/s];\tNetwork transmitted throughput [KB/s]';
const row = (t: number, mhz: number, memKb = 1048576): string => `${t};\t1;\t2599.999309;\t${mhz};\t${(mhz / 2599.999309) * 100};\t2097152.0;\t${memKb};\t0.0;\t1.4;\t0.0;\t0.0`;

const gwaGroup = (count: number, path: string, extra = ''): string =>
  `      - { name: bb, count: ${count}, template: small, workload: { type: trace, format: gwa-bitbrains, path: ${path}${extra} } }`;

describe('parseGwaTrace', () => {
  it('keeps CPU usage in MHz (as a fraction of the first row provisioned MHz), times from the first row in ms, memory usage / provisioned', () => {
    const s = parseGwaTrace([HEADER, row(1376314846, 19.0666), row(1376315146, 3000), row(1376315447, 13.8)].join('\n'));
    expect(s.problems).toEqual([]);
    expect(s.refMhz).toBe(2599.999309);
    expect(Array.from(s.timesMs)).toEqual([0, 300_000, 601_000]);
    // 3000 MHz is more than the 2600 provisioned: kept, not capped (the host caps it at its own vCPU capacity).
    expect(Array.from(s.cpu).map((x) => x * s.refMhz)).toEqual([19.0666, 3000, 13.8].map((m) => Math.fround(m / 2599.999309) * 2599.999309));
    expect(Array.from(s.memActive!)).toEqual([0.5, 0.5, 0.5]);
  });

  it('names an unknown column at line 1 with the columns it expected', () => {
    const s = parseGwaTrace(HEADER.replace('CPU usage [MHZ]', 'CPU use [GHz]') + '\n' + row(1, 2));
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]!.line).toBe(1);
    expect(s.problems[0]!.message).toMatch(/^column 4 "CPU use \[GHz\]" is not a GWA-T-12 column; expected names from: Timestamp \[ms\]; CPU cores;/);
  });

  it('requires the usage column', () => {
    expect(parseGwaTrace('Timestamp [ms];\tCPU cores\n1;\t1').problems).toEqual([
      { line: 1, message: 'expected a "CPU usage [MHZ]" column in the GWA-T-12 header, found "Timestamp [ms];\\tCPU cores"' },
    ]);
  });

  it('reports bad rows at their lines: wrong field count, a non-number, a timestamp that goes back', () => {
    const text = [HEADER, row(100, 1), '200;\t1', row(300, 1).replace(';\t1;', ';\tone;'), row(400, 1).replace('\t1;\t2599', '\t1;\t2599').replace(';\t1;\t2599.999309;\t1;', ';\t1;\t2599.999309;\tx;'), row(50, 1)].join('\n');
    expect(parseGwaTrace(text).problems).toEqual([
      { line: 3, message: 'expected 11 fields separated by ";", found 2' },
      // Column 22: "400;\t1;\t2599.999309;\t" is 21 characters, then the x.
      { line: 5, column: 22, message: 'expected a number >= 0 in "CPU usage [MHZ]", found "x"' },
      { line: 6, message: 'expected the timestamp to increase, found 50 after 300' },
    ]);
  });
});

describe('holdFromStart (sampleAt)', () => {
  const s = { timesMs: Float64Array.from([0, 300_000, 600_000]), cpu: Float32Array.from([0.1, 0.2, 0.3]), memActive: null };
  it('start: samples hold from their own time', () => {
    expect(holdFromStart(s, 'start', 300_000)).toBe(s);
  });
  it('end: each sample holds over the interval before it; the one at t = 0 describes time before the run and is dropped', () => {
    const e = holdFromStart(s, 'end', 300_000);
    expect(Array.from(e.timesMs)).toEqual([0, 300_000]);
    expect(Array.from(e.cpu)).toEqual([0.2, 0.3].map(Math.fround));
  });
  it('end: a first sample at 120 s of a 300 s series holds from 0 (clamped), the next from 120 s', () => {
    const e = holdFromStart({ timesMs: Float64Array.from([120_000, 420_000]), cpu: Float32Array.from([0.5, 0.7]), memActive: null }, 'end', 300_000);
    expect(Array.from(e.timesMs)).toEqual([0, 120_000]);
  });
});

describe('loadScenario with gwa-bitbrains and cpu_mhz traces', () => {
  it('assigns one file of a folder per VM and keeps the reference MHz', () => {
    const dir = tempFolder({ 's.yaml': scenarioWith(gwaGroup(2, 'bb')) });
    writeFolder(dir, 'bb', { '1.csv': [HEADER, row(1000, 10), row(1300, 20)].join('\n'), '2.csv': [HEADER, row(1000, 30), row(1300, 40)].join('\n') });
    const traces = loadScenario(join(dir, 's.yaml')).traces.get('0/0')!;
    expect(traces.map((t) => t.source)).toEqual(['bb/1.csv', 'bb/2.csv']);
    expect(traces[1]!.refMhz).toBe(2599.999309);
  });

  it('keeps the files of a folder aligned: one starting 600 s after the other holds demand 0 until then', () => {
    const dir = tempFolder({ 's.yaml': scenarioWith(gwaGroup(2, 'bb')) });
    writeFolder(dir, 'bb', { '1.csv': [HEADER, row(1000, 10), row(1300, 20)].join('\n'), '2.csv': [HEADER, row(1600, 30), row(1900, 40)].join('\n') });
    const [a, b] = loadScenario(join(dir, 's.yaml')).traces.get('0/0')!;
    expect(Array.from(a!.timesMs)).toEqual([0, 300_000]);
    expect(Array.from(b!.timesMs)).toEqual([0, 600_000, 900_000]);
    expect(Array.from(b!.cpu).map((x) => x * b!.refMhz!)).toEqual([0, 30, 40].map((m) => Math.fround(m / 2599.999309) * 2599.999309));
  });

  it('reports a malformed GWA file with its path and line', () => {
    const dir = tempFolder({ 's.yaml': scenarioWith(gwaGroup(1, 'one.csv')), 'one.csv': [HEADER, row(1000, 10), '2000;\t1'].join('\n') });
    const e = scenarioErrorOf(() => loadScenario(join(dir, 's.yaml')));
    expect(e.problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([`${join(dir, 'one.csv')}:3: expected 11 fields separated by ";", found 2`]);
  });

  it('cpu_mhz CSV: absolute MHz as fractions of the peak; referenceMhz on it is warned as ignored', () => {
    const p = parseCsvTrace('time_s,cpu_mhz\n0,500\n300,2000\n');
    expect(p.refMhz).toBe(2000);
    expect(Array.from(p.cpu)).toEqual([0.25, 1]);
    const dir = tempFolder({
      's.yaml': scenarioWith('      - { name: db, count: 1, template: small, workload: { type: trace, format: csv, path: d.csv, referenceMhz: 2600 } }'),
      'd.csv': 'time_s,cpu_mhz\n0,500\n300,2000\n',
    });
    expect(loadScenario(join(dir, 's.yaml')).warnings.some((w) => /referenceMhz is ignored/.test(w))).toBe(true);
  });
});
