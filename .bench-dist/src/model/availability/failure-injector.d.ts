/**
 * Random host failures: each host of a group with a failure model fails after a time drawn from
 * its time-between-failures distribution, is repaired after a drawn repair time, and fails again
 * after the next draw (an alternating renewal process). Every host draws from its own stream
 * (`failures/<host id>`), so adding a host or a failure elsewhere changes no other host's history.
 * Scripted failures (the scenario's events) go through the same HA path.
 */
import type { Datacenter } from '../datacenter.js';
import type { FailureDistribution } from './failure-distribution.js';
import type { HaController } from './ha.js';
export interface HostFailureModel {
    readonly timeBetweenFailures: FailureDistribution;
    readonly repair: FailureDistribution;
}
export declare class FailureInjector {
    private readonly dc;
    private readonly ha;
    private readonly models;
    private readonly seeds;
    private readonly counters;
    /** Observed time up and time to repair, per host group, for MTBF / MTTR. */
    readonly failures: Int32Array;
    readonly repairMsSum: Float64Array;
    constructor(dc: Datacenter, ha: HaController, modelOf: (hostGroup: number) => HostFailureModel | null, seedOf: (name: string) => number);
    private draw;
    start(): void;
    private scheduleNext;
    private onFailure;
}
