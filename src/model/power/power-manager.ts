/**
 * Power management of a cluster: demand-driven like VMware DPM, and calendar power-down windows.
 * Each rule and where it comes from:
 *
 * - Load of a host: the larger of CPU demand / usable CPU and consumed / usable memory, averaged
 *   since the last pass (vSphere Resource Management guide, "Using vSphere DPM": DPM compares the
 *   demand of the VMs for CPU and memory with the capacity of the hosts).
 * - Target range 63 % ± 18 % (DemandCapacityRatioTarget, DemandCapacityRatioToleranceHost), judged
 *   over 5 min for power-on and 40 min for power-off (VMware white paper "VMware Distributed Power
 *   Management Concepts and Use", Evaluating Utilization; DOMAIN.md, Power and energy).
 * - Power-on: a host above the range for `powerOnAfter` wakes a standby host (white paper, Host
 *   Power-on Recommendations).
 * - Power-off is judged per host, not for the cluster as a whole: every host below the range for
 *   `powerOffAfter` is a candidate (white paper, Host Power-off Recommendations; US patent
 *   9,047,083, "recommending host system power-off when there is a host system whose utilization
 *   is below the target utilization"). Candidates are tried in order, empty hosts first, then the
 *   least loaded, then the one with fewer VMs (white paper, Host Sort for Power-on or Power-off
 *   Evaluation: hosts that are cheapest to evacuate first). A candidate goes to standby when
 *   (a) at least `minHostsOn` hosts stay on, with at least `minPoweredOnCpuMhz` and
 *       `minPoweredOnMemoryGiB` of capacity (white paper, Advanced Options,
 *       MinPoweredOnCpuCapacity and MinPoweredOnMemCapacity),
 *   (b) the hosts that stay on would run at or below the target (patent: powering off must not
 *       create highly utilised hosts),
 *   (c) its VMs fit on the hosts that stay on (evacuation-fit.ts; the guide lists "DRS cannot
 *       evacuate the host" among the reasons a host stays on), and
 *   (d) HA admission control still holds without it (guide: "vSphere HA needs extra capacity for
 *       failover"; DPM never breaks HA).
 *   Several candidates may go in one pass, each judged with the ones before it gone.
 * - A power-down that is given up (balancer/maintenance.ts) keeps that host from being a candidate
 *   for `powerOffAfter`, so a blocked host does not bounce.
 * - DPM threshold 1–5: a recommendation is applied when its priority is within the threshold
 *   (vSphere guide, "DPM Threshold"); the priorities are our stated mapping (dpm-priority.ts).
 *   HA's wake-ups are priority 1, always applied.
 * - Cost-benefit: a power-off that passes (a)–(d) and the threshold must save more energy over
 *   the time the host is expected to stay off than its evacuation, power-down and boot cost
 *   (white paper, Host Power-off Cost-Benefit Analysis; power-off-check.ts and
 *   power-off-benefit.ts). The demand history behind the expectation is the power-off window
 *   (VmDemandHistorySecsHostOff, 40 min); power-on is judged over `powerOnAfter`
 *   (VmDemandHistorySecsHostOn, 5 min).
 * - Evacuated VMs go to hosts that are not themselves below the range when one fits
 *   (balancer/maintenance.ts, standbyDestination): else a VM may move twice in one evening.
 *
 * Windows (our feature, not vSphere's): at a window's start hosts go to standby in the same
 * candidate order until `keepHosts` hosts and `keepPct` % of the capacity stay on, each under the
 * checks (b)–(d) with the range's upper end (81 %) as the limit; a host that cannot go is named in
 * `host.power-skipped`. While the window lasts, hosts woken by demand go down again once demand has
 * been back in range for `powerOffAfter`. Hosts wake ahead of the window's end by their boot time,
 * unless another window continues it. Demand above the range or VMs waiting for HA restarts wake
 * standby hosts at any time.
 */
import type { AdmissionControl } from '../availability/admission-control.js';
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_DPM_PASS } from '../event-kinds.js';
import { HOST_ON, HOST_STANDBY } from '../lifecycle.js';
import type { ClusterInfo, PowerWindowInfo } from '../world.js';
import type { HostPower } from './host-power.js';
import { admitted, powerOnPriority } from './dpm-priority.js';
import { powerOffRefusal, type DemandSample } from './power-off-check.js';
import { chainEnd, MS_PER_MIN, windowActiveAt, windowSpans } from './power-windows.js';
import { standbyCandidates, standbyRefusal } from './standby-candidates.js';

const PASS = 0;
const WINDOW_START = 1;
const WINDOW_END = 2;

export class PowerManager {
  private readonly prevDemand: Float64Array;
  private readonly prevConsumed: Float64Array;
  private readonly prevT: Float64Array;
  /** Per cluster: since when some host has been above the range (NaN: not now); when last above it. */
  private readonly highSince: Float64Array;
  private readonly lastHigh: Float64Array;
  /** Per host: since when it has been below the range (NaN: not now). */
  private readonly lowSince: Float64Array;
  /** Per host: a power-down was already found impossible in this low spell (reported once). */
  private readonly skipped: Uint8Array;
  /** Per cluster: the window in force (-1: none). */
  private readonly window: Int32Array;
  /** Hosts put into standby by the calendar (woken at the window's end). */
  private readonly byCalendar: Uint8Array;
  private readonly load: Float64Array;
  /** Per cluster: a pass is scheduled (the chain of passes runs while the cluster is managed). */
  private readonly passPending: Uint8Array;
  /** Per cluster: its demand (MHz, averaged over each pass interval) at the passes within the power-off window. */
  private readonly demandHistory: DemandSample[][];

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
    this.lastHigh = new Float64Array(nc).fill(-Infinity);
    this.lowSince = new Float64Array(H.n).fill(NaN);
    this.skipped = new Uint8Array(H.n);
    this.window = new Int32Array(nc).fill(-1);
    this.byCalendar = new Uint8Array(H.n);
    this.passPending = new Uint8Array(nc);
    this.demandHistory = dc.world.clusters.map(() => []);
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
      this.passPending[c] = 1;
      kernel.schedule(kernel.now + cl.power.dpm.intervalMs, KIND_DPM_PASS, c, PASS, 0, PRIORITY_MODEL);
      cl.power.schedule.forEach((w, wi) => this.scheduleWindows(c, wi, w));
    });
  }

  /** Every start and end of window `wi` within the run, as events. */
  private scheduleWindows(c: number, wi: number, w: PowerWindowInfo): void {
    const { world, kernel } = this.dc;
    const start = world.startEpochMs;
    const boot = this.maxBootMs(c);
    for (const s of windowSpans(w, start, start + world.durationMs)) {
      // Hosts boot ahead of the end so that they serve when the window closes.
      const wake = s.toMs - boot;
      if (wake <= s.fromMs) continue;
      kernel.schedule(Math.max(0, s.fromMs - start), KIND_DPM_PASS, c, WINDOW_START, wi, PRIORITY_MODEL);
      if (wake - start > 0 && wake - start < world.durationMs) kernel.schedule(wake - start, KIND_DPM_PASS, c, WINDOW_END, wi, PRIORITY_MODEL);
    }
  }

  private maxBootMs(c: number): number {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    let m = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) m = Math.max(m, this.dc.world.hosts.bootMs[h]);
    return m;
  }

  /** Loads of hosts that are on since the last pass into this.load (NaN for others); the cluster's peak. */
  private readLoads(c: number, cl: ClusterInfo, t: number): number {
    const H = this.dc.world.hosts;
    let peak = 0;
    let demand = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      const dt = t - (this.prevT[h]);
      const d = dt > 0 ? ((H.demandInt[h]) - (this.prevDemand[h])) / dt : (H.demandMhz[h]);
      const m = dt > 0 ? ((H.consumedInt[h]) - (this.prevConsumed[h])) / dt : (H.consumedMiB[h]);
      this.prevDemand[h] = H.demandInt[h];
      this.prevConsumed[h] = H.consumedInt[h];
      this.prevT[h] = t;
      demand += d;
      if (H.state[h] !== HOST_ON) {
        this.load[h] = NaN;
        continue;
      }
      const mem = (H.memoryMiB[h]) - (H.overheadMiB[h]);
      const l = Math.max(d / (H.usableMhz[h]), m / mem) * 100;
      this.load[h] = l;
      if (l > peak) peak = l;
    }
    // The power-off history window (VmDemandHistorySecsHostOff, powerOffAfter) and one sample before it.
    const hist = this.demandHistory[c] as DemandSample[];
    hist.push({ t, mhz: demand });
    while (hist.length > 2 && t - (hist[1] as { t: number }).t >= cl.power.dpm.powerOffAfterMs) hist.shift();
    return peak;
  }

  /**
   * DPM was switched on or off in cluster c at t (cluster-policy dpmEnabled). On: passes start one
   * interval later. Off: the chain of passes ends at the next one, and hosts in standby stay there
   * until something powers them on (vSphere Resource Management, "Automation Level": with power
   * management Off "the feature is disabled and no recommendations are made").
   */
  dpmChanged(c: number, t: number): void {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    if (!this.managed(cl) || this.passPending[c] === 1) return;
    this.passPending[c] = 1;
    this.dc.kernel.schedule(t + cl.power.dpm.intervalMs, KIND_DPM_PASS, c, PASS, 0, PRIORITY_MODEL);
  }

  private pass(c: number, t: number): void {
    const { world, kernel } = this.dc;
    const cl = world.clusters[c] as ClusterInfo;
    const dpm = cl.power.dpm;
    this.passPending[c] = 0;
    if (!this.managed(cl)) return;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) this.dc.flushHost(h, t);
    const peak = this.readLoads(c, cl, t);
    const lowPct = dpm.targetPct - dpm.tolerancePct;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      const l = this.load[h];
      if (!Number.isNaN(l) && l < lowPct) {
        if (Number.isNaN(this.lowSince[h])) this.lowSince[h] = t - dpm.intervalMs;
      } else {
        this.lowSince[h] = NaN;
        this.skipped[h] = 0;
      }
    }
    const high = peak > dpm.targetPct + dpm.tolerancePct;
    if (high) {
      this.lastHigh[c] = t;
      if (Number.isNaN(this.highSince[c])) this.highSince[c] = t - dpm.intervalMs;
    } else this.highSince[c] = NaN;

    // A demand power-on's priority (dpm-priority.ts) must be within the DPM threshold; windows wake on any.
    const onAdmitted = !dpm.enabled || admitted(powerOnPriority(peak, dpm.targetPct, dpm.tolerancePct), dpm.threshold);
    if (high && onAdmitted && t - (this.highSince[c]) >= dpm.powerOnAfterMs) {
      const why = `demand: a host at ${peak.toFixed(0)} % for ${Math.round((t - (this.highSince[c])) / MS_PER_MIN)} min`;
      if (this.wakeOne(cl, t, why)) this.highSince[c] = NaN;
    } else if (!high && t - (this.lastHigh[c]) >= dpm.powerOffAfterMs) {
      const w = this.window[c];
      if (w >= 0) this.applyWindow(c, cl.power.schedule[w] as PowerWindowInfo, t, false);
      else if (dpm.enabled) this.dpmPowerOff(c, t);
    }
    this.passPending[c] = 1;
    kernel.schedule(t + dpm.intervalMs, KIND_DPM_PASS, c, PASS, 0, PRIORITY_MODEL);
  }

  /** Host h is not below the target range: it stays on, a fit destination for evacuated VMs. */
  staysOn(h: number): boolean {
    return Number.isNaN(this.lowSince[h]);
  }

  /** Candidates in the order DPM tries them (standby-candidates.ts), loads from the last pass. */
  private candidates(cl: ClusterInfo, eligible: (h: number) => boolean): number[] {
    return standbyCandidates(this.dc.world, cl, (h) => this.power.goingDown(h), (h) => this.load[h], eligible);
  }

  private dpmPowerOff(c: number, t: number): void {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    const dpm = cl.power.dpm;
    const ready = (h: number): boolean =>
      !Number.isNaN(this.lowSince[h]) &&
      t - (this.lowSince[h]) >= dpm.powerOffAfterMs &&
      t - (this.power.abortedAt[h]) >= dpm.powerOffAfterMs;
    for (const h of this.candidates(cl, ready)) {
      const why = this.canRemove(cl, c, h, dpm.targetPct) ?? this.notWorthIt(c, h);
      const H = this.dc.world.hosts;
      if (why !== null) {
        if (this.skipped[h] === 0) this.dc.emit({ t, type: 'host.power-skipped', host: H.ids[h] as string, why: `DPM keeps it on: ${why}` });
        this.skipped[h] = 1;
        continue;
      }
      const reason = `dpm: ${(this.load[h]).toFixed(0)} % load, below ${dpm.targetPct - dpm.tolerancePct} % for ${Math.round((t - (this.lowSince[h])) / MS_PER_MIN)} min`;
      if (this.power.powerDown(h, t, reason, 'dpm') === null) this.lowSince[h] = NaN;
    }
  }

  /** Null when a power-off of host h passes the DPM threshold and its cost-benefit (power-off-check.ts); else why not. */
  private notWorthIt(c: number, h: number): string | null {
    return powerOffRefusal(this.dc.world, c, h, (k) => this.power.goingDown(k), this.demandHistory[c] as DemandSample[]);
  }

  private canRemove(cl: ClusterInfo, c: number, h: number, limitPct: number): string | null {
    return standbyRefusal(this.dc.world, this.admission, cl, c, h, limitPct, (k) => this.power.goingDown(k));
  }

  /** Wake one standby host of the cluster (the lowest index; a host still going down first). */
  private wakeOne(cl: ClusterInfo, t: number, reason: string): boolean {
    const H = this.dc.world.hosts;
    for (const pick of [(h: number) => this.power.goingDown(h), (h: number) => H.state[h] === HOST_STANDBY]) {
      for (let h = cl.hostStart; h < cl.hostEnd; h++) {
        if (!pick(h) || this.power.retired[h] === 1) continue;
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
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    this.window[c] = wi;
    this.applyWindow(c, cl.power.schedule[wi] as PowerWindowInfo, t, true);
  }

  /** Put hosts into standby until window w's keepHosts / keepPct is reached; `report`: name a host that cannot go. */
  private applyWindow(c: number, w: PowerWindowInfo, t: number, report: boolean): void {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    const H = this.dc.world.hosts;
    let total = 0;
    let onCap = 0;
    let on = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      total += H.usableMhz[h];
      if (H.state[h] === HOST_ON && !this.power.goingDown(h)) {
        onCap += H.usableMhz[h];
        on++;
      }
    }
    const keepHosts = w.keepHosts ?? (w.keepPct === null ? 1 : 0);
    const keepCap = ((w.keepPct ?? 0) / 100) * total;
    const limit = cl.power.dpm.targetPct + cl.power.dpm.tolerancePct;
    const until = new Date(chainEnd(cl.power.schedule, this.dc.world.startEpochMs + t)).toISOString().slice(0, 16);
    for (const h of this.candidates(cl, () => true)) {
      if (on <= keepHosts) return;
      if (onCap - (H.usableMhz[h]) < keepCap - 1e-9) continue;
      const why = this.canRemove(cl, c, h, limit);
      if (why !== null) {
        if (report) this.dc.emit({ t, type: 'host.power-skipped', host: H.ids[h] as string, why: `window keeps ${on} hosts on, not ${keepHosts}: ${why}` });
        return;
      }
      if (this.power.powerDown(h, t, `power-window: keep ${keepHosts} host(s)${w.keepPct === null ? '' : ` and ${w.keepPct} % of capacity`} until ${until}Z`, 'power-window') === null) {
        this.byCalendar[h] = 1;
        on--;
        onCap -= H.usableMhz[h];
      }
    }
  }

  private windowEnd(c: number, t: number): void {
    const cl = this.dc.world.clusters[c] as ClusterInfo;
    // Another window continues where this one ends: the hosts stay down.
    if (windowActiveAt(cl.power.schedule, this.dc.world.startEpochMs + t + this.maxBootMs(c))) return;
    this.window[c] = -1;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      if (this.byCalendar[h] !== 1) continue;
      this.byCalendar[h] = 0;
      this.power.powerUp(h, t, 'power-window: window ends');
    }
  }
}
