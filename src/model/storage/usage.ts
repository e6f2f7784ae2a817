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

export class DatastoreUsage {
  /** Per datastore (MiB). */
  readonly fixedMiB: Float64Array;
  readonly peakUsedMiB: Float64Array;
  private readonly deltaVms: Set<number>[];
  private readonly deltaSum: Float64Array;
  private readonly sumT: Float64Array;
  private readonly rate: Float64Array; // MiB/ms
  private readonly writers: Int32Array;
  /** ∫ used dt (MiB·ms) up to markT, and the used space at markT. */
  private readonly usedInt: Float64Array;
  private readonly markT: Float64Array;
  private readonly markUsed: Float64Array;

  /** Per VM: delta at deltaT, growing at deltaRate (MiB/ms). */
  private readonly deltaMiB: Float64Array;
  private readonly deltaT: Float64Array;
  private readonly deltaRate: Float64Array;

  constructor(
    private readonly capacityMiB: readonly number[],
    private readonly disks: DiskArrays,
    vms: number,
  ) {
    const nd = capacityMiB.length;
    this.fixedMiB = new Float64Array(nd);
    this.peakUsedMiB = new Float64Array(nd);
    this.deltaVms = capacityMiB.map(() => new Set<number>());
    this.deltaSum = new Float64Array(nd);
    this.sumT = new Float64Array(nd);
    this.rate = new Float64Array(nd);
    this.writers = new Int32Array(nd);
    this.usedInt = new Float64Array(nd);
    this.markT = new Float64Array(nd);
    this.markUsed = new Float64Array(nd);
    this.deltaMiB = new Float64Array(vms);
    this.deltaT = new Float64Array(vms);
    this.deltaRate = new Float64Array(vms);
  }

  // ---- Queries (t from the last change on). ----

  /** VM v's delta at t, at most its disk's size. */
  deltaAt(v: number, t: number): number {
    const grown = (this.deltaMiB[v]) + (this.deltaRate[v]) * (t - (this.deltaT[v]));
    return Math.min(this.disks.diskMiB[v], grown);
  }

  hasDelta(v: number): boolean {
    const d = this.disks.ds[v];
    return d >= 0 && this.deltaVms[d]!.has(v);
  }

  vmRate(v: number): number {
    return this.deltaRate[v];
  }

  /** Growth rate of datastore d's deltas (MiB/ms). */
  rateOf(d: number): number {
    return this.rate[d];
  }

  /** Fixed allocations plus deltas, unclamped (what the invariants check: never below 0 nor above capacity). */
  rawUsedAt(d: number, t: number): number {
    return (this.fixedMiB[d]) + (this.deltaSum[d]) + (this.rate[d]) * (t - (this.sumT[d]));
  }

  /** Used space of d at t, within [0, capacity] (writers pause when it fills). */
  usedAt(d: number, t: number): number {
    return Math.max(0, Math.min(this.capacityMiB[d], this.rawUsedAt(d, t)));
  }

  freeAt(d: number, t: number): number {
    return (this.capacityMiB[d]) - this.usedAt(d, t);
  }

  /** Mean used space of d over [0, t]. */
  meanUsedMiB(d: number, t: number): number {
    const u = this.usedAt(d, t);
    const int = (this.usedInt[d]) + (((this.markUsed[d]) + u) / 2) * (t - (this.markT[d]));
    return t > 0 ? int / t : u;
  }

  /** When VM v's delta reaches its disk's size at its current rate (exact; Infinity if never). */
  capsAt(v: number): number {
    const r = this.deltaRate[v];
    if (!(r > 0)) return Infinity;
    return (this.deltaT[v]) + Math.max(0, (this.disks.diskMiB[v]) - (this.deltaMiB[v])) / r;
  }

  /** VMs writing to d now, in index order. */
  writersOf(d: number): number[] {
    return [...this.deltaVms[d]!].filter((v) => (this.deltaRate[v]) > 0).sort((a, b) => a - b);
  }

  // ---- Changes. ----

  /** Close d's linear piece at t (before its rate or allocations change). */
  mark(d: number, t: number): void {
    const u = this.usedAt(d, t);
    this.usedInt[d] = (this.usedInt[d]) + (((this.markUsed[d]) + u) / 2) * (t - (this.markT[d]));
    this.markT[d] = t;
    this.markUsed[d] = u;
    if (u > (this.peakUsedMiB[d])) this.peakUsedMiB[d] = u;
  }

  /** Open d's next piece after a change at t. */
  remark(d: number, t: number): void {
    const u = this.usedAt(d, t);
    this.markUsed[d] = u;
    if (u > (this.peakUsedMiB[d])) this.peakUsedMiB[d] = u;
  }

  /** Add (or, negative, remove) a fixed allocation on d at t. */
  addFixed(d: number, miB: number, t: number): void {
    this.mark(d, t);
    this.fixedMiB[d] = Math.max(0, (this.fixedMiB[d]) + miB);
    this.remark(d, t);
  }

  private flushSum(d: number, t: number): void {
    const dt = t - (this.sumT[d]);
    if (dt <= 0) return;
    this.deltaSum[d] = (this.deltaSum[d]) + (this.rate[d]) * dt;
    this.sumT[d] = t;
  }

  /**
   * Bring VM v's delta up to t. Where it reached its disk's size before t, the datastore's sum,
   * which grew it at its rate until t, gives the excess back.
   */
  flushDelta(v: number, t: number): void {
    const grown = (this.deltaMiB[v]) + (this.deltaRate[v]) * (t - (this.deltaT[v]));
    const disk = this.disks.diskMiB[v];
    const d = this.disks.ds[v];
    if (grown > disk && this.deltaVms[d]!.has(v) && t >= (this.sumT[d])) {
      this.flushSum(d, t);
      this.deltaSum[d] = (this.deltaSum[d]) - (grown - disk);
    }
    this.deltaMiB[v] = Math.min(disk, grown);
    this.deltaT[v] = t;
  }

  /** VM v (flushed to t) writes at `rate` from t on. */
  private setRate(v: number, d: number, rate: number): void {
    const old = this.deltaRate[v];
    if (old > 0) this.writers[d] = (this.writers[d]) - 1;
    if (rate > 0) this.writers[d] = (this.writers[d]) + 1;
    // With no writer left the sum of rates is exactly 0 (no drift from additions and removals).
    this.rate[d] = this.writers[d] === 0 ? 0 : (this.rate[d]) + rate - old;
    this.deltaRate[v] = rate;
  }

  /** VM v's delta grows at `rate` from t on; false if that is its rate already. */
  changeRate(v: number, rate: number, t: number): boolean {
    const d = this.disks.ds[v];
    this.flushDelta(v, t);
    if (rate === this.deltaRate[v]) return false;
    this.mark(d, t);
    this.flushSum(d, t);
    this.setRate(v, d, rate);
    return true;
  }

  /** VM v gets an empty delta on its datastore at t (not growing yet). */
  addDelta(v: number, t: number): void {
    const d = this.disks.ds[v];
    this.deltaMiB[v] = 0;
    this.deltaT[v] = t;
    this.deltaRate[v] = 0;
    this.deltaVms[d]!.add(v);
  }

  /** Remove VM v's delta and the space it took at t; returns its size. */
  removeDelta(v: number, t: number): number {
    const d = this.disks.ds[v];
    this.mark(d, t);
    this.flushDelta(v, t);
    this.flushSum(d, t);
    const size = this.deltaMiB[v];
    this.deltaSum[d] = (this.deltaSum[d]) - size;
    this.setRate(v, d, 0);
    this.deltaVms[d]!.delete(v);
    this.deltaMiB[v] = 0;
    this.deltaT[v] = t;
    this.remark(d, t);
    return size;
  }

  /**
   * VM v's disks move from datastore `from` to `to` at t (storage migration): `sizeMiB`, taken
   * on `to` already, becomes the VM's base and delta there; `from` keeps a copy of `sizeMiB`
   * until it is released. The delta keeps growing, now on `to`.
   */
  moveDisks(v: number, from: number, to: number, sizeMiB: number, t: number): void {
    const base = this.disks.baseMiB[v];
    const has = this.deltaVms[from]!.has(v);
    const rate = this.deltaRate[v];
    this.mark(from, t);
    this.mark(to, t);
    if (has) {
      this.flushDelta(v, t);
      this.flushSum(from, t);
      this.deltaSum[from] = (this.deltaSum[from]) - (this.deltaMiB[v]);
      this.setRate(v, from, 0);
      this.deltaVms[from]!.delete(v);
    }
    this.fixedMiB[from] = (this.fixedMiB[from]) + sizeMiB - base;
    this.fixedMiB[to] = (this.fixedMiB[to]) - sizeMiB + base;
    this.disks.ds[v] = to;
    if (has) {
      this.flushSum(to, t);
      this.deltaSum[to] = (this.deltaSum[to]) + (this.deltaMiB[v]);
      this.deltaVms[to]!.add(v);
      this.setRate(v, to, rate);
    }
    this.remark(from, t);
    this.remark(to, t);
  }

  /**
   * Datastore d filled at `filledAt` (≤ t): its writers' deltas stop there and their rates drop
   * to 0; returns them. The sum is then rebuilt from the VMs, exact at the fill.
   */
  stopWriters(d: number, filledAt: number, t: number): number[] {
    this.mark(d, t);
    const writers = this.writersOf(d);
    for (const v of writers) {
      this.flushDelta(v, filledAt);
      this.deltaRate[v] = 0;
    }
    let sum = 0;
    let rate = 0;
    let count = 0;
    for (const v of this.deltaVms[d]!) {
      sum += this.deltaAt(v, t);
      const r = this.deltaRate[v];
      rate += r;
      if (r > 0) count++;
    }
    this.deltaSum[d] = sum;
    this.rate[d] = rate;
    this.writers[d] = count;
    this.sumT[d] = t;
    this.remark(d, t);
    return writers;
  }
}
