/**
 * VMs paused because their datastore is full (ESXi: "There is no more space for virtual disk"):
 * down with reason datastore-full until space is freed, then resumed. Simplification: the
 * lifecycle has no paused-on-host state, so a paused VM leaves its host and, on resume, is
 * placed again there when it fits (else anywhere it fits) and runs at once (no boot), with its
 * memory touched anew. A VM that fits nowhere stays paused until the next chance.
 */
import type { Datacenter } from '../datacenter.js';
export declare class VmPauses {
    private readonly dc;
    /** 1 while the VM is paused for its datastore. */
    readonly paused: Uint8Array;
    private readonly pausedAt;
    private readonly pausedHost;
    private readonly pausedVms;
    count: number;
    /** Stops a live migration of a VM about to be paused. */
    cancelMigration: (v: number, why: string, t: number) => void;
    constructor(dc: Datacenter);
    /** Pause running VM v at t because datastore `datastore` is full (call settle after). */
    pause(v: number, datastore: string, t: number): void;
    /** Resume the paused VMs for which `on(v)` holds, in index order; returns how many resumed. */
    resumeWhere(on: (v: number) => boolean, t: number): number;
    /** VM v is no longer paused (resumed, or deleted). */
    forget(v: number): void;
    /** Paused VM v runs again: on its host when it fits, else wherever it fits; false if nowhere. */
    private resume;
}
