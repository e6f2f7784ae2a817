/**
 * vSphere HA admission control on the live cluster: it keeps, per cluster, the powered-on VMs'
 * count and reservation sums (incrementally: power-ons at the start of a large run stay linear)
 * and judges a power-on against the cluster's policy (admission.ts holds the policy arithmetic).
 *
 * Slots and percentages count every powered-on VM (running, migrating or booting) and every host
 * that is on; hosts that failed, are in maintenance or in standby give no capacity, as in vSphere.
 * A VM without a CPU reservation takes the 32 MHz minimum; its memory slot is its reservation plus
 * its virtualization overhead.
 */
import { hostEvacuating, hostServes, VM_DOWN } from '../lifecycle.js';
import type { World } from '../world.js';
import { DEFAULT_MIN_SLOT_CPU_MHZ, percentagePolicy, slotsPerHost } from './admission.js';

export interface FailoverCapacity {
  /** Host failures the cluster can absorb now (slot arithmetic, largest hosts failing first). */
  tolerates: number;
  /** Current failover capacity, % of cluster CPU and memory left unreserved. */
  cpuPct: number;
  memPct: number;
}

export class AdmissionControl {
  private readonly count: Int32Array;
  private readonly sumCpu: Float64Array;
  private readonly sumMem: Float64Array;
  private readonly maxCpu: Float64Array;
  private readonly maxMem: Float64Array;
  private readonly stale: Uint8Array;
  private slots: number[] = [];

  constructor(private readonly world: World) {
    const n = world.clusters.length;
    this.count = new Int32Array(n);
    this.sumCpu = new Float64Array(n);
    this.sumMem = new Float64Array(n);
    this.maxCpu = new Float64Array(n);
    this.maxMem = new Float64Array(n);
    this.stale = new Uint8Array(n);
  }

  private cpuOf(v: number): number {
    return Math.max(DEFAULT_MIN_SLOT_CPU_MHZ, this.world.vms.cpuReservationMhz[v]);
  }

  private memOf(v: number): number {
    const V = this.world.vms;
    return (V.memReservationMiB[v]) + (V.overheadMiB[v]);
  }

  /** VM v was powered on. */
  up(v: number): void {
    const c = this.world.vms.cluster[v];
    this.count[c] = (this.count[c]) + 1;
    const cpu = this.cpuOf(v);
    const mem = this.memOf(v);
    this.sumCpu[c] = (this.sumCpu[c]) + cpu;
    this.sumMem[c] = (this.sumMem[c]) + mem;
    if (cpu > (this.maxCpu[c])) this.maxCpu[c] = cpu;
    if (mem > (this.maxMem[c])) this.maxMem[c] = mem;
  }

  /** VM v was powered off (or lost with its host). */
  down(v: number): void {
    const c = this.world.vms.cluster[v];
    this.count[c] = (this.count[c]) - 1;
    this.sumCpu[c] = (this.sumCpu[c]) - this.cpuOf(v);
    this.sumMem[c] = (this.sumMem[c]) - this.memOf(v);
    // The slot may shrink: recount the largest reservations when next needed.
    if (this.cpuOf(v) >= (this.maxCpu[c]) || this.memOf(v) >= (this.maxMem[c])) this.stale[c] = 1;
  }

  private refreshMax(c: number): void {
    if (this.stale[c] === 0) return;
    const cl = this.world.clusters[c]!;
    const V = this.world.vms;
    let cpu = 0;
    let mem = 0;
    for (let v = cl.vmStart; v < cl.vmEnd; v++) {
      if (V.state[v] === VM_DOWN) continue;
      cpu = Math.max(cpu, this.cpuOf(v));
      mem = Math.max(mem, this.memOf(v));
    }
    this.maxCpu[c] = cpu;
    this.maxMem[c] = mem;
    this.stale[c] = 0;
  }

  /** Slots of each serving host (maintenance hosts excluded), with the slot grown to fit VM `extra` (-1 for none). */
  private hostSlots(c: number, extra: number, without = -1): { perHost: number[]; slotCpu: number; slotMem: number } {
    this.refreshMax(c);
    const cl = this.world.clusters[c]!;
    const H = this.world.hosts;
    let slotCpu = Math.max(DEFAULT_MIN_SLOT_CPU_MHZ, this.maxCpu[c]);
    let slotMem = this.maxMem[c];
    if (extra >= 0) {
      slotCpu = Math.max(slotCpu, this.cpuOf(extra));
      slotMem = Math.max(slotMem, this.memOf(extra));
    }
    const perHost = this.slots;
    perHost.length = 0;
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      const s = H.state[h];
      if (h === without || !hostServes(s) || hostEvacuating(s)) continue;
      const memMiB = (H.memoryMiB[h]) - (H.overheadMiB[h]);
      perHost.push(slotsPerHost(H.usableMhz[h], memMiB, { cpuMhz: slotCpu, memMiB: slotMem }));
    }
    perHost.sort((a, b) => b - a);
    return { perHost, slotCpu, slotMem };
  }

  private capacity(c: number, without = -1): { cpu: number[]; mem: number[] } {
    const cl = this.world.clusters[c]!;
    const H = this.world.hosts;
    const cpu: number[] = [];
    const mem: number[] = [];
    for (let h = cl.hostStart; h < cl.hostEnd; h++) {
      const s = H.state[h];
      if (h === without || !hostServes(s) || hostEvacuating(s)) continue;
      cpu.push(H.usableMhz[h]);
      mem.push((H.memoryMiB[h]) - (H.overheadMiB[h]));
    }
    return { cpu, mem };
  }

  /** Whether VM v may power on in its cluster now; null admits, else why not. */
  allowPowerOn(v: number): string | null {
    const c = this.world.vms.cluster[v];
    const cl = this.world.clusters[c]!;
    const ac = cl.ha.admission;
    if (ac.policy === 'slots') {
      const { perHost, slotCpu, slotMem } = this.hostSlots(c, v);
      let total = 0;
      for (const s of perHost) total += s;
      let failover = 0;
      for (let i = 0; i < Math.min(ac.hostFailuresToTolerate, perHost.length); i++) failover += perHost[i];
      const used = (this.count[c]) + 1;
      if (used > total - failover)
        return `HA admission control (slots): ${used} slots needed, ${total - failover} of ${total} available after keeping ${failover} for ${ac.hostFailuresToTolerate} host failure(s) (slot ${Math.round(slotCpu)} MHz / ${Math.round(slotMem)} MiB)`;
      return null;
    }
    if (ac.policy === 'percentage') {
      const { cpu, mem } = this.capacity(c);
      const r = percentagePolicy(cpu, mem, (this.sumCpu[c]) + this.cpuOf(v), (this.sumMem[c]) + this.memOf(v), ac.cpuPct, ac.memoryPct);
      if (!r.ok)
        return `HA admission control (percentage): failover capacity would fall to CPU ${r.currentCpuFailoverPct.toFixed(1)} % / memory ${r.currentMemFailoverPct.toFixed(1)} %, below ${ac.cpuPct.toFixed(1)} % / ${ac.memoryPct.toFixed(1)} %`;
      return null;
    }
    return null;
  }

  /**
   * Whether the cluster still meets its admission control policy with host h taken out of
   * service (power management asks before it powers a host down); null if so, else why not.
   */
  allowsRemoving(c: number, h: number): string | null {
    const cl = this.world.clusters[c]!;
    const ac = cl.ha.admission;
    if (!cl.ha.enabled || ac.policy === 'disabled') return null;
    if (ac.policy === 'failover-hosts') return this.world.failoverHost[h] === 1 ? 'it is a failover host' : null;
    const f = this.failover(c, h);
    if (ac.policy === 'slots')
      return f.tolerates >= ac.hostFailuresToTolerate ? null : `HA could then absorb ${f.tolerates} host failure(s), below ${ac.hostFailuresToTolerate}`;
    return f.cpuPct >= ac.cpuPct && f.memPct >= ac.memoryPct
      ? null
      : `failover capacity would fall to CPU ${f.cpuPct.toFixed(1)} % / memory ${f.memPct.toFixed(1)} %`;
  }

  /** The cluster's failover capacity now (for the metrics and the report), optionally without host `without`. */
  failover(c: number, without = -1): FailoverCapacity {
    const { perHost } = this.hostSlots(c, -1, without);
    const used = this.count[c];
    let remaining = 0;
    for (const s of perHost) remaining += s;
    let tolerates = 0;
    for (let f = 1; f < perHost.length; f++) {
      remaining -= perHost[f - 1];
      if (remaining < used) break;
      tolerates = f;
    }
    const { cpu, mem } = this.capacity(c, without);
    const r = percentagePolicy(cpu, mem, this.sumCpu[c], this.sumMem[c], 0, 0);
    return { tolerates, cpuPct: r.currentCpuFailoverPct, memPct: r.currentMemFailoverPct };
  }
}
