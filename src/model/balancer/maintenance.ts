/**
 * Maintenance mode (vSphere): the host keeps serving its VMs but takes no new ones, and is
 * evacuated by live migration, as many at once as the concurrency limits allow. Evacuation goes
 * on when a migration ends, at every DRS pass, and on its own every 30 s while the host still has
 * VMs (also with DRS disabled). VMs that fit nowhere stay, reported once each. Should rules yield
 * when nothing else fits; must rules never do.
 */
import type { EventHandle } from '../../engine/index.js';
import { PRIORITY_MODEL, type Datacenter } from '../datacenter.js';
import { KIND_MAINTENANCE_END } from '../event-kinds.js';
import { HOST_MAINTENANCE, HOST_ON, HOST_STATES, VM_RUNNING } from '../lifecycle.js';
import type { MigrationRecord, Migrator } from '../migration/migrator.js';
import { rejectionSummary } from '../placement/choose.js';
import { PURPOSE_MIGRATION } from '../placement/filters.js';
import type { ClusterInfo } from '../world.js';
import { passView, pickDestination, startMove, type PassView } from './moves.js';

/** Evacuation is retried this often while a host in maintenance still has VMs. */
export const EVACUATION_RETRY_MS = 30_000;
/** KIND_MAINTENANCE_END `a`: 0 ends host `target`'s maintenance; 1 retries evacuating cluster `target`. */
const END_MAINTENANCE = 0;
const RETRY_EVACUATION = 1;

interface Episode {
  readonly host: number;
  readonly ci: number;
  readonly since: number;
  end: EventHandle | null;
  ready: boolean;
  /** VMs reported as fitting nowhere in this episode (reported once each). */
  readonly blocked: Set<number>;
}

export class Maintenance {
  /** By host, in the order hosts entered maintenance. */
  private readonly episodes = new Map<number, Episode>();
  private readonly retryPending: Uint8Array;
  /** Told when a host in maintenance is empty (power management shuts it down then). */
  readonly readyListeners: Array<(h: number, t: number) => void> = [];

  constructor(
    private readonly dc: Datacenter,
    private readonly migrator: Migrator,
  ) {
    this.retryPending = new Uint8Array(dc.world.clusters.length);
    dc.kernel.on(KIND_MAINTENANCE_END, (target, what) => {
      if (what === RETRY_EVACUATION) this.retry(target);
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
    const state = H.state[h] as number;
    if (state !== HOST_ON) return `host ${H.ids[h]} is ${HOST_STATES[state] ?? state}, not on`;
    dc.setHostState(h, HOST_MAINTENANCE, t);
    dc.settle(t);
    const ci = H.cluster[h] as number;
    const end = durationMs === undefined ? null : dc.kernel.schedule(t + durationMs, KIND_MAINTENANCE_END, h, END_MAINTENANCE, 0, PRIORITY_MODEL);
    this.episodes.set(h, { host: h, ci, since: t, end, ready: false, blocked: new Set() });
    dc.emit({ t, type: 'host.maintenance-entered', host: H.ids[h] as string, durationMs: durationMs ?? null });
    this.evacuate(ci, t);
    return null;
  }

  /** Host h leaves maintenance at t and takes VMs again; null, or why not. */
  exit(h: number, t: number): string | null {
    const { dc } = this;
    const H = dc.world.hosts;
    const ep = this.episodes.get(h);
    if (ep !== undefined) {
      if (ep.end !== null) dc.kernel.cancel(ep.end);
      this.episodes.delete(h);
    }
    if (H.state[h] !== HOST_MAINTENANCE) return `host ${H.ids[h]} is not in maintenance`;
    dc.setHostState(h, HOST_ON, t);
    dc.settle(t);
    dc.emit({ t, type: 'host.maintenance-exited', host: H.ids[h] as string, inMaintenanceMs: ep === undefined ? null : t - ep.since });
    return null;
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
      if (H.state[h] !== HOST_MAINTENANCE) continue;
      const vms: number[] = [];
      for (let v = H.firstVm[h] as number; v >= 0; v = V.next[v] as number) vms.push(v);
      for (const v of vms) {
        if (V.state[v] !== VM_RUNNING) continue;
        if (migrator.activeIn(view.ci) >= cluster.drs.maxConcurrentPerCluster) return;
        if ((H.migrationsActive[h] as number) >= cluster.drs.maxConcurrentPerHost) break;
        let withShould = true;
        let d = pickDestination(world, view, v, true);
        if (d.host < 0 && !d.fits) {
          withShould = false;
          d = pickDestination(world, view, v, false);
        }
        if (d.host >= 0) startMove(dc, migrator, view, v, d.host, 'maintenance', withShould, t);
        else if (!d.fits) this.blocked(h, v, t, rejectionSummary(world, cluster, v, PURPOSE_MIGRATION, h));
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
    for (const ep of this.episodes.values()) {
      if (ep.ci !== ci || ep.ready || H.state[ep.host] !== HOST_MAINTENANCE) continue;
      if ((H.vmCount[ep.host] as number) !== 0 || (H.migrationsActive[ep.host] as number) !== 0) continue;
      ep.ready = true;
      this.dc.emit({ t, type: 'host.maintenance-ready', host: H.ids[ep.host] as string, evacuatedIn: t - ep.since });
      for (const l of this.readyListeners) l(ep.host, t);
    }
  }

  private ensureRetry(ci: number, t: number): void {
    if (this.retryPending[ci] === 1) return;
    const H = this.dc.world.hosts;
    for (const ep of this.episodes.values()) {
      if (ep.ci === ci && !ep.ready && H.state[ep.host] === HOST_MAINTENANCE) {
        this.retryPending[ci] = 1;
        this.dc.kernel.schedule(t + EVACUATION_RETRY_MS, KIND_MAINTENANCE_END, ci, RETRY_EVACUATION, 0, PRIORITY_MODEL);
        return;
      }
    }
  }

  /** A slot freed up: carry on evacuating the cluster at once. */
  private onMigrationEnded(rec: MigrationRecord, t: number): void {
    const ci = this.dc.world.hosts.cluster[rec.from] as number;
    for (const ep of this.episodes.values()) {
      if (ep.ci === ci && !ep.ready) {
        this.evacuate(ci, t);
        return;
      }
    }
  }
}
