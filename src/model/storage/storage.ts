/**
 * Datastores, virtual disks and snapshots. A datastore's used space is its fixed allocations
 * (base disks, copies in flight) plus the delta disks of its VMs: snapshot deltas and linked-clone
 * deltas, which grow at the VM's write rate × its CPU demand while it runs. Usage is therefore
 * linear between change points (a demand change, a VM starting or stopping, a snapshot taken or
 * deleted) and integrated exactly there (usage.ts); the instant a datastore fills, and the one a
 * delta reaches its disk's size (every block rewritten), are computed from the rates and scheduled.
 *
 * When a datastore fills, the VMs writing to it are paused, as ESXi does ("There is no more
 * space for virtual disk"): they go down with reason datastore-full until space is freed (a
 * snapshot deleted, a VM deleted, a storage migration done) (pauses.ts).
 *
 * Copies into a datastore (deploys, clones, storage migrations) queue one after another at the
 * copy bandwidth (FIFO): a batch ends when fair sharing would end it, the first copies sooner.
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_STORAGE } from '../event-kinds.js';
import { DOWN_DELETED, DOWN_NOT_CREATED, VM_MIGRATING, VM_RUNNING } from '../lifecycle.js';
import { ceilMs, copyMs } from './copy-time.js';
import type { DatastoreInfo, DiskArrays, StorageLayout } from './layout.js';
import { VmPauses } from './pauses.js';
import { DatastoreUsage } from './usage.js';

const FILLS = 0;
const DELTA_CAPPED = 1;
const MIGRATED = 2;
/** Free space (MiB) below which a datastore counts as full. */
const FULL_EPS_MIB = 1e-6;
const NO_EVENT = 0;

interface StorageMove {
  readonly from: number;
  readonly to: number;
  /** Space still held on the source until the copy ends. */
  readonly sizeMiB: number;
  readonly startedAt: number;
  readonly handle: number;
}

export class Storage {
  readonly datastores: readonly DatastoreInfo[];
  readonly disks: DiskArrays;
  readonly usage: DatastoreUsage;
  private readonly full: Uint8Array;
  private readonly fillHandle: Float64Array;
  private readonly busyUntil: Float64Array;

  readonly snapshot: Uint8Array;
  readonly linked: Uint8Array;
  private readonly capHandle: Float64Array;
  readonly pauses: VmPauses;
  private readonly moves = new Map<number, StorageMove>();

  snapshotsCreated = 0;
  snapshotsDeleted = 0;
  fullEvents = 0;
  storageMigrations = 0;
  /** Used space of each datastore at each output sample (see `sample`). */
  readonly series: { readonly t: number[]; readonly usedMiB: number[][] };
  /** Stops a live migration of a VM about to be paused. */
  get cancelMigration(): (v: number, why: string, t: number) => void {
    return this.pauses.cancelMigration;
  }

  set cancelMigration(f: (v: number, why: string, t: number) => void) {
    this.pauses.cancelMigration = f;
  }

  constructor(
    private readonly dc: Datacenter,
    layout: StorageLayout,
  ) {
    this.datastores = layout.datastores;
    this.disks = layout.disks;
    const nd = this.datastores.length;
    const nv = dc.world.vms.n;
    this.usage = new DatastoreUsage(this.datastores.map((d) => d.capacityMiB), this.disks, nv);
    this.full = new Uint8Array(nd);
    this.fillHandle = new Float64Array(nd);
    this.busyUntil = new Float64Array(nd);
    this.snapshot = new Uint8Array(nv);
    this.linked = new Uint8Array(nv);
    this.capHandle = new Float64Array(nv);
    this.pauses = new VmPauses(dc);
    this.series = { t: [], usedMiB: this.datastores.map(() => []) };
    if (nd === 0) return;
    dc.kernel.on(KIND_STORAGE, (target, what) => {
      if (what === FILLS) this.onFill(target);
      else if (what === DELTA_CAPPED) this.onCapped(target);
      else this.onMoved(target);
    });
    dc.levelChanged = (v, t) => this.refresh(v, t);
    dc.outages.listeners.push({ vmState: (t, v) => this.refresh(v, t) });
  }

  /** The base disks of the VMs that exist at the start. */
  start(isCreated: (v: number) => boolean): void {
    const D = this.disks;
    const t = this.dc.kernel.now;
    for (let v = 0; v < this.dc.world.vms.n; v++) {
      const d = D.ds[v];
      if (d >= 0 && isCreated(v)) this.usage.addFixed(d, D.baseMiB[v], t);
    }
  }

  // ---- Queries. ----

  /** Used space of datastore d at t, for t from its last change on. */
  usedAt(d: number, t: number): number {
    return this.usage.usedAt(d, t);
  }

  /** Unclamped used space (for invariant checks: never below 0 nor above capacity). */
  rawUsedAt(d: number, t: number): number {
    return this.usage.rawUsedAt(d, t);
  }

  freeAt(d: number, t: number): number {
    return this.usage.freeAt(d, t);
  }

  get peakUsedMiB(): Float64Array {
    return this.usage.peakUsedMiB;
  }

  meanUsedMiB(d: number, t: number): number {
    return this.usage.meanUsedMiB(d, t);
  }

  /** Space VM v's disks take at t (base + delta). */
  occupancyMiB(v: number, t: number): number {
    return (this.disks.baseMiB[v]) + (this.usage.hasDelta(v) ? this.usage.deltaAt(v, t) : 0);
  }

  /** Datastore index by name as VM v's cluster sees it (its own first, then shared), -1 if none. */
  datastoreFor(v: number, name: string): number {
    const c = this.dc.world.vms.cluster[v];
    const own = this.datastores.findIndex((d) => d.cluster === c && d.name === name);
    return own >= 0 ? own : this.datastores.findIndex((d) => d.cluster === -1 && d.name === name);
  }

  /** Record every datastore's used space at an output sample. */
  sample(t: number): void {
    if (this.datastores.length === 0) return;
    this.series.t.push(t);
    this.datastores.forEach((_, d) => this.series.usedMiB[d]!.push(this.usedAt(d, t)));
  }

  // ---- Deltas growing, capping and filling datastores. ----

  /** What VM v writes into its delta now: only while it runs, is not paused and its delta is below its disk's size. */
  private writeRate(v: number, t: number): number {
    const V = this.dc.world.vms;
    const s = V.state[v];
    if (((this.snapshot[v]) | (this.linked[v])) === 0 || this.pauses.paused[v] === 1) return 0;
    if (s !== VM_RUNNING && s !== VM_MIGRATING) return 0;
    if (this.usage.deltaAt(v, t) >= (this.disks.diskMiB[v])) return 0;
    return (this.disks.writeMiBPerMs[v]) * (V.demand[v]);
  }

  /** VM v's write rate may have changed at t (demand, state, snapshot): re-integrate and retime. */
  refresh(v: number, t: number): void {
    if (!this.usage.hasDelta(v)) return;
    if (!this.usage.changeRate(v, this.writeRate(v, t), t)) return;
    this.retimeCap(v, t);
    this.retimeFill(this.disks.ds[v], t);
  }

  private retimeCap(v: number, t: number): void {
    const k = this.dc.kernel;
    if (this.capHandle[v] !== NO_EVENT) k.cancel(this.capHandle[v]);
    this.capHandle[v] = NO_EVENT;
    const at = this.usage.capsAt(v);
    if (at < Infinity) this.capHandle[v] = k.schedule(Math.max(t, ceilMs(at)), KIND_STORAGE, v, DELTA_CAPPED, 0, PRIORITY_MODEL);
  }

  private retimeFill(d: number, t: number): void {
    const k = this.dc.kernel;
    if (this.fillHandle[d] !== NO_EVENT) k.cancel(this.fillHandle[d]);
    this.fillHandle[d] = NO_EVENT;
    const rate = this.usage.rateOf(d);
    if (!(rate > 0)) return;
    const at = t + Math.max(0, this.datastores[d]!.capacityMiB - this.usage.rawUsedAt(d, t)) / rate;
    this.fillHandle[d] = k.schedule(ceilMs(at), KIND_STORAGE, d, FILLS, 0, PRIORITY_MODEL);
  }

  /** A delta reached its disk's size (at the exact instant, before this whole millisecond). */
  private onCapped(v: number): void {
    this.capHandle[v] = NO_EVENT;
    const t = this.dc.kernel.now;
    this.usage.flushDelta(v, Math.min(t, this.usage.capsAt(v)));
    this.refresh(v, t);
  }

  /** Datastore d is full: pause every VM writing to it (their deltas stop at the exact fill instant). */
  private onFill(d: number): void {
    this.fillHandle[d] = NO_EVENT;
    const { dc, usage } = this;
    const t = dc.kernel.now;
    const cap = this.datastores[d]!.capacityMiB;
    const raw = usage.rawUsedAt(d, t);
    if (raw < cap - FULL_EPS_MIB) return this.retimeFill(d, t);
    const rate = usage.rateOf(d);
    const filledAt = raw > cap && rate > 0 ? t - (raw - cap) / rate : t;
    const writers = usage.stopWriters(d, filledAt, t);
    for (const v of writers) this.retimeCap(v, t);
    if (this.full[d] === 0) {
      this.full[d] = 1;
      this.fullEvents++;
      dc.emit({ t, type: 'datastore.full', datastore: this.datastores[d]!.id, capacityMiB: cap, vmsPaused: writers.length });
    }
    for (const v of writers) this.pauses.pause(v, this.datastores[d]!.id, t);
    dc.settle(t);
    this.retimeFill(d, t);
  }

  // ---- Space freed: resuming paused VMs. ----

  /** Space may have been freed on d: a full datastore takes writes again and its paused VMs resume. */
  private spaceChanged(d: number, t: number): void {
    const onD = (v: number): boolean => this.disks.ds[v] === d;
    if (this.full[d] === 1 && this.freeAt(d, t) > FULL_EPS_MIB) {
      this.full[d] = 0;
      const resumed = this.pauses.resumeWhere(onD, t);
      this.dc.emit({ t, type: 'datastore.space-freed', datastore: this.datastores[d]!.id, freeMiB: this.freeAt(d, t), vmsResumed: resumed });
    } else if (this.full[d] === 0) this.pauses.resumeWhere(onD, t);
    this.retimeFill(d, t);
  }

  /** VM v has disks: created, not deleted. */
  private exists(v: number): boolean {
    const r = this.dc.world.vms.downReason[v];
    return r !== DOWN_NOT_CREATED && r !== DOWN_DELETED;
  }

  // ---- Disks: allocation, copies, deltas. ----

  /** Take `miB` on d at t if it is free; false otherwise. */
  private allocate(d: number, miB: number, t: number): boolean {
    if (miB > this.freeAt(d, t) + FULL_EPS_MIB) return false;
    this.usage.addFixed(d, miB, t);
    this.retimeFill(d, t);
    return true;
  }

  private release(d: number, miB: number, t: number): void {
    this.usage.addFixed(d, -miB, t);
    this.spaceChanged(d, t);
  }

  /** A copy of `sizeMiB` into d at `bandwidthMiBps`, queued behind earlier copies; returns when it ends. */
  queueCopy(d: number, sizeMiB: number, bandwidthMiBps: number, t: number): number {
    const start = Math.max(t, this.busyUntil[d]);
    const done = start + copyMs(sizeMiB, bandwidthMiBps);
    this.busyUntil[d] = done;
    return done;
  }

  /**
   * A new disk for VM v on its datastore: `baseMiB` allocated now (the copy writes it), a
   * provisioned size of `diskMiB`, and for a linked clone an empty delta. Returns why not when
   * the datastore has no room (nothing changes then), else null.
   */
  createDisk(v: number, baseMiB: number, diskMiB: number, linked: boolean, t: number): string | null {
    const d = this.disks.ds[v];
    if (d < 0) return null;
    if (!this.allocate(d, baseMiB, t)) {
      const gib = (x: number): string => (x / 1024).toFixed(1);
      return `datastore ${this.datastores[d]!.id} has ${gib(Math.max(0, this.freeAt(d, t)))} GiB free; the disk needs ${gib(baseMiB)} GiB`;
    }
    this.disks.baseMiB[v] = baseMiB;
    this.disks.diskMiB[v] = diskMiB;
    if (linked) this.startDelta(v, 1, t);
    return null;
  }

  /** VM v is deleted: its disks, deltas and any copy of them are freed. */
  deleteDisk(v: number, t: number): void {
    const d = this.disks.ds[v];
    if (d < 0) return;
    const move = this.moves.get(v);
    if (move !== undefined) {
      this.dc.kernel.cancel(move.handle);
      this.moves.delete(v);
      this.release(move.from, move.sizeMiB, t);
    }
    this.dropDelta(v, t);
    this.pauses.forget(v);
    this.release(d, this.disks.baseMiB[v], t);
    this.disks.baseMiB[v] = 0;
  }

  /** VM v gets a delta disk (linked = 1 for a linked clone's own delta, 0 for a snapshot). */
  private startDelta(v: number, linked: 0 | 1, t: number): void {
    if (linked === 1) this.linked[v] = 1;
    else this.snapshot[v] = 1;
    if (!this.usage.hasDelta(v)) {
      this.usage.addDelta(v, t);
      this.dc.watchLevel(v, true);
    }
    this.refresh(v, t);
  }

  /** Remove VM v's delta (and the space it took) from its datastore; returns its size. */
  private dropDelta(v: number, t: number): number {
    this.snapshot[v] = 0;
    this.linked[v] = 0;
    if (!this.usage.hasDelta(v)) return 0;
    const size = this.usage.removeDelta(v, t);
    if (this.capHandle[v] !== NO_EVENT) this.dc.kernel.cancel(this.capHandle[v]);
    this.capHandle[v] = NO_EVENT;
    this.dc.watchLevel(v, false);
    this.retimeFill(this.disks.ds[v], t);
    return size;
  }

  // ---- Snapshots and storage migration (scripted). ----

  /** Take (create) or delete-and-consolidate VM v's snapshot; null when done, else why not. */
  snapshotAction(v: number, action: 'create' | 'delete', t: number): string | null {
    const { dc } = this;
    const V = dc.world.vms;
    const d = this.disks.ds[v];
    if (d < 0) return 'storage is not modelled for this VM (no datastores)';
    if (!this.exists(v)) return 'the VM does not exist (not created yet, or deleted)';
    if (this.moves.has(v)) return 'a storage migration of the VM is in progress';
    if (action === 'create') {
      if (this.snapshot[v] === 1) return 'the VM already has a snapshot (one at a time here)';
      if (this.linked[v] === 1) return 'a linked clone writes into its own delta already';
      this.startDelta(v, 0, t);
      this.snapshotsCreated++;
      dc.emit({ t, type: 'snapshot.created', vm: V.ids[v] as string, datastore: this.datastores[d]!.id });
      return null;
    }
    if (this.snapshot[v] === 0) return 'the VM has no snapshot';
    const freed = this.dropDelta(v, t);
    this.snapshotsDeleted++;
    dc.emit({ t, type: 'snapshot.deleted', vm: V.ids[v] as string, datastore: this.datastores[d]!.id, freedMiB: freed });
    this.spaceChanged(d, t);
    return null;
  }

  /**
   * Storage vMotion of VM v to datastore `to`: the destination takes the disks' size at once,
   * new writes go there (mirrored), and the source is freed when the copy (size / the lower of
   * the two bandwidths, queued on the destination) ends. The VM keeps running.
   */
  migrate(v: number, to: number, t: number): string | null {
    const { dc } = this;
    const V = dc.world.vms;
    const from = this.disks.ds[v];
    if (from < 0) return 'storage is not modelled for this VM (no datastores)';
    if (!this.exists(v)) return 'the VM does not exist (not created yet, or deleted)';
    if (from === to) return `the VM is on datastore ${this.datastores[to]!.id} already`;
    if (this.moves.has(v)) return 'a storage migration of the VM is in progress';
    const size = this.occupancyMiB(v, t);
    if (!this.allocate(to, size, t)) return `datastore ${this.datastores[to]!.id} has ${(this.freeAt(to, t) / 1024).toFixed(1)} GiB free; the disks take ${(size / 1024).toFixed(1)} GiB`;
    this.usage.moveDisks(v, from, to, size, t);
    this.retimeFill(from, t);
    this.retimeFill(to, t);
    const bw = Math.min(this.datastores[from]!.bandwidthMiBps, this.datastores[to]!.bandwidthMiBps);
    const done = this.queueCopy(to, size, bw, t);
    const handle = dc.kernel.schedule(done, KIND_STORAGE, v, MIGRATED, 0, PRIORITY_MODEL);
    this.moves.set(v, { from, to, sizeMiB: size, startedAt: t, handle });
    dc.emit({ t, type: 'storage-migration.started', vm: V.ids[v] as string, from: this.datastores[from]!.id, to: this.datastores[to]!.id, sizeMiB: size, readyInMs: done - t });
    if (this.pauses.paused[v] === 1) this.pauses.resumeWhere((u) => u === v, t);
    return null;
  }

  private onMoved(v: number): void {
    const move = this.moves.get(v);
    if (move === undefined) return;
    this.moves.delete(v);
    const t = this.dc.kernel.now;
    this.storageMigrations++;
    this.dc.emit({ t, type: 'storage-migration.completed', vm: this.dc.world.vms.ids[v] as string, from: this.datastores[move.from]!.id, to: this.datastores[move.to]!.id, durationMs: t - move.startedAt });
    this.release(move.from, move.sizeMiB, t);
  }
}
