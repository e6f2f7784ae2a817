/**
 * Which hosts may go to standby, and in what order: the candidate sort and the checks a
 * candidate must pass, shared by DPM and calendar windows (power-manager.ts gives the sources
 * of each rule: VMware white paper "VMware Distributed Power Management Concepts and Use", Host
 * Sort for Power-on or Power-off Evaluation and Host Power-off Recommendations; US patent
 * 9,047,083). Pure functions of the world: nothing is changed.
 */
import type { AdmissionControl } from '../availability/admission-control.js';
import { HOST_ENTERING_STANDBY, HOST_ON, hostServes } from '../lifecycle.js';
import type { ClusterInfo, World } from '../world.js';
import { evacuationFits } from './evacuation-fit.js';

/** Host h's load now (%): the larger of CPU demand / usable CPU and consumed / usable memory. */
export function loadNow(world: World, h: number): number {
  const H = world.hosts;
  const mem = (H.memoryMiB[h]) - (H.overheadMiB[h]);
  return Math.max((H.demandMhz[h]) / (H.usableMhz[h]), (H.consumedMiB[h]) / mem) * 100;
}

/**
 * Hosts of `cl` that are on, not going down and `eligible`, in the order they are tried: empty
 * first, then the least loaded (`load`, % — NaN falls back to the load now), then the fewest
 * VMs; ties to the highest index (low indices stay on).
 */
export function standbyCandidates(world: World, cl: ClusterInfo, goingDown: (h: number) => boolean, load: (h: number) => number, eligible: (h: number) => boolean): number[] {
  const H = world.hosts;
  const out: number[] = [];
  for (let h = cl.hostEnd - 1; h >= cl.hostStart; h--) if (H.state[h] === HOST_ON && !goingDown(h) && eligible(h)) out.push(h);
  const loadOf = (h: number): number => {
    const l = load(h);
    return Number.isNaN(l) ? loadNow(world, h) : l;
  };
  return out.sort((a, b) => {
    const ea = (H.vmCount[a]) === 0 ? 0 : 1;
    const eb = (H.vmCount[b]) === 0 ? 0 : 1;
    return ea - eb || loadOf(a) - loadOf(b) || (H.vmCount[a]) - (H.vmCount[b]) || b - a;
  });
}

/** The hosts that would stay on without host h: how many, their usable CPU (MHz) and memory (MiB), and the cluster's demand (MHz) and consumed memory (MiB). */
export interface Staying {
  readonly on: number;
  readonly cpuMhz: number;
  readonly memMiB: number;
  readonly demandMhz: number;
  readonly consumedMiB: number;
}

export function stayingWithout(world: World, cl: ClusterInfo, h: number, goingDown: (h: number) => boolean): Staying {
  const H = world.hosts;
  let on = 0;
  let cpu = 0;
  let mem = 0;
  let demand = 0;
  let consumed = 0;
  for (let k = cl.hostStart; k < cl.hostEnd; k++) {
    if (!hostServes(H.state[k])) continue;
    demand += H.demandMhz[k];
    consumed += H.consumedMiB[k];
    if (H.state[k] !== HOST_ON || goingDown(k) || k === h) continue;
    on++;
    cpu += H.usableMhz[k];
    mem += (H.memoryMiB[k]) - (H.overheadMiB[k]);
  }
  return { on, cpuMhz: cpu, memMiB: mem, demandMhz: demand, consumedMiB: consumed };
}

/** Utilisation (%) the staying hosts would run at: the larger of CPU and memory. */
export function stayingPct(s: Staying): number {
  return Math.max((s.demandMhz / s.cpuMhz) * 100, (s.consumedMiB / s.memMiB) * 100);
}

/**
 * Null when host h of cluster c may go to standby: at least `minHostsOn` hosts stay on, they
 * run at or under `limitPct` with the cluster's whole demand, its VMs (with those of hosts
 * already entering standby) fit on them, and HA admission control holds without it; else why not.
 */
export function standbyRefusal(world: World, admission: AdmissionControl, cl: ClusterInfo, c: number, h: number, limitPct: number, goingDown: (h: number) => boolean): string | null {
  const H = world.hosts;
  const s = stayingWithout(world, cl, h, goingDown);
  const dpm = cl.power.dpm;
  if (s.on < dpm.minHostsOn) return `minHostsOn is ${dpm.minHostsOn}`;
  // White paper, Advanced Options: MinPoweredOnCpuCapacity / MinPoweredOnMemCapacity (1 MHz / 1 MB by default).
  if (s.cpuMhz < dpm.minPoweredOnCpuMhz) return `the ${s.on} other hosts have ${s.cpuMhz.toFixed(0)} MHz, below minPoweredOnCpuMhz ${dpm.minPoweredOnCpuMhz}`;
  if (s.memMiB < dpm.minPoweredOnMiB) return `the ${s.on} other hosts have ${(s.memMiB / 1024).toFixed(1)} GiB, below minPoweredOnMemoryGiB ${dpm.minPoweredOnMiB / 1024}`;
  if (s.cpuMhz <= 0) return 'no other host is on';
  const cpuPct = (s.demandMhz / s.cpuMhz) * 100;
  const memPct = (s.consumedMiB / s.memMiB) * 100;
  if (cpuPct > limitPct || memPct > limitPct) return `the ${s.on} other hosts would run at CPU ${cpuPct.toFixed(0)} % / memory ${memPct.toFixed(0)} %, above ${limitPct} %`;
  // Hosts already being emptied for standby send their VMs to the same staying hosts.
  const leaving = [h];
  for (let k = cl.hostStart; k < cl.hostEnd; k++) if (H.state[k] === HOST_ENTERING_STANDBY) leaving.push(k);
  const fit = evacuationFits(world, cl, leaving, (k) => !goingDown(k));
  if (fit !== null) return fit;
  return admission.allowsRemoving(c, h);
}
