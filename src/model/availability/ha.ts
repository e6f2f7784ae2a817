/**
 * vSphere-style HA: host failures, detection by missed heartbeats, restarts by priority through
 * the placement filters, retries with back-off, VMs waiting for capacity, host isolation and
 * repair (DOMAIN.md, Failures and HA).
 *
 * A failed host's VMs go down at once (reason host-failure). With HA on, the failure is declared
 * `detectionMs` later and every protected VM is tried, highest priority first: a VM that finds a
 * host boots there (reason restarting) for its template's boot time, then runs; one that fits
 * nowhere waits (waiting-for-capacity) and is retried after retryDelay, 2×, 4×, … up to
 * maxRestartAttempts; afterwards, and for every waiting VM, whenever capacity frees up (a host
 * repaired, a maintenance ends, a VM powers off). Without HA, or with restart priority disabled,
 * VMs stay down until their own host is repaired, and are powered on there again.
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_HA_DETECTED, KIND_HA_RETRY, KIND_HOST_REPAIR, KIND_ISOLATION_END, KIND_VM_BOOTED } from '../event-kinds.js';
import {
  DOWN_HOST_FAILURE,
  DOWN_ISOLATION,
  DOWN_REASONS,
  DOWN_NOT_PROTECTED,
  DOWN_RESTARTING,
  DOWN_SITE_FAILURE,
  DOWN_WAITING_CAPACITY,
  HOST_FAILED,
  HOST_ISOLATED,
  HOST_ON,
  HOST_SHUTTING_DOWN,
  HOST_STANDBY,
  PRIORITY_DISABLED,
  RESTART_PRIORITIES,
  VM_BOOTING,
  VM_DOWN,
  VM_MIGRATING,
  VM_RUNNING,
} from '../lifecycle.js';
import { chooseHost, rejectionSummary } from '../placement/choose.js';
import { capacityFilter, askOf, PURPOSE_HA_RESTART } from '../placement/filters.js';
import type { World } from '../world.js';
import { AdmissionControl } from './admission-control.js';

/** What else must hear of a host going down (in-flight migrations). */
export interface HostDownListener {
  onHostDown(h: number, t: number): void;
}

export interface Incident {
  readonly id: number;
  readonly t: number;
  readonly cause: string;
  readonly hosts: string[];
  vmsAffected: number;
  vmsRecovered: number;
  /** When the last affected VM ran again (null while some are still down). */
  recoveredAt: number | null;
}

export class HaController {
  readonly admission: AdmissionControl;
  readonly incidents: Incident[] = [];
  /** Incident each VM's current outage belongs to (-1 for none). */
  private readonly vmIncident: Int32Array;
  /** Failed host each down VM came from (it is powered on there again when unprotected). */
  private readonly vmHome: Int32Array;
  private readonly attempts: Int32Array;
  private readonly restartCount: Int32Array;
  private readonly bootHandle: Float64Array;
  private readonly retryPending: Uint8Array;
  /** VMs waiting for a restart, per cluster, in no particular order (sorted when tried). */
  private readonly waiting: Set<number>[];
  private readonly hostIncident: Int32Array;
  private readonly repairHandle: Float64Array;
  hostFailures = 0;
  /** Failures and time failed per host (observed MTBF / MTTR). */
  readonly hostFailCount: Int32Array;
  readonly failedMs: Float64Array;
  private readonly failedSince: Float64Array;
  restarts = 0;
  failedAttempts = 0;
  readonly hostDownListeners: HostDownListener[] = [];
  /** Stops a VM's live migration before the VM is powered off (isolation response). */
  cancelMigration: (v: number, why: string, t: number) => void = () => {};
  /** Told when VMs of a cluster wait for capacity (power management wakes hosts for them). */
  readonly capacityNeededListeners: Array<(cluster: number, t: number) => void> = [];

  constructor(private readonly dc: Datacenter) {
    const world = dc.world;
    this.admission = new AdmissionControl(world);
    const nv = world.vms.n;
    const nh = world.hosts.n;
    this.vmIncident = new Int32Array(nv).fill(-1);
    this.vmHome = new Int32Array(nv).fill(-1);
    this.attempts = new Int32Array(nv);
    this.restartCount = new Int32Array(nv);
    this.bootHandle = new Float64Array(nv);
    this.retryPending = new Uint8Array(world.clusters.length);
    this.waiting = world.clusters.map(() => new Set<number>());
    this.hostIncident = new Int32Array(nh).fill(-1);
    this.repairHandle = new Float64Array(nh);
    this.hostFailCount = new Int32Array(nh);
    this.failedMs = new Float64Array(nh);
    this.failedSince = new Float64Array(nh).fill(NaN);
    const k = dc.kernel;
    k.on(KIND_HA_DETECTED, (h, incident, isolation) => {
      if (isolation === 1) this.applyIsolation(h, k.now);
      this.onDetected(h, incident);
    });
    k.on(KIND_HA_RETRY, (c) => {
      this.retryPending[c] = 0;
      this.tryRestarts(c, k.now);
    });
    k.on(KIND_VM_BOOTED, (v) => this.onBooted(v));
    k.on(KIND_HOST_REPAIR, (h) => this.repair(h, k.now));
    k.on(KIND_ISOLATION_END, (h) => this.endIsolation(h, k.now));
    // Admission control counts what powers on and off, whoever does it.
    dc.outages.listeners.push({
      vmState: (_t, v, from, to) => {
        if (from === VM_DOWN && to !== VM_DOWN) this.admission.up(v);
        else if (from !== VM_DOWN && to === VM_DOWN) this.admission.down(v);
      },
    });
    dc.admit = (v) => (world.clusters[world.vms.cluster[v]]!.ha.enabled ? this.admission.allowPowerOn(v) : null);
  }

  private get world(): World {
    return this.dc.world;
  }

  private ids(hosts: readonly number[]): string[] {
    return hosts.map((h) => this.world.hosts.ids[h] as string);
  }

  /** Open an incident for hosts failing together. */
  openIncident(t: number, cause: string, hosts: readonly number[]): number {
    const id = this.incidents.length;
    this.incidents.push({ id, t, cause, hosts: this.ids(hosts), vmsAffected: 0, vmsRecovered: 0, recoveredAt: null });
    return id;
  }

  /**
   * Host h fails at t (crash, power loss, PSU). Its VMs go down; repaired after `repairMs`
   * (null: not within the run). `incident` groups hosts that fail together. `reason` is the VMs'
   * down reason; DOWN_SITE_FAILURE (a whole site) also means no HA detection and no restarts.
   */
  failHost(h: number, t: number, repairMs: number | null, cause: string, incident = this.openIncident(t, cause, [h]), reason = DOWN_HOST_FAILURE): void {
    const { world, dc } = this;
    const H = world.hosts;
    const V = world.vms;
    // A failed host cannot fail again; one in standby or shutting down has nothing to lose.
    const state = H.state[h];
    if (state === HOST_FAILED || state === HOST_STANDBY || state === HOST_SHUTTING_DOWN) return;
    this.hostFailures++;
    this.hostFailCount[h] = (this.hostFailCount[h]) + 1;
    this.failedSince[h] = t;
    for (const l of this.hostDownListeners) l.onHostDown(h, t);
    const lost: number[] = [];
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) lost.push(v);
    for (const v of lost) this.loseVm(v, h, t, reason, incident);
    dc.setHostState(h, HOST_FAILED, t);
    dc.settle(t);
    this.hostIncident[h] = incident;
    const hosts = this.incidents[incident]!.hosts;
    if (!hosts.includes(H.ids[h] as string)) hosts.push(H.ids[h] as string);
    dc.emit({ t, type: 'host.failed', host: H.ids[h] as string, cause, vms: lost.length, incident });
    if (repairMs !== null) this.repairHandle[h] = dc.kernel.schedule(t + repairMs, KIND_HOST_REPAIR, h, 0, 0, PRIORITY_MODEL);
    const cluster = world.clusters[H.cluster[h]]!;
    // A site failure takes the whole cluster, HA master included: nothing detects or restarts (dr.ts).
    if (cluster.ha.enabled && lost.length > 0 && reason !== DOWN_SITE_FAILURE) dc.kernel.schedule(t + cluster.ha.detectionMs, KIND_HA_DETECTED, h, incident, 0, PRIORITY_MODEL);
  }

  /** VM v stops on host h at t for `reason`, as part of `incident`. */
  private loseVm(v: number, h: number, t: number, reason: number, incident: number): void {
    const { dc } = this;
    if (this.world.vms.state[v] === VM_BOOTING) dc.kernel.cancel(this.bootHandle[v]);
    dc.outages.set(v, VM_DOWN, reason, t);
    dc.powerOff(v, t);
    this.vmHome[v] = h;
    this.vmIncident[v] = incident;
    this.attempts[v] = 0;
    const inc = this.incidents[incident]!;
    inc.vmsAffected++;
    inc.recoveredAt = null;
    dc.emit({ t, type: 'vm.down', vm: this.world.vms.ids[v] as string, host: this.world.hosts.ids[h] as string, reason: reasonName(reason) });
  }

  /** Heartbeats missed for detectionMs: the master declares the host dead and restarts its VMs. */
  private onDetected(h: number, incident: number): void {
    const { world, dc } = this;
    const t = dc.kernel.now;
    const c = world.hosts.cluster[h];
    dc.emit({ t, type: 'ha.failure-detected', host: world.hosts.ids[h] as string, incident });
    const cl = world.clusters[c]!;
    const V = world.vms;
    for (let v = cl.vmStart; v < cl.vmEnd; v++) {
      if (this.vmHome[v] !== h || V.state[v] !== VM_DOWN || this.vmIncident[v] !== incident) continue;
      if ((V.haPriority[v]) === PRIORITY_DISABLED) {
        dc.outages.set(v, VM_DOWN, DOWN_NOT_PROTECTED, t);
        continue;
      }
      this.waiting[c]!.add(v);
    }
    this.tryRestarts(c, t);
  }

  /**
   * Try to restart the waiting VMs of cluster c, highest priority first (then VM order). One
   * pass tries them all: a retry that capacity makes possible is never held back by a back-off.
   */
  tryRestarts(c: number, t: number): void {
    const { world, dc } = this;
    const V = world.vms;
    const set = this.waiting[c]!;
    if (set.size === 0) return;
    const order = [...set].sort((a, b) => (V.haPriority[b]) - (V.haPriority[a]) || a - b);
    const cl = world.clusters[c]!;
    let nextRetry = Infinity;
    for (const v of order) {
      const choice = chooseHost(world, v, PURPOSE_HA_RESTART);
      if (choice.host >= 0) {
        set.delete(v);
        dc.powerOn(v, choice.host, t);
        dc.outages.set(v, VM_BOOTING, DOWN_RESTARTING, t);
        this.restarts++;
        this.restartCount[v] = (this.restartCount[v]) + 1;
        this.bootHandle[v] = dc.kernel.schedule(t + (V.bootMs[v]), KIND_VM_BOOTED, v, 0, 0, PRIORITY_MODEL);
        dc.emit({
          t,
          type: 'vm.restarting',
          vm: V.ids[v] as string,
          host: world.hosts.ids[choice.host] as string,
          priority: RESTART_PRIORITIES[V.haPriority[v]] as string,
          attempt: (this.attempts[v]) + 1,
          shouldRuleViolated: choice.shouldViolated,
        });
        continue;
      }
      const attempt = (this.attempts[v]) + 1;
      this.attempts[v] = attempt;
      this.failedAttempts++;
      if (V.downReason[v] !== DOWN_WAITING_CAPACITY) dc.outages.set(v, VM_DOWN, DOWN_WAITING_CAPACITY, t);
      if (attempt <= cl.ha.maxRestartAttempts) {
        dc.emit({ t, type: 'ha.restart-failed', vm: V.ids[v] as string, attempt, why: rejectionSummary(world, cl, v, PURPOSE_HA_RESTART) });
        if (attempt < cl.ha.maxRestartAttempts) nextRetry = Math.min(nextRetry, t + cl.ha.retryDelayMs * 2 ** (attempt - 1));
      }
    }
    dc.settle(t);
    if (set.size > 0) for (const l of this.capacityNeededListeners) l(c, t);
    if (Number.isFinite(nextRetry) && this.retryPending[c] === 0) {
      this.retryPending[c] = 1;
      dc.kernel.schedule(nextRetry, KIND_HA_RETRY, c, 0, 0, PRIORITY_MODEL);
    }
  }

  /**
   * VM v is deleted at t: HA stops waiting to restart it and will not power it on when its
   * host returns; for its incident it counts as recovered (nothing is left to restart).
   */
  forget(v: number, t: number): void {
    const c = this.world.vms.cluster[v];
    this.waiting[c]!.delete(v);
    this.dc.kernel.cancel(this.bootHandle[v]);
    this.recovered(v, t);
  }

  /**
   * Capacity freed in cluster c (a host back, a VM gone): waiting VMs try again, HA restarts
   * first, then the listeners (VMs queued at power-on).
   */
  capacityFreed(c: number, t: number): void {
    if (this.waiting[c]!.size > 0) this.tryRestarts(c, t);
    for (const l of this.capacityFreedListeners) l(c, t);
  }

  /** Told after HA has used capacity freed in a cluster. */
  readonly capacityFreedListeners: Array<(cluster: number, t: number) => void> = [];

  private onBooted(v: number): void {
    const { world, dc } = this;
    const t = dc.kernel.now;
    const V = world.vms;
    // Only an HA boot: the VM may have been deleted and provisioned again meanwhile.
    if (V.state[v] !== VM_BOOTING || V.downReason[v] !== DOWN_RESTARTING) return;
    const since = dc.outages.downSince[v];
    dc.outages.set(v, VM_RUNNING, 0, t);
    dc.emit({ t, type: 'vm.restarted', vm: V.ids[v] as string, host: world.hosts.ids[V.host[v]] as string, downMs: t - since });
    this.recovered(v, t);
  }

  private recovered(v: number, t: number): void {
    const id = this.vmIncident[v];
    this.vmIncident[v] = -1;
    this.vmHome[v] = -1;
    if (id < 0) return;
    const inc = this.incidents[id]!;
    inc.vmsRecovered++;
    if (inc.vmsRecovered === inc.vmsAffected) {
      inc.recoveredAt = t;
      this.dc.emit({ t, type: 'ha.incident-recovered', incident: id, vms: inc.vmsAffected, recoveryMs: t - inc.t });
    }
  }

  /** Host h is repaired: it rejoins the cluster; its unprotected VMs power on there again. */
  repair(h: number, t: number): void {
    const { world, dc } = this;
    const H = world.hosts;
    const V = world.vms;
    if (H.state[h] !== HOST_FAILED) return;
    // Repaired early (an action): its scheduled repair must not end a later failure.
    dc.kernel.cancel(this.repairHandle[h]);
    this.repairHandle[h] = 0;
    this.failedMs[h] = (this.failedMs[h]) + t - (this.failedSince[h]);
    this.failedSince[h] = NaN;
    dc.setHostState(h, HOST_ON, t);
    dc.settle(t);
    dc.emit({ t, type: 'host.repaired', host: H.ids[h] as string, incident: this.hostIncident[h] });
    this.hostIncident[h] = -1;
    const c = H.cluster[h];
    const cl = world.clusters[c]!;
    for (let v = cl.vmStart; v < cl.vmEnd; v++) {
      if (this.vmHome[v] !== h || V.state[v] !== VM_DOWN || this.waiting[c]!.has(v)) continue;
      if (capacityFilter(world, cl, h, askOf(world, v)) !== 0) continue;
      dc.powerOn(v, h, t);
      dc.outages.set(v, VM_BOOTING, DOWN_RESTARTING, t);
      this.bootHandle[v] = dc.kernel.schedule(t + (V.bootMs[v]), KIND_VM_BOOTED, v, 0, 0, PRIORITY_MODEL);
      dc.emit({ t, type: 'vm.restarting', vm: V.ids[v] as string, host: H.ids[h] as string, priority: RESTART_PRIORITIES[V.haPriority[v]] as string, attempt: 1, shouldRuleViolated: false });
    }
    dc.settle(t);
    this.capacityFreed(c, t);
  }

  /**
   * Host h loses its management network for durationMs. It keeps running its VMs unless the
   * isolation response is power-off: then, once isolation is declared (the detection time),
   * its VMs are powered off and restarted elsewhere like a failed host's.
   */
  isolate(h: number, t: number, durationMs: number): void {
    const { world, dc } = this;
    const H = world.hosts;
    if (H.state[h] !== HOST_ON) return;
    dc.setHostState(h, HOST_ISOLATED, t);
    dc.settle(t);
    const cl = world.clusters[H.cluster[h]]!;
    const powerOff = cl.ha.enabled && cl.ha.isolationPowerOff;
    dc.emit({ t, type: 'host.isolated', host: H.ids[h] as string, response: powerOff ? 'power-off' : 'leave-powered-on' });
    dc.kernel.schedule(t + durationMs, KIND_ISOLATION_END, h, 0, 0, PRIORITY_MODEL);
    if (!powerOff) return;
    const incident = this.openIncident(t, 'isolation', [h]);
    const at = t + Math.min(cl.ha.detectionMs, durationMs);
    // The host powers its VMs off when it declares itself isolated; the master then restarts them.
    this.isolationAt(h, at, incident);
  }

  private isolationAt(h: number, at: number, incident: number): void {
    // Detection powers off the VMs that were on the host when it was isolated, then restarts them.
    this.dc.kernel.schedule(at, KIND_HA_DETECTED, h, incident, 1, PRIORITY_MODEL);
    const H = this.world.hosts;
    const V = this.world.vms;
    const lost: number[] = [];
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) lost.push(v);
    this.pendingIsolation.set(h, { at, incident, vms: lost });
  }

  private readonly pendingIsolation = new Map<number, { at: number; incident: number; vms: number[] }>();

  /** Isolation declared: the host powers its VMs off, so the master can restart them. */
  private applyIsolation(h: number, t: number): void {
    const p = this.pendingIsolation.get(h);
    if (!p) return;
    this.pendingIsolation.delete(h);
    const V = this.world.vms;
    for (const v of p.vms) {
      if (V.host[v] !== h) continue;
      if (V.state[v] === VM_MIGRATING) this.cancelMigration(v, 'source isolated', t);
      this.loseVm(v, h, t, DOWN_ISOLATION, p.incident);
    }
    this.dc.settle(t);
  }

  private endIsolation(h: number, t: number): void {
    const { world, dc } = this;
    if (world.hosts.state[h] !== HOST_ISOLATED) return;
    this.pendingIsolation.delete(h);
    dc.setHostState(h, HOST_ON, t);
    dc.settle(t);
    dc.emit({ t, type: 'host.isolation-ended', host: world.hosts.ids[h] as string });
    this.capacityFreed(world.hosts.cluster[h], t);
  }

  /** HA restarts of VM v so far. */
  restartsOf(v: number): number {
    return this.restartCount[v];
  }

  /** Time host h has been failed up to t. */
  failedMsAt(h: number, t: number): number {
    const since = this.failedSince[h];
    return (this.failedMs[h]) + (Number.isNaN(since) ? 0 : t - since);
  }

  /** VMs waiting for a restart in cluster c. */
  waitingCount(c: number): number {
    return this.waiting[c]!.size;
  }
}

function reasonName(reason: number): string {
  return DOWN_REASONS[reason] ?? 'unknown';
}
