/**
 * Importing a trace: detects the format of a file or folder (or takes the one given), reads it,
 * and returns the normalized CalibrationTrace with every problem and note. Never throws for bad
 * content; throws `TraceReadError` only when the path cannot be read at all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildHost } from '../build-host.js';
import { compareText } from '../host-series.js';
import { ImportLog } from '../import-log.js';
import type { SnapshotSet } from '../snapshot.js';
import { hostWith, unknownHost, type CalibrationTrace, type HostTrace, type TraceFormat, type VmTrace } from '../trace.js';
import type { VcpuTimeUnit } from '../units.js';
import { isBitbrainsHeader, parseBitbrains } from './bitbrains.js';
import { CAPTURE_DOMSTATS_FILES, importCaptureDir } from './capture-dir.js';
import { parseDomstatsText } from './domstats-text.js';
import { isGenericCsvHeader, parseGenericCsv } from './generic-csv.js';
import { ksmRowsToHosts, parseKsmCsv } from './ksm-csv.js';
import { parseCollectorNdjson } from './ndjson.js';
import { operatorActions } from './operator-actions.js';
import { PLANETLAB_NOTE, planetLabVm } from './planetlab.js';
import { parsePrometheus } from './prometheus.js';
import { readTar, type TarEntry } from './tar.js';

export class TraceReadError extends Error {}

export interface ImportOptions {
  /** The format; detected from the path and content when absent. */
  readonly format?: TraceFormat;
  /** Spacing of snapshots that carry no timestamps (domstats text, Prometheus), ms. */
  readonly intervalMs?: number;
  /** Only archive members / folder files whose path starts with this (PlanetLab .tar.gz). */
  readonly select?: string;
  /** Unit of vcpu.N.time / vcpu.N.delay (units.ts); default auto. */
  readonly vcpuTimeUnit?: VcpuTimeUnit;
}

/** The format of `path` from its name and first lines. */
export function detectFormat(path: string): TraceFormat {
  const st = statSync(path);
  if (st.isDirectory()) {
    if (CAPTURE_DOMSTATS_FILES.some((f) => existsSync(join(path, f)))) return 'capture-dir';
    const first = readdirSync(path).filter((n) => !n.startsWith('.') && !n.endsWith('.md')).sort(compareText)[0];
    if (first !== undefined && isBitbrainsHeader(readFileSync(join(path, first), 'utf8').slice(0, 200))) return 'bitbrains';
    return 'planetlab';
  }
  if (/\.(tar\.gz|tgz|tar)$/i.test(path)) return 'planetlab';
  const head = readFileSync(path, 'utf8').slice(0, 4096);
  const line = head.split(/\r?\n/)[0] ?? '';
  if (/^\s*\{/.test(line)) return 'ndjson';
  if (isBitbrainsHeader(line)) return 'bitbrains';
  if (isGenericCsvHeader(line)) return 'generic-csv';
  if (/(^|,)\s*pages_sharing\s*(,|$)/.test(line)) return 'ksm-csv';
  if (/^Domain:\s*'/m.test(head)) return 'domstats';
  if (/^(libvirt_|node_)\w*[{ ]/m.test(head) || /\.prom$/i.test(path)) return 'prometheus';
  return 'planetlab';
}

/** `dir`: the capture folder, whose command logs give operator actions (operator-actions.ts). */
function snapshotTrace(source: string, format: TraceFormat, set: SnapshotSet, log: ImportLog, o: ImportOptions, dir: string | null = null): CalibrationTrace {
  if (set.snapshots.length === 0) log.malformed(set.file, 1, 'expected at least one snapshot of domain statistics, found none');
  else if (set.snapshots.length === 1) log.note(`${set.file}: a single snapshot: gauges only, no rates (counters need two snapshots)`);
  const built = buildHost(set, log, o.vcpuTimeUnit ?? 'auto');
  const host = { ...built.host, actions: operatorActions(set, built.originMs, dir, log) };
  return finish(source, format, set.absoluteTime ? built.originMs : null, [host], log);
}

function finish(source: string, format: TraceFormat, startEpochMs: number | null, hosts: HostTrace[], log: ImportLog): CalibrationTrace {
  return { source, format, startEpochMs, hosts, problems: log.problems(), notes: log.notes() };
}

function vmsOnlyTrace(source: string, format: TraceFormat, vms: VmTrace[], startEpochMs: number | null, log: ImportLog, note: string): CalibrationTrace {
  log.note(note);
  return finish(source, format, startEpochMs, vms.length > 0 ? [hostWith(unknownHost('host', note), vms)] : [], log);
}

function planetLab(path: string, log: ImportLog, o: ImportOptions): CalibrationTrace {
  const files: { name: string; text: string; file: string }[] = [];
  const keep = (p: string): boolean => o.select === undefined || p.startsWith(o.select);
  if (statSync(path).isDirectory()) {
    for (const n of readdirSync(path).filter((x) => !x.startsWith('.') && !x.endsWith('.md')).sort(compareText)) {
      if (keep(n) && statSync(join(path, n)).isFile()) files.push({ name: n, text: readFileSync(join(path, n), 'utf8'), file: join(path, n) });
    }
  } else if (/\.(tar\.gz|tgz|tar)$/i.test(path)) {
    let entries: TarEntry[];
    try {
      entries = readTar(readFileSync(path));
    } catch (err) {
      log.malformed(path, 1, `cannot read the archive: ${(err as Error).message}`);
      entries = [];
    }
    for (const e of entries.filter((x) => keep(x.name)).sort((a, b) => compareText(a.name, b.name))) {
      files.push({ name: e.name.replace(/\//g, '_'), text: e.data.toString('utf8'), file: `${path}:${e.name}` });
    }
  } else files.push({ name: basename(path), text: readFileSync(path, 'utf8'), file: path });
  const vms = files.flatMap((f) => planetLabVm(f.text, f.file, f.name, log) ?? []);
  return vmsOnlyTrace(path, 'planetlab', vms, null, log, PLANETLAB_NOTE);
}

function bitbrains(path: string, log: ImportLog): CalibrationTrace {
  const files = statSync(path).isDirectory()
    ? readdirSync(path).filter((n) => !n.startsWith('.') && !n.endsWith('.md')).sort(compareText).map((n) => join(path, n))
    : [path];
  const parsed = files.flatMap((f) => parseBitbrains(readFileSync(f, 'utf8'), f, basename(f).replace(/\.csv$/i, ''), log) ?? []);
  const origin = parsed.reduce((m, p) => Math.min(m, p.firstMs), Infinity);
  const vms = parsed.map((p) => shiftVm(p.vm, p.firstMs - origin));
  return vmsOnlyTrace(path, 'bitbrains', vms, Number.isFinite(origin) ? origin : null, log, 'Bitbrains: no host figures; VM CPU and memory only');
}

/** A VM trace with every time moved later by `ms`. */
function shiftVm(vm: VmTrace, ms: number): VmTrace {
  if (ms === 0) return vm;
  const r = (s: VmTrace['cpuCores']) => ({ t0: s.t0.map((x) => x + ms), t1: s.t1.map((x) => x + ms), v: s.v });
  const g = (s: VmTrace['rssMiB']) => ({ t: s.t.map((x) => x + ms), v: s.v });
  return {
    ...vm,
    cpuCores: r(vm.cpuCores),
    stealCores: r(vm.stealCores),
    balloonMiB: g(vm.balloonMiB),
    rssMiB: g(vm.rssMiB),
    guestUsedMiB: g(vm.guestUsedMiB),
    diskReadMiBps: r(vm.diskReadMiBps),
    diskWriteMiBps: r(vm.diskWriteMiBps),
    netRxMiBps: r(vm.netRxMiBps),
    netTxMiBps: r(vm.netTxMiBps),
  };
}

/** Reads and normalizes the trace at `path` (a file or a folder). */
export function importTrace(path: string, o: ImportOptions = {}): CalibrationTrace {
  if (!existsSync(path)) throw new TraceReadError(`cannot read trace '${path}': no such file or folder`);
  const format = o.format ?? detectFormat(path);
  const log = new ImportLog();
  const text = (): string => readFileSync(path, 'utf8');
  switch (format) {
    case 'ndjson':
      return snapshotTrace(path, format, parseCollectorNdjson(text(), path, log), log, o);
    case 'domstats':
      return snapshotTrace(path, format, parseDomstatsText(text(), path, log, o.intervalMs !== undefined ? { intervalMs: o.intervalMs } : {}), log, o);
    case 'capture-dir':
      return snapshotTrace(path, format, importCaptureDir(path, log), log, o, path);
    case 'prometheus':
      return snapshotTrace(path, format, parsePrometheus(text(), path, log, o.intervalMs !== undefined ? { intervalMs: o.intervalMs } : {}), log, o);
    case 'ksm-csv':
      return finish(path, format, null, ksmRowsToHosts(parseKsmCsv(text(), path, log)), log);
    case 'bitbrains':
      return bitbrains(path, log);
    case 'planetlab':
      return planetLab(path, log, o);
    case 'generic-csv': {
      const g = parseGenericCsv(text(), path, log);
      return finish(path, format, g.firstSeconds > 1e8 ? g.firstSeconds * 1000 : null, g.hosts, log);
    }
  }
}
