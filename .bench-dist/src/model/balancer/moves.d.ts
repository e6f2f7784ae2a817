/**
 * The working view of one balancing pass and the moves made in it. The view starts from the
 * cluster's current usage with migrations already in flight counted at their destination (their
 * VMs switch over soon), and every move the pass starts is added to it, so later choices in the
 * same pass see earlier ones. Destinations are chosen to lower the imbalance most; ties go to the
 * lowest host index, so choices are deterministic.
 */
import type { Datacenter } from '../datacenter.js';
import type { Migrator } from '../migration/migrator.js';
import type { ClusterInfo, World } from '../world.js';
import { type HostUsage } from './imbalance.js';
export interface PassView {
    readonly ci: number;
    readonly cluster: ClusterInfo;
    readonly usage: HostUsage;
}
export declare function passView(world: World, ci: number): PassView;
/** Whether host h can take part in one more migration (cluster.drs.maxConcurrentPerHost). */
export declare function hostHasSlot(world: World, cluster: ClusterInfo, h: number): boolean;
export interface Destination {
    /** Best host with a free migration slot, -1 for none. */
    readonly host: number;
    /** Imbalance after the move there (NaN when host is -1). */
    readonly after: number;
    /** Some host passes the filters, slots aside: the VM is waiting, not stuck. */
    readonly fits: boolean;
}
/** The host VM v should migrate to: passes the filters, has a slot, and leaves the least imbalance. */
export declare function pickDestination(world: World, view: PassView, v: number, withShould: boolean): Destination;
/**
 * Recommend and start one move: `drs.recommendation`, then the migration; the view learns the
 * move. Returns null when started, else the migrator's refusal (nothing emitted then).
 */
export declare function startMove(dc: Datacenter, migrator: Migrator, view: PassView, v: number, to: number, reason: string, withShould: boolean, t: number): string | null;
