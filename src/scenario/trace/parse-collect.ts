/**
 * The collector's own trace (`dcsim collect`, NDJSON; the format is documented in
 * src/calibration/collect/format.ts): a header line with `format: "dcsim-collect"` and the
 * host's `nodeinfo.mhz`, then one sample per line with `tMs` (Unix ms) and `domstats` (libvirt
 * `virsh domstats --raw`, values as strings). Each domain's CPU demand over an interval is
 * Δcpu.time / Δt (cpu.time in ns: DOMAIN.md, KVM/libvirt telemetry): cores busy on average,
 * placed at the start of the interval it averages (so the default sampleAt: start is exact).
 * The demand is absolute: a core of the captured host is nodeinfo.mhz (or the group's
 * referenceMhz per vCPU when the header lacks it), the same cycles on any host.
 *
 * Domains go to the group's VMs in name order. A domain absent from a sample (shut off) has no
 * demand over the intervals it misses. The file is streamed line by line.
 */
import { compareNames } from './trace-files.js';
import { capProblems, quoteFound, type LineProblem } from './lines.js';
import { forEachLine } from './stream-lines.js';

export interface CollectDomain {
  name: string;
  timesMs: Float64Array;
  /** Cores busy on average over [timesMs[i], timesMs[i + 1]). */
  cores: Float32Array;
}

export interface CollectRead {
  domains: CollectDomain[];
  /** MHz of one core of the captured host (nodeinfo.mhz), or null when the header has none. */
  coreMhz: number | null;
  startEpochMs: number | null;
  problems: LineProblem[];
  error: string | null;
}

const NS_PER_MS = 1e6;

function record(line: string): Record<string, unknown> | string {
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : 'expected a JSON object';
  } catch (err) {
    return `expected one JSON object per line: ${(err as Error).message}`;
  }
}

export function readCollectTrace(abs: string): CollectRead {
  const problems: LineProblem[] = [];
  let coreMhz: number | null = null;
  const times: number[] = [];
  /** Per domain, cpu.time (ns, as a number: differences of 64-bit counters stay exact below 2^53 ns ≈ 104 days). */
  const cpu = new Map<string, Array<number | undefined>>();
  const error = forEachLine(abs, (line, n) => {
    if (line.trim() === '') return;
    const r = record(line);
    if (typeof r === 'string') {
      problems.push({ line: n, message: r });
      return problems.length <= 50;
    }
    if (n === 1) {
      if (r.type !== 'header' || r.format !== 'dcsim-collect') {
        problems.push({ line: 1, message: `expected the dcsim collect header {"type":"header","format":"dcsim-collect",…}, found ${quoteFound(line)}` });
        return false;
      }
      const mhz = (r.nodeinfo as { mhz?: unknown } | null | undefined)?.mhz;
      coreMhz = typeof mhz === 'number' && mhz > 0 ? mhz : null;
      return;
    }
    if (r.type === 'end') return;
    if (r.type !== 'sample') {
      problems.push({ line: n, message: `expected a "sample" or "end" record, found type ${quoteFound(String(r.type))}` });
      return problems.length <= 50;
    }
    const t = r.tMs;
    if (typeof t !== 'number' || (times.length > 0 && !(t > (times[times.length - 1])))) {
      problems.push({ line: n, message: `expected tMs to be a number increasing from sample to sample, found ${quoteFound(String(t))}` });
      return problems.length <= 50;
    }
    const k = times.length;
    times.push(t);
    const doms = (r.domstats ?? {}) as Record<string, Record<string, unknown>>;
    for (const [name, stats] of Object.entries(doms)) {
      const raw = stats['cpu.time'];
      if (raw === undefined) continue;
      const ns = Number(raw);
      if (!Number.isFinite(ns) || ns < 0) {
        problems.push({ line: n, message: `expected domstats.${name}["cpu.time"] in ns, found ${quoteFound(String(raw))}` });
        continue;
      }
      let series = cpu.get(name);
      if (series === undefined) {
        series = [];
        cpu.set(name, series);
      }
      series[k] = ns;
    }
  });
  if (error === null && problems.length === 0 && times.length < 2) problems.push({ message: `expected at least two samples (a rate needs two), found ${times.length}` });
  const domains: CollectDomain[] = [];
  if (problems.length === 0 && error === null) {
    const t0 = times[0];
    for (const name of [...cpu.keys()].sort(compareNames)) {
      const s = cpu.get(name) as Array<number | undefined>;
      const cores = new Float32Array(times.length);
      for (let i = 0; i + 1 < times.length; i++) {
        const a = s[i];
        const b = s[i + 1];
        // A counter that went back is a domain restarted: its new count started from 0 in the interval.
        if (b !== undefined) cores[i] = Math.max(0, b - (a !== undefined && b >= a ? a : 0)) / (((times[i + 1]) - (times[i])) * NS_PER_MS);
      }
      domains.push({ name, timesMs: Float64Array.from(times, (t) => t - t0), cores });
    }
  }
  return { domains, coreMhz, startEpochMs: times[0] ?? null, problems: capProblems(problems), error };
}
