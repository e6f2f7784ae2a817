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
import type { DatastoreInfo, DiskArrays, StorageLayout } from './layout.js';
import { VmPauses } from './pauses.js';
import { DatastoreUsage } from './usage.js';
export declare class Storage {
    private readonly dc;
    readonly datastores: readonly DatastoreInfo[];
    readonly disks: DiskArrays;
    readonly usage: DatastoreUsage;
    private readonly full;
    private readonly fillHandle;
    private readonly busyUntil;
    readonly snapshot: Uint8Array;
    readonly linked: Uint8Array;
    private readonly capHandle;
    readonly pauses: VmPauses;
    private readonly moves;
    snapshotsCreated: number;
    snapshotsDeleted: number;
    fullEvents: number;
    storageMigrations: number;
    /** Used space of each datastore at each output sample (see `sample`). */
    readonly series: {
        readonly t: number[];
        readonly usedMiB: number[][];
    };
    /** Stops a live migration of a VM about to be paused. */
    get cancelMigration(): (v: number, why: string, t: number) => void;
    set cancelMigration(f: (v: number, why: string, t: number) => void);
    constructor(dc: Datacenter, layout: StorageLayout);
    /** The base disks of the VMs that exist at the start. */
    start(isCreated: (v: number) => boolean): void;
    /** Used space of datastore d at t, for t from its last change on. */
    usedAt(d: number, t: number): number;
    /** Unclamped used space (for invariant checks: never below 0 nor above capacity). */
    rawUsedAt(d: number, t: number): number;
    freeAt(d: number, t: number): number;
    get peakUsedMiB(): Float64Array;
    meanUsedMiB(d: number, t: number): number;
    /** Space VM v's disks take at t (base + delta). */
    occupancyMiB(v: number, t: number): number;
    /** Datastore index by name as VM v's cluster sees it (its own first, then shared), -1 if none. */
    datastoreFor(v: number, name: string): number;
    /** Record every datastore's used space at an output sample. */
    sample(t: number): void;
    /** What VM v writes into its delta now: only while it runs, is not paused and its delta is below its disk's size. */
    private writeRate;
    /** VM v's write rate may have changed at t (demand, state, snapshot): re-integrate and retime. */
    refresh(v: number, t: number): void;
    private retimeCap;
    private retimeFill;
    /** A delta reached its disk's size (at the exact instant, before this whole millisecond). */
    private onCapped;
    /** Datastore d is full: pause every VM writing to it (their deltas stop at the exact fill instant). */
    private onFill;
    /** Space may have been freed on d: a full datastore takes writes again and its paused VMs resume. */
    private spaceChanged;
    /** VM v has disks: created, not deleted. */
    private exists;
    /** Take `miB` on d at t if it is free; false otherwise. */
    private allocate;
    private release;
    /** A copy of `sizeMiB` into d at `bandwidthMiBps`, queued behind earlier copies; returns when it ends. */
    queueCopy(d: number, sizeMiB: number, bandwidthMiBps: number, t: number): number;
    /**
     * A new disk for VM v on its datastore: `baseMiB` allocated now (the copy writes it), a
     * provisioned size of `diskMiB`, and for a linked clone an empty delta. Returns why not when
     * the datastore has no room (nothing changes then), else null.
     */
    createDisk(v: number, baseMiB: number, diskMiB: number, linked: boolean, t: number): string | null;
    /** VM v is deleted: its disks, deltas and any copy of them are freed. */
    deleteDisk(v: number, t: number): void;
    /** VM v gets a delta disk (linked = 1 for a linked clone's own delta, 0 for a snapshot). */
    private startDelta;
    /** Remove VM v's delta (and the space it took) from its datastore; returns its size. */
    private dropDelta;
    /** Take (create) or delete-and-consolidate VM v's snapshot; null when done, else why not. */
    snapshotAction(v: number, action: 'create' | 'delete', t: number): string | null;
    /**
     * Storage vMotion of VM v to datastore `to`: the destination takes the disks' size at once,
     * new writes go there (mirrored), and the source is freed when the copy (size / the lower of
     * the two bandwidths, queued on the destination) ends. The VM keeps running.
     */
    migrate(v: number, to: number, t: number): string | null;
    private onMoved;
}
