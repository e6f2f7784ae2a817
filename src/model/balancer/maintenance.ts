/**
 * Evacuation of a host by live migration, for maintenance mode or for standby (vSphere Resource
 * Management guide, "Using Maintenance Mode" and "Standby Mode"): the host keeps serving its VMs
 * but takes no new ones, and is emptied as fast as the concurrency limits allow. Evacuation goes
 * on when a migration ends, at every DRS pass, and on its own every 30 s while the host still has
 * VMs (also with DRS disabled). Should rules yield when nothing else fits; must rules never do.
 *
 * Three purposes, three states, events and migration reasons:
 * - `maintenance` (the administrator's): state `maintenance`, `host.maintenance-*` events. VMs
 *   that fit nowhere stay and are reported once each; the request stands until it is withdrawn
 *   or its duration ends, as the vSphere task does.
 * - `dpm`, `power-window`, `power-off` (power management, the calendar, a scripted power-off):
 *   state `entering-standby`, `host.standby-*` events. A VM that fits nowhere, or an evacuation
 *   not done within STANDBY_EVACUATION_LIMIT_MS, aborts the power-down: the host returns to
 *   service with `host.standby-aborted` saying why (vSphere Resource Management guide,
 *   troubleshooting "DRS does not evacuate a host requested to enter maintenance or standby mode":
 *   the host is not powered off while DRS cannot evacuate it).
 */
import type { EventHandle } from '../../engine/index.js';
import { PRIORITY_MODEL, type Datacenter } from '../datacenter.js';
import { KIND_MAINTENANCE_END } from '../event-kinds.js';
import { HOST_ENTERING_STANDBY, HOST_MAINTENANCE, HOST_ON, HOST_STATES, hostEvacuating, VM_RUNNING } from '../lifecycle.js';
import type { MigrationRecord, Migrator } from '../migration/migrator.js';
import { rejectionSummary } from '../placement/choose.js';
import { PURPOSE_MIGRATION } from '../placement/filters.js';
import type { StandbyPurpose } from '../power/host-power.js';
import type { ClusterInfo } from '../world.js';
import { passView, pickDestination, startMove, type PassView } from './moves.js';

/** Evacuation is retried this often while a host in maintenance still has VMs. */
export const EVACUATION_RETRY_MS = 30_000;
/**
 * A power-down whose host is not empty this long after it began is given up. Our bound: an
 * evacuation at the default concurrency takes minutes (DOMAIN.md, migration times); a host that
 * cannot be emptied in half an hour is not saving energy, it is stuck.
 */
export const STANDBY_EVACUATION_LIMIT_MS = 30 * 60_000;
/** KIND_MAINTENANCE_END `a`: 0 ends host `target`'s maintenance; 1 retries evacuating cluster `target`; 2 a power-down's time limit. */
const END_MAINTENANCE = 0;
const RETRY_EVACUATION = 1;
const STANDBY_LIMIT = 2;

/** Why a host is evacuated; also the reason of its migrations. */
export type EvacuationPurpose = 'maintenance' | StandbyPurpose;

/** Told when a power-down is given up and its host serves again. */
export type AbortListener = (h: number, t: number, why: string) => void;

interface Episode {
  readonly host: number;
  readonly ci: number;
  readonly since: number;
  readonly purpose: EvacuationPurpose;
  end: EventHandle | null;
  ready: boolean;
  /** VMs reported as fitting nowhere in this episode (reported once each). */
  readonly blocked: Set<number>;
}

export class Maintenance {
  /** By host, in the order hosts entered maintenance. */
  private readonly episodes = new Map<number, Episode>();
  private readonly retryPending: Uint8Array;
  /** Told when a host entering standby is empty (power management shuts it down then). */
  readonly readyListeners: Array<(h: number, t: number) => void> = [];
  /** Told when a power-down's evacuation is given up (the host is on again). */
  readonly abortListeners: AbortListener[] = [];
  /** Told when a host leaves maintenance (it takes VMs again). */
  readonly exitListeners: Array<(h: number, t: number) => void> = [];
  /**
   * Hosts a power-down's VMs should go to when one fits (power management sets it: hosts that
   * are not themselves about to go to standby). A VM sent to a host that is emptied an hour
   * later moves twice for one gain: DRS's cost-benefit counts a move's benefit only while it
   * lasts (Gulati et al., "VMware Distributed Resource Management: Design, Implementation, and
   * Lessons Learned", VMware Technical Journal 1(1), 2012, cost-benefit analysis).
   */
  standbyDestination: ((h: number) => boolean) | null = null;

  constructor(
    private readonly dc: Datacenter,
    private readonly migrator: Migrator,
  ) {
    this.retryPending = new Uint8Array(dc.world.clusters.length);
    dc.kernel.on(KIND_MAINTENANCE_END, (target, what) => {
      if (what === RETRY_EVACUATION) this.retry(target);
      else if (what === STANDBY_LIMIT) this.abort(target, dc.kernel.now, `not empty after ${STANDBY_EVACUATION_LIMIT_MS / 60_000} min`);
      else this.exit(target, dc.kernel.now);
    });
    migrator.endListeners.push((rec, t) => this.onMigrationEnded(rec, t));
  }

  /** Whether host h is in a maintenance episode started here. */
  has(h: number): boolean {
    return this.episodes.has(h);
  }

  /** Host h enters maintenance at t (for `durationMs`, or until exit); null, or why not. */
  enter(h: number, t: number, durationMs?: number): string | null {
    const { dc } = this;
    const H = dc.world.hosts;
    const state = H.state[h];
    if (state !== HOST_ON) return `host ${H.ids[h]} is ${HOST_STATES[state] ?? state}, not on`;
    dc.setHostState(h, HOST_MAINTENANCE, t);
    dc.settle(t);
    const ci = H.cluster[h];
    const end = durationMs === undefined ? null : dc.kernel.schedule(t + durationMs, KIND_MAINTENANCE_END, h, END_MAINTENANCE, 0, PRIORITY_MODEL);
    this.episodes.set(h, { host: h, ci, since: t, purpose: 'maintenance', end, ready: false, blocked: new Set() });
    dc.emit({ t, type: 'host.maintenance-entered', host: H.ids[h] as string, durationMs: durationMs ?? null });
    this.evacuate(ci, t);
    return null;
  }

  /** Host h starts entering standby at t for `purpose` (`why`: the decision in words); null, or why not. */
  enterStandby(h: number, t: number, purpose: StandbyPurpose, why: string): string | null {
    const { dc } = this;
    const H = dc.world.hosts;
    const state = H.state[h];
    if (state !== HOST_ON) return `host ${H.ids[h]} is ${HOST_STATES[state] ?? state}, not on`;
    dc.setHostState(h, HOST_ENTERING_STANDBY, t);
    dc.settle(t);
    const ci = H.cluster[h];
    const end = dc.kernel.schedule(t + STANDBY_EVACUATION_LIMIT_MS, KIND_MAINTENANCE_END, h, STANDBY_LIMIT, 0, PRIORITY_MODEL);
    this.episodes.set(h, { host: h, ci, since: t, purpose, end, ready: false, blocked: new Set() });
    dc.emit({ t, type: 'host.standby-entering', host: H.ids[h] as string, reason: purpose, why, vms: H.vmCount[h] });
    this.evacuate(ci, t);
    return null;
  }

  /** The power-down of host h goes ahead (it is empty): the episode closes, the state is the caller's. */
  finishStandby(h: number, t: number): void {
    const ep = this.episodes.get(h);
    if (ep === undefined) return;
    if (ep.end !== null) this.dc.kernel.cancel(ep.end);
    this.episodes.delete(h);
    this.dc.emit({ t, type: 'host.standby-evacuated', host: this.dc.world.hosts.ids[h] as string, reason: ep.purpose, evacuatedIn: t - ep.since });
  }

  /** Give up host h's power-down at t: it serves again; `why` goes into `host.standby-aborted`. */
  abort(h: number, t: number, why: string): void {
    const { dc } = this;
    const H = dc.world.hosts;
    const ep = this.episodes.get(h);
    if (ep === undefined || ep.purpose === 'maintenance') return;
    if (ep.end !== null) dc.kernel.cancel(ep.end);
    this.episodes.delete(h);
    // A host that failed meanwhile is HA's now: the power-down is dropped without an event.
    if (H.state[h] === HOST_ENTERING_STANDBY) {
      dc.setHostState(h, HOST_ON, t);
      dc.settle(t);
      dc.emit({ t, type: 'host.standby-aborted', host: H.ids[h] as string, reason: ep.purpose, why, vmsLeft: H.vmCount[h], after: t - ep.since });
    }
    for (const l of this.abortListeners) l(h, t, why);
  }

  /** Host h leaves maintenance (or a power-down is withdrawn) at t and takes VMs again; null, or why not. */
  exit(h: number, t: number): string | null {
    const { dc } = this;
    const H = dc.world.hosts;
    const ep = this.episodes.get(h);
    if (ep !== undefined && ep.purpose !== 'maintenance') {
      this.abort(h, t, 'withdrawn');
      return null;
    }
    if (ep !== undefined) {
      if (ep.end !== null) dc.kernel.cancel(ep.end);
      this.episodes.delete(h);
    }
    if (H.state[h] !== HOST_MAINTENANCE) return `host ${H.ids[h]} is not in maintenance`;
    dc.setHostState(h, HOST_ON, t);
    dc.settle(t);
    dc.emit({ t, type: 'host.maintenance-exited', host: H.ids[h] as string, inMaintenanceMs: ep === undefined ? null : t - ep.since });
    for (const l of this.exitListeners) l(h, t);
    return null;
  }

  /** The purpose of host h's evacuation, or null when it is not being evacuated. */
  purposeOf(h: number): EvacuationPurpose | null {
    return this.episodes.get(h)?.purpose ?? null;
  }

  /** Evacuate every host of cluster ci in maintenance as far as limits allow; then readiness and retries. */
  evacuate(ci: number, t: number, view: PassView = passView(this.dc.world, ci)): void {
    this.evacuateHosts(view, t);
    this.checkReady(ci, t);
    this.ensureRetry(ci, t);
  }

  /** An evacuation-only pass, every EVACUATION_RETRY_MS while a host in maintenance has VMs. */
  private retry(ci: number): void {
    this.retryPending[ci] = 0;
    this.evacuate(ci, this.dc.kernel.now);
  }

  private evacuateHosts(view: PassView, t: number): void {
    const { dc, migrator } = this;
    const { world } = dc;
    const H = world.hosts;
    const V = world.vms;
    const cluster: ClusterInfo = view.cluster;
    for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
      if (!hostEvacuating(H.state[h])) continue;
      const purpose = this.episodes.get(h)?.purpose ?? 'maintenance';
      const vms: number[] = [];
      for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) vms.push(v);
      for (const v of vms) {
        if (V.state[v] !== VM_RUNNING) continue;
        if (migrator.activeIn(view.ci) >= cluster.drs.maxConcurrentPerCluster) return;
        if ((H.migrationsActive[h]) >= cluster.drs.maxConcurrentPerHost) break;
        let withShould = true;
        const prefer = purpose === 'maintenance' ? null : this.standbyDestination;
        let d = prefer === null ? pickDestination(world, view, v, true) : pickDestination(world, view, v, true, prefer);
        // A preferred host that fits but has no free slot is waited for; none fitting opens all.
        if (prefer !== null && d.host < 0 && !d.fits) d = pickDestination(world, view, v, true);
        if (d.host < 0 && !d.fits) {
          withShould = false;
          d = pickDestination(world, view, v, false);
        }
        if (d.host >= 0) startMove(dc, migrator, view, v, d.host, purpose, withShould, t);
        else if (!d.fits) {
          const why = rejectionSummary(world, cluster, v, PURPOSE_MIGRATION, h);
          if (purpose === 'maintenance') this.blocked(h, v, t, why);
          else {
            this.abort(h, t, `${world.vms.ids[v]} fits on no other host: ${why}`);
            break;
          }
        }
      }
    }
  }

  private blocked(h: number, v: number, t: number, why: string): void {
    const ep = this.episodes.get(h);
    if (ep === undefined || ep.blocked.has(v)) return;
    ep.blocked.add(v);
    const { world } = this.dc;
    this.dc.emit({ t, type: 'host.evacuation-blocked', host: world.hosts.ids[h] as string, vm: world.vms.ids[v] as string, why });
  }

  /** A host is ready when no VM runs on it and no migration into or out of it is in flight. */
  private checkReady(ci: number, t: number): void {
    const H = this.dc.world.hosts;
    for (const ep of [...this.episodes.values()]) {
      if (ep.ci !== ci || ep.ready || !hostEvacuating(H.state[ep.host])) continue;
      if ((H.vmCount[ep.host]) !== 0 || (H.migrationsActive[ep.host]) !== 0) continue;
      ep.ready = true;
      if (ep.purpose === 'maintenance') this.dc.emit({ t, type: 'host.maintenance-ready', host: H.ids[ep.host] as string, evacuatedIn: t - ep.since });
      else for (const l of this.readyListeners) l(ep.host, t);
    }
  }

  private ensureRetry(ci: number, t: number): void {
    if (this.retryPending[ci] === 1) return;
    const H = this.dc.world.hosts;
    for (const ep of this.episodes.values()) {
      if (ep.ci === ci && !ep.ready && hostEvacuating(H.state[ep.host])) {
        this.retryPending[ci] = 1;
        this.dc.kernel.schedule(t + EVACUATION_RETRY_MS, KIND_MAINTENANCE_END, ci, RETRY_EVACUATION, 0, PRIORITY_MODEL);
        return;
      }
    }
  }

  /** A slot freed up: carry on evacuating the cluster at once. */
  private onMigrationEnded(rec: MigrationRecord, t: number): void {
    const ci = this.dc.world.hosts.cluster[rec.from];
    for (const ep of this.episodes.values()) {
      if (ep.ci === ci && !ep.ready) {
        this.evacuate(ci, t);
        return;
      }
    }
  }
}
