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
export declare function drPairs(spec: Pick<ScenarioSpec, 'clusters'>, world: World): DrPair[];
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
/** Data lost by a failure at t with replication every rpoMs from the run start. */
export declare function dataLossAt(t: number, rpoMs: number): number;
export declare class DrController {
    private readonly dc;
    private readonly ha;
    private readonly deleter;
    readonly pairs: readonly DrPair[];
    /** Data lost at each VM's last failover, ms (NaN: never failed over); indexed by source VM. */
    readonly dataLossMs: Float64Array;
    /** Site failure to replica running at each VM's last failover, ms (NaN: never). */
    readonly timeToFailoverMs: Float64Array;
    siteFailures: number;
    failovers: number;
    failbacks: number;
    private readonly losses;
    private readonly times;
    private readonly replicaOf;
    private readonly sourceOf;
    private readonly pairOf;
    private readonly phase;
    private readonly home;
    private readonly failedAt;
    private readonly token;
    private readonly sites;
    private readonly siteOfCluster;
    private readonly siteDown;
    constructor(dc: Datacenter, ha: HaController, deleter: DrDeleter, pairs: readonly DrPair[], clusterSites: readonly string[]);
    /** Index of a site by name (-1 when no cluster is in it). */
    siteIndex(site: string): number;
    /** Every host of `site` fails at t; repaired after repairMs (null: not within the run). */
    failSite(site: string, t: number, repairMs: number | null): void;
    /** The RTO after the failure at `failedAt`: power on the replicas of pair k's VMs still down. */
    private failover;
    private boot;
    private booted;
    /** VM v runs: a replica (its source is failed over) or a failed-back source (its replica goes). */
    private running;
    /** Site s is repaired: its hosts rejoin (HA powers their VMs on at home); failed-over VMs fail back. */
    private repairSite;
    /** Power failed-over VM v on again at home (or any host of its cluster that fits). */
    private failBack;
    summary(): DrSummary;
}
