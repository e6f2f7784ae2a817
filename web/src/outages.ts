/**
 * Availability and HA figures for the panels (pure: no DOM, no d3): the availability headline
 * of one cluster or all, its incidents, the host failures to mark on time charts, the failover
 * capacity and imbalance series per cluster, downtime by reason and by restart priority.
 */
import { DOWN_REASON_MEANING, field } from './lifecycle.js';
import { ALL_CLUSTERS } from './cluster-view.js';
import type { HeadlineFigures, Report } from './types.js';

export type Availability = HeadlineFigures['availability'];
export type Incident = Report['availability']['incidents'][number];
export type Priority = keyof Availability['byPriority'];

/** Restart priorities, highest first (the order HA restarts in). */
export const PRIORITIES: readonly Priority[] = ['high', 'medium', 'low', 'disabled'];

/** The headline of cluster `key`, or of the datacenter (ALL_CLUSTERS or an unknown id). */
export function headlineOf(report: Report, key: string): HeadlineFigures {
  return (key === ALL_CLUSTERS ? undefined : report.clusters.find((c) => c.id === key)?.headline) ?? report.headline;
}

/** The cluster of a host id (from the report's hosts), or ''. */
function clusterOfHost(report: Report): (host: string) => string {
  const m = new Map(report.hosts.map((h) => [h.id, h.cluster]));
  return (host) => m.get(host) ?? '';
}

/** Incidents touching cluster `key` (all for ALL_CLUSTERS), in time order. */
export function incidentsOf(report: Report, key: string): Incident[] {
  const cl = clusterOfHost(report);
  return report.availability.incidents.filter((i) => key === ALL_CLUSTERS || i.hosts.some((h) => cl(h) === key)).sort((a, b) => a.t - b.t || a.id - b.id);
}

/** Host failures in cluster `key` as marks: when, and which host failed why. */
export function failureMarks(report: Report, key: string): Array<{ t: number; label: string; host: string }> {
  const cl = clusterOfHost(report);
  return report.events.items
    .filter((e) => e.type === 'host.failed' && (key === ALL_CLUSTERS || cl(field(e, 'host')) === key))
    .map((e) => ({ t: e.t, host: field(e, 'host'), label: `${field(e, 'host')} (${field(e, 'cause') || 'failure'}, ${field(e, 'vms') || '0'} VMs)` }));
}

/** A nullable cluster series per cluster of `key`, null as NaN; clusters whose series is all null are left out. */
function nullableLines(report: Report, key: string, pick: (c: Report['series']['clusters'][string]) => ReadonlyArray<number | null>): Array<{ cluster: string; values: number[] }> {
  return Object.entries(report.series.clusters)
    .filter(([id]) => key === ALL_CLUSTERS || id === key)
    .map(([id, c]) => ({ cluster: id, values: pick(c).map((v) => (v === null ? Number.NaN : v)) }))
    .filter((l) => l.values.some((v) => Number.isFinite(v)));
}

/** Host failures HA could absorb, per cluster with HA. */
export function failoverLines(report: Report, key: string): Array<{ cluster: string; values: number[] }> {
  return nullableLines(report, key, (c) => c.failoverHosts);
}

/** Host-load standard deviation, per cluster with a balancer. */
export function imbalanceLines(report: Report, key: string): Array<{ cluster: string; values: number[] }> {
  return nullableLines(report, key, (c) => c.imbalance);
}

export interface ReasonBar {
  readonly reason: string;
  readonly hours: number;
  readonly meaning: string;
}

/** VM-hours down by reason, the largest first; reasons with none left out. */
export function reasonBars(a: Availability): ReasonBar[] {
  return Object.entries(a.downtimeByReasonVmHours)
    .filter(([, h]) => h > 0)
    .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
    .map(([reason, hours]) => ({ reason, hours, meaning: DOWN_REASON_MEANING[reason] ?? reason }));
}

export interface PriorityBar {
  readonly priority: Priority;
  readonly vms: number;
  readonly meanAvailabilityPct: number;
  readonly downtimeVmHours: number;
}

/** Downtime and availability by HA restart priority, highest priority first; priorities with no VMs left out. */
export function priorityBars(a: Availability): PriorityBar[] {
  return PRIORITIES.filter((p) => a.byPriority[p].vms > 0).map((p) => ({ priority: p, ...a.byPriority[p] }));
}
