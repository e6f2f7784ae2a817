/**
 * vSphere-style HA: host failures, detection by missed heartbeats, restarts by priority through
 * the placement filters, retries with back-off, VMs waiting for capacity, host isolation and
 * repair (DOMAIN.md, Failures and HA).
 *
 * A failed host's VMs go down at once (reason host-failure). With HA on, the failure is declared
 * `detectionMs` later and every protected VM is tried, highest priority first: a VM that finds a
 * host boots there (reason restarting) for its template's boot time, then runs; one that fits
 * nowhere waits (waiting-for-capacity) and is retried after retryDelay, 2×, 4×, … up to
 * maxRestartAttempts; afterwards, and for every waiting VM, whenever capacity frees up (a host
 * repaired, a maintenance ends, a VM powers off). Without HA, or with restart priority disabled,
 * VMs stay down until their own host is repaired, and are powered on there again.
 */
import type { Datacenter } from '../datacenter.js';
import { AdmissionControl } from './admission-control.js';
/** What else must hear of a host going down (in-flight migrations). */
export interface HostDownListener {
    onHostDown(h: number, t: number): void;
}
export interface Incident {
    readonly id: number;
    readonly t: number;
    readonly cause: string;
    readonly hosts: string[];
    vmsAffected: number;
    vmsRecovered: number;
    /** When the last affected VM ran again (null while some are still down). */
    recoveredAt: number | null;
}
export declare class HaController {
    private readonly dc;
    readonly admission: AdmissionControl;
    readonly incidents: Incident[];
    /** Incident each VM's current outage belongs to (-1 for none). */
    private readonly vmIncident;
    /** Failed host each down VM came from (it is powered on there again when unprotected). */
    private readonly vmHome;
    private readonly attempts;
    private readonly restartCount;
    private readonly bootHandle;
    private readonly retryPending;
    /** VMs waiting for a restart, per cluster, in no particular order (sorted when tried). */
    private readonly waiting;
    private readonly hostIncident;
    private readonly repairHandle;
    hostFailures: number;
    /** Failures and time failed per host (observed MTBF / MTTR). */
    readonly hostFailCount: Int32Array;
    readonly failedMs: Float64Array;
    private readonly failedSince;
    restarts: number;
    failedAttempts: number;
    readonly hostDownListeners: HostDownListener[];
    /** Stops a VM's live migration before the VM is powered off (isolation response). */
    cancelMigration: (v: number, why: string, t: number) => void;
    /** Told when VMs of a cluster wait for capacity (power management wakes hosts for them). */
    readonly capacityNeededListeners: Array<(cluster: number, t: number) => void>;
    constructor(dc: Datacenter);
    private get world();
    private ids;
    /** Open an incident for hosts failing together. */
    openIncident(t: number, cause: string, hosts: readonly number[]): number;
    /**
     * Host h fails at t (crash, power loss, PSU). Its VMs go down; repaired after `repairMs`
     * (null: not within the run). `incident` groups hosts that fail together. `reason` is the VMs'
     * down reason; DOWN_SITE_FAILURE (a whole site) also means no HA detection and no restarts.
     */
    failHost(h: number, t: number, repairMs: number | null, cause: string, incident?: number, reason?: number): void;
    /** VM v stops on host h at t for `reason`, as part of `incident`. */
    private loseVm;
    /** Heartbeats missed for detectionMs: the master declares the host dead and restarts its VMs. */
    private onDetected;
    /**
     * Try to restart the waiting VMs of cluster c, highest priority first (then VM order). One
     * pass tries them all: a retry that capacity makes possible is never held back by a back-off.
     */
    tryRestarts(c: number, t: number): void;
    /**
     * VM v is deleted at t: HA stops waiting to restart it and will not power it on when its
     * host returns; for its incident it counts as recovered (nothing is left to restart).
     */
    forget(v: number, t: number): void;
    /** Capacity freed in cluster c (a host back, a VM gone): waiting VMs try again. */
    capacityFreed(c: number, t: number): void;
    private onBooted;
    private recovered;
    /** Host h is repaired: it rejoins the cluster; its unprotected VMs power on there again. */
    repair(h: number, t: number): void;
    /**
     * Host h loses its management network for durationMs. It keeps running its VMs unless the
     * isolation response is power-off: then, once isolation is declared (the detection time),
     * its VMs are powered off and restarted elsewhere like a failed host's.
     */
    isolate(h: number, t: number, durationMs: number): void;
    private isolationAt;
    private readonly pendingIsolation;
    /** Isolation declared: the host powers its VMs off, so the master can restart them. */
    private applyIsolation;
    private endIsolation;
    /** HA restarts of VM v so far. */
    restartsOf(v: number): number;
    /** Time host h has been failed up to t. */
    failedMsAt(h: number, t: number): number;
    /** VMs waiting for a restart in cluster c. */
    waitingCount(c: number): number;
}
