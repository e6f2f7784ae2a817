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
 */
import { type Datacenter } from '../datacenter.js';
import type { Migrator } from '../migration/migrator.js';
import { Maintenance } from './maintenance.js';
/** A VM DRS moved is not moved again for balance within this many passes (no ping-pong). */
export declare const RECENT_PASSES = 3;
export declare class Balancer {
    private readonly dc;
    private readonly migrator;
    readonly maintenance: Maintenance;
    /** Imbalance measured at each cluster's latest pass (NaN before the first). */
    private readonly latest;
    private readonly passes;
    /** Per VM: the pass (of its cluster) in which DRS last moved it. */
    private readonly movedAt;
    /** Per cluster: the imbalance the last pass left (NaN before), its drift since, hosts on then. */
    private readonly expected;
    private readonly drift;
    private readonly hostsOn;
    private loads;
    /**
     * Registers the pass handler and schedules each DRS-enabled cluster's first pass one interval
     * from now. Pass the run's Maintenance when one exists (there can be only one per kernel).
     */
    constructor(dc: Datacenter, migrator: Migrator, maintenance?: Maintenance);
    /** The imbalance (host-load standard deviation) cluster ci had at its latest pass. */
    imbalanceOf(ci: number): number;
    /** The imbalance cluster ci has now (whether or not DRS runs there). */
    measure(ci: number): number;
    enterMaintenance(h: number, t: number, durationMs?: number): string | null;
    exitMaintenance(h: number, t: number): string | null;
    private onPass;
    /** One DRS pass over cluster ci at t; returns the number of migrations it started. */
    runPass(ci: number, t: number): number;
    /**
     * How much the imbalance moves between passes by itself: the change from what the last pass
     * left (its moves counted) to what this pass finds, as a maximum that decays by DRIFT_DECAY
     * per pass. Passes across a host power change are not counted: that change is structural.
     */
    private trackDrift;
    /** The imbalance drift cluster ci shows between passes (trackDrift). */
    driftOf(ci: number): number;
    private clusterFull;
    /** VMs on hosts that are on and break a rule, moved where it holds (must rules first relax should ones). */
    private fixRules;
    /** Balancing moves from the most loaded host while the deviation exceeds the tolerance. */
    private balance;
    /** The host with the highest load in the view (lowest index on ties), -1 when none is on. */
    private mostLoaded;
}
