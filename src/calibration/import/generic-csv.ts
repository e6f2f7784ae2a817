/**
 * The generic calibration CSV, for telemetry from other tools (sar, a Prometheus query, a
 * monitoring export). Comma-separated, a header naming the columns, one row per entity and
 * time; columns in any order, all but `time_s` optional, an empty cell = not measured:
 *
 *   time_s    seconds, Unix or from the start (per entity strictly increasing)
 *   host      host name (default "host")
 *   vm        VM name; empty on a host row
 *   VM rows:   vcpus, memory_mib, cpu_cores or cpu_pct (of its vCPUs), steal_cores or
 *              steal_pct (run-queue wait), balloon_mib, rss_mib, mem_used_mib
 *   host rows: host_cpus, host_mhz, host_memory_mib, host_cpu_busy_pct, host_steal_pct,
 *              ksm_pages_sharing, ksm_pages_shared, swap_used_mib, swap_in_mibps,
 *              swap_out_mibps, zswap_pool_mib
 *
 * Rates (cpu_*, steal_*, host_cpu_busy_pct, host_steal_pct, swap_*_mibps) are averages from
 * the row's time to the entity's next row (the last row: the median step); the rest are
 * readings at time_s. Unknown columns are ignored, with a note.
 */
import { medianStep, rateOf } from '../counters.js';
import type { ImportLog } from '../import-log.js';
import { compareText } from '../host-series.js';
import { hostWith, vmWith, type GaugeSeries, type HostTrace, type RateSeries } from '../trace.js';
import { parseNumber, splitFields, textLines } from './csv-fields.js';

const VM_COLUMNS = ['vcpus', 'memory_mib', 'cpu_cores', 'cpu_pct', 'steal_cores', 'steal_pct', 'balloon_mib', 'rss_mib', 'mem_used_mib'];
const HOST_COLUMNS = [
  'host_cpus', 'host_mhz', 'host_memory_mib', 'host_cpu_busy_pct', 'host_steal_pct', 'ksm_pages_sharing',
  'ksm_pages_shared', 'swap_used_mib', 'swap_in_mibps', 'swap_out_mibps', 'zswap_pool_mib',
];
const KNOWN = new Set(['time_s', 'host', 'vm', ...VM_COLUMNS, ...HOST_COLUMNS]);

export function isGenericCsvHeader(line: string): boolean {
  const cols = line.split(',').map((c) => c.trim());
  return cols.includes('time_s') && (cols.includes('vm') || cols.some((c) => HOST_COLUMNS.includes(c)));
}

type Row = { t: number; v: Map<string, number> };

/** Per-entity rows → series helpers. */
class Entity {
  readonly rows: Row[] = [];
  private bounds(): { t0: number[]; t1: number[] } {
    const t = this.rows.map((r) => r.t);
    const step = t.length > 1 ? medianStep(t) : 300_000;
    return { t0: t, t1: t.map((x, i) => (i + 1 < t.length ? (t[i + 1]) : x + step)) };
  }
  values(col: string, scale = 1): number[] {
    return this.rows.map((r) => (r.v.has(col) ? (r.v.get(col) as number) * scale : NaN));
  }
  rate(col: string, scale = 1): RateSeries {
    const b = this.bounds();
    return rateOf(b.t0, b.t1, this.values(col, scale));
  }
  /** `a`, or else `b` scaled (cpu_cores or cpu_pct × vcpus / 100). */
  rateEither(a: string, b: string, scaleB: number): RateSeries {
    return this.rows.some((r) => r.v.has(a)) ? this.rate(a) : this.rate(b, scaleB);
  }
  gauge(col: string): GaugeSeries {
    const v = this.values(col);
    const keep = v.map((x) => Number.isFinite(x));
    return { t: Float64Array.from(this.rows.filter((_, i) => keep[i]).map((r) => r.t)), v: Float64Array.from(v.filter((_, i) => keep[i])) };
  }
  last(col: string): number | null {
    for (let i = this.rows.length - 1; i >= 0; i--) if (this.rows[i]?.v.has(col)) return this.rows[i]?.v.get(col) as number;
    return null;
  }
}

export function parseGenericCsv(text: string, file: string, log: ImportLog): { hosts: HostTrace[]; firstSeconds: number } {
  const lines = textLines(text);
  const header = (splitFields(lines[0] ?? '', ',') ?? []).map((h) => h.trim());
  if (!header.includes('time_s')) {
    log.malformed(file, 1, `expected a header with a time_s column, found ${JSON.stringify((lines[0] ?? '').slice(0, 60))}`);
    return { hosts: [], firstSeconds: 0 };
  }
  const unknown = header.filter((h) => !KNOWN.has(h));
  if (unknown.length > 0) log.note(`${file}: columns ignored (not in the generic format): ${unknown.join(', ')}`);
  const hosts = new Map<string, { host: Entity; vms: Map<string, Entity> }>();
  let first = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const n = i + 1;
    const f = splitFields(lines[i] as string, ',');
    if (f === null || f.length !== header.length) {
      log.malformed(file, n, f === null ? 'a quoted field is not closed on this line' : `expected ${header.length} comma-separated fields, found ${f.length}`);
      continue;
    }
    const cell = (c: string): string => (f[header.indexOf(c)] ?? '').trim();
    const t = parseNumber(cell('time_s'));
    if (t === undefined || t < 0) {
      log.malformed(file, n, `expected time_s to be a number of seconds >= 0, found ${JSON.stringify(cell('time_s').slice(0, 30))}`);
      continue;
    }
    const values = new Map<string, number>();
    let bad: string | null = null;
    for (const c of header) {
      if (c === 'time_s' || c === 'host' || c === 'vm' || !KNOWN.has(c) || cell(c) === '') continue;
      const v = parseNumber(cell(c));
      if (v === undefined || v < 0) bad ??= `expected a number >= 0 in ${c}, found ${JSON.stringify(cell(c).slice(0, 30))}`;
      else values.set(c, v);
    }
    const hostName = header.includes('host') && cell('host') !== '' ? cell('host') : 'host';
    const vmName = header.includes('vm') ? cell('vm') : '';
    let h = hosts.get(hostName);
    if (!h) hosts.set(hostName, (h = { host: new Entity(), vms: new Map() }));
    let e = vmName === '' ? h.host : h.vms.get(vmName);
    if (!e) h.vms.set(vmName, (e = new Entity()));
    const prev = e.rows[e.rows.length - 1];
    if (bad === null && prev !== undefined && !(t * 1000 > prev.t)) bad = `expected time_s to increase for ${vmName || `host ${hostName}`}, found ${t} after ${prev.t / 1000}`;
    if (bad !== null) {
      log.malformed(file, n, bad);
      continue;
    }
    first = Math.min(first, t);
    e.rows.push({ t: t * 1000, v: values });
  }
  const origin = Number.isFinite(first) ? first * 1000 : 0;
  for (const h of hosts.values()) for (const e of [h.host, ...h.vms.values()]) for (const r of e.rows) r.t -= origin;
  const out = [...hosts.entries()].sort(([a], [b]) => compareText(a, b)).map(([name, h]) => {
    const vms = [...h.vms.entries()].sort(([a], [b]) => compareText(a, b)).map(([vmName, e]) => {
      const vcpus = e.last('vcpus');
      return vmWith(vmName, {
        vcpus,
        memoryMiB: e.last('memory_mib'),
        cpuCores: e.rateEither('cpu_cores', 'cpu_pct', (vcpus ?? 1) / 100),
        stealCores: e.rateEither('steal_cores', 'steal_pct', (vcpus ?? 1) / 100),
        balloonMiB: e.gauge('balloon_mib'),
        rssMiB: e.gauge('rss_mib'),
        guestUsedMiB: e.gauge('mem_used_mib'),
      });
    });
    const e = h.host;
    return hostWith(
      { name, cpus: e.last('host_cpus'), mhz: e.last('host_mhz'), memoryMiB: e.last('host_memory_mib'), notes: [`from ${file}`] },
      vms,
      {
        cpuBusyPct: e.rate('host_cpu_busy_pct'),
        stealPct: e.rate('host_steal_pct'),
        ksmPagesSharing: e.gauge('ksm_pages_sharing'),
        ksmPagesShared: e.gauge('ksm_pages_shared'),
        swapUsedMiB: e.gauge('swap_used_mib'),
        swapInMiBps: e.rate('swap_in_mibps'),
        swapOutMiBps: e.rate('swap_out_mibps'),
        zswapPoolMiB: e.gauge('zswap_pool_mib'),
      },
    );
  });
  return { hosts: out, firstSeconds: Number.isFinite(first) ? first : 0 };
}
