/**
 * The datacenter model on the event kernel: workload changes (a batched step pass for stepped
 * workloads, events for on/off bursts) update VM demand, mark their hosts dirty, and each dirty
 * host is recomputed once: CPU allocation → memory state → power. Integrals are brought up to
 * date just before a rate changes (integrate at change points).
 */
import { exponential, uniformAt, type Kernel } from '../engine/index.js';
import { allocateCpu } from './cpu/allocate.js';
import { erlangC, wakeWaitMhz } from './cpu/run-queue.js';
import type { MemoryArrays } from './memory/memory-arrays.js';
import { MemoryReclaimer } from './memory/reclaim.js';
import type { ModelEvent, ModelObserver } from './observer.js';
import { OutageTracker } from './availability/outages.js';
import { HOST_BOOTING, HOST_FAILED, HOST_SHUTTING_DOWN, HOST_STANDBY, hostServes, VM_RUNNING } from './lifecycle.js';

import { attachVm, linkVm, placeInitial, releaseOn, reserveOn, unlinkVm, type Admit, type PlacementOutcome } from './placement/initial.js';
import { modelPower, powerTableOffset } from './power/models.js';
import { demandMhz } from './workload/demand.js';
import { batchLevels, steppedLevel } from './workload/levels.js';
import { StepSchedule } from './workload/step-schedule.js';
import { steppedVms, WL_ON_OFF, type WorkloadArrays } from './workload/workload-arrays.js';
import type { World } from './world.js';
import { FLOW_CHANCE_ANCHOR, FLOW_GRANTED, FLOW_LAST_T, FLOW_PLACED, FLOW_READY, FLOW_READY_MHZ, FLOW_STRIDE, FLOW_WAIT_AT_FULL, FLOW_WANT } from './vm-flow.js';
import { flushHostRates, flushHostStateEnergy, flushHostStateTime, flushVmIntegrals, publishVmIntegrals } from './integrals.js';

import { KIND_MEMORY_TICK, KIND_ON_OFF_SWITCH, KIND_WORKLOAD_STEP } from './event-kinds.js';

export { KIND_MEMORY_TICK, KIND_ON_OFF_SWITCH, KIND_WORKLOAD_STEP };
/** Longest tick of a host whose only memory motion is page sharing converging. */
const SHARING_TICK_MS = 60_000;
/** Dirty marks: the host needs a full recompute, or only its power and memory figures refreshed. */
const RECOMPUTE = 1;
const REFRESH = 2;
/** Model events fire before observers' events at the same instant. */
export const PRIORITY_MODEL = 10;
/**
 * Stepped workloads change before anything else at an instant, so every controller acting then
 * sees the new demand. The step is one event for every cluster's VMs: without its own priority
 * its place among a cluster's events at an instant would depend on when other clusters' VMs
 * last stepped, and a cluster would not run alone as it runs in the datacenter.
 */
export const PRIORITY_WORKLOAD = 5;

/** MHz a host's VMs can share: compression, live migration and foreign processes run on its CPUs first. */
function roomMhz(usableMhz: number, compressionMhz: number, migrationMhz: number, foreignMhz: number): number {
  const c = usableMhz - compressionMhz - migrationMhz - foreignMhz;
  return c > 0 ? c : 0;
}

export class Datacenter {
  readonly schedule: StepSchedule;
  /**
   * Each step batch as runs of VMs of one workload kind on consecutive rows of its kind's table
   * (workload/levels.ts batchLevels runs a loop per kind over such a run): run r is
   * order[runStart[r], runStart[r + 1]) of kind runKind[r]; batch b's runs are
   * batchFirstRun[b] … batchFirstRun[b + 1] − 1. A batch mixing kinds (the region's groups on
   * aligned phases) is then a few such runs rather than a VM-by-VM dispatch.
   */
  private readonly runStart: Int32Array;
  private readonly runKind: Int8Array;
  private readonly batchFirstRun: Int32Array;
  /** Levels of the current step batch, before they are applied (workload/levels.ts batchLevels). */
  private readonly batchLevel: Float64Array;
  /** One VM and its raw level, for applyLevels outside the step pass. */
  private readonly oneVm = new Int32Array(1);
  private readonly oneRaw = new Float64Array(1);
  /** Active memory as a fraction of configured memory, from the workload; by slot. */
  private readonly memFrac: Float64Array;
  private readonly dirty: Uint8Array;
  private readonly dirtyList: Int32Array;
  private dirtyCount = 0;
  private scratchWant = new Float64Array(64);
  private scratchLimit = new Float64Array(64);
  private scratchRes = new Float64Array(64);
  private scratchShares = new Float64Array(64);
  private scratchGranted = new Float64Array(64);
  private scratchWait = new Float64Array(64);
  private scratchFixed = new Uint8Array(64);
  private scratchVm = new Int32Array(64);
  placement: PlacementOutcome | null = null;
  /** Memory-state hysteresis of each host's cluster, % of minFree. */
  private readonly hysteresisPct: Float64Array;

  readonly reclaimer: MemoryReclaimer;
  readonly outages: OutageTracker;
  /** Admission control at the initial power-on (set by the HA controller when there is one). */
  admit: Admit = () => null;
  /**
   * Multiplier on each VM's workload level (1 by default): a group whose VMs share one load
   * behind a load balancer scales it by how many of them run (provisioning/load-share.ts).
   */
  readonly demandScale: Float64Array;
  /** Multiplier on the workload level of every VM of a cluster (1 by default; cluster-policy demandScale), on top of demandScale. */
  readonly clusterScale: Float64Array;
  /**
   * Whether any demand or cluster scale has ever been set to other than 1: until then the step
   * pass skips loading them (two scattered loads per VM-step when phases are random).
   */
  private anyScaled = false;
  /**
   * The workload's own level of each VM, before demandScale. This, level, memFrac and levelWatch
   * are kept by slot (V.slot, step-schedule.ts stepSlots), as the flow records are, so the step
   * pass writes them front to back.
   */
  private readonly rawLevel: Float64Array;
  /** The level in force (after demandScale): kept apart from V.demand, which is per host capacity. */
  private readonly level: Float64Array;
  /** VMs whose demand changes someone follows (1): storage, where a delta disk grows with demand. */
  private readonly levelWatch: Uint8Array;
  /** Told after the demand of a watched VM changed at t (from its workload or its scale). */
  levelChanged: (v: number, t: number) => void = () => {};

  constructor(
    readonly world: World,
    readonly workload: WorkloadArrays,
    readonly memory: MemoryArrays,
    readonly kernel: Kernel,
    private readonly observers: readonly ModelObserver[],
  ) {
    this.reclaimer = new MemoryReclaimer(world, memory);
    this.outages = new OutageTracker(world);
    const watching = observers.filter((o) => o.vmState !== undefined);
    if (watching.length > 0)
      this.outages.listeners.push({ vmState: (t, v, from, to, reason) => { for (const o of watching) o.vmState?.(t, v, from, to, reason); } });
    const nv = world.vms.n;
    this.memFrac = new Float64Array(nv);
    this.demandScale = new Float64Array(nv).fill(1);
    this.clusterScale = new Float64Array(world.clusters.length).fill(1);
    this.rawLevel = new Float64Array(nv);
    this.level = new Float64Array(nv);
    this.levelWatch = new Uint8Array(nv);
    this.dirty = new Uint8Array(world.hosts.n);
    this.dirtyList = new Int32Array(world.hosts.n);
    this.hysteresisPct = Float64Array.from(world.hosts.cluster, (c) => (world.clusters[c] as { memoryHysteresisPct: number }).memoryHysteresisPct);
    this.schedule = new StepSchedule(steppedVms(workload.kind), workload.phaseMs, world.stepMs);
    const { order, batchStarts } = this.schedule;
    // The step pass takes a VM's slot from its position in the schedule (applyLevels).
    for (let j = 0; j < order.length; j++)
      if (world.vms.slot[order[j]] !== j) throw new Error(`VM ${order[j]} is in slot ${world.vms.slot[order[j]]}, not at its position ${j} in the step schedule (model/build.ts sets the slots)`);
    const batches = this.schedule.batchCount;
    const runStart: number[] = [];
    const runKind: number[] = [];
    this.batchFirstRun = new Int32Array(batches + 1);
    let widest = 0;
    for (let b = 0; b < batches; b++) {
      const start = batchStarts[b];
      const end = batchStarts[b + 1];
      widest = Math.max(widest, end - start);
      this.batchFirstRun[b] = runStart.length;
      // The builder lays each kind's table out in schedule order (phase, then VM), so the VMs of
      // one group in a batch are consecutive rows; a run ends where the kind changes or the rows skip.
      for (let j = start; j < end; j++) {
        const v = order[j];
        const prev = j > start ? order[j - 1] : -1;
        if (prev < 0 || workload.kind[v] !== workload.kind[prev] || workload.row[v] !== workload.row[prev] + 1) {
          runStart.push(j);
          runKind.push(workload.kind[v]);
        }
      }
    }
    this.batchFirstRun[batches] = runStart.length;
    runStart.push(order.length);
    this.runStart = Int32Array.from(runStart);
    this.runKind = Int8Array.from(runKind);
    this.batchLevel = new Float64Array(widest);
    kernel.on(KIND_WORKLOAD_STEP, () => this.onStep());
    kernel.on(KIND_ON_OFF_SWITCH, (vm, count) => this.onSwitch(vm, count));
    kernel.on(KIND_MEMORY_TICK, (h) => {
      this.memory.host.tickPending[h] = 0;
      this.recomputeHost(h, this.kernel.now);
    });
  }

  /** Place the VMs, set every workload's initial level, compute every host, schedule changes. */
  start(): PlacementOutcome {
    const { world, kernel } = this;
    const V = world.vms;
    const t = kernel.now;
    const outcome = placeInitial(world, this.admit, (v) => this.outages.set(v, VM_RUNNING, 0, t));
    this.placement = outcome;
    for (const o of this.observers) {
      if (o.placed) for (let v = 0; v < V.n; v++) if ((V.host[v]) >= 0) o.placed(t, v, V.host[v]);
      if (o.unplaceable) for (const u of outcome.unplaced) o.unplaceable(t, u.vm, u.reason);
    }
    const w = this.workload;
    for (let v = 0; v < V.n; v++) {
      const s = V.slot[v];
      V.flow[s * FLOW_STRIDE + FLOW_LAST_T] = t;
      // Every VM's workload runs from the start, so one powered on later finds its current level.
      if ((w.kind[v]) === WL_ON_OFF) this.initOnOff(v);
      const level = this.scaled(v, s, steppedLevel(w, v, 0, t, world.startEpochMs, this.memFrac, s));
      this.setLevel(v, s, level);
    }
    for (let h = 0; h < world.hosts.n; h++) {
      world.hosts.lastT[h] = t;
      world.hosts.stateSince[h] = t;
      this.memory.host.memLastT[h] = t;
      this.recomputeHost(h, t, true);
    }
    this.dirtyCount = 0;
    this.dirty.fill(0);
    if (!this.schedule.empty) kernel.schedule(this.schedule.nextTime(), KIND_WORKLOAD_STEP, 0, 0, 0, PRIORITY_WORKLOAD);
    return outcome;
  }

  /** One batch of stepped workloads that change at this instant. */
  private onStep(): void {
    const { world, workload: w, schedule, kernel } = this;
    const t = kernel.now;
    const counter = schedule.nextCounter();
    schedule.advance();
    const { order, batchStart, batchEnd } = schedule;
    const levels = this.batchLevel;
    const { runStart, runKind } = this;
    for (let r = this.batchFirstRun[schedule.batch], last = this.batchFirstRun[schedule.batch + 1]; r < last; r++) {
      const from = runStart[r];
      batchLevels(w, runKind[r], order, from, runStart[r + 1], counter, t, world.startEpochMs, this.memFrac, levels, from - batchStart);
    }
    this.applyLevels(order, batchStart, batchEnd, batchStart, levels, t, true);
    this.recomputeDirty(t);
    kernel.schedule(schedule.nextTime(), KIND_WORKLOAD_STEP, 0, 0, 0, PRIORITY_WORKLOAD);
  }

  /**
   * The workload levels raw[0, end - start) to VMs order[start, end), whose slots are firstSlot,
   * firstSlot + 1, … (the step schedule's order is by slot; a lone VM comes with its own), at t:
   * each VM's level is its raw level times its scales, applied to its host; with `notify`,
   * watchers of a VM's level are told right after it changed. The step pass runs this once per
   * VM-step, and it is the only place a VM's level changes (onSwitch and relevel hand it one
   * VM), so it is shaped for that:
   * every column is taken into a local once, each VM's active memory and wanted MHz are computed
   * once, the scales are skipped until one is set, and a VM on a host that is and stays
   * uncontended (the common case) costs its own integrals and three host sums, with no call:
   * power and the lowest free memory are refreshed once per host at the end of the batch
   * (recomputeDirty). Anything else (a contended or already dirty host, a binding limit, memory
   * to touch, engaged reclamation with something moving) marks the host for a full recompute.
   */
  private applyLevels(order: Int32Array, start: number, end: number, firstSlot: number, raw: Float64Array, t: number, notify: boolean): void {
    const V = this.world.vms;
    const H = this.world.hosts;
    const { host, memoryMiB, activeMiB, wantMhz, grantedMhz, cpuLimitMhz, capMhz, touchedMiB, demand, cluster, flow } = V;
    const { refMhz } = this.workload;
    const { rawLevel, level: levelNow, demandScale, clusterScale, memFrac, dirty, dirtyList, levelWatch } = this;
    const { engaged, compressionMhz } = this.memory.host;
    const { usableMhz, migrationMhz, foreignMhz } = H;
    for (let j = start; j < end; j++) {
      const v = order[j];
      // The VM's records by slot (rawLevel, levelNow, memFrac, levelWatch, flow) run in step with j.
      const s = firstSlot + (j - start);
      const r = raw[j - start];
      rawLevel[s] = r;
      const k = this.anyScaled ? (demandScale[v]) * (clusterScale[cluster[v]]) : 1;
      const level = k === 1 ? r : r * k;
      const h = host[v];
      if (h < 0) {
        // A VM that is down keeps its workload's level for when it runs again.
        this.setLevel(v, s, level);
      } else {
        const active = (memFrac[s]) * (memoryMiB[v]);
        const oldWant = wantMhz[v];
        const cap = capMhz[v];
        const ref = refMhz[v];
        const newWant = demandMhz(level, ref, cap);
        let sum = 0;
        if (level === levelNow[s] && active === activeMiB[v]) {
          // Nothing moved.
        } else if (
          // The uncontended case: the host has room for the new demand, so the VM gets all it
          // wants and only its own rates and the host's sums move.
          dirty[h] !== RECOMPUTE &&
          H.contended[h] === 0 &&
          !(newWant > (cpuLimitMhz[v])) &&
          grantedMhz[v] === oldWant &&
          !((sum = (H.demandMhz[h]) - oldWant + newWant) > roomMhz(usableMhz[h], compressionMhz[h], migrationMhz[h], foreignMhz[h])) &&
          !(active > (touchedMiB[v])) &&
          ((engaged[h]) === 0 || this.memorySettled(v, h, active))
        ) {
          flushHostRates(H, h, t);
          // The VM's integrals, one record (vm-flow.ts). The wake-up wait runs at waitAtFull ×
          // the host's chance, whose integral the host keeps: the VM takes its part since its
          // anchor (cpu/run-queue.ts; flushVm does the same).
          const f = s * FLOW_STRIDE;
          const dt = t - (flow[f + FLOW_LAST_T]);
          const oldFull = flow[f + FLOW_WAIT_AT_FULL];
          const chanceInt = H.waitChanceInt[h];
          if (dt > 0) {
            flow[f + FLOW_WANT] = (flow[f + FLOW_WANT]) + oldWant * dt;
            flow[f + FLOW_GRANTED] = (flow[f + FLOW_GRANTED]) + (grantedMhz[v]) * dt;
            flow[f + FLOW_READY] = (flow[f + FLOW_READY]) + (flow[f + FLOW_READY_MHZ]) * dt + oldFull * (chanceInt - (flow[f + FLOW_CHANCE_ANCHOR]));
            flow[f + FLOW_PLACED] = (flow[f + FLOW_PLACED]) + dt;
            flow[f + FLOW_LAST_T] = t;
          }
          flow[f + FLOW_CHANCE_ANCHOR] = chanceInt;
          const oldActive = activeMiB[v];
          levelNow[s] = level;
          demand[v] = ref > 0 && cap > 0 ? newWant / cap : Math.min(1, level);
          wantMhz[v] = newWant;
          activeMiB[v] = active;
          grantedMhz[v] = newWant;
          if ((H.readyPerRun[h]) > 0 && H.demandIncludesWait[h] === 0) {
            const full = wakeWaitMhz(newWant, H.coreMhz[h], H.readyPerRun[h], 1);
            flow[f + FLOW_WAIT_AT_FULL] = full;
            H.waitAtFullMhz[h] = (H.waitAtFullMhz[h]) - oldFull + full;
          }
          H.demandMhz[h] = sum;
          H.grantedMhz[h] = (H.grantedMhz[h]) - oldWant + newWant;
          H.activeMiB[h] = (H.activeMiB[h]) - oldActive + active;
          // Power and the lowest free memory are refreshed once per host at the end of the batch.
          if (dirty[h] === 0) {
            dirty[h] = REFRESH;
            dirtyList[this.dirtyCount++] = h;
          }
        } else {
          this.flushVm(v, t);
          this.setLevel(v, s, level, newWant);
          if (dirty[h] === 0) dirtyList[this.dirtyCount++] = h;
          dirty[h] = RECOMPUTE;
        }
      }
      if (notify && levelWatch[s] !== 0) this.levelChanged(v, t);
    }
  }

  /**
   * On a host where reclamation is engaged, an uncontended change must move nothing the memory
   * model reads: the host is settled (no tick pending), the VM's active memory is unchanged and
   * it has no stall.
   */
  private memorySettled(v: number, h: number, newActive: number): boolean {
    return (this.memory.host.tickPending[h]) === 0 && newActive === this.world.vms.activeMiB[v] && (this.memory.vm.stall[v]) === 0;
  }

  /** On/off bursts: the stationary probability of "on" decides the first state, then exponential periods. */
  private initOnOff(v: number): void {
    const w = this.workload;
    const r = w.row[v];
    const meanOn = w.onOff.meanOnMs[r];
    const meanOff = w.onOff.meanOffMs[r];
    const on = uniformAt(w.seed[v], 0) < meanOn / (meanOn + meanOff);
    w.onOff.isOn[r] = on ? 1 : 0;
    this.scheduleSwitch(v, 1);
  }

  private scheduleSwitch(v: number, count: number): void {
    const w = this.workload;
    const r = w.row[v];
    const mean = (w.onOff.isOn[r]) !== 0 ? (w.onOff.meanOnMs[r]) : (w.onOff.meanOffMs[r]);
    const period = Math.max(1, Math.round(exponential(uniformAt(w.seed[v], count), mean)));
    this.kernel.scheduleIn(period, KIND_ON_OFF_SWITCH, v, count + 1, 0, PRIORITY_MODEL);
  }

  private onSwitch(v: number, count: number): void {
    const w = this.workload;
    const t = this.kernel.now;
    const r = w.row[v];
    w.onOff.isOn[r] = (w.onOff.isOn[r]) !== 0 ? 0 : 1;
    const s = this.world.vms.slot[v];
    this.applyOne(v, steppedLevel(w, v, count, t, this.world.startEpochMs, this.memFrac, s), t);
    if ((this.world.vms.host[v]) >= 0) this.recomputeDirty(t);
    if (this.levelWatch[s] !== 0) this.levelChanged(v, t);
    this.scheduleSwitch(v, count);
  }

  /** MHz VM v wants at `level` on the host it is on (workload/demand.ts). */
  private wantOf(v: number, level: number): number {
    return demandMhz(level, this.workload.refMhz[v], this.world.vms.capMhz[v]);
  }

  /** VM v's demand scale becomes k at t; its demand follows at once (call settle after). */
  rescale(v: number, k: number, t: number): void {
    if (this.demandScale[v] === k) return;
    this.demandScale[v] = k;
    if (k !== 1) this.anyScaled = true;
    this.relevel(v, t);
  }

  /** Every VM of cluster ci has its workload level times k from t on (call settle after). */
  rescaleCluster(ci: number, k: number, t: number): void {
    if (this.clusterScale[ci] === k) return;
    this.clusterScale[ci] = k;
    if (k !== 1) this.anyScaled = true;
    const V = this.world.vms;
    for (let v = 0; v < V.n; v++) if (V.cluster[v] === ci) this.relevel(v, t);
  }

  /** VM v's level follows its scale now. */
  private relevel(v: number, t: number): void {
    const s = this.world.vms.slot[v];
    this.applyOne(v, this.rawLevel[s], t);
    if (this.levelWatch[s] !== 0) this.levelChanged(v, t);
  }

  /** Whether watchers are told of VM v's changes of level (levelChanged). */
  watchLevel(v: number, on: boolean): void {
    this.levelWatch[this.world.vms.slot[v]] = on ? 1 : 0;
  }

  /** The workload's level `raw` of VM v in slot s (kept) times its demand and cluster scales (capped in MHz by demandMhz). */
  private scaled(v: number, s: number, raw: number): number {
    this.rawLevel[s] = raw;
    const k = (this.demandScale[v]) * (this.clusterScale[this.world.vms.cluster[v]]);
    return k === 1 ? raw : raw * k;
  }

  /** applyLevels for VM v alone, at raw level `raw`, watchers not told. */
  private applyOne(v: number, raw: number, t: number): void {
    this.oneVm[0] = v;
    this.oneRaw[0] = raw;
    this.applyLevels(this.oneVm, 0, 1, this.world.vms.slot[v], this.oneRaw, t, false);
  }

  /** VM v's level again, where its host or size changed: its wanted MHz and demand follow. */
  private keepLevel(v: number): void {
    const s = this.world.vms.slot[v];
    this.setLevel(v, s, this.level[s]);
  }

  /** VM v's (in slot s) level, and what follows from it; `want` is wantOf(v, level) when the caller has it already. */
  private setLevel(v: number, s: number, level: number, want = this.wantOf(v, level)): void {
    const V = this.world.vms;
    const active = (this.memFrac[s]) * (V.memoryMiB[v]);
    const cap = V.capMhz[v];
    this.level[s] = level;
    // Demand as a fraction of the vCPU capacity where the VM runs (storage and migration scale by it).
    V.demand[v] = (this.workload.refMhz[v]) > 0 && cap > 0 ? want / cap : Math.min(1, level);
    V.wantMhz[v] = want;
    // Touched memory grows in the memory model, which decides whether the host has room.
    V.activeMiB[v] = active;
  }

  private recomputeDirty(t: number): void {
    for (let k = 0; k < this.dirtyCount; k++) {
      const h = this.dirtyList[k];
      const how = this.dirty[h];
      this.dirty[h] = 0;
      if (how === RECOMPUTE) this.recomputeHost(h, t);
      else this.refreshCpu(h, t);
    }
    this.dirtyCount = 0;
  }

  /** Integrate VM v's rates up to t. */
  flushVm(v: number, t: number): void {
    flushVmIntegrals(this.world.vms, this.world.hosts, v, t);
  }

  /** Integrate host h's rates and its time in states up to t. */
  flushHost(h: number, t: number): void {
    flushHostRates(this.world.hosts, h, t);
    flushHostStateEnergy(this.world.hosts, h);
    flushHostStateTime(this.world.hosts, h, t);
  }

  /** VM v's ready MHz not counted through its host's chance, and its wait at chance 1 (vm-flow.ts). */
  private setReady(v: number, readyMhz: number, waitAtFullMhz: number): void {
    const f = this.world.vms.slot[v] * FLOW_STRIDE;
    this.world.vms.flow[f + FLOW_READY_MHZ] = readyMhz;
    this.world.vms.flow[f + FLOW_WAIT_AT_FULL] = waitAtFullMhz;
  }

  /** VM v joins host h at t (h's integrals already brought to t): its wait is counted from here. */
  private anchorWait(v: number, h: number): void {
    this.world.vms.flow[this.world.vms.slot[v] * FLOW_STRIDE + FLOW_CHANCE_ANCHOR] = this.world.hosts.waitChanceInt[h];
  }

  /** Bring every host and VM integral up to t (before sampling or at the end). */
  flushAll(t: number): void {
    const H = this.world.hosts;
    const HM = this.memory.host;
    for (let h = 0; h < H.n; h++) {
      this.flushHost(h, t);
      if ((HM.engaged[h]) !== 0) {
        const n = this.gatherVms(h);
        this.reclaimer.flush(h, this.scratchVm, n, t);
      } else if ((HM.memLastT[h]) < t) {
        // Reclamation idle since the host's last update: reclaim.ts sets `engaged` whenever anything
        // is reclaimed or moving or the host is out of the high state, so every memory rate of the
        // host and its VMs is zero and the flush would add nothing; skipping it saves a walk over
        // the host's VMs at every sample. Only the host's memory clock moves (update() paces growth
        // by it); a VM's is read only by the flush, where zero rates make its age irrelevant.
        HM.memLastT[h] = t;
      }
    }
    for (let v = 0; v < this.world.vms.n; v++) {
      this.flushVm(v, t);
      publishVmIntegrals(this.world.vms, v);
    }
  }

  /** VMs on host h into scratchVm; returns how many. */
  private gatherVms(h: number): number {
    const H = this.world.hosts;
    const V = this.world.vms;
    this.ensureScratch(H.vmCount[h]);
    let k = 0;
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) this.scratchVm[k++] = v;
    return k;
  }

  private ensureScratch(n: number): void {
    if (n <= this.scratchWant.length) return;
    const size = Math.max(n, this.scratchWant.length * 2);
    this.scratchWant = new Float64Array(size);
    this.scratchLimit = new Float64Array(size);
    this.scratchRes = new Float64Array(size);
    this.scratchShares = new Float64Array(size);
    this.scratchGranted = new Float64Array(size);
    this.scratchWait = new Float64Array(size);
    this.scratchFixed = new Uint8Array(size);
    this.scratchVm = new Int32Array(size);
  }

  /** MHz host h's VMs can share (roomMhz). */
  private vmCapacityMhz(h: number): number {
    const H = this.world.hosts;
    return roomMhz(H.usableMhz[h], this.memory.host.compressionMhz[h], H.migrationMhz[h], H.foreignMhz[h]);
  }

  /** CPU allocation → memory state → power for host h, at time t. */
  recomputeHost(h: number, t: number, initial = false): void {
    const { world } = this;
    const H = world.hosts;
    const V = world.vms;
    this.flushHost(h, t);
    const n = H.vmCount[h];
    this.ensureScratch(n);
    const want = this.scratchWant;
    const limit = this.scratchLimit;
    const res = this.scratchRes;
    const shares = this.scratchShares;
    const granted = this.scratchGranted;
    const vms = this.scratchVm;
    const stall = this.memory.vm.stall;
    const wait = this.scratchWait;
    let k = 0;
    let active = 0;
    let runnable = 0;
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) {
      vms[k] = v;
      // A vCPU stalled on a reclaimed page is not runnable (memory.stall from the last update).
      want[k] = (V.wantMhz[v]) * (1 - (stall[v]));
      runnable += want[k];
      limit[k] = V.cpuLimitMhz[v];
      res[k] = V.cpuReservationMhz[v];
      shares[k] = V.cpuShares[v];
      active += V.activeMiB[v];
      k++;
    }
    // Wake-up waits (cpu/run-queue.ts): where demand is runnable time they are spent in it and
    // the host shares its capacity over what is left to run (wait[j], in the VM's readyMhz);
    // where demand is CPU used they add to it, as waitAtFull × the host's chance (wait[j] holds
    // waitAtFull, and the chance stays a host rate).
    const perRun = H.readyPerRun[h];
    const coreMhz = H.coreMhz[h];
    const inDemand = H.demandIncludesWait[h] !== 0;
    const chance = perRun > 0 ? erlangC(H.cores[h], this.offeredMhz(h, runnable) / coreMhz) : 0;
    for (let j = 0; j < n; j++) {
      if (inDemand) {
        const w = wakeWaitMhz(want[j], coreMhz, perRun, chance);
        wait[j] = w;
        want[j] -= w;
      } else {
        wait[j] = wakeWaitMhz(want[j], coreMhz, perRun, 1);
      }
    }
    const capacity = this.vmCapacityMhz(h);
    const contended = allocateCpu(n, want, limit, res, shares, capacity, granted, this.scratchFixed);
    let sumGranted = 0;
    let sumUnmet = 0;
    let sumFull = 0;
    for (let j = 0; j < n; j++) {
      const v = vms[j];
      const g = granted[j];
      const unmet = (want[j]) - g;
      const ready = inDemand ? unmet + (wait[j]) : unmet;
      const full = inDemand ? 0 : wait[j];
      const f = V.slot[v] * FLOW_STRIDE;
      if (g !== V.grantedMhz[v] || ready !== V.flow[f + FLOW_READY_MHZ] || full !== V.flow[f + FLOW_WAIT_AT_FULL]) {
        this.flushVm(v, t);
        V.grantedMhz[v] = g;
        this.setReady(v, ready, full);
      }
      sumGranted += g;
      sumUnmet += ready;
      sumFull += full;
    }
    H.contended[h] = contended ? 1 : 0;
    H.demandMhz[h] = runnable;
    H.grantedMhz[h] = sumGranted;
    H.unmetMhz[h] = sumUnmet;
    H.waitAtFullMhz[h] = sumFull;
    H.waitChance[h] = chance;
    H.readyMhz[h] = sumUnmet + chance * sumFull;
    H.activeMiB[h] = active;
    const reclaimed = this.reclaimer.update(h, vms, n, t, this.hysteresisPct[h], initial);
    const state = reclaimed.state;
    if (reclaimed.moving && (this.memory.host.tickPending[h]) === 0) {
      this.memory.host.tickPending[h] = 1;
      const tick = this.memory.hostSettings.tickMs[h];
      // Sharing alone: about a hundred updates per full scan, within [tick, SHARING_TICK_MS].
      const sparse = Math.min(SHARING_TICK_MS, Math.max(tick, Math.round(reclaimed.scanMs / 100)));
      const delay = reclaimed.onlySharing ? sparse : tick;
      this.kernel.schedule(t + delay, KIND_MEMORY_TICK, h, 0, 0, PRIORITY_MODEL);
    }
    this.refreshHost(h, t, state);
  }

  /** Load offered to host h's cores, MHz: its VMs' runnable demand and what the host runs itself. */
  private offeredMhz(h: number, runnable: number): number {
    const H = this.world.hosts;
    return (
      runnable +
      (H.capacityMhz[h]) - (H.usableMhz[h]) +
      (this.memory.host.compressionMhz[h]) + (H.migrationMhz[h]) + (H.foreignMhz[h])
    );
  }

  /**
   * Where demand includes the wait (a replayed capture), the wake-up waits of an uncontended
   * host's VMs after its load moved (cpu/run-queue.ts): each is granted what it wants less its
   * wait, up to its limit, as allocateCpu would on a host with room; ready is what it did not get.
   * The grant moves with the wait here, so this walks the host's VMs, flushing each before its
   * rates move; such hosts are few (one capture's), so the walk is not worth a special integral.
   */
  private waitUncontended(h: number, t: number): void {
    const H = this.world.hosts;
    const V = this.world.vms;
    const stall = this.memory.vm.stall;
    const coreMhz = H.coreMhz[h];
    const chance = erlangC(H.cores[h], this.offeredMhz(h, H.demandMhz[h]) / coreMhz);
    const perRun = H.readyPerRun[h];
    this.flushHost(h, t);
    let sumGranted = 0;
    let sumReady = 0;
    for (let v = H.firstVm[h]; v >= 0; v = V.next[v]) {
      const want = (V.wantMhz[v]) * (1 - (stall[v]));
      const w = wakeWaitMhz(want, coreMhz, perRun, chance);
      const run = want - w;
      const lim = V.cpuLimitMhz[v];
      const g = run < lim ? run : lim;
      const ready = want - g;
      if (g !== V.grantedMhz[v] || ready !== V.flow[V.slot[v] * FLOW_STRIDE + FLOW_READY_MHZ]) {
        this.flushVm(v, t);
        V.grantedMhz[v] = g;
        this.setReady(v, ready, 0);
      }
      sumGranted += g;
      sumReady += ready;
    }
    H.grantedMhz[h] = sumGranted;
    H.unmetMhz[h] = sumReady;
    H.waitChance[h] = chance;
    H.readyMhz[h] = sumReady;
  }

  /**
   * Where demand is CPU used, the wake-up waits of an uncontended host's VMs after its load
   * moved: every VM's wait is its waitAtFull × the host's chance (cpu/run-queue.ts), so only the
   * chance moves and no VM is visited; each VM takes its part of the chance's integral when it is
   * next flushed. O(1) per change of a host, where a walk over its VMs made a host of n VMs cost
   * n VM updates for each change of one of them.
   */
  private waitChanceUncontended(h: number, t: number): void {
    const H = this.world.hosts;
    flushHostRates(H, h, t);
    const chance = erlangC(H.cores[h], this.offeredMhz(h, H.demandMhz[h]) / (H.coreMhz[h]));
    H.waitChance[h] = chance;
    const full = H.waitAtFullMhz[h];
    // Σ waitAtFull is kept by adding and taking away: it may round a hair below 0 when it should be 0.
    H.readyMhz[h] = (H.unmetMhz[h]) + (full > 0 ? chance * full : 0);
  }

  /** After a recompute (ready already updated): power, lowest free memory and the memory state change (its signal). */
  private refreshHost(h: number, t: number, to: number): void {
    const H = this.world.hosts;
    this.refreshPower(h);
    const free = (H.memoryMiB[h]) - (H.overheadMiB[h]) - (H.consumedMiB[h]);
    if (free < (H.minFreeSeenMiB[h])) H.minFreeSeenMiB[h] = free;
    const from = H.memState[h];
    if (to !== from) {
      flushHostStateTime(H, h, t);
      H.memState[h] = to;
      for (const o of this.observers) o.memoryState?.(t, h, from, to);
    }
  }

  /**
   * After uncontended changes only (dirty mark REFRESH): ready and power. The host's load moved,
   * so every VM's wake-up wait did: one host rate where demand is CPU used, a walk over the
   * host's VMs where it includes the wait; with readyPerRun 0 nothing moves. The
   * memory part of refreshHost would find nothing new: such a change moves no consumed memory and no memory
   * state (only a recompute runs the memory model), so the host's lowest free memory was already
   * taken at its last full refresh; skipping it saves loading four host columns per change.
   */
  private refreshCpu(h: number, t: number): void {
    const H = this.world.hosts;
    if ((H.readyPerRun[h]) > 0) {
      if (H.demandIncludesWait[h] !== 0) this.waitUncontended(h, t);
      else this.waitChanceUncontended(h, t);
    }
    this.refreshPower(h);
  }

  /** Host h's power draw from its CPU busy now (the rate its energy integral runs at). */
  private refreshPower(h: number): void {
    const H = this.world.hosts;
    const hs = H.state[h];
    // The CPU the host itself spends (compression, live migration) draws power like the VMs' own.
    const busy =
      (H.grantedMhz[h]) + (this.memory.host.compressionMhz[h]) + (H.migrationMhz[h]) + (H.foreignMhz[h]);
    // offWhenEmpty: CloudSim charges nothing for an interval that starts at 0 % CPU
    // (CloudSim 5.0 PowerHost.getEnergyLinearInterpolation: `if (fromUtilization == 0) return 0`), which
    // in its PlanetLab examples is exactly a host with no VMs (a VM at 0 % is deallocated,
    // HostDynamicWorkload.getCompletedVms). A convention to reproduce its figures, not a real host.
    H.powerW[h] = hostServes(hs)
      ? (H.offWhenEmpty[h]) === 1 && (H.vmCount[h]) === 0
        ? 0
        : modelPower(H.powerModel[h], H.idleW[h], H.maxW[h], H.powerTable, powerTableOffset(h), Math.min(1, busy / (H.usableMhz[h])))
      : hostPowerW(H, h, hs);
  }

  // ---- Lifecycle operations: the one place where VMs join and leave hosts. ----
  // Each brings the integrals of the hosts involved up to t first, changes the VM lists and
  // bookkeeping, and marks the hosts for a recompute; `settle(t)` then recomputes them once.

  /** A lifecycle event (failure, restart, migration, …) to every observer. */
  emit(e: ModelEvent): void {
    for (const o of this.observers) o.event?.(e);
  }

  /** Integrals of host h, its memory and its VMs up to t, before its VM set changes. */
  private settleHost(h: number, t: number): void {
    this.flushHost(h, t);
    const n = this.gatherVms(h);
    this.reclaimer.flush(h, this.scratchVm, n, t);
    for (let k = 0; k < n; k++) this.flushVm(this.scratchVm[k], t);
    this.memory.host.memLastT[h] = t;
  }

  /** Mark host h for a full recompute at the next `settle`. */
  markRecompute(h: number): void {
    if (this.dirty[h] === 0) this.dirtyList[this.dirtyCount++] = h;
    this.dirty[h] = RECOMPUTE;
  }

  /** Recompute every host touched by lifecycle operations at t. */
  settle(t: number): void {
    this.recomputeDirty(t);
  }

  /** Reclamation state of VM v cleared: a fresh boot (touched memory too) or pages re-sent by a migration. */
  private resetVmMemory(v: number, boot: boolean): void {
    const VM = this.memory.vm;
    VM.sharedMiB[v] = 0;
    VM.compressedMiB[v] = 0;
    VM.compressedStoredMiB[v] = 0;
    VM.swappedMiB[v] = 0;
    VM.stall[v] = 0;
    VM.blockedMiB[v] = 0;
    if (boot) {
      VM.balloonMiB[v] = 0;
      // A live balloon target (virsh setmem --live) does not outlive the guest: it boots at its memory.
      this.memory.vmSettings.balloonTargetMiB[v] = Infinity;
      this.world.vms.touchedMiB[v] = 0;
    }
  }

  /** Power VM v on host h (already chosen by placement): it boots with fresh memory. */
  powerOn(v: number, h: number, t: number): void {
    const V = this.world.vms;
    this.settleHost(h, t);
    V.flow[V.slot[v] * FLOW_STRIDE + FLOW_LAST_T] = t;
    this.memory.vm.memLastT[v] = t;
    this.resetVmMemory(v, true);
    attachVm(this.world, v, h);
    this.keepLevel(v);
    V.grantedMhz[v] = 0;
    this.setReady(v, 0, 0);
    this.anchorWait(v, h);
    this.markRecompute(h);
    for (const o of this.observers) o.placed?.(t, v, h);
  }

  /** Take VM v off its host (power-off, crash of its host): its memory is freed there. */
  powerOff(v: number, t: number): void {
    const V = this.world.vms;
    const h = V.host[v];
    if (h < 0) return;
    this.settleHost(h, t);
    releaseOn(this.world, v, h);
    unlinkVm(this.world, v);
    V.grantedMhz[v] = 0;
    this.setReady(v, 0, 0);
    this.resetVmMemory(v, true);
    this.markRecompute(h);
  }

  /**
   * Live migration's switch-over: VM v leaves its host for `to`, where its resources were
   * reserved when the migration started. Pages that were shared, compressed or swapped were
   * read and sent as ordinary pages; the balloon stays inflated inside the guest.
   */
  switchOver(v: number, to: number, t: number): void {
    const V = this.world.vms;
    const from = V.host[v];
    this.settleHost(from, t);
    this.settleHost(to, t);
    releaseOn(this.world, v, from);
    unlinkVm(this.world, v);
    this.resetVmMemory(v, false);
    linkVm(this.world, v, to);
    this.anchorWait(v, to);
    this.keepLevel(v);
    this.markRecompute(from);
    this.markRecompute(to);
  }

  /**
   * VM v takes a new size at t (hot-add, or a reconfiguration while down): on its host, the
   * host's bookkeeping moves from the old size to the new and the host is recomputed at the
   * next `settle`; the guest's active memory keeps its fraction of the VM memory.
   */
  resizeVm(v: number, size: VmSize, t: number): void {
    const V = this.world.vms;
    const h = V.host[v];
    if (h >= 0) {
      this.settleHost(h, t);
      releaseOn(this.world, v, h);
    }
    V.vcpus[v] = size.vcpus;
    V.memoryMiB[v] = size.memoryMiB;
    V.overheadMiB[v] = size.overheadMiB;
    V.cpuShares[v] = size.cpuShares;
    this.memory.vmSettings.shares[v] = size.memShares;
    if (h < 0) return;
    reserveOn(this.world, v, h);
    V.capMhz[v] = size.vcpus * (this.world.hosts.coreMhz[h]);
    this.keepLevel(v);
    this.markRecompute(h);
  }

  /** Host h enters a lifecycle state (HOST_*): its power follows at once. */
  setHostState(h: number, state: number, t: number): void {
    const H = this.world.hosts;
    if (H.state[h] === state) return;
    this.flushHost(h, t);
    H.state[h] = state;
    this.markRecompute(h);
  }
}

/** A VM's configured size and what follows from it (overhead, shares). */
export interface VmSize {
  readonly vcpus: number;
  readonly memoryMiB: number;
  readonly overheadMiB: number;
  readonly cpuShares: number;
  readonly memShares: number;
}

/** Power of a host that serves no VMs: failed hosts draw nothing; standby a few watts; a boot runs near full power. */
function hostPowerW(H: World['hosts'], h: number, state: number): number {
  if (state === HOST_FAILED) return 0;
  if (state === HOST_STANDBY) return H.standbyW[h];
  if (state === HOST_BOOTING) return H.bootW[h];
  if (state === HOST_SHUTTING_DOWN) return H.shutdownW[h];
  return H.idleW[h];
}
