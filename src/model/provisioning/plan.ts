/**
 * The provisioning plan of each VM group, resolved from the scenario once, at build time: its
 * template (the hardware new VMs get), how and when its VMs are created, its autoscaling
 * policy, and how many of its VMs exist from the start. VMs are declared up front (the world's
 * arrays are fixed-size), so a group's later VMs start "not created".
 */
import type { Scenario } from '../../scenario/scenario.js';
import { createdAtStart, replicaTargets } from '../../scenario/group-counts.js';
import type { AutoscaleSpec, ProvisionSpec, ScenarioSpec, TemplateSpec, VmGroupSpec } from '../../scenario/schema.js';
import { cpuShareRule, cpuShares, memoryShares, type CpuShareRule } from '../../catalogue/cpu-shares.js';
import type { VmSize } from '../datacenter.js';
import { vmMemoryOverheadMiB } from '../hypervisor.js';
import { MIB_PER_GIB } from '../units.js';
import type { World } from '../world.js';

export interface GroupPlan {
  readonly group: number; // index into World.groups
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
export function templateSize(t: TemplateSpec, overheadExtraMiB: number, rule: CpuShareRule, addVcpus = 0, addMemoryMiB = 0): VmSize {
  const vcpus = t.vcpus + addVcpus;
  const memoryMiB = t.memoryGiB * MIB_PER_GIB + addMemoryMiB;
  return sizeOf(vcpus, memoryMiB, t, overheadExtraMiB, rule);
}

/** Size fields for vcpus and memoryMiB with template t's shares settings. */
export function sizeOf(vcpus: number, memoryMiB: number, t: TemplateSpec, overheadExtraMiB: number, rule: CpuShareRule): VmSize {
  return {
    vcpus,
    memoryMiB,
    overheadMiB: vmMemoryOverheadMiB(vcpus, memoryMiB, overheadExtraMiB),
    cpuShares: cpuShares(t.cpu.shares, vcpus, rule),
    memShares: memoryShares(t.memory.shares, memoryMiB),
  };
}

/** One plan per World.groups entry, in the same order (clusters, then their VM groups). */
export function groupPlans(scenario: Scenario, world: World): GroupPlan[] {
  const spec = scenario.spec;
  const vmIndex = new Map<string, number>();
  const plans: GroupPlan[] = [];
  let gi = 0;
  const replicas = replicaTargets(spec);
  for (const c of spec.clusters) {
    const extra = c.hosts[0]?.hypervisor.vmMemoryOverheadMiB ?? 0;
    const hv = c.hosts[0]?.hypervisor;
    const rule = hv === undefined ? 'esxi' : cpuShareRule(hv.flavour, hv.cgroup);
    for (const g of c.vms) {
      plans.push({
        group: gi++,
        template: spec.templates[g.template] as TemplateSpec,
        overheadExtraMiB: extra,
        cpuShareRule: rule,
        provision: g.provision ?? null,
        autoscale: g.autoscale ?? null,
        cloneOf: -1,
        createdAtStart: createdAtStart(g, replicas.has(`${c.site}/${c.name}/${g.name}`)),
      });
    }
  }
  const cloning = plans.some((p) => p.provision?.cloneOf !== undefined);
  if (cloning) world.vms.ids.forEach((id, v) => vmIndex.set(id, v));
  return plans.map((p) => (p.provision?.cloneOf !== undefined ? { ...p, cloneOf: vmIndex.get(p.provision.cloneOf) ?? -1 } : p));
}
