/**
 * Reads the trace files of every `type: trace` VM group, so the model never opens files.
 *
 * Each file is read and parsed at most once per load (cached by format and absolute path);
 * VMs replaying the same file share one TraceData and its arrays.
 */
import { join, posix, resolve } from 'node:path';
import type { ScenarioProblem } from '../errors.js';
import type { PathProblem } from '../issue-problems.js';
import { traceKey, type TraceData } from '../scenario.js';
import type { ScenarioSpec, WorkloadSpec } from '../schema.js';
import { azureTrace, collectTrace, csvTrace, gwaTrace, maternaTrace, planetLabTrace, type MultiTraceReader, type TraceReader } from './read-trace.js';
import { alignToGroupStart } from './align.js';
import { inspectTracePath } from './trace-files.js';
import { traceWarnings } from './trace-warnings.js';

type TraceSpec = Extract<WorkloadSpec, { type: 'trace' }>;

/** Where trace paths are resolved, and how to name trace files in problems. */
export interface TraceContext {
  /** Folder trace paths are relative to (the scenario file's folder). */
  baseDir: string;
  /** The same folder as the user would write it (e.g. `scenarios`), to name files in problems. */
  displayDir: string;
  stepMs: number;
  durationMs: number;
}

export interface TraceLoadResult {
  traces: Map<string, TraceData[]>;
  /** Problems at places in the scenario document (e.g. a path that does not exist). */
  problems: PathProblem[];
  /** Problems inside trace files, each naming the file and line. */
  fileProblems: ScenarioProblem[];
  warnings: PathProblem[];
}

/** One file a group may replay. */
interface Candidate {
  abs: string;
  /** Relative to the scenario folder, as written (folder/name for files found in a folder). */
  source: string;
  /** For problems: the file as the user would find it from where they ran the command. */
  display: string;
}

/** The files a trace `path` stands for, or a problem message. */
function candidates(w: TraceSpec, ctx: TraceContext): Candidate[] | string {
  const abs = resolve(ctx.baseDir, w.path);
  const found = inspectTracePath(abs);
  if (found.kind === 'error') return `cannot use trace path '${w.path}': ${found.message} (resolved to ${abs})`;
  if (found.kind === 'file') return [{ abs, source: w.path, display: join(ctx.displayDir, w.path) }];
  if (w.format === 'csv') return `expected a CSV file, found a folder at '${w.path}'`;
  if (w.format in MULTI) return `expected one ${w.format} file (it holds many VMs), found a folder at '${w.path}'`;
  if (found.names.length === 0) {
    return `found no trace files in folder '${w.path}' (hidden files and *.md files are skipped)`;
  }
  const folder = w.path.replace(/[\\/]+$/, '');
  return found.names.map((name) => ({
    abs: join(abs, name),
    source: posix.join(folder, name),
    display: join(ctx.displayDir, folder, name),
  }));
}

/** The files a group of `count` VMs reads: one each, or reused in order; `string` if too few. */
function assign(w: TraceSpec, count: number, all: Candidate[]): Candidate[] | string {
  if (w.format === 'csv') return all; // every VM of the group replays the one file
  const files = all.slice(w.skip);
  if (files.length >= count) return files.slice(0, count);
  if (w.reuse && files.length > 0) return files;
  const n = files.length;
  const after = w.skip > 0 ? ` after skipping ${w.skip}` : '';
  return (
    `found ${n} trace file${n === 1 ? '' : 's'}${after} at '${w.path}' but the group has ${count} VMs, ` +
    `which need one file each; add files, lower count${w.skip > 0 ? ' or skip' : ''}, or set reuse: true`
  );
}

/** Formats whose one file holds several VMs: each VM of a group takes one series, in file order. */
const MULTI: Partial<Record<TraceSpec['format'], true>> = { 'azure-cpu': true, 'dcsim-collect': true };

/** The series a group of `count` VMs replays from a multi-VM file: one each, or reused in order; `string` if too few. */
function assignSeries(w: TraceSpec, count: number, all: TraceData[]): TraceData[] | string {
  const series = all.slice(w.skip);
  if (series.length >= count) return series.slice(0, count);
  if (w.reuse && series.length > 0) return series;
  const n = series.length;
  const after = w.skip > 0 ? ` after skipping ${w.skip}` : '';
  return `found ${n} VM${n === 1 ? '' : 's'}${after} in '${w.path}' but the group has ${count} VMs, which need one each; lower count${w.skip > 0 ? ' or skip' : ''}, or set reuse: true`;
}

/** Loads every trace group of `spec`. Never throws for bad input: problems are returned. */
export function loadTraces(spec: ScenarioSpec, ctx: TraceContext): TraceLoadResult {
  const result: TraceLoadResult = { traces: new Map(), problems: [], fileProblems: [], warnings: [] };
  const readers: Record<Exclude<TraceSpec['format'], 'azure-cpu' | 'dcsim-collect'>, TraceReader> = {
    planetlab: planetLabTrace(),
    csv: csvTrace(),
    'gwa-bitbrains': gwaTrace(),
    'gwa-materna': maternaTrace(),
  };
  const multi: Record<'azure-cpu' | 'dcsim-collect', MultiTraceReader> = { 'azure-cpu': azureTrace(), 'dcsim-collect': collectTrace() };
  spec.clusters.forEach((cluster, c) => {
    cluster.vms.forEach((group, v) => {
      const w = group.workload;
      if (w.type !== 'trace') return;
      const at = (...rest: string[]): PropertyKey[] => ['clusters', c, 'vms', v, 'workload', ...rest];
      const files = candidates(w, ctx);
      if (typeof files === 'string') {
        result.problems.push({ path: at('path'), message: files });
        return;
      }
      if (w.format === 'azure-cpu' || w.format === 'dcsim-collect') {
        const series = multi[w.format].read(files[0] as Candidate, w, group.count + w.skip, result.fileProblems);
        if (series === null) return;
        const used = assignSeries(w, group.count, series);
        if (typeof used === 'string') {
          result.problems.push({ path: at('path'), message: used });
          return;
        }
        const perSeries = alignToGroupStart(used);
        result.traces.set(traceKey(c, v), Array.from({ length: group.count }, (_, i) => perSeries[i % perSeries.length] as TraceData));
        result.warnings.push(...traceWarnings(w, perSeries, ctx, at));
        return;
      }
      const reader = readers[w.format];
      const used = assign(w, group.count, files);
      if (typeof used === 'string') {
        result.problems.push({ path: at('path'), message: used });
        // Still read the files that exist, so their malformed lines come out in the same run.
        for (const f of files) reader.read(f, w, result.fileProblems);
        return;
      }
      const data = used.map((f) => reader.read(f, w, result.fileProblems));
      if (data.some((d) => d === null)) return;
      const perFile = alignToGroupStart(data as TraceData[]);
      result.traces.set(
        traceKey(c, v),
        Array.from({ length: group.count }, (_, i) => perFile[i % perFile.length] as TraceData),
      );
      result.warnings.push(...traceWarnings(w, perFile, ctx, at));
    });
  });
  return result;
}
