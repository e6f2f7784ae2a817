/**
 * Readers that turn one trace file into TraceData, with a per-load cache so a file used by
 * several VMs or groups is read and parsed once and its problems are reported once.
 */
import type { ScenarioProblem } from '../errors.js';
import type { TraceData } from '../scenario.js';
import type { WorkloadSpec } from '../schema.js';
import type { LineProblem } from './lines.js';
import { csvTraceParser } from './parse-csv.js';
import { parseFileLines, type LineParser } from './line-feed.js';
import { gwaTraceParser } from './parse-gwa.js';
import { parsePlanetLab } from './parse-planetlab.js';
import { readAzureReadings } from './parse-azure.js';
import { readCollectTrace } from './parse-collect.js';
import { holdFromStart } from './sample-at.js';
import { readTraceText } from './trace-files.js';

type TraceSpec = Extract<WorkloadSpec, { type: 'trace' }>;

/** PlanetLab/CoMon files are sampled every 5 minutes. */
export const PLANETLAB_INTERVAL_MS = 300_000;

export interface TraceFile {
  abs: string;
  source: string;
  display: string;
}

export interface TraceReader {
  /** The file's TraceData, or `null` after adding its problems to `sink` (only on first read). */
  read(file: TraceFile, w: TraceSpec, sink: ScenarioProblem[]): TraceData | null;
}

interface Samples {
  timesMs: Float64Array | null;
  cpu: Float32Array;
  memActive: Float32Array | null;
  /** MHz a cpu value of 1 stands for, for files in absolute units; null = relative. */
  refMhz: number | null;
  startEpochMs: number | null;
}

type Parse = (text: string) => Samples & { problems: LineProblem[] };

export function toProblems(display: string, problems: readonly LineProblem[]): ScenarioProblem[] {
  return problems.map((p) => {
    if (p.line === undefined) return { file: display, path: '', message: p.message };
    return p.column === undefined ? { file: display, path: '', line: p.line, message: p.message } : { file: display, path: '', line: p.line, column: p.column, message: p.message };
  });
}

type Parsed = Samples & { problems: LineProblem[] };

/** A file read whole (planetlab files: 288 short lines each) and parsed. */
function wholeFile(parse: Parse): (abs: string) => { value: Parsed } | { error: string } {
  return (abs) => {
    const read = readTraceText(abs);
    return 'error' in read ? read : { value: parse(read.text) };
  };
}

/** A file streamed in chunks through a line parser (csv, GWA: files that may be large). */
function streamedFile(make: () => LineParser<Parsed>): (abs: string) => { value: Parsed } | { error: string } {
  return (abs) => parseFileLines(abs, make());
}

/** Reads and parses each absolute path once; later calls return the same arrays (or `null`). */
function cachedParser(parseFile: (abs: string) => { value: Parsed } | { error: string }): (file: TraceFile, sink: ScenarioProblem[]) => Samples | null {
  const cache = new Map<string, Samples | null>();
  return (file, sink) => {
    if (cache.has(file.abs)) return cache.get(file.abs) as Samples | null;
    let samples: Samples | null = null;
    const read = parseFile(file.abs);
    if ('error' in read) {
      sink.push({ file: file.display, path: '', message: `cannot read trace file: ${read.error}` });
    } else {
      const parsed = read.value;
      if (parsed.problems.length > 0) sink.push(...toProblems(file.display, parsed.problems));
      else samples = { timesMs: parsed.timesMs, cpu: parsed.cpu, memActive: parsed.memActive, refMhz: parsed.refMhz, startEpochMs: parsed.startEpochMs };
    }
    cache.set(file.abs, samples);
    return samples;
  };
}

/** Keeps one TraceData per (source, timing), so VMs replaying the same file share it. */
function dataCache(): (key: string, make: () => TraceData | null) => TraceData | null {
  const cache = new Map<string, TraceData | null>();
  return (key, make) => {
    if (cache.has(key)) return cache.get(key) as TraceData | null;
    const data = make();
    cache.set(key, data);
    return data;
  };
}

/**
 * The TraceData of parsed samples, held as the group's `sampleAt` says (sample-at.ts), or null
 * after a problem when no sample falls in the run.
 */
function toData(file: TraceFile, w: TraceSpec, s: Samples & { timesMs: Float64Array }, intervalMs: number, sink: ScenarioProblem[]): TraceData | null {
  const held = holdFromStart(s, w.sampleAt, intervalMs);
  if (held.timesMs.length === 0) {
    sink.push({ file: file.display, path: '', message: 'with sampleAt: end, every sample ends at or before the run start; expected at least one sample after time 0' });
    return null;
  }
  return { source: file.source, timesMs: held.timesMs, cpu: held.cpu, memActive: held.memActive, refMhz: s.refMhz, startEpochMs: s.startEpochMs };
}

/** PlanetLab files: sample i is at i × interval (default 300 s). */
export function planetLabTrace(): TraceReader {
  const parse = cachedParser(wholeFile((text) => ({ ...parsePlanetLab(text), timesMs: null, memActive: null, refMhz: null, startEpochMs: null })));
  const times = new Map<string, Float64Array>();
  const shared = dataCache();
  return {
    read(file, w, sink) {
      const samples = parse(file, sink);
      if (samples === null) return null;
      const interval = w.interval ?? PLANETLAB_INTERVAL_MS;
      const n = samples.cpu.length;
      const timesKey = `${n}/${interval}`;
      let timesMs = times.get(timesKey);
      if (timesMs === undefined) {
        timesMs = Float64Array.from({ length: n }, (_, i) => i * interval);
        times.set(timesKey, timesMs);
      }
      const t = timesMs;
      return shared(`${file.source}\u0000${interval}\u0000${w.sampleAt}`, () => toData(file, w, { ...samples, timesMs: t }, interval, sink));
    },
  };
}

/** Files that carry their own times (csv, gwa-bitbrains) and, optionally, active memory. */
function timedTrace(make: () => LineParser<Parsed>): TraceReader {
  const cached = cachedParser(streamedFile(make));
  const shared = dataCache();
  return {
    read(file, w, sink) {
      const samples = cached(file, sink);
      if (samples === null) return null;
      return shared(`${file.source}\u0000${w.sampleAt}`, () =>
        toData(file, w, { ...samples, timesMs: samples.timesMs as Float64Array }, PLANETLAB_INTERVAL_MS, sink),
      );
    },
  };
}

/** CSV files: `time_s,cpu_pct` or `time_s,cpu_mhz` (parse-csv.ts). */
export function csvTrace(): TraceReader {
  return timedTrace(csvTraceParser);
}

/** GWA-T-12 Bitbrains files (parse-gwa.ts): absolute MHz. */
export function gwaTrace(): TraceReader {
  return timedTrace(() => gwaTraceParser());
}

/** GWA-T-13 Materna files (parse-gwa.ts, materna dialect): absolute MHz. */
export function maternaTrace(): TraceReader {
  return timedTrace(() => gwaTraceParser('materna'));
}

/** A file that holds several VMs' series (Azure readings, the collector's trace). */
export interface MultiTraceReader {
  /** Up to `count` series in the file's order, or `null` after adding problems to `sink`. */
  read(file: TraceFile, w: TraceSpec, count: number, sink: ScenarioProblem[]): TraceData[] | null;
}

function heldAll(file: TraceFile, w: TraceSpec, series: Array<{ source: string; timesMs: Float64Array; cpu: Float32Array; refMhz: number | null; startEpochMs: number | null }>, sink: ScenarioProblem[]): TraceData[] | null {
  const out: TraceData[] = [];
  for (const s of series) {
    const d = toData({ ...file, source: s.source }, w, { ...s, memActive: null }, PLANETLAB_INTERVAL_MS, sink);
    if (d === null) return null;
    out.push(d);
  }
  return out;
}

/** Azure Public Dataset CPU readings (parse-azure.ts): the first `count` VMs, relative CPU. */
export function azureTrace(): MultiTraceReader {
  return {
    read(file, w, count, sink) {
      const r = readAzureReadings(file.abs, count);
      if (r.error !== null) {
        sink.push({ file: file.display, path: '', message: `cannot read trace file: ${r.error}` });
        return null;
      }
      if (r.problems.length > 0) {
        sink.push(...toProblems(file.display, r.problems));
        return null;
      }
      return heldAll(file, w, r.vms.map((v) => ({ source: `${file.source}#${v.id}`, timesMs: v.timesMs, cpu: v.cpu, refMhz: null, startEpochMs: null })), sink);
    },
  };
}

/** The collector's NDJSON (parse-collect.ts): one series per domain, in cores of the captured host. */
export function collectTrace(): MultiTraceReader {
  return {
    read(file, w, _count, sink) {
      const r = readCollectTrace(file.abs);
      if (r.error !== null) {
        sink.push({ file: file.display, path: '', message: `cannot read trace file: ${r.error}` });
        return null;
      }
      if (r.problems.length > 0) {
        sink.push(...toProblems(file.display, r.problems));
        return null;
      }
      const coreMhz = w.referenceMhz ?? r.coreMhz;
      if (coreMhz === null) {
        sink.push({ file: file.display, path: '', line: 1, message: 'expected nodeinfo.mhz in the header (the captured host core speed), found none; set referenceMhz on the trace workload' });
        return null;
      }
      return heldAll(file, w, r.domains.map((d) => ({ source: `${file.source}#${d.name}`, timesMs: d.timesMs, cpu: d.cores, refMhz: coreMhz, startEpochMs: r.startEpochMs })), sink);
    },
  };
}
