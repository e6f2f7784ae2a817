/**
 * The working view of one balancing pass and the moves made in it. The view starts from the
 * cluster's current usage with migrations already in flight counted at their destination (their
 * VMs switch over soon), and every move the pass starts is added to it, so later choices in the
 * same pass see earlier ones. Destinations are chosen to lower the imbalance most; ties go to the
 * lowest host index, so choices are deterministic.
 */
import type { Datacenter } from '../datacenter.js';
import { migrationReject } from '../migration/destination.js';
import type { Migrator } from '../migration/migrator.js';
import type { ClusterInfo, World } from '../world.js';
import { applyMove, hostUsage, imbalanceAfterMove, newUsage, usageImbalance, type HostUsage } from './imbalance.js';

export interface PassView {
  readonly ci: number;
  readonly cluster: ClusterInfo;
  readonly usage: HostUsage;
}

export function passView(world: World, ci: number): PassView {
  const cluster = world.clusters[ci] as ClusterInfo;
  const usage = newUsage(cluster);
  hostUsage(world, cluster, usage);
  const V = world.vms;
  for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
    const to = V.destHost[v];
    const from = V.host[v];
    if (to >= 0 && from >= 0) applyMove(world, cluster, usage, v, from, to);
  }
  return { ci, cluster, usage };
}

/** Whether host h can take part in one more migration (cluster.drs.maxConcurrentPerHost). */
export function hostHasSlot(world: World, cluster: ClusterInfo, h: number): boolean {
  return (world.hosts.migrationsActive[h]) < cluster.drs.maxConcurrentPerHost;
}

export interface Destination {
  /** Best host with a free migration slot, -1 for none. */
  readonly host: number;
  /** Imbalance after the move there (NaN when host is -1). */
  readonly after: number;
  /** Some host passes the filters, slots aside: the VM is waiting, not stuck. */
  readonly fits: boolean;
}

/**
 * The host VM v should migrate to: passes the filters, has a slot, and leaves the least
 * imbalance; only hosts for which `allow` holds are considered (all by default).
 */
export function pickDestination(world: World, view: PassView, v: number, withShould: boolean, allow: (h: number) => boolean = () => true): Destination {
  const { cluster, usage } = view;
  const from = world.vms.host[v];
  let host = -1;
  let after = NaN;
  let fits = false;
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    if (h === from || !allow(h) || migrationReject(world, cluster, h, v, withShould) !== 0) continue;
    fits = true;
    if (!hostHasSlot(world, cluster, h)) continue;
    const a = imbalanceAfterMove(world, cluster, usage, v, from, h);
    if (host < 0 || a < after) {
      host = h;
      after = a;
    }
  }
  return { host, after, fits };
}

/**
 * Recommend and start one move: `drs.recommendation`, then the migration; the view learns the
 * move. Returns null when started, else the migrator's refusal (nothing emitted then).
 */
export function startMove(dc: Datacenter, migrator: Migrator, view: PassView, v: number, to: number, reason: string, withShould: boolean, t: number): string | null {
  const { world } = dc;
  const refused = migrator.refusal(v, to, withShould);
  if (refused !== null) return refused;
  const from = world.vms.host[v];
  const before = usageImbalance(view.usage);
  const after = imbalanceAfterMove(world, view.cluster, view.usage, v, from, to);
  dc.emit({
    t,
    type: 'drs.recommendation',
    cluster: view.cluster.id,
    vm: world.vms.ids[v] as string,
    from: world.hosts.ids[from] as string,
    to: world.hosts.ids[to] as string,
    imbalanceBefore: before,
    imbalanceAfter: after,
    reason,
  });
  const started = migrator.start(v, to, reason, t, withShould);
  if (started !== null) return started;
  applyMove(world, view.cluster, view.usage, v, from, to);
  return null;
}
