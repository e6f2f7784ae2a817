/**
 * Disaster recovery across sites (issue 5): chosen VM groups are replicated to a group of
 * another site every RPO; a site failure fails them over there after the RTO; they fail back
 * when the site is repaired.
 *
 * Model and accounting (the choices, in one place):
 * - Replication runs at k × rpo from the run start, so a failure at t loses the data written
 *   since the last one: dataLoss = t − ⌊t / rpo⌋ × rpo ∈ [0, rpo).
 * - A site failure fails every host of every cluster of the site at once (one HA incident, cause
 *   'site'); their VMs go down with reason site-failure. No HA master survives, so nothing is
 *   restarted in the site (ha.ts skips detection for site failures).
 * - At failure + rto each replica VM (slot i of the target group for VM i of the source group)
 *   is powered on directly in the DR cluster — no disk copy: the replica's disk is already
 *   there — through HA admission control and the power-on placement filters, and boots for its
 *   boot time (state booting, reason provisioning: planned, the replica was never in service).
 *   A replica that cannot start emits vm.create-failed (via 'dr') and its source stays down.
 * - The source VM's outage (site-failure) lasts until its replica runs; from then on the source
 *   is 'failed-over', a planned state (not downtime): the service runs on the replica. So a
 *   replicated VM's downtime for the failure is rto + the replica's boot time. HA counts the
 *   source as recovered for its incident at that instant.
 * - Site repair: every host of the site is repaired (HA powers the VMs that were not failed over
 *   on at home, their outage ending when they run). Failed-over sources are powered on again on
 *   their home host (or any host of their cluster that fits) and boot (reason restarting, still
 *   no outage: the replica serves meanwhile); when a source runs, its replica is deleted
 *   (planned). The switch-over is thus modelled as the source's boot time, with no service
 *   interruption counted (a real cut-over has a short one, not modelled).
 * - Replica disks are assumed present on the DR storage; they are not counted on datastores.
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_DR } from '../event-kinds.js';
import {
  DOWN_DELETED,
  DOWN_FAILED_OVER,
  DOWN_NOT_CREATED,
  DOWN_PROVISIONING,
  DOWN_RESTARTING,
  DOWN_SITE_FAILURE,
  HOST_FAILED,
  VM_BOOTING,
  VM_DOWN,
  VM_RUNNING,
} from '../lifecycle.js';
import { chooseHost, rejectionSummary } from '../placement/choose.js';
import { askOf, capacityFilter, PURPOSE_POWER_ON } from '../placement/filters.js';
import type { ScenarioSpec } from '../../scenario/schema.js';
import type { World } from '../world.js';
import type { HaController } from './ha.js';

/** A replicated group: source group → target group (World.groups indices). */
export interface DrPair {
  readonly source: number;
  readonly target: number;
  readonly rpoMs: number;
  readonly rtoMs: number;
}

/** The scenario's replicated groups (those whose target is unknown are left out: the loader reports them). */
export function drPairs(spec: Pick<ScenarioSpec, 'clusters'>, world: World): DrPair[] {
  const index = new Map(world.groups.map((g, i) => [g.id, i]));
  const pairs: DrPair[] = [];
  for (const c of spec.clusters)
    for (const g of c.vms) {
      const r = g.replication;
      if (r === undefined) continue;
      const source = index.get(`${c.site}/${c.name}/${g.name}`);
      const target = index.get(r.to);
      if (source !== undefined && target !== undefined) pairs.push({ source, target, rpoMs: r.rpo, rtoMs: r.rto });
    }
  return pairs;
}

/** What the DR controller needs of provisioning: delete a replica after failback. */
export interface DrDeleter {
  deleteVm(v: number, t: number, via: 'scripted'): void;
}

export interface DrSummary {
  readonly replicatedGroups: number;
  readonly siteFailures: number;
  /** Replicas that ran (one per failed-over VM and failure). */
  readonly failovers: number;
  readonly failbacks: number;
  readonly meanDataLossMs: number;
  readonly maxDataLossMs: number;
  /** Site failure to replica running. */
  readonly meanTimeToFailoverMs: number;
  readonly maxTimeToFailoverMs: number;
}

const A_FAILOVER = 0;
const A_BOOTED = 1;
const A_SITE_REPAIR = 2;
const A_RUNNING = 3;

// Phase of a source VM.
const NORMAL = 0;
const SITE_DOWN = 1; // its site failed, failover not started
const REPLICA_BOOTING = 2;
const FAILED_OVER = 3;
const FAILING_BACK = 4;

/** Data lost by a failure at t with replication every rpoMs from the run start. */
export function dataLossAt(t: number, rpoMs: number): number {
  return t - Math.floor(t / rpoMs) * rpoMs;
}

export class DrController {
  /** Data lost at each VM's last failover, ms (NaN: never failed over); indexed by source VM. */
  readonly dataLossMs: Float64Array;
  /** Site failure to replica running at each VM's last failover, ms (NaN: never). */
  readonly timeToFailoverMs: Float64Array;
  siteFailures = 0;
  failovers = 0;
  failbacks = 0;
  private readonly losses: number[] = [];
  private readonly times: number[] = [];
  private readonly replicaOf: Int32Array;
  private readonly sourceOf: Int32Array;
  private readonly pairOf: Int32Array;
  private readonly phase: Uint8Array;
  private readonly home: Int32Array;
  private readonly failedAt: Float64Array;
  private readonly token: Int32Array;
  private readonly sites: string[];
  private readonly siteOfCluster: Int32Array;
  private readonly siteDown: Uint8Array;

  constructor(
    private readonly dc: Datacenter,
    private readonly ha: HaController,
    private readonly deleter: DrDeleter,
    readonly pairs: readonly DrPair[],
    clusterSites: readonly string[],
  ) {
    const n = dc.world.vms.n;
    this.dataLossMs = new Float64Array(n).fill(NaN);
    this.timeToFailoverMs = new Float64Array(n).fill(NaN);
    this.replicaOf = new Int32Array(n).fill(-1);
    this.sourceOf = new Int32Array(n).fill(-1);
    this.pairOf = new Int32Array(n).fill(-1);
    this.phase = new Uint8Array(n);
    this.home = new Int32Array(n).fill(-1);
    this.failedAt = new Float64Array(n).fill(NaN);
    this.token = new Int32Array(n);
    this.sites = [...new Set(clusterSites)];
    this.siteOfCluster = Int32Array.from(clusterSites, (s) => this.sites.indexOf(s));
    this.siteDown = new Uint8Array(this.sites.length);
    const groups = dc.world.groups;
    pairs.forEach((p, k) => {
      const src = groups[p.source]!;
      const dst = groups[p.target]!;
      const count = Math.min(src.vmEnd - src.vmStart, dst.vmEnd - dst.vmStart);
      for (let i = 0; i < count; i++) {
        this.replicaOf[src.vmStart + i] = dst.vmStart + i;
        this.sourceOf[dst.vmStart + i] = src.vmStart + i;
        this.pairOf[src.vmStart + i] = k;
      }
    });
    dc.kernel.on(KIND_DR, (target, a, b) => {
      const t = dc.kernel.now;
      if (a === A_FAILOVER) this.failover(target, b, t);
      else if (a === A_BOOTED) this.booted(target, b, t);
      else if (a === A_SITE_REPAIR) this.repairSite(target, t);
      else if (a === A_RUNNING) this.running(target, t);
    });
    // A replica or a failing-back source runs (whoever booted it): handled as its own event, at once.
    dc.outages.listeners.push({
      vmState: (t, v, _from, to) => {
        if (to !== VM_RUNNING) return;
        const s = this.sourceOf[v];
        if ((s >= 0 && this.phase[s] === REPLICA_BOOTING) || this.phase[v] === FAILING_BACK)
          dc.kernel.schedule(t, KIND_DR, v, A_RUNNING, 0, PRIORITY_MODEL);
      },
    });
  }

  /** Index of a site by name (-1 when no cluster is in it). */
  siteIndex(site: string): number {
    return this.sites.indexOf(site);
  }

  /** Every host of `site` fails at t; repaired after repairMs (null: not within the run). */
  failSite(site: string, t: number, repairMs: number | null): void {
    const { dc, ha } = this;
    const { world } = dc;
    const s = this.siteIndex(site);
    if (s < 0 || this.siteDown[s] === 1) return;
    this.siteDown[s] = 1;
    this.siteFailures++;
    const H = world.hosts;
    const V = world.vms;
    const hosts: number[] = [];
    for (let h = 0; h < H.n; h++) if (this.siteOfCluster[H.cluster[h]] === s) hosts.push(h);
    // Home hosts of the replicated VMs, for failback.
    for (let v = 0; v < V.n; v++) if (this.replicaOf[v] >= 0 && this.siteOfCluster[V.cluster[v]] === s) this.home[v] = V.host[v];
    const incident = ha.openIncident(t, 'site', hosts);
    dc.emit({ t, type: 'site.failed', site, hosts: hosts.length, incident });
    for (const h of hosts) ha.failHost(h, t, null, 'site', incident, DOWN_SITE_FAILURE);
    this.pairs.forEach((p, k) => {
      const src = world.groups[p.source]!;
      if (this.siteOfCluster[src.cluster] !== s) return;
      let vms = 0;
      for (let v = src.vmStart; v < src.vmEnd; v++)
        if (this.replicaOf[v] >= 0 && V.state[v] === VM_DOWN && V.downReason[v] === DOWN_SITE_FAILURE) {
          this.phase[v] = SITE_DOWN;
          this.failedAt[v] = t;
          vms++;
        }
      if (vms > 0) dc.kernel.schedule(t + p.rtoMs, KIND_DR, k, A_FAILOVER, t, PRIORITY_MODEL);
    });
    if (repairMs !== null) dc.kernel.schedule(t + repairMs, KIND_DR, s, A_SITE_REPAIR, 0, PRIORITY_MODEL);
  }

  /** The RTO after the failure at `failedAt`: power on the replicas of pair k's VMs still down. */
  private failover(k: number, failedAt: number, t: number): void {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    const p = this.pairs[k]!;
    const src = world.groups[p.source]!;
    const vms: number[] = [];
    for (let v = src.vmStart; v < src.vmEnd; v++) if (this.phase[v] === SITE_DOWN && this.failedAt[v] === failedAt) vms.push(v);
    if (vms.length === 0) return;
    dc.emit({ t, type: 'dr.failover-started', group: src.id, to: world.groups[p.target]!.id, vms: vms.length, sinceFailureMs: t - failedAt });
    for (const v of vms) {
      const r = this.replicaOf[v];
      const reason = V.downReason[r];
      if (V.state[r] !== VM_DOWN || (reason !== DOWN_NOT_CREATED && reason !== DOWN_DELETED)) continue;
      const refused = dc.admit(r);
      const choice = refused === null ? chooseHost(world, r, PURPOSE_POWER_ON) : null;
      if (choice === null || choice.host < 0) {
        const why = refused ?? rejectionSummary(world, world.clusters[V.cluster[r]]!, r, PURPOSE_POWER_ON);
        dc.emit({ t, type: 'vm.create-failed', vm: V.ids[r] as string, via: 'dr', why });
        continue;
      }
      this.phase[v] = REPLICA_BOOTING;
      dc.powerOn(r, choice.host, t);
      this.boot(r, DOWN_PROVISIONING, t);
    }
    dc.settle(t);
  }

  private boot(v: number, reason: number, t: number): void {
    const token = ((this.token[v]) + 1) | 0;
    this.token[v] = token;
    this.dc.outages.set(v, VM_BOOTING, reason, t);
    this.dc.kernel.schedule(t + (this.dc.world.vms.bootMs[v]), KIND_DR, v, A_BOOTED, token, PRIORITY_MODEL);
  }

  private booted(v: number, token: number, t: number): void {
    const V = this.dc.world.vms;
    if (token !== this.token[v] || V.state[v] !== VM_BOOTING) return;
    const r = V.downReason[v];
    if (r !== DOWN_PROVISIONING && r !== DOWN_RESTARTING) return;
    this.dc.outages.set(v, VM_RUNNING, 0, t);
  }

  /** VM v runs: a replica (its source is failed over) or a failed-back source (its replica goes). */
  private running(v: number, t: number): void {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    if (V.state[v] !== VM_RUNNING) return;
    const s = this.sourceOf[v];
    if (s >= 0 && this.phase[s] === REPLICA_BOOTING) {
      const p = this.pairs[this.pairOf[s]]!;
      const failedAt = this.failedAt[s];
      const loss = dataLossAt(failedAt, p.rpoMs);
      this.phase[s] = FAILED_OVER;
      this.dataLossMs[s] = loss;
      this.timeToFailoverMs[s] = t - failedAt;
      this.losses.push(loss);
      this.times.push(t - failedAt);
      this.failovers++;
      // The service is back (on the replica): the source's outage ends, HA counts it recovered.
      this.ha.forget(s, t);
      if (V.state[s] === VM_DOWN) dc.outages.set(s, VM_DOWN, DOWN_FAILED_OVER, t);
      dc.emit({ t, type: 'dr.replica-running', vm: V.ids[s] as string, replica: V.ids[v] as string, host: world.hosts.ids[V.host[v]] as string, dataLossMs: loss, sinceFailureMs: t - failedAt });
      // The site came back while the replica booted: fail back at once.
      if (this.siteDown[this.siteOfCluster[V.cluster[s]]] === 0) this.failBack(s, t);
      return;
    }
    if (this.phase[v] === FAILING_BACK) {
      this.phase[v] = NORMAL;
      const r = this.replicaOf[v];
      const failedOverMs = t - (this.failedAt[v]);
      if (V.downReason[r] !== DOWN_DELETED && V.downReason[r] !== DOWN_NOT_CREATED) this.deleter.deleteVm(r, t, 'scripted');
      this.failbacks++;
      dc.emit({ t, type: 'dr.failback-completed', vm: V.ids[v] as string, replica: V.ids[r] as string, host: world.hosts.ids[V.host[v]] as string, sinceFailureMs: failedOverMs });
    }
  }

  /** Site s is repaired: its hosts rejoin (HA powers their VMs on at home); failed-over VMs fail back. */
  private repairSite(s: number, t: number): void {
    const { dc, ha } = this;
    const { world } = dc;
    const H = world.hosts;
    const V = world.vms;
    this.siteDown[s] = 0;
    const hosts: number[] = [];
    for (let h = 0; h < H.n; h++) if (this.siteOfCluster[H.cluster[h]] === s) hosts.push(h);
    dc.emit({ t, type: 'site.repaired', site: this.sites[s] as string, hosts: hosts.length });
    // A replica still booting: its source stays with DR (it fails back once the replica runs).
    for (let v = 0; v < V.n; v++) if (this.phase[v] === REPLICA_BOOTING && this.siteOfCluster[V.cluster[v]] === s) ha.forget(v, t);
    for (const h of hosts) if (H.state[h] === HOST_FAILED) ha.repair(h, t);
    for (let v = 0; v < V.n; v++) {
      if (this.siteOfCluster[V.cluster[v]] !== s) continue;
      if (this.phase[v] === SITE_DOWN) this.phase[v] = NORMAL; // HA restarts it at home; no failover
      else if (this.phase[v] === FAILED_OVER) this.failBack(v, t);
    }
    dc.settle(t);
  }

  /** Power failed-over VM v on again at home (or any host of its cluster that fits). */
  private failBack(v: number, t: number): void {
    const { dc } = this;
    const { world } = dc;
    const V = world.vms;
    if (V.state[v] !== VM_DOWN || V.downReason[v] !== DOWN_FAILED_OVER) return;
    const cl = world.clusters[V.cluster[v]]!;
    const h0 = this.home[v];
    let h = h0 >= 0 && capacityFilter(world, cl, h0, askOf(world, v)) === 0 ? h0 : -1;
    if (h < 0) h = chooseHost(world, v, PURPOSE_POWER_ON).host;
    if (h < 0) return; // stays failed over: the replica keeps serving
    this.phase[v] = FAILING_BACK;
    dc.powerOn(v, h, t);
    this.boot(v, DOWN_RESTARTING, t);
    dc.settle(t);
  }

  summary(): DrSummary {
    const mean = (xs: number[]): number => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
    const max = (xs: number[]): number => xs.reduce((a, b) => Math.max(a, b), 0);
    return {
      replicatedGroups: this.pairs.length,
      siteFailures: this.siteFailures,
      failovers: this.failovers,
      failbacks: this.failbacks,
      meanDataLossMs: mean(this.losses),
      maxDataLossMs: max(this.losses),
      meanTimeToFailoverMs: mean(this.times),
      maxTimeToFailoverMs: max(this.times),
    };
  }
}
