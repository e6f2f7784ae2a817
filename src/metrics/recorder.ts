/**
 * The sampling recorder: at every output interval it brings the integrals up to date, turns
 * their differences into interval averages per host, per cluster and per VM, hands the frame to
 * its sinks (CSV writers, the report builder) and feeds the per-VM percentile histograms.
 * It observes the model through its arrays; the model knows nothing of it.
 */
import type { Kernel } from '../engine/index.js';
import type { Datacenter } from '../model/datacenter.js';
import { KIND_SAMPLE } from '../model/event-kinds.js';
import {
  DOWN_ADMISSION,
  DOWN_UNPLACEABLE,
  HOST_BOOTING,
  HOST_FAILED,
  HOST_SHUTTING_DOWN,
  HOST_STANDBY,
  HOST_STATES,
  plannedDown,
  VM_BOOTING,
  VM_DOWN,
} from '../model/lifecycle.js';
import { STATE_LOW } from '../model/memory/min-free.js';
import { BinLayout, EntityHistograms } from './histogram.js';
import { emptyFrame, type SampleFrame } from './frame.js';

/** After every model change at the same instant. */
export const PRIORITY_SAMPLE = 100;
const WH_PER_WMS = 1 / 3_600_000;

/** A cluster's totals per output interval (the figures its peaks come from). */
export interface ClusterIntervals {
  readonly usableMhz: number[];
  readonly grantedMhz: number[];
  readonly consumedMiB: number[];
  readonly swappedMiB: number[];
}

export interface SampleSink {
  onSample(frame: SampleFrame): void;
}

export class Recorder {
  readonly frame: SampleFrame;
  /** Per-VM distributions of interval averages, in % of the VM's vCPU capacity. */
  readonly vmDemand: EntityHistograms;
  readonly vmGranted: EntityHistograms;
  readonly vmReady: EntityHistograms;
  private readonly clusterReady: EntityHistograms;
  private readonly prevHost: { demand: Float64Array; granted: Float64Array; ready: Float64Array; active: Float64Array; consumed: Float64Array; energy: Float64Array; up: Float64Array };
  /** Memory integrals per host: [source, value at the last sample, frame output, divide by]. */
  private readonly memoryDeltas: Array<[Float64Array, Float64Array, Float64Array, number]>;
  private readonly prevVm: { want: Float64Array; granted: Float64Array; ready: Float64Array; placed: Float64Array };
  private lastSample = 0;
  samples = 0;
  /**
   * Each cluster's interval totals, in sampling order: the datacenter's peaks are folded from
   * them cluster by cluster, so a cluster run on its own contributes exactly the same numbers.
   */
  readonly clusterIntervals: ClusterIntervals[];

  constructor(
    private readonly model: Datacenter,
    private readonly kernel: Kernel,
    readonly intervalMs: number,
    private readonly sinks: readonly SampleSink[],
  ) {
    const { hosts, vms, clusters } = model.world;
    this.frame = emptyFrame(hosts.n, clusters.length, vms.n);
    // 30 bins of 3.33 % (+ the zero bin): a row fits one cache line; interpolation and the exact
    // min / max keep the p95 within a bin's width.
    const pct = BinLayout.uniform(100, 30);
    const ready = BinLayout.readyPct();
    this.vmDemand = new EntityHistograms(pct, vms.n);
    this.vmGranted = new EntityHistograms(pct, vms.n);
    this.vmReady = new EntityHistograms(ready, vms.n);
    this.clusterReady = new EntityHistograms(ready, clusters.length);
    this.clusterIntervals = clusters.map(() => ({ usableMhz: [], grantedMhz: [], consumedMiB: [], swappedMiB: [] }));
    const n = hosts.n;
    this.prevHost = {
      demand: new Float64Array(n),
      granted: new Float64Array(n),
      ready: new Float64Array(n),
      active: new Float64Array(n),
      consumed: new Float64Array(n),
      energy: new Float64Array(n),
      up: new Float64Array(n),
    };
    const HM = model.memory.host;
    const f = this.frame.host;
    const per = (src: Float64Array, out: Float64Array, perMs: number): [Float64Array, Float64Array, Float64Array, number] => [
      src,
      new Float64Array(n),
      out,
      perMs,
    ];
    // Integrals (MiB·ms) become interval averages; counters (MiB) become rates per second.
    this.memoryDeltas = [
      per(HM.sharedInt, f.sharedMiB, 1),
      per(HM.balloonInt, f.balloonMiB, 1),
      per(HM.compressedStoredInt, f.compressedMiB, 1),
      per(HM.compressionSavedInt, f.compressionSavedMiB, 1),
      per(HM.swappedInt, f.swappedMiB, 1),
      per(HM.swapInMiB, f.swapInMiBps, 1 / 1000),
      per(HM.swapOutMiB, f.swapOutMiBps, 1 / 1000),
      per(HM.blockedInt, f.blockedMiB, 1),
      per(HM.stallInt, f.stallPct, 1),
    ];
    this.prevVm = { want: new Float64Array(vms.n), granted: new Float64Array(vms.n), ready: new Float64Array(vms.n), placed: new Float64Array(vms.n) };
    kernel.on(KIND_SAMPLE, () => this.sample(this.kernel.now));
  }

  private prevByState: Float64Array = new Float64Array(0);

  /** Gauges owned by other models (HA, balancer), read at each sample. */
  gauges: { failoverHosts?(cluster: number): number; imbalance?(cluster: number): number } = {};

  start(): void {
    this.lastSample = this.kernel.now;
    this.scheduleNext();
  }

  private scheduleNext(): void {
    const next = Math.min(this.lastSample + this.intervalMs, this.model.world.durationMs);
    if (next > this.lastSample) this.kernel.schedule(next, KIND_SAMPLE, 0, 0, 0, PRIORITY_SAMPLE);
  }

  /** Close the interval [lastSample, t). */
  sample(t: number): void {
    const dt = t - this.lastSample;
    if (dt <= 0) return;
    const { world } = this.model;
    this.model.flushAll(t);
    const H = world.hosts;
    const V = world.vms;
    const f = this.frame;
    const p = this.prevHost;
    f.t0 = this.lastSample;
    f.t1 = t;
    for (let h = 0; h < H.n; h++) {
      const usable = H.usableMhz[h];
      const vcpuMhz = (H.vcpus[h]) * (H.coreMhz[h]);
      f.host.demandMhz[h] = ((H.demandInt[h]) - (p.demand[h])) / dt;
      f.host.grantedMhz[h] = ((H.grantedInt[h]) - (p.granted[h])) / dt;
      const readyMhz = ((H.readyInt[h]) - (p.ready[h])) / dt;
      f.host.readyPct[h] = vcpuMhz > 0 ? (readyMhz / vcpuMhz) * 100 : 0;
      f.host.utilPct[h] = ((f.host.grantedMhz[h]) / usable) * 100;
      f.host.activeMiB[h] = ((H.activeInt[h]) - (p.active[h])) / dt;
      f.host.consumedMiB[h] = ((H.consumedInt[h]) - (p.consumed[h])) / dt;
      f.host.freeMiB[h] = (H.memoryMiB[h]) - (H.overheadMiB[h]) - (f.host.consumedMiB[h]);
      const energy = (H.energyInt[h]) - (p.energy[h]);
      f.host.powerW[h] = energy / dt;
      f.host.energyWh[h] = energy * WH_PER_WMS;
      f.host.memState[h] = H.memState[h];
      f.host.upPct[h] = (((H.upInt[h]) - (p.up[h])) / dt) * 100;
      f.host.state[h] = H.state[h];
      p.up[h] = H.upInt[h];
      p.demand[h] = H.demandInt[h];
      p.granted[h] = H.grantedInt[h];
      p.ready[h] = H.readyInt[h];
      p.active[h] = H.activeInt[h];
      p.consumed[h] = H.consumedInt[h];
      p.energy[h] = H.energyInt[h];
    }
    for (const [src, prev, out, div] of this.memoryDeltas) {
      for (let h = 0; h < H.n; h++) {
        out[h] = ((src[h]) - (prev[h])) / dt / div;
        prev[h] = src[h];
      }
    }
    // Stall: demand lost, as % of the host's demand over the interval.
    for (let h = 0; h < H.n; h++) {
      const demand = f.host.demandMhz[h];
      f.host.stallPct[h] = demand > 0 ? ((f.host.stallPct[h]) / demand) * 100 : 0;
    }
    this.sampleVms();
    this.aggregateClusters();
    for (const s of this.sinks) s.onSample(f);
    this.lastSample = t;
    this.samples++;
    this.scheduleNext();
  }

  /** Per-VM interval averages into the per-VM histograms and this interval's cluster histogram. */
  private sampleVms(): void {
    // Interval averages: integral differences over dt, as % of the VM's vCPU capacity.
    const V = this.model.world.vms;
    const q = this.prevVm;
    const cr = this.clusterReady;
    const pct = this.vmDemand.layout;
    cr.reset();
    for (let v = 0; v < V.n; v++) {
      // Averages over the part of the interval the VM ran: a VM down for part of it is not
      // diluted by its downtime (that is availability's business), one down throughout is skipped.
      const placed = (V.placedMs[v]) - (q.placed[v]);
      if (placed <= 0) {
        this.frame.vm.readyPct[v] = NaN;
        continue;
      }
      q.placed[v] = V.placedMs[v];
      const cap = V.capMhz[v];
      const scale = 100 / (cap * placed);
      const want = ((V.wantInt[v]) - (q.want[v])) * scale;
      const granted = ((V.grantedInt[v]) - (q.granted[v])) * scale;
      const ready = ((V.readyInt[v]) - (q.ready[v])) * scale;
      this.frame.vm.readyPct[v] = ready;
      // Sampling cost follows what is engaged: a VM granted all it wanted (no contention) has
      // granted === want, one bin lookup for both; no ready at all is the zero bin, no lookup.
      const wantBin = pct.bin(want);
      this.vmDemand.addAt(v, wantBin, want);
      this.vmGranted.addAt(v, granted === want ? wantBin : pct.bin(granted), granted);
      if (ready === 0) {
        this.vmReady.addAt(v, 0, ready);
        cr.addAt(V.cluster[v], 0, ready);
      } else {
        this.vmReady.add(v, ready);
        cr.add(V.cluster[v], ready);
      }
      q.want[v] = V.wantInt[v];
      q.granted[v] = V.grantedInt[v];
      q.ready[v] = V.readyInt[v];
    }
  }

  private aggregateClusters(): void {
    const { world } = this.model;
    const H = world.hosts;
    const f = this.frame;
    const c = f.cluster;
    world.clusters.forEach((cl, ci) => {
      let usable = 0;
      let demand = 0;
      let granted = 0;
      let ready = 0;
      let vcpuMhz = 0;
      let active = 0;
      let consumed = 0;
      let memory = 0;
      let power = 0;
      let energy = 0;
      let hottest = 0;
      let sharedC = 0;
      let balloonC = 0;
      let compressedC = 0;
      let savedC = 0;
      let swappedC = 0;
      let swapInC = 0;
      let swapOutC = 0;
      let stallMhzC = 0;
      const states = c.hostsInState[ci] as Int32Array;
      states.fill(0);
      let up = 0;
      let migrating = 0;
      let serving = 0;
      let transition = 0;
      let standby = 0;
      let sleeping = 0;
      const S = HOST_STATES.length;
      if (this.prevByState.length !== H.n * S) this.prevByState = new Float64Array(H.n * S);
      const prevS = this.prevByState;
      for (let h = cl.hostStart; h < cl.hostEnd; h++) {
        for (let st = 0; st < S; st++) {
          const k = h * S + st;
          const d = (H.energyByStateInt[k]) - (prevS[k]);
          prevS[k] = H.energyByStateInt[k];
          if (st === HOST_BOOTING || st === HOST_SHUTTING_DOWN) transition += d;
          else if (st === HOST_STANDBY || st === HOST_FAILED) standby += d;
          else serving += d;
        }
        const hs = H.state[h];
        if (hs === HOST_STANDBY || hs === HOST_BOOTING || hs === HOST_SHUTTING_DOWN) sleeping++;
        // Capacity counts only while a host serves: failed and standby hosts give none.
        const upFrac = (f.host.upPct[h]) / 100;
        up += upFrac;
        migrating += H.migrationsActive[h];
        usable += (H.usableMhz[h]) * upFrac;
        demand += f.host.demandMhz[h];
        granted += f.host.grantedMhz[h];
        const hv = (H.vcpus[h]) * (H.coreMhz[h]);
        vcpuMhz += hv;
        ready += ((f.host.readyPct[h]) * hv) / 100;
        active += f.host.activeMiB[h];
        consumed += f.host.consumedMiB[h];
        memory += ((H.memoryMiB[h]) - (H.overheadMiB[h])) * upFrac;
        power += f.host.powerW[h];
        energy += f.host.energyWh[h];
        if ((f.host.utilPct[h]) > hottest) hottest = f.host.utilPct[h];
        sharedC += f.host.sharedMiB[h];
        balloonC += f.host.balloonMiB[h];
        compressedC += f.host.compressedMiB[h];
        savedC += f.host.compressionSavedMiB[h];
        swappedC += f.host.swappedMiB[h];
        swapInC += f.host.swapInMiBps[h];
        swapOutC += f.host.swapOutMiBps[h];
        stallMhzC += ((f.host.stallPct[h]) * (f.host.demandMhz[h])) / 100;
        const s = f.host.memState[h];
        states[s] = (states[s]) + 1;
      }
      c.capacityMhz[ci] = usable;
      const span = f.t1 - f.t0;
      c.powerServingW[ci] = span > 0 ? serving / span : 0;
      c.powerTransitionW[ci] = span > 0 ? transition / span : 0;
      c.powerStandbyW[ci] = span > 0 ? standby / span : 0;
      c.hostsStandby[ci] = sleeping;
      c.hostsUp[ci] = up;
      // Each migration counts on its source and its destination.
      c.migrationsActive[ci] = migrating / 2;
      c.vmsDown[ci] = this.vmsDown(cl.vmStart, cl.vmEnd);
      c.failoverHosts[ci] = this.gauges.failoverHosts?.(ci) ?? NaN;
      c.imbalance[ci] = this.gauges.imbalance?.(ci) ?? NaN;
      c.demandMhz[ci] = demand;
      c.grantedMhz[ci] = granted;
      c.utilPct[ci] = usable > 0 ? (granted / usable) * 100 : 0;
      c.maxHostUtilPct[ci] = hottest;
      c.readyMeanPct[ci] = vcpuMhz > 0 ? (ready / vcpuMhz) * 100 : 0;
      c.readyP50Pct[ci] = orZero(this.clusterReady.quantile(ci, 0.5));
      c.readyP95Pct[ci] = orZero(this.clusterReady.quantile(ci, 0.95));
      c.readyP99Pct[ci] = orZero(this.clusterReady.quantile(ci, 0.99));
      c.activeMiB[ci] = active;
      c.consumedMiB[ci] = consumed;
      c.memoryMiB[ci] = memory;
      c.powerW[ci] = power;
      c.energyWh[ci] = energy;
      let worst = 0;
      for (let s = STATE_LOW; s >= 0; s--) if ((states[s]) > 0) { worst = s; break; }
      c.worstMemState[ci] = worst;
      c.sharedMiB[ci] = sharedC;
      c.balloonMiB[ci] = balloonC;
      c.compressedMiB[ci] = compressedC;
      c.compressionSavedMiB[ci] = savedC;
      c.swappedMiB[ci] = swappedC;
      c.swapInMiBps[ci] = swapInC;
      c.swapOutMiBps[ci] = swapOutC;
      c.stallPct[ci] = demand > 0 ? (stallMhzC / demand) * 100 : 0;
      const iv = this.clusterIntervals[ci] as ClusterIntervals;
      iv.usableMhz.push(usable);
      iv.grantedMhz.push(granted);
      iv.consumedMiB.push(consumed);
      iv.swappedMiB.push(swappedC);
    });
  }

  /** VMs out of service after having run (down or booting again), not those never placed. */
  private vmsDown(from: number, to: number): number {
    const V = this.model.world.vms;
    let n = 0;
    for (let v = from; v < to; v++) {
      const s = V.state[v];
      const r = V.downReason[v];
      if (plannedDown(r)) continue;
      if (s === VM_BOOTING || (s === VM_DOWN && r !== DOWN_UNPLACEABLE && r !== DOWN_ADMISSION)) n++;
    }
    return n;
  }

  /** Sample the last, possibly partial, interval. */
  finish(t: number): void {
    this.sample(t);
  }
}

function orZero(x: number): number {
  return Number.isNaN(x) ? 0 : x;
}
