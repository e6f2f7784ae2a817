/**
 * Availability and migration figures for a slice of the world, from the outage tracker, the HA
 * controller and the migration records: what a student reads after "two hosts failed".
 */
import type { HaController } from '../model/availability/ha.js';
import type { OutageTracker } from '../model/availability/outages.js';
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { Slice } from './slice.js';
/** One finished or aborted live migration. */
export interface MigrationRecordLike {
    readonly vm: number;
    readonly durationMs: number;
    readonly transferredMiB: number;
    readonly downtimeMs: number;
    readonly outcome: 'running' | 'completed' | 'aborted';
    readonly reason: string;
}
export interface LifecycleSources {
    readonly outages: OutageTracker;
    readonly ha: HaController | null;
    readonly migrations: readonly MigrationRecordLike[];
}
/** "Nines" of an availability fraction: 0.999 → 3; capped at 9 for a VM never down. */
export declare function nines(availability: number): number;
/** A cluster's availability sums (see HeadlineParts): folded over clusters for the datacenter. */
export interface AvailabilityParts {
    ran: number;
    sum: number;
    worst: number;
    outages: number;
    downMs: number;
    /** Down time by DOWN_REASONS index (ms). */
    byReason: number[];
    downAtEnd: number;
    tiers: {
        vms: number;
        sum: number;
        downMs: number;
    }[];
    hostFailures: number;
    restarts: number;
    /** Incidents touching the cluster's hosts; `key` tells one hitting several clusters apart. */
    incidents: {
        key: string;
        recoveryS: number | null;
    }[];
}
export declare function availabilityParts(world: World, src: LifecycleSources, s: Slice): AvailabilityParts;
export declare function foldAvailability(a: AvailabilityParts, b: AvailabilityParts): AvailabilityParts;
export declare function availabilityFigures(p: AvailabilityParts): HeadlineFigures['availability'];
/** A cluster's live-migration sums (see HeadlineParts). */
export interface MigrationParts {
    completed: number;
    aborted: number;
    durationMs: number;
    transferredMiB: number;
    downtimeMs: number;
    maxDowntimeMs: number;
    /** Completed migrations by reason (balance, dpm, power-window, maintenance, rule, …). */
    byReason: Record<string, number>;
}
export declare function migrationParts(src: LifecycleSources, s: Slice): MigrationParts;
export declare function foldMigrations(a: MigrationParts, b: MigrationParts): MigrationParts;
export declare function migrationFigures(p: MigrationParts): HeadlineFigures['migrations'];
