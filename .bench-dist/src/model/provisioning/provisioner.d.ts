import type { Datacenter } from '../datacenter.js';
import type { Storage } from '../storage/storage.js';
import type { Boots } from './boots.js';
import { type ProvisionSource } from './deploy-time.js';
import { type GroupPlan } from './plan.js';
import { ProvisioningTimers } from './timers.js';
/** What provisioning needs of HA: forget a deleted VM; capacity freed for VMs waiting to restart. */
export interface HaHooks {
    forget(v: number, t: number): void;
    capacityFreed(cluster: number, t: number): void;
}
/** Who asked: the group's provision schedule, a scripted event, or the autoscaler. */
export type Via = 'schedule' | 'scripted' | 'autoscale';
export interface GroupCounts {
    provisioned: number;
    failed: number;
    deleted: number;
}
export declare class Provisioning {
    private readonly dc;
    readonly plans: readonly GroupPlan[];
    private readonly storage;
    private readonly ha;
    private readonly boots;
    private readonly timers;
    private readonly token;
    private readonly requestedAt;
    /** Memory sharing settings of each VM as built (a slot provisioned again starts from them). */
    private readonly builtInter;
    private readonly builtKey;
    readonly counts: GroupCounts[];
    /** Groups with provisioning or autoscaling: VMs in service and running at each output sample. */
    readonly series: {
        readonly groups: readonly number[];
        readonly t: number[];
        readonly inService: number[][];
        readonly running: number[][];
    };
    /** Stops a live migration of a VM about to be deleted. */
    cancelMigration: (v: number, why: string, t: number) => void;
    constructor(dc: Datacenter, plans: readonly GroupPlan[], storage: Storage, ha: HaHooks, boots: Boots, timers: ProvisioningTimers);
    /** Schedule the groups' provisioning times. */
    start(): void;
    /** VM v exists (provisioned or from the start, not deleted), whatever its state. */
    isCreated(v: number): boolean;
    /** VMs of group g that exist (being provisioned, running, or down), the count autoscaling keeps within [min, max]. */
    inService(g: number): number;
    private provisionAt;
    /**
     * Provision up to `count` VMs of group g: never-created slots first, then deleted ones, lowest
     * index first. `source` overrides the group's own (autoscaling deploys from the template).
     * Returns the VMs whose provisioning started.
     */
    create(g: number, count: number, t: number, via: Via, source?: ProvisionSource): number[];
    /** Delete the `count` highest-numbered existing VMs of group g; returns them. */
    deleteNewest(g: number, count: number, t: number, via: Via): number[];
    /** Start provisioning VM v at t; false (and a vm.create-failed event) when it cannot start. */
    private provision;
    private failed;
    /** The disk is ready: power VM v on like any new VM (admission control, then placement). */
    private onCopied;
    /** Power VM v off for good and free its disks (planned: not an outage). */
    deleteVm(v: number, t: number, via: Via): void;
    /** Record the provisioned groups' VM counts at an output sample. */
    sample(t: number): void;
}
