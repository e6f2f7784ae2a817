/**
 * Power management of a cluster: demand-driven like VMware DPM, and calendar power-down windows.
 *
 * DPM (DOMAIN.md, Power and energy): every `interval` it reads each serving host's load, the
 * larger of CPU demand / usable CPU and consumed / usable memory, averaged since the last pass.
 * A host above target + tolerance (81 %) for `powerOnAfter` (5 min) wakes one standby host; all
 * hosts below target − tolerance (45 %) for `powerOffAfter` (40 min) put the least loaded host
 * into standby, provided the others would then run at or below the target, at least
 * `minHostsOn` stay on, and HA admission control still holds without it. One action per pass.
 *
 * Windows: at a window's start hosts are put into standby (highest index first) until only
 * `keepHosts` hosts or `keepPct` % of the capacity stay on, under the same capacity and
 * admission checks; they are woken ahead of the window's end by their boot time. Demand above
 * the range or VMs waiting for HA restarts wake standby hosts at any time.
 */
import type { AdmissionControl } from '../availability/admission-control.js';
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_DPM_PASS } from '../event-kinds.js';
import { HOST_ON, HOST_STANDBY, hostServes } from '../lifecycle.js';
import type { ClusterInfo, PowerWindowInfo } from '../world.js';
import type { HostPower } from './host-power.js';

const PASS = 0;
const WINDOW_START = 1;
const WINDOW_END = 2;
const MS_PER_MIN = 60_000;
const MS_PER_DAY = 86_400_000;

export class PowerManager {
  private readonly prevDemand: Float64Array;
  private readonly prevConsumed: Float64Array;
  private readonly prevT: Float64Array;
  /** Per cluster: since when some host has been above the range / all below it (NaN: not now). */
  private readonly highSince: Float64Array;
  private readonly lowSince: Float64Array;
  /** Per cluster: inside a power-down window (hosts kept off by the calendar). */
  private readonly inWindow: Uint8Array;
  /** Hosts put into standby by the calendar (woken at the window's end). */
  private readonly byCalendar: Uint8Array;
  private readonly load: Float64Array;

  constructor(
    private readonly dc: Datacenter,
    private readonly power: HostPower,
    private readonly admission: AdmissionControl,
  ) {
    const H = dc.world.hosts;
    const nc = dc.world.clusters.length;
    this.prevDemand = new Float64Array(H.n);
    this.prevConsumed = new Float64Array(H.n);
    this.prevT = new Float64Array(H.n);
    this.load = new Float64Array(H.n);
    this.highSince = new Float64Array(nc).fill(NaN);
    this.lowSince = new Float64Array(nc).fill(NaN);
    this.inWindow = new Uint8Array(nc);
    this.byCalendar = new Uint8Array(H.n);
    dc.kernel.on(KIND_DPM_PASS, (c, what, w) => {
      const t = dc.kernel.now;
      if (what === PASS) this.pass(c, t);
      else if (what === WINDOW_START) this.windowStart(c, w, t);
      else this.windowEnd(c, t);
    });
  }

  private managed(cl: ClusterInfo): boolean {
    return cl.power.dpm.enabled || cl.power.schedule.length > 0;
  }

  start(): void {
    const { world, kernel } = this.dc;
    world.clusters.forEach((cl, c) => {
      if (!this.managed(cl)) return;
      kernel.schedule(kernel.now + cl.power.dpm.intervalMs, KIND_DPM_PASS, c, PASS, 0, PRIORITY_MODEL);
      cl.power.schedule.forEach((w, wi) => this.scheduleWindows(c, wi, w));
    });
  }

  /** Every start and end of window `wi` within the run, as events. */
  private scheduleWindows(c: number, wi: number, w: PowerWindowInfo): void {
    const { world, kernel } = this.dc;
    const start = world.startEpochMs;
    const firstDay = Math.floor(start / MS_PER_DAY) * MS_PER_DAY;
    for (let day = firstDay - MS_PER_DAY; day < start + world.durationMs; day += MS_PER_DAY) {
      if (!w.days.includes(new Date(day).getUTCDay())) continue;
      const from = day + w.fromMin * MS_PER_MIN;
      const to = day + w.toMin * MS_PER_MIN + (w.toMin <= w.fromMin ? MS_PER_DAY : 0);
      // Hosts boot ahead of the end so that they serve when the window closes.
      const wake = to - this.maxBootMs(c);
      if (to <= start) continue;
      const t0 = Math.max(0, from - start);
      if (from - start < world.durationMs && wake > from) kernel.schedule(t0, KIND_DPM_PASS, c, WINDOW_START, wi, PRIORITY_MODEL);
      if (wake - start > 0 && wake - start < world.durationMs) kernel.schedule(wake - start, KIND_DPM_PASS, c, WINDOW_END, wi, PRIORITY_MODEL);
    }
  }

  private maxBootMs(c: number): number {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    let m = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) m = Math.max(m, this.dc.world.hosts.bootMs[h] as number);
    return m;
  }

  /** Loads of serving hosts since the last pass into this.load; returns the cluster's peak. */
  private readLoads(cl: ClusterInfo, t: number): { peak: number; allLow: boolean; demand: number; consumed: number } {
    const H = this.dc.world.hosts;
    const lowPct = cl.power.dpm.targetPct - cl.power.dpm.tolerancePct;
    let peak = 0;
    let allLow = true;
    let demand = 0;
    let consumed = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      const dt = t - (this.prevT[h] as number);
      const d = dt > 0 ? ((H.demandInt[h] as number) - (this.prevDemand[h] as number)) / dt : (H.demandMhz[h] as number);
      const m = dt > 0 ? ((H.consumedInt[h] as number) - (this.prevConsumed[h] as number)) / dt : (H.consumedMiB[h] as number);
      this.prevDemand[h] = H.demandInt[h] as number;
      this.prevConsumed[h] = H.consumedInt[h] as number;
      this.prevT[h] = t;
      if (H.state[h] !== HOST_ON) {
        this.load[h] = NaN;
        continue;
      }
      const mem = (H.memoryMiB[h] as number) - (H.overheadMiB[h] as number);
      const l = Math.max(d / (H.usableMhz[h] as number), m / mem) * 100;
      this.load[h] = l;
      demand += H.demandMhz[h] as number;
      consumed += H.consumedMiB[h] as number;
      if (l > peak) peak = l;
      if (l >= lowPct) allLow = false;
    }
    return { peak, allLow, demand, consumed };
  }

  private pass(c: number, t: number): void {
    const { world, kernel } = this.dc;
    const cl = world.clusters[c] as ClusterInfo;
    const dpm = cl.power.dpm;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) this.dc.flushHost(h, t);
    const { peak, allLow, demand, consumed } = this.readLoads(cl, t);
    const high = peak > dpm.targetPct + dpm.tolerancePct;
    if (high) {
      if (Number.isNaN(this.highSince[c] as number)) this.highSince[c] = t - dpm.intervalMs;
    } else this.highSince[c] = NaN;
    if (allLow) {
      if (Number.isNaN(this.lowSince[c] as number)) this.lowSince[c] = t - dpm.intervalMs;
    } else this.lowSince[c] = NaN;

    if (high && t - (this.highSince[c] as number) >= dpm.powerOnAfterMs) {
      if (this.wakeOne(cl, t, `demand: a host at ${peak.toFixed(0)} % for ${Math.round((t - (this.highSince[c] as number)) / MS_PER_MIN)} min`)) {
        this.highSince[c] = NaN;
      }
    } else if (dpm.enabled && this.inWindow[c] === 0 && allLow && t - (this.lowSince[c] as number) >= dpm.powerOffAfterMs) {
      const h = this.leastLoaded(cl);
      if (h >= 0 && this.canRemove(cl, c, h, demand, consumed, dpm.targetPct) === null) {
        this.power.powerDown(h, t, `demand: all hosts below ${dpm.targetPct - dpm.tolerancePct} % for ${Math.round((t - (this.lowSince[c] as number)) / MS_PER_MIN)} min`);
        this.lowSince[c] = NaN;
      }
    }
    kernel.schedule(t + dpm.intervalMs, KIND_DPM_PASS, c, PASS, 0, PRIORITY_MODEL);
  }

  /** Serving host with the lowest load (the highest index on ties: low indices stay on). */
  private leastLoaded(cl: ClusterInfo): number {
    let best = -1;
    let bestLoad = Infinity;
    for (let h = cl.hostEnd - 1; h >= cl.hostStart; h--) {
      const l = this.load[h] as number;
      if (Number.isNaN(l) || this.power.goingDown(h)) continue;
      if (l < bestLoad) {
        bestLoad = l;
        best = h;
      }
    }
    return best;
  }

  /** Null when host h may go to standby: others stay at or under `limitPct`, enough hosts, HA holds. */
  private canRemove(cl: ClusterInfo, c: number, h: number, demand: number, consumed: number, limitPct: number): string | null {
    const H = this.dc.world.hosts;
    let on = 0;
    let cpu = 0;
    let mem = 0;
    for (let k = cl.hostStart; k < cl.hostEnd; k++) {
      if (H.state[k] !== HOST_ON || this.power.goingDown(k) || k === h) continue;
      on++;
      cpu += H.usableMhz[k] as number;
      mem += (H.memoryMiB[k] as number) - (H.overheadMiB[k] as number);
    }
    if (on < cl.power.dpm.minHostsOn) return 'too few hosts would stay on';
    if (cpu <= 0 || (demand / cpu) * 100 > limitPct || (consumed / mem) * 100 > limitPct) return 'the other hosts would run above the target';
    return this.admission.allowsRemoving(c, h);
  }

  /** Wake one standby host of the cluster (the lowest index). */
  private wakeOne(cl: ClusterInfo, t: number, reason: string): boolean {
    const H = this.dc.world.hosts;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      if (H.state[h] === HOST_STANDBY || this.power.goingDown(h)) {
        if (this.power.powerUp(h, t, reason) === null) {
          this.byCalendar[h] = 0;
          return true;
        }
      }
    }
    return false;
  }

  /** HA has VMs waiting in cluster c: wake every standby host there. */
  capacityNeeded(c: number, t: number): void {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    if (!this.managed(cl)) return;
    const H = this.dc.world.hosts;
    for (let h = cl.hostStart; h < cl.hostEnd; h++)
      if (H.state[h] === HOST_STANDBY || this.power.goingDown(h)) {
        this.power.powerUp(h, t, 'HA: VMs waiting for capacity');
        this.byCalendar[h] = 0;
      }
  }

  private windowStart(c: number, wi: number, t: number): void {
    const { world } = this.dc;
    const cl = world.clusters[c] as ClusterInfo;
    const w = cl.power.schedule[wi] as PowerWindowInfo;
    const H = world.hosts;
    this.inWindow[c] = 1;
    let total = 0;
    let onCap = 0;
    let on = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      total += H.usableMhz[h] as number;
      if (hostServes(H.state[h] as number) && !this.power.goingDown(h)) {
        onCap += H.usableMhz[h] as number;
        on++;
      }
    }
    const keepHosts = w.keepHosts ?? 1;
    const keepCap = ((w.keepPct ?? 0) / 100) * total;
    let demand = 0;
    let consumed = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      demand += H.demandMhz[h] as number;
      consumed += H.consumedMiB[h] as number;
    }
    const limit = cl.power.dpm.targetPct + cl.power.dpm.tolerancePct;
    for (let h = cl.hostEnd - 1; h >= cl.hostStart && on > keepHosts; h--) {
      if (H.state[h] !== HOST_ON || this.power.goingDown(h)) continue;
      if (onCap - (H.usableMhz[h] as number) < keepCap) break;
      const why = this.canRemove(cl, c, h, demand, consumed, limit);
      if (why !== null) {
        this.dc.emit({ t, type: 'host.power-skipped', host: H.ids[h] as string, why });
        break;
      }
      if (this.power.powerDown(h, t, 'schedule') === null) {
        this.byCalendar[h] = 1;
        on--;
        onCap -= H.usableMhz[h] as number;
      }
    }
  }

  /** Whether any window of the cluster covers simulated time t (windows may chain: Fri night, Sat, Sun). */
  private windowActiveAt(cl: ClusterInfo, t: number): boolean {
    const epoch = this.dc.world.startEpochMs + t;
    const day = Math.floor(epoch / MS_PER_DAY) * MS_PER_DAY;
    for (const w of cl.power.schedule) {
      for (const d of [day, day - MS_PER_DAY]) {
        if (!w.days.includes(new Date(d).getUTCDay())) continue;
        const from = d + w.fromMin * MS_PER_MIN;
        const to = d + w.toMin * MS_PER_MIN + (w.toMin <= w.fromMin ? MS_PER_DAY : 0);
        if (epoch >= from && epoch < to) return true;
      }
    }
    return false;
  }

  private windowEnd(c: number, t: number): void {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    // Another window continues where this one ends: the hosts stay down.
    if (this.windowActiveAt(cl, t + this.maxBootMs(c))) return;
    this.inWindow[c] = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      if (this.byCalendar[h] !== 1) continue;
      this.byCalendar[h] = 0;
      this.power.powerUp(h, t, 'schedule: window ends');
    }
    this.lowSince[c] = NaN;
  }
}
