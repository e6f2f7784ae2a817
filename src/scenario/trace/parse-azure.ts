/**
 * Azure Public Dataset CPU readings (V1 2017 and V2 2019, `vm_cpu_readings-file-*.csv`): rows
 * `timestamp,vm id,min cpu,max cpu,avg cpu`, timestamps in seconds from the trace start, one
 * reading per VM every 300 s, CPU in % of the VM's vCPUs (Azure/AzurePublicDataset,
 * AzurePublicDatasetV2.md, schema of vm_cpu_readings). The published files have no header; one
 * line of column names is accepted and then columns are found by name.
 *
 * A file holds every VM of the trace interleaved, so it is streamed (stream-lines.ts): the first
 * `count` VM ids in order of first appearance are kept, the rows of other VMs skipped unparsed.
 * The demand is the average column, relative (a fraction of vCPUs, as PlanetLab) unless the
 * group states a referenceMhz. Times are made relative to the file's first row, so all VMs of
 * the file keep their alignment.
 */
import { capProblems, fieldColumn, quoteFound, type LineProblem } from './lines.js';
import { forEachLine } from './stream-lines.js';

const NUMBER = /^[+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Accepted header names (lower case, spaces and underscores removed) per column. */
const NAMES: Record<string, 'time' | 'vm' | 'min' | 'max' | 'avg'> = {
  timestamp: 'time',
  vmid: 'vm',
  mincpu: 'min',
  maxcpu: 'max',
  avgcpu: 'avg',
};

export interface AzureVm {
  id: string;
  timesMs: Float64Array;
  /** Average CPU, fraction 0..1 of the VM's vCPUs. */
  cpu: Float32Array;
}

export interface AzureRead {
  vms: AzureVm[];
  problems: LineProblem[];
  /** Why the file could not be read, or null. */
  error: string | null;
}

/** The first `count` VMs of an Azure readings file (fewer when the file holds fewer). */
export function readAzureReadings(abs: string, count: number): AzureRead {
  const problems: LineProblem[] = [];
  const kept = new Map<string, { t: number[]; cpu: number[] }>();
  let at = { time: 0, vm: 1, avg: 4 };
  let width = 5;
  let t0 = NaN;
  const error = forEachLine(abs, (line, n) => {
    if (line.trim() === '') return;
    const f = line.split(',');
    if (n === 1 && !NUMBER.test((f[0] as string).trim())) {
      const found: Partial<Record<'time' | 'vm' | 'min' | 'max' | 'avg', number>> = {};
      for (let i = 0; i < f.length; i++) {
        const key = NAMES[(f[i] as string).trim().toLowerCase().replace(/[\s_]+/g, '')];
        if (key === undefined) {
          problems.push({ line: 1, column: fieldColumn(f, i), message: `column ${i + 1} ${quoteFound(f[i] as string)} is not an Azure CPU readings column; expected timestamp, vmid, min_cpu, max_cpu, avg_cpu` });
          return false;
        }
        found[key] = i;
      }
      if (found.time === undefined || found.vm === undefined || found.avg === undefined) {
        problems.push({ line: 1, message: `expected timestamp, vmid and avg_cpu columns in the header, found ${quoteFound(line)}` });
        return false;
      }
      at = { time: found.time, vm: found.vm, avg: found.avg };
      width = f.length;
      return;
    }
    if (f.length !== width) {
      problems.push({ line: n, message: `expected ${width} fields separated by ",", found ${f.length}` });
      return problems.length <= 50;
    }
    const id = (f[at.vm] as string).trim();
    const ts = (f[at.time] as string).trim();
    if (!NUMBER.test(ts)) {
      problems.push({ line: n, column: fieldColumn(f, at.time), message: `expected a timestamp in seconds, found ${quoteFound(ts)}` });
      return problems.length <= 50;
    }
    const t = Number(ts);
    if (Number.isNaN(t0)) t0 = t;
    let series = kept.get(id);
    if (series === undefined) {
      if (kept.size >= count) return;
      series = { t: [], cpu: [] };
      kept.set(id, series);
    }
    const avg = (f[at.avg] as string).trim();
    if (!NUMBER.test(avg) || Number(avg) > 100) {
      problems.push({ line: n, column: fieldColumn(f, at.avg), message: `expected an average CPU % from 0 to 100, found ${quoteFound(avg)}` });
      return problems.length <= 50;
    }
    const last = series.t[series.t.length - 1];
    if (last !== undefined && !(t > last)) {
      problems.push({ line: n, column: fieldColumn(f, at.time), message: `expected the timestamp of VM ${quoteFound(id)} to increase, found ${t} after ${last}` });
      return problems.length <= 50;
    }
    series.t.push(t);
    series.cpu.push(Number(avg) / 100);
  });
  if (error === null && problems.length === 0 && kept.size === 0) problems.push({ line: 1, message: 'expected at least one CPU reading, found none' });
  const vms = [...kept].map(([id, s]) => ({ id, timesMs: Float64Array.from(s.t, (t) => Math.round((t - t0) * 1000)), cpu: Float32Array.from(s.cpu) }));
  return { vms, problems: capProblems(problems), error };
}
