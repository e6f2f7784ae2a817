/**
 * Hypervisor overheads. The defaults are model choices, not published laws (DOMAIN.md gives no
 * figure): a type-1 hypervisor keeps a small share of the host; a type-2 one runs on a host OS
 * that takes more. Scenarios override them per host group.
 */
import type { MiB } from './units.js';

export const FLAVOURS = ['esxi', 'kvm'] as const;
export type Flavour = (typeof FLAVOURS)[number];

export function defaultCpuOverheadPct(type: 1 | 2): number {
  return type === 1 ? 2 : 8;
}

export function defaultHostMemoryOverheadMiB(type: 1 | 2, hostMemoryMiB: MiB): MiB {
  return hostMemoryMiB * (type === 1 ? 0.015 : 0.04);
}

/**
 * Memory a hypervisor keeps for each powered-on VM (page tables, device emulation, vCPU state):
 * estimated as 1% of configured memory + 8 MiB per vCPU + a configured extra, which is the order
 * of the per-VM overhead tables ESXi publishes for small and mid-size VMs.
 */
export function vmMemoryOverheadMiB(vcpus: number, memoryMiB: MiB, extraMiB: MiB): MiB {
  return 0.01 * memoryMiB + 8 * vcpus + extraMiB;
}
