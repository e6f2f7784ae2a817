/** Migration records for the migrations table: filtering and sorting (pure: no DOM, no d3). */
import { ALL_CLUSTERS } from './cluster-view.js';
import { compareIds } from './sorting.js';
import type { Report } from './types.js';

export type MigrationItem = Report['migrations']['items'][number];

export type MigrationKey = 'vm' | 'route' | 'reason' | 'startedAt' | 'durationMs' | 'rounds' | 'transferredMiB' | 'downtimeMs' | 'converged';

/** Migrations of VMs of cluster `key` (all for ALL_CLUSTERS) whose VM, source or destination contains `text` (any case). */
export function filterMigrations(items: readonly MigrationItem[], key: string, text: string): MigrationItem[] {
  const q = text.trim().toLowerCase();
  return items.filter(
    (m) =>
      (key === ALL_CLUSTERS || m.vm.startsWith(`${key}/`) || m.from.startsWith(`${key}/`)) &&
      (q === '' || m.vm.toLowerCase().includes(q) || m.from.toLowerCase().includes(q) || m.to.toLowerCase().includes(q)),
  );
}

/** Sorted by `key` (route: source, then destination; converged: aborted first when ascending); ties by start time, then VM. */
export function sortMigrations(items: readonly MigrationItem[], key: MigrationKey, descending: boolean): MigrationItem[] {
  const dir = descending ? -1 : 1;
  const cmp = (a: MigrationItem, b: MigrationItem): number => {
    switch (key) {
      case 'vm':
        return compareIds(a.vm, b.vm);
      case 'route':
        return compareIds(a.from, b.from) || compareIds(a.to, b.to);
      case 'reason':
        return a.reason.localeCompare(b.reason);
      case 'converged':
        return Number(a.converged) - Number(b.converged);
      default:
        return a[key] - b[key];
    }
  };
  return items.slice().sort((a, b) => cmp(a, b) * dir || a.startedAt - b.startedAt || compareIds(a.vm, b.vm));
}
