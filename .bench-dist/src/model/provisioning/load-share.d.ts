/**
 * Groups whose VMs share one load behind a load balancer (autoscale.shareLoad): the workload
 * gives each VM's demand as if all `count` VMs the group declares ran, and the group's load is
 * spread evenly over the VMs running, so each VM's demand is its workload level × count /
 * running, at most 100 % (beyond that the load is not served). Adding a VM therefore lowers the
 * others' demand, which is what makes scaling out help.
 *
 * The count changes whenever a VM of the group starts or stops running; the new scale is
 * applied by an event at the same instant, after the change that caused it is complete.
 */
import type { Datacenter } from '../datacenter.js';
import type { GroupPlan } from './plan.js';
import { ProvisioningTimers } from './timers.js';
export declare class LoadShare {
    private readonly dc;
    private readonly timers;
    /** VMs the workload is sized for, per group (0: the group does not share its load). */
    private readonly reference;
    private readonly pending;
    constructor(dc: Datacenter, plans: readonly GroupPlan[], timers: ProvisioningTimers);
    /** Running VMs of group g now. */
    running(g: number): number;
    /** Set every VM of group g to the scale its running count gives. */
    private apply;
    /** Apply the initial scales (the run starts with the groups' first VMs running). */
    start(): void;
}
