/**
 * The datacenter model on the event kernel: workload changes (a batched step pass for stepped
 * workloads, events for on/off bursts) update VM demand, mark their hosts dirty, and each dirty
 * host is recomputed once: CPU allocation → memory state → power. Integrals are brought up to
 * date just before a rate changes (integrate at change points).
 */
import { type Kernel } from '../engine/index.js';
import type { MemoryArrays } from './memory/memory-arrays.js';
import { MemoryReclaimer } from './memory/reclaim.js';
import type { ModelEvent, ModelObserver } from './observer.js';
import { OutageTracker } from './availability/outages.js';
import { type Admit, type PlacementOutcome } from './placement/initial.js';
import { StepSchedule } from './workload/step-schedule.js';
import { type WorkloadArrays } from './workload/workload-arrays.js';
import type { World } from './world.js';
import { KIND_MEMORY_TICK, KIND_ON_OFF_SWITCH, KIND_WORKLOAD_STEP } from './event-kinds.js';
export { KIND_MEMORY_TICK, KIND_ON_OFF_SWITCH, KIND_WORKLOAD_STEP };
/** Model events fire before observers' events at the same instant. */
export declare const PRIORITY_MODEL = 10;
/**
 * Stepped workloads change before anything else at an instant, so every controller acting then
 * sees the new demand. The step is one event for every cluster's VMs: without its own priority
 * its place among a cluster's events at an instant would depend on when other clusters' VMs
 * last stepped, and a cluster would not run alone as it runs in the datacenter.
 */
export declare const PRIORITY_WORKLOAD = 5;
export declare class Datacenter {
    readonly world: World;
    readonly workload: WorkloadArrays;
    readonly memory: MemoryArrays;
    readonly kernel: Kernel;
    private readonly observers;
    readonly schedule: StepSchedule;
    private readonly memFrac;
    private readonly dirty;
    private readonly dirtyList;
    private dirtyCount;
    private scratchWant;
    private scratchLimit;
    private scratchRes;
    private scratchShares;
    private scratchGranted;
    private scratchFixed;
    private scratchVm;
    placement: PlacementOutcome | null;
    /** Memory-state hysteresis of each host's cluster, % of minFree. */
    private readonly hysteresisPct;
    readonly reclaimer: MemoryReclaimer;
    readonly outages: OutageTracker;
    /** Admission control at the initial power-on (set by the HA controller when there is one). */
    admit: Admit;
    /**
     * Multiplier on each VM's workload level (1 by default): a group whose VMs share one load
     * behind a load balancer scales it by how many of them run (provisioning/load-share.ts).
     */
    readonly demandScale: Float64Array;
    /** The workload's own level of each VM, before demandScale. */
    private readonly rawLevel;
    /** The level in force (after demandScale): kept apart from V.demand, which is per host capacity. */
    private readonly level;
    /** Runnable demand not granted, MHz (the saturation part of ready; cpu/run-queue.ts adds the rest). */
    private readonly unmetMhz;
    /** VMs whose demand changes someone follows (1): storage, where a delta disk grows with demand. */
    readonly levelWatch: Uint8Array;
    /** Told after the demand of a watched VM changed at t (from its workload or its scale). */
    levelChanged: (v: number, t: number) => void;
    constructor(world: World, workload: WorkloadArrays, memory: MemoryArrays, kernel: Kernel, observers: readonly ModelObserver[]);
    /** Place the VMs, set every workload's initial level, compute every host, schedule changes. */
    start(): PlacementOutcome;
    /** One batch of stepped workloads that change at this instant. */
    private onStep;
    /** On/off bursts: the stationary probability of "on" decides the first state, then exponential periods. */
    private initOnOff;
    private scheduleSwitch;
    private onSwitch;
    /** The workload's level `raw` of VM v (kept) times its demand scale (capped in MHz by demandMhz). */
    private scaled;
    /** MHz VM v wants at `level` on the host it is on (workload/demand.ts). */
    private wantOf;
    /** VM v's demand scale becomes k at t; its demand follows at once (call settle after). */
    rescale(v: number, k: number, t: number): void;
    /** Apply a new demand level (and the active memory in memFrac) to VM v at time t. */
    private changeLevel;
    /**
     * The common case in O(1): on a host that is and stays uncontended, a VM whose limit does not
     * bind gets all it wants, so only its own rates and the host's sums change. Returns false
     * (nothing changed) when the host would become contended or a limit binds; the host is then
     * recomputed in full.
     */
    private changeUncontended;
    private setLevel;
    private recomputeDirty;
    /** Integrate VM v's rates up to t. */
    flushVm(v: number, t: number): void;
    /** Integrate host h's rates up to t. */
    flushHost(h: number, t: number): void;
    /** Bring every host and VM integral up to t (before sampling or at the end). */
    flushAll(t: number): void;
    /** VMs on host h into scratchVm; returns how many. */
    private gatherVms;
    private ensureScratch;
    /** MHz host h's VMs can share: compression, live migration and foreign processes run on its CPUs first. */
    private vmCapacityMhz;
    /** CPU allocation → memory state → power for host h, at time t. */
    recomputeHost(h: number, t: number, initial?: boolean): void;
    /**
     * Ready of host h's VMs from the host's load now (cpu/run-queue.ts): unmet demand plus the
     * run-queue wait of their wake-ups. Rates change here, so integrals must be up to t (the
     * callers flushed the host; each VM is flushed before its rate moves).
     */
    private updateReady;
    /**
     * Power, lowest free memory and the memory state change (its signal); and ready, unless the
     * caller just updated it. After an uncontended change with no run-queue model, every VM's ready
     * is still 0 (nothing unmet), so the O(1) path stays O(1).
     */
    private refreshHost;
    /** A lifecycle event (failure, restart, migration, …) to every observer. */
    emit(e: ModelEvent): void;
    /** Integrals of host h, its memory and its VMs up to t, before its VM set changes. */
    private settleHost;
    /** Mark host h for a full recompute at the next `settle`. */
    markRecompute(h: number): void;
    /** Recompute every host touched by lifecycle operations at t. */
    settle(t: number): void;
    /** Reclamation state of VM v cleared: a fresh boot (touched memory too) or pages re-sent by a migration. */
    private resetVmMemory;
    /** Power VM v on host h (already chosen by placement): it boots with fresh memory. */
    powerOn(v: number, h: number, t: number): void;
    /** Take VM v off its host (power-off, crash of its host): its memory is freed there. */
    powerOff(v: number, t: number): void;
    /**
     * Live migration's switch-over: VM v leaves its host for `to`, where its resources were
     * reserved when the migration started. Pages that were shared, compressed or swapped were
     * read and sent as ordinary pages; the balloon stays inflated inside the guest.
     */
    switchOver(v: number, to: number, t: number): void;
    /**
     * VM v takes a new size at t (hot-add, or a reconfiguration while down): on its host, the
     * host's bookkeeping moves from the old size to the new and the host is recomputed at the
     * next `settle`; the guest's active memory keeps its fraction of the VM memory.
     */
    resizeVm(v: number, size: VmSize, t: number): void;
    /** Host h enters a lifecycle state (HOST_*): its power follows at once. */
    setHostState(h: number, state: number, t: number): void;
}
/** A VM's configured size and what follows from it (overhead, shares). */
export interface VmSize {
    readonly vcpus: number;
    readonly memoryMiB: number;
    readonly overheadMiB: number;
    readonly cpuShares: number;
    readonly memShares: number;
}
