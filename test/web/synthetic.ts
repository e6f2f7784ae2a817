/**
 * A synthetic report of any size (for viewer scale tests and the viewer benchmark): diurnal
 * host load with per-host phase, CPU ready when a host runs hot, memory states that step
 * down on the busiest hosts, and the alarms those raise (every rule fires on some host or VM
 * once the run has a few dozen intervals), evaluated as the simulator does on the interval
 * averages. Deterministic (a small LCG), valid against ReportSchema.
 */
import { REPORT_VERSION, type HeadlineFigures, type Report, type ReportAlarm, type ReportEvent } from '../../src/report/schema.js';

type State = 'high' | 'clear' | 'soft' | 'hard' | 'low';

export interface SyntheticOptions {
  readonly hosts: number;
  readonly intervals: number;
  readonly intervalMs?: number;
  readonly vmsPerHost?: number;
  readonly clusters?: number;
  readonly hostSeries?: boolean;
  /** Events kept in report.events.items (default 5000, as the simulator keeps). */
  readonly events?: number;
  /** Alarms kept in report.alarms.items (default 5000, as the simulator keeps). */
  readonly alarms?: number;
  /**
   * Energy figures as from a scenario without an `energy` section: PUE 1, no price (cost null)
   * and no grid intensity (operational CO2 null). Default: PUE 1.4, 0.20 EUR/kWh, 300 gCO2/kWh.
   */
  readonly unpriced?: boolean;
}

type AlarmRule = ReportAlarm['rule'];
const STATES: readonly State[] = ['high', 'clear', 'soft', 'hard', 'low'];
const RULE_ORDER: readonly AlarmRule[] = ['cpu-ready', 'host-cpu', 'host-swapping', 'host-memory-state'];

/** Alarm rules of the synthetic run: the simulator's defaults, with the memory state rule at 'soft'. */
const RULES: Report['alarms']['rules'] = {
  cpuReady: { thresholdPct: 5, forMs: 300_000 },
  hostCpu: { thresholdPct: 90, forMs: 900_000 },
  hostSwapping: true,
  hostMemoryState: 'soft',
};

interface Raised {
  readonly alarm: ReportAlarm;
  /** The value in the interval that raised it (the alarm.raised event's value). */
  readonly value: number;
  /** Order of evaluation within an interval: rule, then target. */
  readonly order: number;
}

/**
 * One rule over one target's interval averages, as the simulator evaluates it: raised at the end
 * of the interval by which the condition has held `forMs`, cleared at the end of the first
 * interval where it does not hold, peak the worst value while raised.
 */
function evaluateRule(
  rule: AlarmRule,
  target: string,
  values: readonly number[],
  threshold: number,
  forMs: number,
  unit: string,
  t: readonly number[],
  step: number,
  end: number,
  order: number,
): Raised[] {
  const out: Raised[] = [];
  let since = Number.NaN;
  let open: { alarm: ReportAlarm; value: number } | null = null;
  values.forEach((v, i) => {
    const t0 = t[i]!;
    const t1 = t0 + step;
    const holds = rule === 'host-memory-state' ? v >= threshold : v > threshold;
    if (!holds) {
      since = Number.NaN;
      if (open) {
        open.alarm.clearedAt = t1;
        open.alarm.durationMs = t1 - open.alarm.raisedAt;
        open = null;
      }
      return;
    }
    if (Number.isNaN(since)) since = t0;
    if (open) {
      open.alarm.peak = Math.max(open.alarm.peak, v);
      return;
    }
    if (t1 - since < forMs) return;
    const alarm: ReportAlarm = { rule, target, since, raisedAt: t1, clearedAt: null, durationMs: end - t1, peak: v, threshold, unit };
    open = { alarm, value: v };
    out.push({ alarm, value: v, order });
  });
  return out;
}

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

const MS_PER_HOUR = 3_600_000;

/**
 * Energy as the simulator works it out: about 306 W per host (150 W + 3 W per % at the mean 52 %
 * utilisation), facility energy = IT × PUE, cost and operational CO2 from the facility kWh,
 * embodied CO2 = 1000 kgCO2 per server over 5 years, for the run's share.
 */
function energy(hosts: number, durationMs: number, unpriced: boolean): HeadlineFigures['energy'] {
  const meanPowerKW = r3(hosts * 0.306);
  const itKWh = r3((meanPowerKW * durationMs) / MS_PER_HOUR);
  const pue = unpriced ? 1 : 1.4;
  const facilityKWh = r3(itKWh * pue);
  return {
    itKWh,
    meanPowerKW,
    pue,
    facilityKWh,
    cost: unpriced ? null : r3(facilityKWh * 0.2),
    currency: 'EUR',
    operationalKgCo2: unpriced ? null : r3((facilityKWh * 300) / 1000),
    embodiedKgCo2: r3((hosts * 1000 * durationMs) / (5 * 365.25 * 24 * MS_PER_HOUR)),
  };
}

function headline(hosts: number, vms: number, cores: number, durationMs: number, unpriced: boolean): HeadlineFigures {
  return {
    hosts,
    cores,
    vms,
    vmsPlaced: vms,
    vmsUnplaceable: 0,
    vcpus: vms * 2,
    vcpuPerCore: r3((vms * 2) / cores),
    hostMemoryGiB: hosts * 256,
    vmMemoryGiB: vms * 8,
    memoryOvercommit: r3((vms * 8) / (hosts * 256)),
    cpu: { capacityGHz: r3(cores * 2.6 * 0.98), meanDemandGHz: 1, meanGrantedGHz: 1, meanUtilPct: 52, peakUtilPct: 96, unmetDemandPct: 1.2 },
    cpuReady: { meanPct: 0.8, p95OfVmP95Pct: 4.2, worstVmP95Pct: 18, vmsOver5PctP95: Math.round(vms * 0.04), band: 'watch' },
    memory: {
      peakConsumedGiB: hosts * 200,
      lowestFreeMiB: 900,
      hostsEverBelowHigh: Math.round(hosts * 0.1),
      stateHours: { high: 100, clear: 5, soft: 2, hard: 1, low: 0 },
      sharedSavedGiB: 10,
      balloonedGiB: 5,
      compressionCacheGiB: 1,
      compressionSavedGiB: 1.5,
      swappedGiB: 0.5,
      peakSwappedGiB: 2,
      swapInGiB: 3,
      swapOutGiB: 3,
      stallPct: 0.2,
      blockedGiBHours: 0,
    },
    energy: energy(hosts, durationMs, unpriced),
  };
}

export function syntheticReport(o: SyntheticOptions): Report {
  const rnd = lcg(12345);
  const H = o.hosts;
  const M = o.intervals;
  const step = o.intervalMs ?? 300_000;
  const perHost = o.vmsPerHost ?? 4;
  const C = Math.max(1, o.clusters ?? 1);
  const clusterIds = Array.from({ length: C }, (_, c) => `dc1/cluster-${String(c + 1).padStart(2, '0')}`);
  const hostIds = Array.from({ length: H }, (_, h) => `${clusterIds[h % C]}/esx-${String(Math.floor(h / C) + 1).padStart(4, '0')}`);
  const t = Array.from({ length: M }, (_, i) => i * step);
  const intervalMs = t.map(() => step);
  const cores = 32;
  const usableMhz = cores * 2600 * 0.98;
  const hostSeries: Report['series']['hosts'] = o.hostSeries === false ? null : {};
  const clusterSums = clusterIds.map(() => ({ util: new Float64Array(M), ready: new Float64Array(M), consumed: new Float64Array(M), n: 0 }));
  const hosts: Report['hosts'] = [];
  const hostLoad: Array<{ util: number[]; ready: number[]; swap: number[]; states: State[] }> = [];
  for (let h = 0; h < H; h++) {
    const phase = rnd() * 2 * Math.PI;
    const level = 0.35 + rnd() * 0.4;
    const util: number[] = [];
    const ready: number[] = [];
    const consumed: number[] = [];
    const states: State[] = [];
    const cs = clusterSums[h % C]!;
    cs.n += 1;
    const swap: number[] = [];
    // A stretch of the run where some hosts get squeezed: hot CPU on every fourth host from the
    // second, memory pressure (and swapping) on every fourth from the fourth.
    const a = Math.floor(M * 0.25);
    const b = Math.floor(M * 0.6);
    const bump = (i: number) => (i >= a && i < b && b > a + 1 ? Math.sin((Math.PI * (i - a)) / (b - a - 1)) : 0);
    const hot = h % 4 === 1;
    const squeezed = h % 4 === 3;
    for (let i = 0; i < M; i++) {
      const day = Math.sin((2 * Math.PI * i * step) / 86_400_000 + phase);
      const u = Math.max(2, Math.min(100, 100 * (level + 0.3 * day) + (rnd() - 0.5) * 8 + (hot ? 45 * bump(i) : 0)));
      const rdy = u > 85 ? (u - 85) * 0.9 * rnd() : 0;
      const mem = Math.min(258_000, 160_000 + 60_000 * (level + 0.2 * day) + (squeezed ? 90_000 * bump(i) : 0));
      util.push(r3(u));
      ready.push(r3(rdy));
      consumed.push(r3(mem));
      swap.push(r3(Math.max(0, mem - 252_000) / 20));
      states.push(mem > 250_000 ? 'soft' : mem > 240_000 ? 'clear' : 'high');
      cs.util[i]! += u;
      cs.ready[i]! += rdy;
      cs.consumed[i]! += mem;
    }
    hostLoad.push({ util, ready, swap, states });
    if (hostSeries) {
      hostSeries[hostIds[h]!] = {
        utilPct: util,
        readyPct: ready,
        consumedMiB: consumed,
        activeMiB: consumed.map((v) => r3(v * 0.8)),
        powerW: util.map((u) => r3(150 + 3 * u)),
        memState: states,
        sharedMiB: util.map(() => 0),
        balloonMiB: util.map(() => 0),
        compressedMiB: util.map(() => 0),
        swappedMiB: swap.map((x) => r3(x * 60)),
        stallPct: util.map(() => 0),
      };
    }
    hosts.push({
      id: hostIds[h]!,
      cluster: clusterIds[h % C]!,
      cores,
      coreMhz: 2600,
      usableMhz,
      memoryMiB: 262_144,
      minFreeMiB: 3_489,
      hypervisor: { flavour: 'esxi', type: 1 },
      vms: perHost,
      vcpus: perHost * 2,
      vcpuPerCore: r3((perHost * 2) / cores),
      memoryOvercommit: r3((perHost * 8) / 256),
      meanUtilPct: r3(util.reduce((a, b) => a + b, 0) / M),
      meanReadyPct: r3(ready.reduce((a, b) => a + b, 0) / M),
      energyKWh: 10,
      stateHours: { high: 20, clear: 2, soft: 2, hard: 0, low: 0 },
    });
  }
  const vms: Report['vms'] = [];
  for (let h = 0; h < H; h++) {
    for (let k = 0; k < perHost; k++) {
      const group = `${hosts[h]!.cluster}/${k % 2 === 0 ? 'web' : 'db'}`;
      vms.push({
        id: `${group}-${String(h * perHost + k + 1).padStart(6, '0')}`,
        group,
        host: hostIds[h]!,
        vcpus: 2,
        memoryMiB: 8192,
        demandMeanPct: r3(20 + rnd() * 40),
        demandP95Pct: r3(50 + rnd() * 40),
        grantedMeanPct: r3(20 + rnd() * 40),
        grantedP95Pct: r3(50 + rnd() * 40),
        readyMeanPct: r3(rnd() * 2),
        readyP95Pct: r3(rnd() * rnd() * 20),
        memSharedMeanMiB: 0,
        memBalloonMeanMiB: 0,
        memCompressedMeanMiB: 0,
        memSwappedMeanMiB: 0,
        memStallPct: 0,
        unplaceable: null,
      });
    }
  }
  const clusters: Report['series']['clusters'] = {};
  clusterIds.forEach((id, c) => {
    const s = clusterSums[c]!;
    const n = Math.max(1, s.n);
    const cap = n * usableMhz;
    const util = Array.from(s.util, (u) => r3(u / n));
    const zero = util.map(() => 0);
    clusters[id] = {
      capacityMhz: util.map(() => r3(cap)),
      demandMhz: util.map((u) => r3((cap * Math.min(110, u * 1.03)) / 100)),
      grantedMhz: util.map((u) => r3((cap * u) / 100)),
      utilPct: util,
      maxHostUtilPct: util.map((u) => Math.min(100, r3(u * 1.3))),
      readyMeanPct: Array.from(s.ready, (v) => r3(v / n)),
      readyP50Pct: Array.from(s.ready, (v) => r3((v / n) * 0.5)),
      readyP95Pct: Array.from(s.ready, (v) => r3((v / n) * 3)),
      readyP99Pct: Array.from(s.ready, (v) => r3((v / n) * 5)),
      memoryMiB: util.map(() => n * 258_211),
      consumedMiB: Array.from(s.consumed, (v) => r3(v)),
      activeMiB: Array.from(s.consumed, (v) => r3(v * 0.8)),
      powerW: util.map((u) => r3(n * (150 + 3 * u))),
      energyWh: util.map((u) => r3((n * (150 + 3 * u) * step) / 3_600_000)),
      worstMemState: util.map((u) => (u > 80 ? 'soft' : 'high')),
      sharedMiB: zero,
      balloonMiB: zero,
      compressedMiB: zero,
      compressionSavedMiB: zero,
      swappedMiB: zero,
      swapInMiBps: zero,
      swapOutMiBps: zero,
      stallPct: zero,
    };
  });
  // Alarms: on each host's interval averages; CPU ready on the host's first VM.
  const end = M * step;
  const raised: Raised[] = [];
  hostLoad.forEach((l, h) => {
    const id = hostIds[h]!;
    const vm = vms[h * perHost]!.id;
    const at = (rule: AlarmRule) => RULE_ORDER.indexOf(rule) * (H + 1) + h;
    raised.push(...evaluateRule('cpu-ready', vm, l.ready, RULES.cpuReady!.thresholdPct, RULES.cpuReady!.forMs, '%', t, step, end, at('cpu-ready')));
    raised.push(...evaluateRule('host-cpu', id, l.util, RULES.hostCpu!.thresholdPct, RULES.hostCpu!.forMs, '%', t, step, end, at('host-cpu')));
    raised.push(...evaluateRule('host-swapping', id, l.swap, 0, 0, 'MiB/s', t, step, end, at('host-swapping')));
    const floor = STATES.indexOf(RULES.hostMemoryState!);
    raised.push(...evaluateRule('host-memory-state', id, l.states.map((st) => STATES.indexOf(st)), floor, 0, 'state', t, step, end, at('host-memory-state')));
  });
  raised.sort((x, y) => x.alarm.raisedAt - y.alarm.raisedAt || x.order - y.order);
  const byRule: Record<AlarmRule, number> = { 'cpu-ready': 0, 'host-cpu': 0, 'host-swapping': 0, 'host-memory-state': 0 };
  for (const x of raised) byRule[x.alarm.rule] += 1;
  const keptAlarms = o.alarms ?? 5000;
  const alarmItems = raised.slice(0, keptAlarms).map((x) => ({ ...x.alarm, peak: r3(x.alarm.peak) }));
  const alarmEvents: ReportEvent[] = [];
  for (const x of raised) {
    const al = x.alarm;
    alarmEvents.push({ t: al.raisedAt, type: 'alarm.raised', rule: al.rule, target: al.target, value: r3(x.value), threshold: al.threshold, since: al.since });
    if (al.clearedAt !== null) alarmEvents.push({ t: al.clearedAt, type: 'alarm.cleared', rule: al.rule, target: al.target, raisedAt: al.raisedAt, peak: r3(al.peak) });
  }
  alarmEvents.sort((x, y) => x.t - y.t);

  const placed: ReportEvent[] = vms.map((v) => ({ t: 0, type: 'vm.placed' as const, vm: v.id, host: v.host as string }));
  const allEvents = [...placed, ...alarmEvents];
  const counts: Record<string, number> = {};
  for (const e of allEvents) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const nEvents = o.events ?? 5000;
  const items = allEvents.slice(0, nEvents);
  return {
    schema: 'dcsim-report',
    version: REPORT_VERSION as Report['version'],
    generator: { name: 'dcsim', version: 'synthetic' },
    run: {
      scenario: `synthetic-${H}x${M}`,
      description: `${H} hosts, ${vms.length} VMs, ${M} intervals of ${step / 60_000} min (synthetic data).`,
      file: 'synthetic',
      sha256: '0'.repeat(64),
      seed: 1,
      start: '2026-03-02T00:00:00.000Z',
      durationMs: M * step,
      stepMs: step,
      intervalMs: step,
      warnings: [],
    },
    headline: headline(H, vms.length, H * cores, M * step, o.unpriced === true),
    clusters: clusterIds.map((id) => ({
      id,
      name: id.split('/')[1] as string,
      site: 'dc1',
      placement: { algorithm: 'spread', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 },
      headline: headline(Math.ceil(H / C), Math.ceil(vms.length / C), Math.ceil(H / C) * cores, M * step, o.unpriced === true),
    })),
    hosts,
    vms,
    series: { t, intervalMs, clusters, hosts: hostSeries, hostsOmitted: hostSeries ? null : 'host series turned off (synthetic)' },
    alarms: {
      rules: RULES,
      total: raised.length,
      activeAtEnd: raised.filter((x) => x.alarm.clearedAt === null).length,
      byRule,
      truncated: raised.length > keptAlarms,
      items: alarmItems,
    },
    events: { total: allEvents.length, counts, truncated: allEvents.length > nEvents, items },
  };
}
