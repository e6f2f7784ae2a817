/**
 * Hypervisor overheads. The defaults are model choices, not published laws (DOMAIN.md gives no
 * figure): a type-1 hypervisor keeps a small share of the host; a type-2 one runs on a host OS
 * that takes more. Scenarios override them per host group.
 */
import type { MiB } from './units.js';
export declare const FLAVOURS: readonly ["esxi", "kvm"];
export type Flavour = (typeof FLAVOURS)[number];
export declare function defaultCpuOverheadPct(type: 1 | 2): number;
export declare function defaultHostMemoryOverheadMiB(type: 1 | 2, hostMemoryMiB: MiB): MiB;
/**
 * Memory a hypervisor keeps for each powered-on VM (page tables, device emulation, vCPU state):
 * estimated as 1% of configured memory + 8 MiB per vCPU + a configured extra, which is the order
 * of the per-VM overhead tables ESXi publishes for small and mid-size VMs.
 */
export declare function vmMemoryOverheadMiB(vcpus: number, memoryMiB: MiB, extraMiB: MiB): MiB;
