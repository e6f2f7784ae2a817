/**
 * DRS-style load balancing (DOMAIN.md, Placement and balancing): every `drs.interval` a pass per
 * cluster makes the mandatory moves first — evacuating hosts in maintenance, then VMs that break
 * a rule where a host satisfying it exists — and then, at threshold ≥ 2, balancing moves while
 * the host-load standard deviation exceeds the threshold's tolerance plus the drift the imbalance
 * shows between passes by itself (policy.ts). Each balancing move is the single best one from the
 * most loaded host, taken only if it lowers the deviation by at least the minimum goodness (the
 * tolerance over the hosts on, policy.ts) and by more than that drift, and pays back its migration
 * cost: Gulati et al. 2012 count a move's benefit only over the time the load stays as it is, and
 * an improvement smaller than the drift is gone by the next pass. Moves off a host at 81 % or more
 * skip the minimum (its VMs gain CPU from any move). A VM DRS moved in the last 3 passes is left alone.
 * Balancing moves onto a host power management woke, while it is below the mean load, carry the
 * reason `power-on` (its refill), the rest `balance`.
 */
import { PRIORITY_MODEL, type Datacenter } from '../datacenter.js';
import { KIND_DRS_PASS } from '../event-kinds.js';
import { HOST_ON, VM_RUNNING } from '../lifecycle.js';
import { migrationReject } from '../migration/destination.js';
import { estimateMigration } from '../migration/estimate.js';
import type { Migrator } from '../migration/migrator.js';
import { rulesFilter } from '../placement/filters.js';
import type { ClusterInfo } from '../world.js';
import { hostLoads, imbalance, imbalanceAfterMove, usageImbalance } from './imbalance.js';
import { Maintenance } from './maintenance.js';
import { hostHasSlot, passView, pickDestination, startMove, type PassView } from './moves.js';
import { imbalanceTolerance, minGoodness, paysBack } from './policy.js';

/** A VM DRS moved is not moved again for balance within this many passes (no ping-pong). */
export const RECENT_PASSES = 3;
/**
 * Host load from which its VMs start to queue for CPU (ready time rises well before 100 %: the
 * DPM range's top, 81 %, DOMAIN.md Power and energy); moves off such a host skip the minimum goodness.
 */
const CONTENDED = 0.81;
/**
 * Per pass, the remembered imbalance drift shrinks by this factor: a wobble seen once is
 * forgotten over about 20 passes (0.9^20 ≈ 0.12).
 */
const DRIFT_DECAY = 0.9;
/** Moves that lower the deviation by less than this are float noise, not gains. */
const MIN_GAIN = 1e-9;

export class Balancer {
  readonly maintenance: Maintenance;
  /** Imbalance measured at each cluster's latest pass (NaN before the first). */
  private readonly latest: Float64Array;
  private readonly passes: Int32Array;
  /** Per VM: the pass (of its cluster) in which DRS last moved it. */
  private readonly movedAt: Int32Array;
  /** Per cluster: the imbalance the last pass left (NaN before), its drift since, hosts on then. */
  private readonly expected: Float64Array;
  private readonly drift: Float64Array;
  private readonly hostsOn: Int32Array;
  private loads = new Float64Array(0);
  /**
   * Hosts power management woke that DRS is still filling: balancing moves onto them carry the
   * reason `power-on` while the host's load is below the mean of the hosts on. vSphere: "when
   * capacity is deemed to be inadequate, DRS brings hosts out of standby mode and uses vMotion
   * to migrate virtual machines to them" (vSphere Resource Management guide, "Managing Power
   * Resources"); the split tells the cost of a power-on from DRS's own balancing.
   */
  private readonly refilling: Uint8Array;

  /**
   * Registers the pass handler and schedules each DRS-enabled cluster's first pass one interval
   * from now. Pass the run's Maintenance when one exists (there can be only one per kernel).
   */
  constructor(
    private readonly dc: Datacenter,
    private readonly migrator: Migrator,
    maintenance?: Maintenance,
  ) {
    const { world, kernel } = dc;
    this.latest = new Float64Array(world.clusters.length).fill(NaN);
    this.passes = new Int32Array(world.clusters.length);
    this.movedAt = new Int32Array(world.vms.n).fill(-RECENT_PASSES - 1);
    this.expected = new Float64Array(world.clusters.length).fill(NaN);
    this.drift = new Float64Array(world.clusters.length);
    this.hostsOn = new Int32Array(world.clusters.length);
    this.refilling = new Uint8Array(world.hosts.n);
    this.maintenance = maintenance ?? new Maintenance(dc, migrator);
    kernel.on(KIND_DRS_PASS, (ci) => this.onPass(ci));
    world.clusters.forEach((c, ci) => {
      if (c.drs.enabled) kernel.schedule(kernel.now + c.drs.intervalMs, KIND_DRS_PASS, ci, 0, 0, PRIORITY_MODEL);
    });
  }

  /** The imbalance (host-load standard deviation) cluster ci had at its latest pass. */
  imbalanceOf(ci: number): number {
    return this.latest[ci];
  }

  /** The imbalance cluster ci has now (whether or not DRS runs there). */
  measure(ci: number): number {
    const cluster = this.dc.world.clusters[ci] as ClusterInfo;
    const n = cluster.hostEnd - cluster.hostStart;
    if (this.loads.length < n) this.loads = new Float64Array(n);
    hostLoads(this.dc.world, cluster, this.loads);
    return imbalance(this.loads, n);
  }

  enterMaintenance(h: number, t: number, durationMs?: number): string | null {
    return this.maintenance.enter(h, t, durationMs);
  }

  exitMaintenance(h: number, t: number): string | null {
    return this.maintenance.exit(h, t);
  }

  private onPass(ci: number): void {
    const t = this.dc.kernel.now;
    this.runPass(ci, t);
    const c = this.dc.world.clusters[ci] as ClusterInfo;
    this.dc.kernel.schedule(t + c.drs.intervalMs, KIND_DRS_PASS, ci, 0, 0, PRIORITY_MODEL);
  }

  /** One DRS pass over cluster ci at t; returns the number of migrations it started. */
  runPass(ci: number, t: number): number {
    const before = this.migrator.records.length;
    const pass = ++this.passes[ci];
    this.latest[ci] = this.measure(ci);
    const view = passView(this.dc.world, ci);
    this.trackDrift(view);
    this.maintenance.evacuate(ci, t, view);
    this.fixRules(view, t);
    if (view.cluster.drs.threshold >= 2) this.balance(view, pass, t);
    this.expected[ci] = usageImbalance(view.usage);
    return this.migrator.records.length - before;
  }

  /**
   * How much the imbalance moves between passes by itself: the change from what the last pass
   * left (its moves counted) to what this pass finds, as a maximum that decays by DRIFT_DECAY
   * per pass. Passes across a host power change are not counted: that change is structural.
   */
  private trackDrift(view: PassView): void {
    const { ci, cluster } = view;
    const H = this.dc.world.hosts;
    let on = 0;
    for (let h = cluster.hostStart; h < cluster.hostEnd; h++) if (H.state[h] === HOST_ON) on++;
    const now = usageImbalance(view.usage);
    const prev = this.expected[ci];
    const decayed = (this.drift[ci]) * DRIFT_DECAY;
    this.drift[ci] = !Number.isNaN(prev) && on === this.hostsOn[ci] ? Math.max(decayed, Math.abs(now - prev)) : decayed;
    this.hostsOn[ci] = on;
  }

  /** Host h was woken from standby and serves again: moves onto it are `power-on` refill. */
  poweredOn(h: number): void {
    this.refilling[h] = 1;
  }

  /** Why a balancing move to host `to` is made: `power-on` while a woken host is below the mean load, else `balance`. */
  private reasonTo(view: PassView, to: number): string {
    if (this.refilling[to] !== 1) return 'balance';
    const { usage, cluster } = view;
    let sum = 0;
    let n = 0;
    for (let k = 0; k < usage.cpu.length; k++) {
      const l = Math.max(usage.cpu[k], usage.mem[k]);
      if (Number.isNaN(l)) continue;
      sum += l;
      n++;
    }
    const k = to - cluster.hostStart;
    if (n > 0 && Math.max(usage.cpu[k], usage.mem[k]) < sum / n) return 'power-on';
    this.refilling[to] = 0;
    return 'balance';
  }

  /** The imbalance drift cluster ci shows between passes (trackDrift). */
  driftOf(ci: number): number {
    return this.drift[ci];
  }

  private clusterFull(view: PassView): boolean {
    return this.migrator.activeIn(view.ci) >= view.cluster.drs.maxConcurrentPerCluster;
  }

  /** VMs on hosts that are on and break a rule, moved where it holds (must rules first relax should ones). */
  private fixRules(view: PassView, t: number): void {
    const { world } = this.dc;
    const V = world.vms;
    const H = world.hosts;
    const { cluster } = view;
    for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
      if (world.vmRules.get(v) === undefined || V.state[v] !== VM_RUNNING) continue;
      const h = V.host[v];
      if (h < 0 || H.state[h] !== HOST_ON || !hostHasSlot(world, cluster, h)) continue;
      const mustBroken = rulesFilter(world, cluster, h, v, false) !== 0;
      if (!mustBroken && rulesFilter(world, cluster, h, v, true) === 0) continue;
      if (this.clusterFull(view)) return;
      let withShould = true;
      let d = pickDestination(world, view, v, true);
      if (d.host < 0 && mustBroken && !d.fits) {
        withShould = false;
        d = pickDestination(world, view, v, false);
      }
      if (d.host >= 0) startMove(this.dc, this.migrator, view, v, d.host, 'rule', withShould, t);
    }
  }

  /** Balancing moves from the most loaded host while the deviation exceeds the tolerance. */
  private balance(view: PassView, pass: number, t: number): void {
    const { world } = this.dc;
    const H = world.hosts;
    const V = world.vms;
    const { cluster, usage } = view;
    const tolerance = imbalanceTolerance(cluster.drs.threshold);
    let capacityMhz = 0;
    let on = 0;
    for (let h = cluster.hostStart; h < cluster.hostEnd; h++)
      if (H.state[h] === HOST_ON) {
        capacityMhz += H.usableMhz[h];
        on++;
      }
    const minGain = Math.max(minGoodness(cluster.drs.threshold, on), this.drift[view.ci]);
    for (;;) {
      const before = usageImbalance(usage);
      // An imbalance within the tolerance plus the drift may be gone by the next pass on its own.
      if (!(before > tolerance + (this.drift[view.ci]))) return;
      if (this.clusterFull(view)) return;
      const from = this.mostLoaded(view);
      if (from < 0 || !hostHasSlot(world, cluster, from)) return;
      let bestVm = -1;
      let bestTo = -1;
      // A contended source gains CPU for its VMs from any move; elsewhere small moves are noise.
      const k = from - cluster.hostStart;
      const contended = Math.max(usage.cpu[k], usage.mem[k]) >= CONTENDED;
      let bestAfter = before - (contended ? MIN_GAIN : Math.max(MIN_GAIN, minGain));
      for (let v = H.firstVm[from]; v >= 0; v = V.next[v]) {
        if (V.state[v] !== VM_RUNNING || pass - (this.movedAt[v]) <= RECENT_PASSES) continue;
        for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
          if (h === from || !hostHasSlot(world, cluster, h) || migrationReject(world, cluster, h, v, true) !== 0) continue;
          const after = imbalanceAfterMove(world, cluster, usage, v, from, h);
          if (!(after < bestAfter)) continue;
          const est = estimateMigration(world, v, from, h);
          if (!est.plan.converged) continue;
          if (!paysBack(before - after, capacityMhz, cluster.drs.paybackMs, est.cpuMhzFrom + est.cpuMhzTo, est.plan.durationMs)) continue;
          bestVm = v;
          bestTo = h;
          bestAfter = after;
        }
      }
      if (bestVm < 0) return;
      const reason = this.reasonTo(view, bestTo);
      if (startMove(this.dc, this.migrator, view, bestVm, bestTo, reason, true, t) !== null) return;
      this.movedAt[bestVm] = pass;
    }
  }

  /** The host with the highest load in the view (lowest index on ties), -1 when none is on. */
  private mostLoaded(view: PassView): number {
    const { cluster, usage } = view;
    let best = -1;
    let load = -Infinity;
    for (let k = 0; k < usage.cpu.length; k++) {
      const l = Math.max(usage.cpu[k], usage.mem[k]);
      if (l > load) {
        best = cluster.hostStart + k;
        load = l;
      }
    }
    return best;
  }
}
