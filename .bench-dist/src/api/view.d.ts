/**
 * A read-only view of a running simulation, for scripts and policies: plain objects built on
 * demand from the typed arrays (the model itself is never handed out, so nothing outside can
 * change it except through the actions).
 */
import type { Datacenter } from '../model/datacenter.js';
import { HOST_STATES, RESTART_PRIORITIES, VM_STATES } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../model/memory/min-free.js';
export interface HostView {
    readonly index: number;
    readonly id: string;
    readonly cluster: string;
    readonly state: (typeof HOST_STATES)[number];
    readonly cores: number;
    readonly coreMhz: number;
    readonly usableMhz: number;
    readonly memoryMiB: number;
    readonly vms: number;
    readonly vcpus: number;
    readonly configuredMiB: number;
    readonly demandMhz: number;
    readonly grantedMhz: number;
    readonly readyMhz: number;
    readonly consumedMiB: number;
    readonly memoryState: (typeof MEMORY_STATES)[number];
    readonly powerW: number;
    readonly idleW: number;
    readonly maxW: number;
    readonly energyKWh: number;
}
export interface VmView {
    readonly index: number;
    readonly id: string;
    readonly group: string;
    readonly cluster: string;
    readonly host: string | null;
    readonly state: (typeof VM_STATES)[number];
    readonly downReason: string | null;
    readonly haPriority: (typeof RESTART_PRIORITIES)[number];
    readonly vcpus: number;
    readonly memoryMiB: number;
    readonly demand: number;
    readonly wantMhz: number;
    readonly grantedMhz: number;
    readonly readyMhz: number;
    readonly cpuReservationMhz: number;
    readonly cpuShares: number;
    readonly memReservationMiB: number;
    readonly migrating: boolean;
}
export declare function hostView(dc: Datacenter, h: number): HostView;
export declare function vmView(dc: Datacenter, v: number): VmView;
/** What scripts and policies read: the current time and every host and VM. */
export interface SimulationView {
    readonly now: number;
    hosts(): HostView[];
    vms(): VmView[];
    host(id: string): HostView | undefined;
    vm(id: string): VmView | undefined;
}
export declare function simulationView(dc: Datacenter): SimulationView;
