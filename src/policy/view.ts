/**
 * A read-only view of a running simulation, for scripts and policies: plain objects built on
 * demand from the typed arrays (the model itself is never handed out, so nothing outside can
 * change it except through the actions).
 */
import type { Datacenter } from '../model/datacenter.js';
import { DOWN_REASONS, HOST_STATES, RESTART_PRIORITIES, VM_STATES } from '../model/lifecycle.js';
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
  readonly demand: number; // fraction of its vCPU capacity
  readonly wantMhz: number;
  readonly grantedMhz: number;
  readonly readyMhz: number;
  readonly cpuReservationMhz: number;
  readonly cpuShares: number;
  readonly memReservationMiB: number;
  readonly migrating: boolean;
}

export function hostView(dc: Datacenter, h: number): HostView {
  const { world } = dc;
  const H = world.hosts;
  return {
    index: h,
    id: H.ids[h] as string,
    cluster: world.clusters[H.cluster[h] as number]!.id,
    state: HOST_STATES[H.state[h] as number]!,
    cores: H.cores[h] as number,
    coreMhz: H.coreMhz[h] as number,
    usableMhz: H.usableMhz[h] as number,
    memoryMiB: H.memoryMiB[h] as number,
    vms: H.vmCount[h] as number,
    vcpus: H.vcpus[h] as number,
    configuredMiB: H.configuredMiB[h] as number,
    demandMhz: H.demandMhz[h] as number,
    grantedMhz: H.grantedMhz[h] as number,
    readyMhz: H.readyMhz[h] as number,
    consumedMiB: H.consumedMiB[h] as number,
    memoryState: MEMORY_STATES[H.memState[h] as number]!,
    powerW: H.powerW[h] as number,
    idleW: H.idleW[h] as number,
    maxW: H.maxW[h] as number,
    energyKWh: (H.energyInt[h] as number) / 3.6e9,
  };
}

export function vmView(dc: Datacenter, v: number): VmView {
  const { world } = dc;
  const V = world.vms;
  const h = V.host[v] as number;
  const state = V.state[v] as number;
  return {
    index: v,
    id: V.ids[v] as string,
    group: world.groups[V.group[v] as number]!.id,
    cluster: world.clusters[V.cluster[v] as number]!.id,
    host: h >= 0 ? (world.hosts.ids[h] as string) : null,
    state: VM_STATES[state]!,
    downReason: state === 0 || state === 1 ? null : (DOWN_REASONS[V.downReason[v] as number] ?? null),
    haPriority: RESTART_PRIORITIES[V.haPriority[v] as number]!,
    vcpus: V.vcpus[v] as number,
    memoryMiB: V.memoryMiB[v] as number,
    demand: V.demand[v] as number,
    wantMhz: V.wantMhz[v] as number,
    grantedMhz: V.grantedMhz[v] as number,
    readyMhz: V.readyMhz[v] as number,
    cpuReservationMhz: V.cpuReservationMhz[v] as number,
    cpuShares: V.cpuShares[v] as number,
    memReservationMiB: V.memReservationMiB[v] as number,
    migrating: (V.destHost[v] as number) >= 0,
  };
}

/** What scripts and policies read: the current time and every host and VM. */
export interface SimulationView {
  readonly now: number;
  hosts(): HostView[];
  vms(): VmView[];
  host(id: string): HostView | undefined;
  vm(id: string): VmView | undefined;
}

export function simulationView(dc: Datacenter): SimulationView {
  const { world } = dc;
  const hostIndex = new Map(world.hosts.ids.map((id, i) => [id, i]));
  const vmIndex = new Map(world.vms.ids.map((id, i) => [id, i]));
  return {
    get now() {
      return dc.kernel.now;
    },
    hosts: () => Array.from({ length: world.hosts.n }, (_, h) => hostView(dc, h)),
    vms: () => Array.from({ length: world.vms.n }, (_, v) => vmView(dc, v)),
    host: (id) => {
      const h = hostIndex.get(id);
      return h === undefined ? undefined : hostView(dc, h);
    },
    vm: (id) => {
      const v = vmIndex.get(id);
      return v === undefined ? undefined : vmView(dc, v);
    },
  };
}
