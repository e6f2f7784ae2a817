import { type Datacenter } from '../datacenter.js';
export interface MigrationRecord {
    readonly vm: number;
    readonly from: number;
    readonly to: number;
    readonly reason: string;
    readonly startedAt: number;
    /** Planned wall time (ms): pre-copy rounds + downtime, or until the abort when it does not converge. */
    readonly durationMs: number;
    readonly rounds: number;
    readonly transferredMiB: number;
    readonly downtimeMs: number;
    readonly converged: boolean;
    outcome: 'running' | 'completed' | 'aborted';
    /** When it completed or was aborted; NaN while running. */
    endedAt: number;
    /** Why it was aborted ('did not converge', 'source failed', 'destination failed'); '' otherwise. */
    why: string;
}
/** Called when a migration ends by itself (completed, or aborted for not converging), after its bookkeeping. */
export type MigrationEndListener = (rec: MigrationRecord, t: number) => void;
export declare class Migrator {
    private readonly dc;
    /** Every migration started, in start order (migrations are rare: plain objects are fine). */
    readonly records: MigrationRecord[];
    /** Not called for migrations cancelled by onHostDown (the caller is mid-way through a failure). */
    readonly endListeners: MigrationEndListener[];
    /** By VM; Map iteration follows start order, so walking it is deterministic. */
    private readonly inFlight;
    private readonly perCluster;
    private completedCount;
    private abortedCount;
    constructor(dc: Datacenter);
    /** Migrations in flight. */
    active(): number;
    /** Migrations in flight in cluster ci. */
    activeIn(ci: number): number;
    get completed(): number;
    get aborted(): number;
    isMigrating(v: number): boolean;
    /** Why VM v cannot start migrating to host `to` now, or null when it can. */
    refusal(v: number, to: number, withShould?: boolean): string | null;
    /** Start migrating VM v to host `to` at t (now); null when started, else why it was refused. */
    start(v: number, to: number, reason: string, t: number, withShould?: boolean): string | null;
    /**
     * Host h fails (called by HA before it powers off h's VMs): migrations out of h are cancelled,
     * their destination reservation released, and the VM left running on h for the caller to take
     * down; migrations into h are cancelled and their VM keeps running on its source.
     */
    onHostDown(h: number, t: number): void;
    /** Cancel VM v's migration (it keeps running on its source); false when it has none. */
    cancel(v: number, why: string, t: number): boolean;
    private onDone;
    /** Switch over (completed) or give up (aborted); then free the CPU, counters and reservation. */
    private finish;
    /** One migration fewer on host h; with none left its migration CPU is exactly 0 (no rounding residue). */
    private unload;
}
