/**
 * Prometheus text exposition scrapes of the libvirt exporter (`libvirt_domain_*`, as in
 * data/kvm/libvirt-exporter-scrape.prom) and, when scraped beside it, node_exporter's host
 * figures (`node_cpu_seconds_total`, `node_memory_*_bytes`, `node_vmstat_pswp*`). Metrics are
 * mapped onto libvirt's domstats names and units (seconds → ns, bytes → KiB) so the same trace
 * builder reads them. Several scrapes in one file are told apart by per-sample timestamps, by
 * `# ts=<unix ms>` lines, or, failing both, by a series repeating (then `intervalMs` apart).
 */
import type { ImportLog } from '../import-log.js';
import { EMPTY_HOST_READINGS, type DomainStats, type HostReadings, type Snapshot, type SnapshotSet } from '../snapshot.js';
import { NS_PER_S, USER_HZ } from '../units.js';

export interface PromSample {
  readonly name: string;
  readonly labels: ReadonlyMap<string, string>;
  readonly value: number;
  readonly tMs: number | null;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const VALUE = /^(?:[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)|[+-]?Inf|NaN)$/;

/** One exposition line (not a comment) → a sample, or why it is malformed. */
export function parsePromLine(line: string): PromSample | string {
  const m = NAME.exec(line);
  if (!m) return 'expected a metric name';
  const name = m[0];
  let i = name.length;
  const labels = new Map<string, string>();
  if (line[i] === '{') {
    i++;
    for (;;) {
      while (line[i] === ' ') i++;
      if (line[i] === '}') break;
      const ln = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(line.slice(i));
      if (!ln) return `expected a label name at column ${i + 1}`;
      i += ln[0].length;
      if (line[i] !== '=' || line[i + 1] !== '"') return `expected ="value" after label ${ln[0]}`;
      i += 2;
      let v = '';
      while (i < line.length && line[i] !== '"') {
        if (line[i] === '\\') {
          const c = line[i + 1];
          v += c === 'n' ? '\n' : (c ?? '');
          i += 2;
        } else v += line[i++];
      }
      if (line[i] !== '"') return `unterminated value of label ${ln[0]}`;
      i++;
      labels.set(ln[0], v);
      while (line[i] === ' ') i++;
      if (line[i] === ',') i++;
      else if (line[i] !== '}') return `expected "," or "}" at column ${i + 1}`;
    }
    i++;
  }
  const rest = line.slice(i).trim().split(/\s+/);
  if (rest.length < 1 || rest.length > 2 || rest[0] === '') return 'expected a value (and optionally a timestamp) after the series';
  if (!VALUE.test(rest[0] as string)) return `expected a number, found ${JSON.stringify(rest[0])}`;
  const value = Number((rest[0] as string).replace(/^\+?Inf$/, 'Infinity').replace(/^-Inf$/, '-Infinity'));
  const ts = rest[1];
  if (ts !== undefined && !/^-?\d+$/.test(ts)) return `expected an integer timestamp in ms, found ${JSON.stringify(ts)}`;
  return { name, labels, value, tMs: ts === undefined ? null : Number(ts) };
}

/** libvirt exporter metric → domstats field, with the factor to libvirt's unit. */
const DOMAIN_METRICS: Record<string, [string, number]> = {
  libvirt_domain_info_cpu_time_seconds_total: ['cpu.time', NS_PER_S],
  libvirt_domain_info_virtual_cpus: ['vcpu.current', 1],
  libvirt_domain_info_vstate: ['state.state', 1],
  libvirt_domain_info_maximum_memory_bytes: ['balloon.maximum', 1 / 1024],
  libvirt_domain_info_memory_usage_bytes: ['info.memory', 1 / 1024],
  libvirt_domain_memory_stats_actual_balloon_bytes: ['balloon.current', 1 / 1024],
  libvirt_domain_memory_stats_rss_bytes: ['balloon.rss', 1 / 1024],
  libvirt_domain_memory_stats_available_bytes: ['balloon.available', 1 / 1024],
  libvirt_domain_memory_stats_usable_bytes: ['balloon.usable', 1 / 1024],
  libvirt_domain_memory_stats_unused_bytes: ['balloon.unused', 1 / 1024],
};
const VCPU_METRICS: Record<string, [string, number]> = {
  libvirt_domain_vcpu_delay_seconds_total: ['delay', NS_PER_S],
  libvirt_domain_vcpu_time_seconds_total: ['time', NS_PER_S],
  libvirt_domain_vcpu_wait_seconds_total: ['wait', NS_PER_S],
};
const DEVICE_METRICS: Record<string, [string, string]> = {
  libvirt_domain_block_stats_read_bytes_total: ['block', 'rd.bytes'],
  libvirt_domain_block_stats_write_bytes_total: ['block', 'wr.bytes'],
  libvirt_domain_interface_stats_receive_bytes_total: ['net', 'rx.bytes'],
  libvirt_domain_interface_stats_transmit_bytes_total: ['net', 'tx.bytes'],
};
const CPU_MODES = ['user', 'nice', 'system', 'idle', 'iowait', 'irq', 'softirq', 'steal'];

interface Scrape {
  tMs: number | null;
  line: number;
  samples: PromSample[];
}

/** Groups samples into scrapes (see the file comment). */
function scrapes(text: string, file: string, log: ImportLog): Scrape[] {
  const out: Scrape[] = [];
  let cur: Scrape | null = null;
  let seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const ts = /^#\s*ts=(\d+)/.exec(line);
    if (ts) {
      cur = { tMs: Number(ts[1]), line: i + 1, samples: [] };
      out.push(cur);
      seen = new Set();
      return;
    }
    if (line === '' || line.startsWith('#')) return;
    const s = parsePromLine(line);
    if (typeof s === 'string') return log.malformed(file, i + 1, `${s}: ${JSON.stringify(line.slice(0, 60))}`);
    const key = `${s.name}${[...s.labels].map(([k, v]) => `,${k}=${v}`).join('')}`;
    const c = cur as Scrape | null;
    const newScrape = c === null || (s.tMs !== null ? c.tMs !== s.tMs : seen.has(key));
    if (newScrape) {
      cur = { tMs: s.tMs, line: i + 1, samples: [] };
      out.push(cur);
      seen = new Set();
    }
    seen.add(key);
    (cur as unknown as Scrape).samples.push(s);
  });
  return out;
}

function toSnapshot(sc: Scrape, tMs: number): Snapshot {
  const domains = new Map<string, DomainStats>();
  const devices = new Map<string, string[]>();
  const ticks = new Array<number>(10).fill(0);
  const cpus = new Set<string>();
  const meminfo = new Map<string, number>();
  const vmstat = new Map<string, number>();
  const dom = (name: string): DomainStats => {
    let d = domains.get(name);
    if (!d) domains.set(name, (d = new Map()));
    return d;
  };
  for (const s of sc.samples) {
    const name = s.labels.get('domain');
    if (name !== undefined && DOMAIN_METRICS[s.name]) {
      const [key, f] = DOMAIN_METRICS[s.name] as [string, number];
      dom(name).set(key, s.value * f);
    } else if (name !== undefined && VCPU_METRICS[s.name] && s.labels.has('vcpu')) {
      const [key, f] = VCPU_METRICS[s.name] as [string, number];
      dom(name).set(`vcpu.${s.labels.get('vcpu') as string}.${key}`, s.value * f);
    } else if (name !== undefined && DEVICE_METRICS[s.name]) {
      const [kind, key] = DEVICE_METRICS[s.name] as [string, string];
      const id = `${name}/${kind}`;
      const list = devices.get(id) ?? [];
      const dev = s.labels.get('target_device') ?? '';
      if (!list.includes(dev)) list.push(dev);
      devices.set(id, list);
      dom(name).set(`${kind}.${list.indexOf(dev)}.${key}`, s.value);
    } else if (s.name === 'node_cpu_seconds_total' && s.labels.has('mode')) {
      const k = CPU_MODES.indexOf(s.labels.get('mode') as string);
      if (k >= 0) ticks[k] = (ticks[k]) + s.value * USER_HZ;
      cpus.add(s.labels.get('cpu') ?? '');
    } else if (/^node_memory_\w+_bytes$/.test(s.name)) {
      meminfo.set(s.name.slice('node_memory_'.length, -'_bytes'.length), s.value / 1024);
    } else if (s.name === 'node_vmstat_pswpin' || s.name === 'node_vmstat_pswpout') vmstat.set(s.name.slice('node_vmstat_'.length), s.value);
  }
  for (const d of domains.values()) {
    if (!d.has('balloon.current') && d.has('info.memory')) d.set('balloon.current', d.get('info.memory') as number);
  }
  const hasHost = cpus.size > 0 || meminfo.size > 0 || vmstat.size > 0;
  const host: HostReadings | null = hasHost
    ? {
        ...EMPTY_HOST_READINGS,
        tMs,
        cpuTicks: cpus.size > 0 ? ticks : null,
        cpuCount: cpus.size > 0 ? cpus.size : null,
        meminfoKiB: meminfo.size > 0 ? meminfo : null,
        vmstat: vmstat.size > 0 ? vmstat : null,
      }
    : null;
  return { tMs, line: sc.line, seq: null, domains, host };
}

/** Parses a Prometheus text file (one or several scrapes) into snapshots. */
export function parsePrometheus(text: string, file: string, log: ImportLog, o: { intervalMs?: number; hostName?: string } = {}): SnapshotSet {
  const sc = scrapes(text, file, log);
  const untimed = sc.filter((s) => s.tMs === null).length;
  const interval = o.intervalMs ?? 10_000;
  if (untimed > 0 && sc.length > 1) log.note(`${file}: scrapes without timestamps; taken to be ${interval / 1000} s apart`);
  const snapshots = sc.map((s, k) => toSnapshot(s, s.tMs ?? k * interval));
  return { file, hostName: o.hostName ?? 'host', nodeinfo: null, snapshots, absoluteTime: untimed === 0 && sc.length > 0 };
}
