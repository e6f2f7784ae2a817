/**
 * Used space of datastores, integrated exactly at change points: fixed allocations (base disks,
 * copies in flight, disks being moved away) plus delta disks (snapshots, linked clones) that grow
 * at constant rates between changes, each at most its disk's size. Usage is linear between
 * changes, so its integral and peak are exact; queries are O(1): per datastore, the deltas are
 * kept as a sum at `sumT` growing at the sum of their rates.
 *
 * Every change closes the linear piece it ends (`mark`) and opens the next (`remark`).
 * No kernel, no events: storage.ts decides when things change.
 */
import type { DiskArrays } from './layout.js';
export declare class DatastoreUsage {
    private readonly capacityMiB;
    private readonly disks;
    /** Per datastore (MiB). */
    readonly fixedMiB: Float64Array;
    readonly peakUsedMiB: Float64Array;
    private readonly deltaVms;
    private readonly deltaSum;
    private readonly sumT;
    private readonly rate;
    private readonly writers;
    /** ∫ used dt (MiB·ms) up to markT, and the used space at markT. */
    private readonly usedInt;
    private readonly markT;
    private readonly markUsed;
    /** Per VM: delta at deltaT, growing at deltaRate (MiB/ms). */
    private readonly deltaMiB;
    private readonly deltaT;
    private readonly deltaRate;
    constructor(capacityMiB: readonly number[], disks: DiskArrays, vms: number);
    /** VM v's delta at t, at most its disk's size. */
    deltaAt(v: number, t: number): number;
    hasDelta(v: number): boolean;
    vmRate(v: number): number;
    /** Growth rate of datastore d's deltas (MiB/ms). */
    rateOf(d: number): number;
    /** Fixed allocations plus deltas, unclamped (what the invariants check: never below 0 nor above capacity). */
    rawUsedAt(d: number, t: number): number;
    /** Used space of d at t, within [0, capacity] (writers pause when it fills). */
    usedAt(d: number, t: number): number;
    freeAt(d: number, t: number): number;
    /** Mean used space of d over [0, t]. */
    meanUsedMiB(d: number, t: number): number;
    /** When VM v's delta reaches its disk's size at its current rate (exact; Infinity if never). */
    capsAt(v: number): number;
    /** VMs writing to d now, in index order. */
    writersOf(d: number): number[];
    /** Close d's linear piece at t (before its rate or allocations change). */
    mark(d: number, t: number): void;
    /** Open d's next piece after a change at t. */
    remark(d: number, t: number): void;
    /** Add (or, negative, remove) a fixed allocation on d at t. */
    addFixed(d: number, miB: number, t: number): void;
    private flushSum;
    /**
     * Bring VM v's delta up to t. Where it reached its disk's size before t, the datastore's sum,
     * which grew it at its rate until t, gives the excess back.
     */
    flushDelta(v: number, t: number): void;
    /** VM v (flushed to t) writes at `rate` from t on. */
    private setRate;
    /** VM v's delta grows at `rate` from t on; false if that is its rate already. */
    changeRate(v: number, rate: number, t: number): boolean;
    /** VM v gets an empty delta on its datastore at t (not growing yet). */
    addDelta(v: number, t: number): void;
    /** Remove VM v's delta and the space it took at t; returns its size. */
    removeDelta(v: number, t: number): number;
    /**
     * VM v's disks move from datastore `from` to `to` at t (storage migration): `sizeMiB`, taken
     * on `to` already, becomes the VM's base and delta there; `from` keeps a copy of `sizeMiB`
     * until it is released. The delta keeps growing, now on `to`.
     */
    moveDisks(v: number, from: number, to: number, sizeMiB: number, t: number): void;
    /**
     * Datastore d filled at `filledAt` (≤ t): its writers' deltas stop there and their rates drop
     * to 0; returns them. The sum is then rebuilt from the VMs, exact at the fill.
     */
    stopWriters(d: number, filledAt: number, t: number): number[];
}
