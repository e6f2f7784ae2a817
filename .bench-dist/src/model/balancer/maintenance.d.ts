import { type Datacenter } from '../datacenter.js';
import type { Migrator } from '../migration/migrator.js';
import type { StandbyPurpose } from '../power/host-power.js';
import { type PassView } from './moves.js';
/** Evacuation is retried this often while a host in maintenance still has VMs. */
export declare const EVACUATION_RETRY_MS = 30000;
/**
 * A power-down whose host is not empty this long after it began is given up. Our bound: an
 * evacuation at the default concurrency takes minutes (DOMAIN.md, migration times); a host that
 * cannot be emptied in half an hour is not saving energy, it is stuck.
 */
export declare const STANDBY_EVACUATION_LIMIT_MS: number;
/** Why a host is evacuated; also the reason of its migrations. */
export type EvacuationPurpose = 'maintenance' | StandbyPurpose;
/** Told when a power-down is given up and its host serves again. */
export type AbortListener = (h: number, t: number, why: string) => void;
export declare class Maintenance {
    private readonly dc;
    private readonly migrator;
    /** By host, in the order hosts entered maintenance. */
    private readonly episodes;
    private readonly retryPending;
    /** Told when a host entering standby is empty (power management shuts it down then). */
    readonly readyListeners: Array<(h: number, t: number) => void>;
    /** Told when a power-down's evacuation is given up (the host is on again). */
    readonly abortListeners: AbortListener[];
    constructor(dc: Datacenter, migrator: Migrator);
    /** Whether host h is in a maintenance episode started here. */
    has(h: number): boolean;
    /** Host h enters maintenance at t (for `durationMs`, or until exit); null, or why not. */
    enter(h: number, t: number, durationMs?: number): string | null;
    /** Host h starts entering standby at t for `purpose` (`why`: the decision in words); null, or why not. */
    enterStandby(h: number, t: number, purpose: StandbyPurpose, why: string): string | null;
    /** The power-down of host h goes ahead (it is empty): the episode closes, the state is the caller's. */
    finishStandby(h: number, t: number): void;
    /** Give up host h's power-down at t: it serves again; `why` goes into `host.standby-aborted`. */
    abort(h: number, t: number, why: string): void;
    /** Host h leaves maintenance (or a power-down is withdrawn) at t and takes VMs again; null, or why not. */
    exit(h: number, t: number): string | null;
    /** The purpose of host h's evacuation, or null when it is not being evacuated. */
    purposeOf(h: number): EvacuationPurpose | null;
    /** Evacuate every host of cluster ci in maintenance as far as limits allow; then readiness and retries. */
    evacuate(ci: number, t: number, view?: PassView): void;
    /** An evacuation-only pass, every EVACUATION_RETRY_MS while a host in maintenance has VMs. */
    private retry;
    private evacuateHosts;
    private blocked;
    /** A host is ready when no VM runs on it and no migration into or out of it is in flight. */
    private checkReady;
    private ensureRetry;
    /** A slot freed up: carry on evacuating the cluster at once. */
    private onMigrationEnded;
}
