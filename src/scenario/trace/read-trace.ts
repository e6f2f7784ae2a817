/**
 * Readers that turn one trace file into TraceData, with a per-load cache so a file used by
 * several VMs or groups is read and parsed once and its problems are reported once.
 */
import type { ScenarioProblem } from '../errors.js';
import type { TraceData } from '../scenario.js';
import type { WorkloadSpec } from '../schema.js';
import type { LineProblem } from './lines.js';
import { parseCsvTrace } from './parse-csv.js';
import { parsePlanetLab } from './parse-planetlab.js';
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
}

type Parse = (text: string) => Samples & { problems: LineProblem[] };

function toProblems(display: string, problems: readonly LineProblem[]): ScenarioProblem[] {
  return problems.map((p) => (p.line === undefined ? { file: display, path: '', message: p.message } : { file: display, path: '', line: p.line, message: p.message }));
}

/** Reads and parses each absolute path once; later calls return the same arrays (or `null`). */
function cachedParser(parse: Parse): (file: TraceFile, sink: ScenarioProblem[]) => Samples | null {
  const cache = new Map<string, Samples | null>();
  return (file, sink) => {
    if (cache.has(file.abs)) return cache.get(file.abs) as Samples | null;
    let samples: Samples | null = null;
    const read = readTraceText(file.abs);
    if ('error' in read) {
      sink.push({ file: file.display, path: '', message: `cannot read trace file: ${read.error}` });
    } else {
      const parsed = parse(read.text);
      if (parsed.problems.length > 0) sink.push(...toProblems(file.display, parsed.problems));
      else samples = { timesMs: parsed.timesMs, cpu: parsed.cpu, memActive: parsed.memActive };
    }
    cache.set(file.abs, samples);
    return samples;
  };
}

/** Keeps one TraceData per (source, timing), so VMs replaying the same file share it. */
function dataCache(): (key: string, make: () => TraceData) => TraceData {
  const cache = new Map<string, TraceData>();
  return (key, make) => {
    let data = cache.get(key);
    if (data === undefined) {
      data = make();
      cache.set(key, data);
    }
    return data;
  };
}

/** PlanetLab files: sample i starts at i × interval (default 300 s). */
export function planetLabTrace(): TraceReader {
  const parse = cachedParser((text) => ({ ...parsePlanetLab(text), timesMs: null, memActive: null }));
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
      return shared(`${file.source}\u0000${interval}`, () => ({ source: file.source, timesMs: t, cpu: samples.cpu, memActive: null }));
    },
  };
}

/** CSV files carry their own times and, optionally, active memory. */
export function csvTrace(): TraceReader {
  const parse = cachedParser(parseCsvTrace);
  const shared = dataCache();
  return {
    read(file, _w, sink) {
      const samples = parse(file, sink);
      if (samples === null) return null;
      return shared(file.source, () => ({
        source: file.source,
        timesMs: samples.timesMs as Float64Array,
        cpu: samples.cpu,
        memActive: samples.memActive,
      }));
    },
  };
}
