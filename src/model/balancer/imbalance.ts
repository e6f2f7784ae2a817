/**
 * Cluster imbalance as DRS measured it before vSphere 7 (DOMAIN.md, Placement and balancing):
 * the population standard deviation of host loads, where a host's load is its busier resource,
 * max(CPU demand / usable MHz, consumed memory / (memory − hypervisor overhead)). Only hosts that
 * are on count; others are NaN. Arrays are indexed by h − cluster.hostStart. Pure functions: the
 * world is read, never written.
 */
import { HOST_ON } from '../lifecycle.js';
import type { ClusterInfo, World } from '../world.js';

/** Per-host CPU and memory use of one cluster as fractions of capacity (NaN for hosts not on). */
export interface HostUsage {
  readonly cpu: Float64Array;
  readonly mem: Float64Array;
}

export function newUsage(cluster: ClusterInfo): HostUsage {
  const n = cluster.hostEnd - cluster.hostStart;
  return { cpu: new Float64Array(n), mem: new Float64Array(n) };
}

/** Memory capacity VMs can consume on host h (MiB). */
function memCap(world: World, h: number): number {
  return (world.hosts.memoryMiB[h]) - (world.hosts.overheadMiB[h]);
}

/** Fill `out` with the cluster's current usage. */
export function hostUsage(world: World, cluster: ClusterInfo, out: HostUsage): void {
  const H = world.hosts;
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    const k = h - cluster.hostStart;
    if (H.state[h] !== HOST_ON) {
      out.cpu[k] = NaN;
      out.mem[k] = NaN;
      continue;
    }
    out.cpu[k] = (H.demandMhz[h]) / (H.usableMhz[h]);
    out.mem[k] = (H.consumedMiB[h]) / memCap(world, h);
  }
}

/** Per-host load (max of CPU and memory fractions) into `out`; NaN for hosts not on. */
export function hostLoads(world: World, cluster: ClusterInfo, out: Float64Array): void {
  const H = world.hosts;
  for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
    out[h - cluster.hostStart] =
      H.state[h] !== HOST_ON
        ? NaN
        : Math.max((H.demandMhz[h]) / (H.usableMhz[h]), (H.consumedMiB[h]) / memCap(world, h));
  }
}

/** Loads from a usage: max(cpu, mem), NaN stays NaN. */
export function loadsOf(u: HostUsage, out: Float64Array): void {
  for (let k = 0; k < u.cpu.length; k++) out[k] = Math.max(u.cpu[k], u.mem[k]);
}

/** Population standard deviation of the non-NaN loads among the first n; 0 with none. */
export function imbalance(loads: ArrayLike<number>, n: number): number {
  return stdDev(n, (k) => loads[k]);
}

function stdDev(n: number, at: (k: number) => number): number {
  let count = 0;
  let sum = 0;
  for (let k = 0; k < n; k++) {
    const x = at(k);
    if (Number.isNaN(x)) continue;
    count++;
    sum += x;
  }
  if (count === 0) return 0;
  const mean = sum / count;
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const x = at(k);
    if (!Number.isNaN(x)) sq += (x - mean) * (x - mean);
  }
  return Math.sqrt(sq / count);
}

/** CPU (MHz) VM v would want on host h: its demand × its vCPUs × h's core speed. */
export function vmWantOn(world: World, v: number, h: number): number {
  return (world.vms.demand[v]) * (world.vms.vcpus[v]) * (world.hosts.coreMhz[h]);
}

/** Memory (MiB) VM v takes with it: what its guest touched plus its hypervisor overhead. */
export function vmMemEstimate(world: World, v: number): number {
  return (world.vms.touchedMiB[v]) + (world.vms.overheadMiB[v]);
}

/** Usage of hosts h1 and h2 (cpu1, mem1, cpu2, mem2) after VM v moves from h1 to h2; NaN hosts stay NaN. */
function moved(world: World, cluster: ClusterInfo, u: HostUsage, v: number, h1: number, h2: number, out: Float64Array): void {
  const H = world.hosts;
  const k1 = h1 - cluster.hostStart;
  const k2 = h2 - cluster.hostStart;
  const mem = vmMemEstimate(world, v);
  out[0] = Math.max(0, (u.cpu[k1]) - vmWantOn(world, v, h1) / (H.usableMhz[h1]));
  out[1] = Math.max(0, (u.mem[k1]) - mem / memCap(world, h1));
  out[2] = (u.cpu[k2]) + vmWantOn(world, v, h2) / (H.usableMhz[h2]);
  out[3] = (u.mem[k2]) + mem / memCap(world, h2);
}

const scratch = new Float64Array(4);

/** Imbalance if VM v moved from h1 to h2, computed on `u` without changing it or the world. */
export function imbalanceAfterMove(world: World, cluster: ClusterInfo, u: HostUsage, v: number, h1: number, h2: number): number {
  moved(world, cluster, u, v, h1, h2, scratch);
  const l1 = Math.max(scratch[0], scratch[1]);
  const l2 = Math.max(scratch[2], scratch[3]);
  const k1 = h1 - cluster.hostStart;
  const k2 = h2 - cluster.hostStart;
  return stdDev(u.cpu.length, (k) => (k === k1 ? l1 : k === k2 ? l2 : Math.max(u.cpu[k], u.mem[k])));
}

/** Record a planned move in `u` (a balancer's working copy; the world is untouched). */
export function applyMove(world: World, cluster: ClusterInfo, u: HostUsage, v: number, h1: number, h2: number): void {
  moved(world, cluster, u, v, h1, h2, scratch);
  const k1 = h1 - cluster.hostStart;
  const k2 = h2 - cluster.hostStart;
  u.cpu[k1] = scratch[0];
  u.mem[k1] = scratch[1];
  u.cpu[k2] = scratch[2];
  u.mem[k2] = scratch[3];
}

/** Imbalance of a usage. */
export function usageImbalance(u: HostUsage): number {
  return stdDev(u.cpu.length, (k) => Math.max(u.cpu[k], u.mem[k]));
}
