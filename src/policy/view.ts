/**
 * A read-only view of a running simulation, for scripts and policies: plain objects built on
 * demand from the typed arrays (the model itself is never handed out, so nothing outside can
 * change it except through the actions).
 */
import type { Datacenter } from '../model/datacenter.js';
import { vmReadyMhz } from '../model/cpu/ready.js';
import { DOWN_REASONS, HOST_STATES, RESTART_PRIORITIES, VM_STATES } from '../model/lifecycle.js';
import { MEMORY_STATES } from '../catalogue/memory-states.js';

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
    cluster: world.clusters[H.cluster[h]]!.id,
    state: HOST_STATES[H.state[h]]!,
    cores: H.cores[h],
    coreMhz: H.coreMhz[h],
    usableMhz: H.usableMhz[h],
    memoryMiB: H.memoryMiB[h],
    vms: H.vmCount[h],
    vcpus: H.vcpus[h],
    configuredMiB: H.configuredMiB[h],
    demandMhz: H.demandMhz[h],
    grantedMhz: H.grantedMhz[h],
    readyMhz: H.readyMhz[h],
    consumedMiB: H.consumedMiB[h],
    memoryState: MEMORY_STATES[H.memState[h]]!,
    powerW: H.powerW[h],
    idleW: H.idleW[h],
    maxW: H.maxW[h],
    energyKWh: (H.energyInt[h]) / 3.6e9,
  };
}

export function vmView(dc: Datacenter, v: number): VmView {
  const { world } = dc;
  const V = world.vms;
  const h = V.host[v];
  const state = V.state[v];
  return {
    index: v,
    id: V.ids[v] as string,
    group: world.groups[V.group[v]]!.id,
    cluster: world.clusters[V.cluster[v]]!.id,
    host: h >= 0 ? (world.hosts.ids[h] as string) : null,
    state: VM_STATES[state]!,
    downReason: state === 0 || state === 1 ? null : (DOWN_REASONS[V.downReason[v]] ?? null),
    haPriority: RESTART_PRIORITIES[V.haPriority[v]]!,
    vcpus: V.vcpus[v],
    memoryMiB: V.memoryMiB[v],
    demand: V.demand[v],
    wantMhz: V.wantMhz[v],
    grantedMhz: V.grantedMhz[v],
    readyMhz: vmReadyMhz(world, v),
    cpuReservationMhz: V.cpuReservationMhz[v],
    cpuShares: V.cpuShares[v],
    memReservationMiB: V.memReservationMiB[v],
    migrating: (V.destHost[v]) >= 0,
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
