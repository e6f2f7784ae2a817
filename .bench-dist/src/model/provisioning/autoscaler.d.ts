/**
 * Policy-driven scaling of VM groups: every `check`, the mean CPU demand (% of vCPU capacity)
 * of a group's running VMs goes through the policy (autoscale-policy.ts); adding deploys one VM
 * from the group's template (provisioner.ts), removing deletes the newest one.
 */
import type { Datacenter } from '../datacenter.js';
import type { GroupPlan } from './plan.js';
import type { Provisioning } from './provisioner.js';
import { ProvisioningTimers } from './timers.js';
export interface ScaleAction {
    readonly t: number;
    readonly group: string;
    readonly direction: 'out' | 'in';
    readonly vm: string | null;
    readonly meanPct: number;
    /** VMs in service after the action. */
    readonly vms: number;
}
export declare class Autoscaler {
    private readonly dc;
    private readonly plans;
    private readonly provisioning;
    private readonly timers;
    private readonly windows;
    readonly actions: ScaleAction[];
    constructor(dc: Datacenter, plans: readonly GroupPlan[], provisioning: Provisioning, timers: ProvisioningTimers);
    start(): void;
    /** Mean CPU demand of group g's running VMs, % of their vCPU capacity (NaN when none runs). */
    meanDemandPct(g: number): number;
    private check;
}
