/**
 * The provisioning plan of each VM group, resolved from the scenario once, at build time: its
 * template (the hardware new VMs get), how and when its VMs are created, its autoscaling
 * policy, and how many of its VMs exist from the start. VMs are declared up front (the world's
 * arrays are fixed-size), so a group's later VMs start "not created".
 */
import type { Scenario } from '../../scenario/scenario.js';
import type { AutoscaleSpec, ProvisionSpec, TemplateSpec } from '../../scenario/schema.js';
import { type CpuShareRule } from '../../catalogue/cpu-shares.js';
import type { VmSize } from '../datacenter.js';
import type { World } from '../world.js';
export interface GroupPlan {
    readonly group: number;
    readonly template: TemplateSpec;
    /** The hypervisor's configured extra per-VM overhead (first host group of the cluster). */
    readonly overheadExtraMiB: number;
    /** How its VMs' CPU shares are set (catalogue/cpu-shares.ts), from the cluster's hypervisor. */
    readonly cpuShareRule: CpuShareRule;
    readonly provision: ProvisionSpec | null;
    readonly autoscale: AutoscaleSpec | null;
    /** Index of the VM a clone group copies, -1 for template deploys. */
    readonly cloneOf: number;
    readonly createdAtStart: number;
}
/** The size a VM deployed from template t has. */
export declare function templateSize(t: TemplateSpec, overheadExtraMiB: number, rule: CpuShareRule, addVcpus?: number, addMemoryMiB?: number): VmSize;
/** Size fields for vcpus and memoryMiB with template t's shares settings. */
export declare function sizeOf(vcpus: number, memoryMiB: number, t: TemplateSpec, overheadExtraMiB: number, rule: CpuShareRule): VmSize;
/** One plan per World.groups entry, in the same order (clusters, then their VM groups). */
export declare function groupPlans(scenario: Scenario, world: World): GroupPlan[];
