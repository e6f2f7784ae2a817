/**
 * A synthetic report of any size (for viewer scale tests and the viewer benchmark): diurnal
 * host load with per-host phase, CPU ready when a host runs hot, memory states that step
 * down on the busiest hosts, and the alarms those raise (every rule fires on some host or VM
 * once the run has a few dozen intervals), evaluated as the simulator does on the interval
 * averages. Deterministic (a small LCG), valid against ReportSchema.
 *
 * With `lifecycle`, the first cluster also has a host failure with HA restarts (one VM waits
 * for capacity, one is not protected), DRS migrations and a maintenance evacuation
 * (synthetic-lifecycle.ts); with `dpm`, half of each cluster's hosts sleep in standby every night
 * (synthetic-power.ts); without either, every host stays on and every VM runs throughout.
 *
 * Energy is metered from the power series hour by hour (synthetic-energy.ts): PUE by hour of day,
 * a time-of-use price, grid intensity by hour; the finance figures compare the run with one
 * physical server per VM.
 */
import { reportComparison } from '../../src/report/comparison.js';
import { REPORT_VERSION, type HeadlineFigures, type Report, type ReportAlarm, type ReportEvent } from '../../src/report/schema.js';
import { energyOf, finance, meterHours } from './synthetic-energy.js';
import { PRIORITIES, noLifecycle, planLifecycle, type LifecyclePlan } from './synthetic-lifecycle.js';
import { planPower, STANDBY_W, TRANSITION_W, type PowerPlan } from './synthetic-power.js';

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
  /** A host failure, HA restarts, migrations and maintenance in the first cluster (needs 4+ hosts there, 4+ VMs per host, 40+ intervals). */
  readonly lifecycle?: boolean;
  /**
   * Power management (DPM) at night: half of each cluster's hosts evacuated and in standby from
   * 20:40 (00:40 on the first night) to 07:00, with an office load that peaks at 14:00. Not with
   * `lifecycle`.
   */
  readonly dpm?: boolean;
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

/** The simulated start of every synthetic run: a Monday, midnight UTC. */
const START = '2026-03-02T00:00:00.000Z';

type Lifecycle = Pick<HeadlineFigures, 'availability' | 'migrations'>;

/** Diurnal phase of a load that peaks at 14:00 UTC (the run starts at midnight). */
const PEAK_AT_14 = Math.PI / 2 - (2 * Math.PI * 14) / 24;

function headline(hosts: number, vms: number, cores: number, energy: HeadlineFigures['energy'], finance: HeadlineFigures['finance'], life: Lifecycle): HeadlineFigures {
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
    hostsInUse: hosts,
    density: {
      measuredAt: 'initial placement',
      hostsInUse: hosts,
      hostsSpare: 0,
      spareHosts: 'on',
      vcpuPerCore: r3((vms * 2) / cores),
      busiestVcpuPerCore: r3((vms * 2) / cores + 0.5),
      maxVcpuPerCore: 4,
      memoryOvercommit: r3((vms * 8) / (hosts * 256)),
      busiestMemoryOvercommit: r3((vms * 8) / (hosts * 256) + 0.1),
      maxMemoryOvercommit: 1.5,
      boundBy: { none: vms, cpuCap: 0, memoryCap: 0, reservations: 0, rules: 0, hostWidth: 0 },
      unplacedBoundBy: { none: 0, cpuCap: 0, memoryCap: 0, reservations: 0, rules: 0, hostWidth: 0 },
      binding: 'none',
    },
    placementQueue: { vmsQueued: 0, vmsPlacedFromQueue: 0, vmsStillWaiting: 0, meanWaitMinutes: null, maxWaitMinutes: null, longestStillWaitingMinutes: null },
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
    energy,
    finance,
    ...life,
  };
}

/**
 * Availability and migration figures of a set of VMs (one cluster or all), as the simulator
 * works them out: mean and worst VM availability, nines, downtime by reason from the VMs' down
 * stretches, HA figures from the incidents of their hosts, migration means over completed ones.
 */
function lifecycleFigures(vms: Report['vms'], vmIndex: readonly number[], plan: LifecyclePlan, hostIds: ReadonlySet<string>): Lifecycle {
  const mean = (xs: readonly number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 100);
  const avail = vms.map((v) => v.availabilityPct ?? 100);
  const byReason: Record<string, number> = {};
  for (const v of vmIndex) for (const d of plan.vms.get(v)?.down ?? []) byReason[d.reason] = r3((byReason[d.reason] ?? 0) + (d.to - d.from) / MS_PER_HOUR);
  const incidents = plan.incidents.filter((i) => i.hosts.some((h) => hostIds.has(h)));
  const recovered = incidents.filter((i) => i.recoveryMs !== null).map((i) => (i.recoveryMs as number) / 1000);
  const meanAvail = mean(avail);
  const byPriority = Object.fromEntries(
    PRIORITIES.map((p) => {
      const mine = vms.filter((v) => v.haPriority === p);
      return [p, { vms: mine.length, meanAvailabilityPct: r3(mean(mine.map((v) => v.availabilityPct ?? 100))), downtimeVmHours: r3(mine.reduce((a, v) => a + v.downtimeS, 0) / 3600) }];
    }),
  ) as HeadlineFigures['availability']['byPriority'];
  const vmIds = new Set(vms.map((v) => v.id));
  const moves = plan.migrations.filter((m) => vmIds.has(m.vm));
  const done = moves.filter((m) => m.converged);
  return {
    availability: {
      vmsEverRunning: vms.length,
      meanVmAvailabilityPct: r3(meanAvail),
      worstVmAvailabilityPct: r3(Math.min(100, ...avail)),
      nines: meanAvail >= 100 ? 9 : r3(-Math.log10(1 - meanAvail / 100)),
      outages: vms.reduce((a, v) => a + v.outages, 0),
      downtimeVmHours: r3(vms.reduce((a, v) => a + v.downtimeS, 0) / 3600),
      downtimeByReasonVmHours: byReason,
      vmsDownAtEnd: vms.filter((v) => v.state === 'down').length,
      hostFailures: incidents.reduce((a, i) => a + i.hosts.length, 0),
      incidents: incidents.length,
      restarts: vms.reduce((a, v) => a + v.outages, 0),
      meanRecoveryS: r3(recovered.length > 0 ? recovered.reduce((a, b) => a + b, 0) / recovered.length : 0),
      worstRecoveryS: r3(Math.max(0, ...recovered)),
      byPriority,
    },
    migrations: {
      completed: done.length,
      aborted: moves.length - done.length,
      meanDurationS: r3(done.length > 0 ? done.reduce((a, m) => a + m.durationMs, 0) / done.length / 1000 : 0),
      transferredGiB: r3(moves.reduce((a, m) => a + m.transferredMiB, 0) / 1024),
      meanDowntimeMs: r3(done.length > 0 ? done.reduce((a, m) => a + m.downtimeMs, 0) / done.length : 0),
      maxDowntimeMs: r3(Math.max(0, ...done.map((m) => m.downtimeMs))),
      byReason: done.reduce<Record<string, number>>((a, m) => ({ ...a, [m.reason]: (a[m.reason] ?? 0) + 1 }), {}),
    },
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
  const end = M * step;
  const vmId = (h: number, k: number) => `${clusterIds[h % C]}/${k % 2 === 0 ? 'web' : 'db'}-${String(h * perHost + k + 1).padStart(6, '0')}`;
  if (o.lifecycle && o.dpm) throw new Error('a synthetic report has either a lifecycle story or power management, not both');
  const planInput = { hosts: H, clusters: C, perHost, intervals: M, step, hostId: (h: number) => hostIds[h]!, vmId };
  const power: PowerPlan | null = o.dpm ? planPower(planInput) : null;
  const plan: LifecyclePlan = o.lifecycle ? planLifecycle(planInput) : (power ?? noLifecycle());
  const cores = 32;
  const usableMhz = cores * 2600 * 0.98;
  const hostSeries: Report['series']['hosts'] = o.hostSeries === false ? null : {};
  const clusterSums = clusterIds.map(() => ({
    util: new Float64Array(M),
    ready: new Float64Array(M),
    consumed: new Float64Array(M),
    up: new Float64Array(M),
    servingW: new Float64Array(M),
    transitionW: new Float64Array(M),
    standbyW: new Float64Array(M),
    n: 0,
  }));
  const hosts: Report['hosts'] = [];
  const hostLoad: Array<{ util: number[]; ready: number[]; swap: number[]; states: State[] }> = [];
  for (let h = 0; h < H; h++) {
    const drawn = rnd() * 2 * Math.PI;
    // Under power management everybody works office hours: a little spread around a 14:00 peak.
    const phase = power ? PEAK_AT_14 + (drawn - Math.PI) / 12 : drawn;
    const level = 0.35 + rnd() * 0.4;
    const util: number[] = [];
    const ready: number[] = [];
    const consumed: number[] = [];
    const states: State[] = [];
    const upPct: number[] = [];
    const powerW: number[] = [];
    const hostStates: Array<Report['hosts'][number]['state']> = [];
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
      // A failed host serves for part of the interval at most; an idle one (failed, evacuated) runs nothing.
      const up = plan.upFraction(h, t[i]!, t[i]! + step);
      const idle = plan.idle(h, t[i]! + step);
      const own = Math.max(2, Math.min(100, 100 * (level + 0.3 * day) + (rnd() - 0.5) * 8 + (hot ? 45 * bump(i) : 0)));
      // A host left on while others sleep also runs their VMs.
      const busy = power ? Math.min(100, own * power.loadShare(h, t[i]!, t[i]! + step)) : own;
      const u = idle ? (up > 0 ? 1 : 0) : busy * up;
      const rdy = u > 85 ? (u - 85) * 0.9 * rnd() : 0;
      const mem = idle ? (up > 0 ? 6_000 : 0) : up * Math.min(258_000, 160_000 + 60_000 * (level + 0.2 * day) + (squeezed ? 90_000 * bump(i) : 0));
      upPct.push(r3(up * 100));
      hostStates.push(plan.hostState(h, t[i]! + step));
      cs.up[i]! += up;
      util.push(r3(u));
      ready.push(r3(rdy));
      consumed.push(r3(mem));
      swap.push(r3(Math.max(0, mem - 252_000) / 20));
      states.push(mem > 250_000 ? 'soft' : mem > 240_000 ? 'clear' : 'high');
      cs.util[i]! += u;
      cs.ready[i]! += rdy;
      cs.consumed[i]! += mem;
      // Power: serving at 150 W + 3 W per % (as ever); with power management, the shares of the
      // interval spent booting or shutting down and in standby at their own watts.
      const shares = power ? power.powerShares(h, t[i]!, t[i]! + step) : null;
      const serving = shares ? 150 * shares.serving + 3 * u : 150 + 3 * u;
      const transition = shares ? TRANSITION_W * shares.transition : 0;
      const standby = shares ? STANDBY_W * shares.standby : 0;
      cs.servingW[i]! += serving;
      cs.transitionW[i]! += transition;
      cs.standbyW[i]! += standby;
      powerW.push(r3(serving + transition + standby));
    }
    hostLoad.push({ util, ready, swap, states });
    if (hostSeries) {
      hostSeries[hostIds[h]!] = {
        utilPct: util,
        readyPct: ready,
        consumedMiB: consumed,
        activeMiB: consumed.map((v) => r3(v * 0.8)),
        powerW,
        memState: states,
        sharedMiB: util.map(() => 0),
        balloonMiB: util.map(() => 0),
        compressedMiB: util.map(() => 0),
        swappedMiB: swap.map((x) => r3(x * 60)),
        stallPct: util.map(() => 0),
        upPct,
        state: hostStates,
      };
    }
    const failedMs = plan.hosts.has(h) ? plan.hosts.get(h)!.failedTo - plan.hosts.get(h)!.failedFrom : 0;
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
      energyKWh: r3(powerW.reduce((a, w) => a + w, 0) * (step / MS_PER_HOUR / 1000)),
      stateHours: { high: 20, clear: 2, soft: 2, hard: 0, low: 0 },
      state: plan.hostState(h, end),
      failures: plan.hosts.has(h) ? 1 : 0,
      failedHours: r3(failedMs / MS_PER_HOUR),
      upHours: r3((end - failedMs) / MS_PER_HOUR),
    });
  }
  const vms: Report['vms'] = [];
  for (let h = 0; h < H; h++) {
    for (let k = 0; k < perHost; k++) {
      const group = `${hosts[h]!.cluster}/${k % 2 === 0 ? 'web' : 'db'}`;
      const story = plan.vms.get(h * perHost + k);
      const downMs = (story?.down ?? []).reduce((a, d) => a + d.to - d.from, 0);
      vms.push({
        id: vmId(h, k),
        group,
        host: hostIds[story?.host ?? h]!,
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
        state: 'running',
        downReason: null,
        haPriority: PRIORITIES[k % PRIORITIES.length]!,
        outages: downMs > 0 ? 1 : 0,
        downtimeS: r3(downMs / 1000),
        availabilityPct: r3(100 * (1 - downMs / end)),
        migrations: story?.migrations ?? 0,
        migrationDowntimeMs: story?.migrationDowntimeMs ?? 0,
      });
    }
  }
  /** Cluster c's lifecycle series at each interval's end: VMs down, failover capacity, imbalance, migrations in flight. */
  const lifecycleSeries = (c: number) => {
    const mine = (h: number) => h % C === c;
    const clusterVm = (id: string) => id.startsWith(`${clusterIds[c]}/`);
    const members = Array.from({ length: H }, (_, h) => h).filter(mine);
    const stretches = [...plan.vms.entries()].filter(([v]) => mine(Math.floor(v / perHost))).map(([, st]) => st.down);
    const moves = plan.migrations.filter((m) => clusterVm(m.vm));
    return {
      hostsUp: t.map((_, i) => r3(clusterSums[c]!.up[i]!)),
      vmsDown: t.map((ti) => stretches.filter((ds) => ds.some((d) => d.from <= ti + step && ti + step < d.to)).length),
      // Hosts put in standby on purpose do not eat into the failover capacity (DPM keeps HA's).
      failoverHosts: t.map((ti) => (plan.managed(c) ? (members.some((h) => ['failed', 'maintenance', 'isolated'].includes(plan.hostState(h, ti + step))) ? 0 : 1) : null)),
      imbalance: t.map((_, i) => {
        if (!plan.managed(c)) return null;
        const loads = members.filter((h) => plan.hostState(h, t[i]! + step) === 'on').map((h) => hostLoad[h]!.util[i]! / 100);
        const mean = loads.reduce((a, b) => a + b, 0) / Math.max(1, loads.length);
        return r3(Math.sqrt(loads.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, loads.length)));
      }),
      migrationsActive: t.map((ti) => moves.filter((m) => m.startedAt <= ti + step && ti + step < m.startedAt + m.durationMs).length),
    };
  };
  for (const x of hosts) x.vms = vms.filter((v) => v.host === x.id).length;
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
      powerW: Array.from(s.servingW, (w, i) => r3(w + s.transitionW[i]! + s.standbyW[i]!)),
      powerServingW: Array.from(s.servingW, r3),
      powerTransitionW: Array.from(s.transitionW, r3),
      powerStandbyW: Array.from(s.standbyW, r3),
      hostsStandby: t.map((ti) => hostIds.filter((_, h) => h % C === c && ['standby', 'booting', 'shutting-down'].includes(plan.hostState(h, ti + step))).length),
      energyWh: Array.from(s.servingW, (w, i) => r3(((w + s.transitionW[i]! + s.standbyW[i]!) * step) / 3_600_000)),
      worstMemState: util.map((u) => (u > 80 ? 'soft' : 'high')),
      sharedMiB: zero,
      balloonMiB: zero,
      compressedMiB: zero,
      compressionSavedMiB: zero,
      swappedMiB: zero,
      swapInMiBps: zero,
      swapOutMiBps: zero,
      stallPct: zero,
      ...lifecycleSeries(c),
    };
  });
  // Alarms: on each host's interval averages; CPU ready on the host's first VM.
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

  const placed: ReportEvent[] = vms.map((v, k) => ({ t: 0, type: 'vm.placed' as const, vm: v.id, host: hostIds[Math.floor(k / perHost)]! }));
  const allEvents = [...placed, ...alarmEvents, ...plan.events].sort((x, y) => x.t - y.t);
  const counts: Record<string, number> = {};
  for (const e of allEvents) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const nEvents = o.events ?? 5000;
  const lifecycleOf = (hostIn: (h: number) => boolean) => {
    const index = vms.map((_, v) => v).filter((v) => hostIn(Math.floor(v / perHost)));
    const ids = new Set(hostIds.filter((_, h) => hostIn(h)));
    return lifecycleFigures(index.map((v) => vms[v]!), index, plan, ids);
  };
  const items = allEvents.slice(0, nEvents);
  const unpriced = o.unpriced === true;
  const startEpoch = Date.parse(START);
  const hours = meterHours(startEpoch, t, step, clusterIds.map((id) => clusters[id]!), unpriced);
  /** Headline energy and finance of the hosts `hostIn` picks, metered from their clusters' series. */
  const money = (cs: readonly number[], hostCount: number, vmCount: number) => {
    const e = energyOf(cs.length === C ? hours : meterHours(startEpoch, t, step, cs.map((c) => clusters[clusterIds[c]!]!), unpriced), hostCount, end, unpriced);
    return [e, finance(hostCount, vmCount, end, e, unpriced)] as const;
  };
  const all = money(clusterIds.map((_, c) => c), H, vms.length);
  const report: Omit<Report, 'comparison'> = {
    schema: 'dcsim-report',
    version: REPORT_VERSION as Report['version'],
    generator: { name: 'dcsim', version: 'synthetic' },
    run: {
      scenario: `synthetic-${H}x${M}`,
      description: `${H} hosts, ${vms.length} VMs, ${M} intervals of ${step / 60_000} min (synthetic data).`,
      file: 'synthetic',
      sha256: '0'.repeat(64),
      seed: 1,
      start: START,
      durationMs: M * step,
      stepMs: step,
      intervalMs: step,
      warnings: [],
    },
    headline: headline(H, vms.length, H * cores, all[0], all[1], lifecycleOf(() => true)),
    clusters: clusterIds.map((id, c) => ({
      id,
      name: id.split('/')[1] as string,
      site: 'dc1',
      placement: { algorithm: 'spread', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 },
      headline: headline(Math.ceil(H / C), Math.ceil(vms.length / C), Math.ceil(H / C) * cores, ...money([c], Math.ceil(H / C), Math.ceil(vms.length / C)), lifecycleOf((h) => h % C === c)),
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
    availability: {
      incidents: plan.incidents,
      hostGroups: clusterIds.map((id, c) => {
        const members = hosts.filter((_, h) => h % C === c);
        const failures = members.reduce((a, x) => a + x.failures, 0);
        const up = members.reduce((a, x) => a + x.upHours, 0);
        const down = members.reduce((a, x) => a + x.failedHours, 0);
        return { id: `${id}/esx`, hosts: members.length, failures, mtbfHours: failures > 0 ? r3(up / failures) : null, mttrHours: failures > 0 ? r3(down / failures) : null };
      }),
    },
    migrations: { total: plan.migrations.length, truncated: false, items: plan.migrations },
    energy: { hours, clusters: Object.fromEntries(clusterIds.map((id) => [id, meterHours(startEpoch, t, step, [clusters[id]!], unpriced)])) },
    events: { total: allEvents.length, counts, truncated: allEvents.length > nEvents, items, aggregated: null },
  };
  return { ...report, comparison: reportComparison(report) };
}
