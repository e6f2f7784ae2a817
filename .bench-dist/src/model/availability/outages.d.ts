/**
 * Outage bookkeeping per VM: every change of a VM's lifecycle state goes through `set`, which
 * opens an outage when a running VM stops serving, closes it when it runs again, and splits the
 * time down by reason (host failure, waiting for capacity, restarting, …). Downtime is therefore
 * exactly the sum of the outage intervals, by construction.
 *
 * Planned states (lifecycle.ts `plannedDown`: not created yet, provisioning, deleted) are no
 * outage: a running VM that is deleted opens none, one deleted during an outage closes it, and
 * the time a VM spends in them after its first power-on ("idle") counts neither as downtime nor
 * as service time, so availability is over the time the VM was meant to serve.
 */
import { VM_BOOTING, VM_DOWN } from '../lifecycle.js';
import type { World } from '../world.js';
export interface OutageListener {
    vmState?(t: number, vm: number, from: number, to: number, reason: number): void;
    outageEnded?(t: number, vm: number, startedAt: number, durationMs: number): void;
}
export declare class OutageTracker {
    private readonly world;
    /** First power-on of each VM (NaN until then): availability counts from there. */
    readonly firstUpAt: Float64Array;
    /** Start of the outage in progress (NaN when up). */
    readonly downSince: Float64Array;
    readonly outages: Int32Array;
    readonly downMs: Float64Array;
    /** [vm × reason] ms down for each reason, up to reasonSince. */
    readonly reasonMs: Float64Array;
    private readonly reasonSince;
    readonly longestMs: Float64Array;
    /** Closed idle periods (planned out of service after the first power-on) and the open one's start (NaN if none). */
    readonly idleMs: Float64Array;
    private readonly idleSince;
    listeners: OutageListener[];
    constructor(world: World);
    /** VM v enters `state` (with `reason` when not running) at t. */
    set(v: number, state: number, reason: number, t: number): void;
    /** Downtime of VM v up to t, the outage in progress included. */
    downMsAt(v: number, t: number): number;
    /** Time down for one reason up to t. */
    reasonMsAt(v: number, reason: number, t: number): number;
    /** Time VM v spent out of service by design (deleted, re-provisioning) after its first power-on, up to t. */
    idleMsAt(v: number, t: number): number;
    /**
     * Availability of VM v over the time it was meant to serve (first power-on to t, less idle
     * time), or NaN for a VM that never ran.
     */
    availability(v: number, t: number): number;
}
export { VM_BOOTING, VM_DOWN };
