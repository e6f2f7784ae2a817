/**
 * The simulated side: a sample sink that keeps, per replayed host and grid cell, the figures
 * of metrics.ts from the model's host frame, and per VM the CPU granted (cores) and ready (%
 * of its vCPUs), and the KSM pages kept from the memory model. Host CPU busy counts the hypervisor's overhead and foreign processes as busy,
 * as /proc/stat does: (granted + capacity − usable + foreign) / capacity.
 */
import type { SampleFrame } from '../../metrics/frame.js';
import type { SampleSink } from '../../metrics/recorder.js';
import type { MemoryArrays } from '../../model/memory/memory-arrays.js';
import type { World } from '../../model/world.js';
import type { HostGridSeries } from './metrics.js';

export interface SimulatedSeries {
  readonly hosts: HostGridSeries[];
  /** Per VM group name: cores granted per cell. */
  readonly vmGrantedCores: Map<string, Float64Array>;
  /** Per VM group name: CPU ready % of its vCPUs per cell. */
  readonly vmReadyPct: Map<string, Float64Array>;
}

export class SimulatedSink implements SampleSink {
  readonly series: SimulatedSeries;
  private readonly hostIndex: number[];
  private readonly vmIndex: number[];
  private readonly vmNames: string[];
  private readonly prevGranted: Float64Array;
  /** Every replayed VM states its mergeable content (memory.content; an overlay sets it for all templates). */
  private readonly contentStated: boolean;
  private cell = 0;

  constructor(
    private readonly world: World,
    private readonly memory: MemoryArrays,
    hostGroups: readonly string[],
    vmGroups: readonly string[],
    private readonly cells: number,
  ) {
    const byHostGroup = new Map(world.hostGroups.map((g) => [g.name, g.hostStart] as const));
    const byVmGroup = new Map(world.groups.map((g) => [g.id.split('/').pop() as string, g.vmStart] as const));
    this.hostIndex = hostGroups.map((g) => {
      const h = byHostGroup.get(g);
      if (h === undefined) throw new Error(`internal error: host group ${g} is not in the replay world`);
      return h;
    });
    this.vmNames = [...vmGroups];
    this.vmIndex = vmGroups.map((g) => {
      const v = byVmGroup.get(g);
      if (v === undefined) throw new Error(`internal error: VM group ${g} is not in the replay world`);
      return v;
    });
    const nan = (): Float64Array => new Float64Array(cells).fill(NaN);
    this.series = {
      hosts: hostGroups.map((host) => ({ host, cpu: nan(), steal: nan(), ksm: nan(), ksmShared: nan(), swap: nan(), swapIn: nan(), swapOut: nan(), balloon: nan(), zswap: nan() })),
      vmGrantedCores: new Map(vmGroups.map((g) => [g, nan()])),
      vmReadyPct: new Map(vmGroups.map((g) => [g, nan()])),
    };
    this.prevGranted = new Float64Array(vmGroups.length);
    this.contentStated = this.vmIndex.every((v) => (memory.vmSettings.mergeContent[v]) === 1);
  }

  onSample(f: SampleFrame): void {
    const k = this.cell++;
    if (k >= this.cells) return;
    const H = this.world.hosts;
    const V = this.world.vms;
    const dt = f.t1 - f.t0;
    this.hostIndex.forEach((h, i) => {
      const s = this.series.hosts[i] as HostGridSeries;
      const cap = H.capacityMhz[h];
      const overhead = cap - (H.usableMhz[h]) + (H.foreignMhz[h]);
      s.cpu[k] = cap > 0 ? (((f.host.grantedMhz[h]) + overhead) / cap) * 100 : NaN;
      s.steal[k] = f.host.readyPct[h];
      s.ksm[k] = f.host.sharedMiB[h];
      // KSM pages kept at the sample instant (pages_shared is a reading, not an average); only
      // templates that state their content predict it (fixed sharing fractions do not).
      s.ksmShared[k] = this.contentStated ? this.memory.host.ksmKeptMiB[h] : NaN;
      s.swap[k] = f.host.swappedMiB[h];
      s.swapIn[k] = f.host.swapInMiBps[h];
      s.swapOut[k] = f.host.swapOutMiBps[h];
      s.balloon[k] = f.host.balloonMiB[h];
      s.zswap[k] = f.host.compressedMiB[h];
    });
    this.vmIndex.forEach((v, i) => {
      const name = this.vmNames[i] as string;
      const host = V.host[v];
      const granted = V.grantedInt[v];
      const coreMhz = host >= 0 ? (H.coreMhz[host]) : NaN;
      (this.series.vmGrantedCores.get(name) as Float64Array)[k] = (granted - (this.prevGranted[i])) / dt / coreMhz;
      (this.series.vmReadyPct.get(name) as Float64Array)[k] = f.vm.readyPct[v];
      this.prevGranted[i] = granted;
    });
  }
}
