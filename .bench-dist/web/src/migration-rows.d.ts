import type { Report } from './types.js';
export type MigrationItem = Report['migrations']['items'][number];
export type MigrationKey = 'vm' | 'route' | 'reason' | 'startedAt' | 'durationMs' | 'rounds' | 'transferredMiB' | 'downtimeMs' | 'converged';
/** Migrations of VMs of cluster `key` (all for ALL_CLUSTERS) whose VM, source or destination contains `text` (any case). */
export declare function filterMigrations(items: readonly MigrationItem[], key: string, text: string): MigrationItem[];
/** Sorted by `key` (route: source, then destination; converged: aborted first when ascending); ties by start time, then VM. */
export declare function sortMigrations(items: readonly MigrationItem[], key: MigrationKey, descending: boolean): MigrationItem[];
