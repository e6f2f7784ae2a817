/**
 * Trace formats read straight into scenarios beside planetlab / csv / gwa-bitbrains:
 * azure-cpu (Azure Public Dataset vm_cpu_readings, streamed), dcsim-collect (the collector's
 * NDJSON) and gwa-materna (GWA-T-13). Figures are computed by hand from the files written here
 * or from /work/shared/data/azure/azure2017_vm_cpu_readings_sample.csv.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario, traceKey, type TraceData } from '../../src/scenario/index.js';
import { scenarioErrorOf, scenarioWith, SHARED_DIR, tempFolder } from './helpers.js';

const group = (count: number, format: string, path: string, extra = ''): string =>
  `      - { name: g, count: ${count}, template: small, workload: { type: trace, format: ${format}, path: '${path}'${extra} } }`;

function traces(files: Record<string, string>, vms: string): TraceData[] {
  const dir = tempFolder({ 's.yaml': scenarioWith(vms), ...files });
  return [...(loadScenario(join(dir, 's.yaml')).traces.get(traceKey(0, 0)) ?? [])];
}

function problems(files: Record<string, string>, vms: string): string[] {
  const dir = tempFolder({ 's.yaml': scenarioWith(vms), ...files });
  return scenarioErrorOf(() => loadScenario(join(dir, 's.yaml'))).problems.map((p) => `${p.file.slice(dir.length + 1)}:${p.line ?? ''}:${p.column ?? ''}: ${p.message}`);
}

const f32 = (xs: number[]): number[] => xs.map(Math.fround);

describe('azure-cpu', () => {
  it('takes the first VMs of the published sample in order of appearance, avg CPU % as a fraction of vCPUs (relative)', () => {
    const sample = join(SHARED_DIR, 'data/azure/azure2017_vm_cpu_readings_sample.csv');
    const t = traces({}, group(3, 'azure-cpu', sample));
    // Rows 1–3: avg 2.86979, 3.254472, 4.33624 %.
    expect(t.map((d) => Array.from(d.cpu))).toEqual([[0.0286979], [0.03254472], [0.0433624]].map(f32));
    expect(t.map((d) => d.refMhz)).toEqual([null, null, null]);
    expect(t[0]!.source.endsWith('#+ZcrOp5/c/fJ6mVgP5qMZlOAGDwyjaaDNM0WoWOt2IDb47gT0UwK9lFwkPQv3C7Q')).toBe(true);
  });

  it('follows each VM through an interleaved file with a header, times from the first row', () => {
    const csv = ['timestamp,vmid,min_cpu,max_cpu,avg_cpu', '300,a,1,9,10', '300,b,1,9,50', '300,c,1,9,70', '600,a,1,9,20', '600,b,1,9,60', '900,a,1,9,30'].join('\n');
    const t = traces({ 'r.csv': csv }, group(2, 'azure-cpu', 'r.csv'));
    expect(t.map((d) => Array.from(d.timesMs))).toEqual([[0, 300_000, 600_000], [0, 300_000]]);
    expect(t.map((d) => Array.from(d.cpu))).toEqual([f32([0.1, 0.2, 0.3]), f32([0.5, 0.6])]);
  });

  it('a bad value or an unknown column is located by file, line and column', () => {
    expect(problems({ 'r.csv': '0,a,1,9,10\n300,a,1,9,abc\n' }, group(1, 'azure-cpu', 'r.csv'))).toEqual(['r.csv:2:11: expected an average CPU % from 0 to 100, found "abc"']);
    expect(problems({ 'r.csv': 'timestamp,vmid,p50_cpu\n0,a,1\n' }, group(1, 'azure-cpu', 'r.csv'))).toEqual([
      'r.csv:1:16: column 3 "p50_cpu" is not an Azure CPU readings column; expected timestamp, vmid, min_cpu, max_cpu, avg_cpu',
    ]);
  });

  it('fewer VMs in the file than the group asks for is an error unless reuse', () => {
    expect(problems({ 'r.csv': '0,a,1,9,10\n' }, group(2, 'azure-cpu', 'r.csv'))[0]).toMatch(/found 1 VM in 'r.csv' but the group has 2 VMs/);
    expect(traces({ 'r.csv': '0,a,1,9,10\n' }, group(2, 'azure-cpu', 'r.csv', ', reuse: true'))).toHaveLength(2);
  });
});

describe('dcsim-collect', () => {
  const ndjson = [
    '{"type":"header","format":"dcsim-collect","version":1,"host":"kvm","intervalMs":10000,"startedMs":1000,"nodeinfo":{"cpus":4,"mhz":2000,"memoryKiB":8000000}}',
    '{"type":"sample","seq":0,"tMs":1000,"domstats":{"vm-b":{"cpu.time":"0"},"vm-a":{"cpu.time":"0"}}}',
    '{"type":"sample","seq":1,"tMs":11000,"domstats":{"vm-b":{"cpu.time":"2000000000"},"vm-a":{"cpu.time":"5000000000"}}}',
    '{"type":"sample","seq":2,"tMs":21000,"domstats":{"vm-b":{"cpu.time":"4000000000"},"vm-a":{"cpu.time":"15000000000"}}}',
    '{"type":"end","tMs":21000,"samples":3}',
  ].join('\n');

  it('gives each VM a domain in name order, cores busy = Δcpu.time / Δt at the start of each interval, in MHz of the captured core', () => {
    const t = traces({ 'c.ndjson': ndjson }, group(2, 'dcsim-collect', 'c.ndjson'));
    // vm-a: 5 s of CPU in 10 s = 0.5 core, then 10 s in 10 s = 1 core; vm-b: 0.2 and 0.2.
    expect(t.map((d) => d.source.split('#')[1])).toEqual(['vm-a', 'vm-b']);
    expect(t.map((d) => Array.from(d.cpu))).toEqual([f32([0.5, 1, 0]), f32([0.2, 0.2, 0])]);
    expect(Array.from(t[0]!.timesMs)).toEqual([0, 10_000, 20_000]);
    expect(t[0]!.refMhz).toBe(2000);
    expect(t[0]!.startEpochMs).toBe(1000);
  });

  it('a file that is not a collector trace is refused at line 1', () => {
    expect(problems({ 'c.ndjson': '{"type":"sample"}\n' }, group(1, 'dcsim-collect', 'c.ndjson'))[0]).toMatch(/^c\.ndjson:1:: expected the dcsim collect header/);
  });
});

describe('gwa-materna', () => {
  const header =
    'Timestamp;CPU cores;CPU capacity provisioned [MHZ];CPU usage [MHZ];CPU usage [%];Memory capacity provisioned [KB];Memory usage [KB];Memory usage [%];Disk read throughput [KB/s];Disk write throughput [KB/s];Disk size [GB];Network received throughput [KB/s];Network transmitted throughput [KB/s]';
  const row = (t: string, mhz: string): string => `${t};2;5200;${mhz};25;4194304;1048576;25;0;0;40;0;0`;

  it('reads dd.MM.yyyy HH:mm:ss times (UTC) and decimal commas; CPU usage [MHZ] absolute against the provisioned 5200', () => {
    const t = traces({ 'm.csv': [header, row('01.03.2016 00:00:00', '1300,5'), row('01.03.2016 00:05:00', '2600')].join('\n') }, group(1, 'gwa-materna', 'm.csv'));
    expect(Array.from(t[0]!.timesMs)).toEqual([0, 300_000]);
    expect(t[0]!.refMhz).toBe(5200);
    expect(Array.from(t[0]!.cpu)).toEqual(f32([1300.5 / 5200, 0.5]));
    expect(t[0]!.startEpochMs).toBe(Date.UTC(2016, 2, 1));
    expect(Array.from(t[0]!.memActive!)).toEqual([0.25, 0.25]);
  });

  it('an unknown column and a bad value are located by line and column', () => {
    expect(problems({ 'm.csv': [header.replace('Disk size [GB]', 'Disk size [TB]'), row('01.03.2016 00:00:00', '1')].join('\n') }, group(1, 'gwa-materna', 'm.csv'))[0]).toMatch(
      /^m\.csv:1:207: column 11 "Disk size \[TB\]" is not a GWA-T-13 column/,
    );
    expect(problems({ 'm.csv': [header, row('01.03.2016 00:00:00', 'n/a')].join('\n') }, group(1, 'gwa-materna', 'm.csv'))).toEqual([
      'm.csv:2:28: expected a number >= 0 in "CPU usage [MHZ]", found "n/a"',
    ]);
  });
});
