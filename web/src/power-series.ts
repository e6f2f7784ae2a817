/**
 * Power by host state, for the Energy and money panel (pure: no DOM, no d3): the cluster series'
 * mean power of hosts serving, booting or shutting down, and in standby, in kW and summed over
 * clusters; the hosts in standby; the host.power events as power-downs and power-ups; host-hours
 * spent in standby.
 */
import { lifecycleText, field } from './lifecycle.js';
import { memoPerReport } from './memo.js';
import { ALL_CLUSTERS, clusterView } from './cluster-view.js';
import type { Report, ReportEvent } from './types.js';

/** One cluster's power by host state (or all clusters together), ready to chart. */
export interface PowerView {
  readonly key: string;
  readonly label: string;
  /** Interval starts, lengths and midpoints, ms from the run start. */
  readonly t: readonly number[];
  readonly dt: readonly number[];
  readonly x: readonly number[];
  /** Mean power per interval, kW: hosts serving VMs (on, maintenance, isolated), booting or shutting down, in standby. */
  readonly servingKW: number[];
  readonly transitionKW: number[];
  readonly standbyKW: number[];
  /** Hosts in standby or on their way to or from it, at each interval's end. */
  readonly hostsStandby: number[];
  /** Whether any host drew power outside the serving states (power management was at work). */
  readonly managed: boolean;
}

/** The power series of cluster `key`, or of every cluster summed (`ALL_CLUSTERS`); cached per report, do not mutate. */
export const powerView = memoPerReport((report, key) => computePowerView(report, key));

function computePowerView(report: Report, key: string): PowerView {
  const s = report.series;
  const n = s.t.length;
  const ids = key === ALL_CLUSTERS ? Object.keys(s.clusters) : [key];
  const parts = ids.map((id) => s.clusters[id]).filter((c) => c !== undefined);
  const total = (pick: (c: (typeof parts)[number]) => readonly number[], scale: number) =>
    Array.from({ length: n }, (_, i) => parts.reduce((a, c) => a + (pick(c)[i] ?? 0), 0) * scale);
  const transitionKW = total((c) => c.powerTransitionW, 1e-3);
  const standbyKW = total((c) => c.powerStandbyW, 1e-3);
  const hostsStandby = total((c) => c.hostsStandby, 1);
  const base = clusterView(report, key);
  return {
    key,
    label: base.label,
    t: base.t,
    dt: base.dt,
    x: base.x,
    servingKW: total((c) => c.powerServingW, 1e-3),
    transitionKW,
    standbyKW,
    hostsStandby,
    managed: [transitionKW, standbyKW, hostsStandby].some((xs) => xs.some((x) => x > 0)),
  };
}

/** A power change worth a tick: a host starting to go down (or going straight to standby), or to come up. */
export interface PowerChange {
  readonly t: number;
  readonly host: string;
  readonly direction: 'down' | 'up';
  /** The event in words: "dc1/dpm/esx-004 power: on → shutting-down (demand: …)". */
  readonly text: string;
}

/**
 * The report's host.power events of cluster `key` (all for ALL_CLUSTERS) that start a change of
 * direction: on → shutting-down (or standby directly) is a power-down, standby → booting (or on
 * directly) a power-up; the end of each transition is left out, so each change is one tick.
 */
export function powerChanges(report: Report, key: string): PowerChange[] {
  const out: PowerChange[] = [];
  for (const e of report.events.items) {
    if (e.type !== 'host.power') continue;
    const host = field(e, 'host');
    if (key !== ALL_CLUSTERS && !host.startsWith(`${key}/`)) continue;
    const direction = powerDirection(e);
    if (direction) out.push({ t: e.t, host, direction, text: lifecycleText(e) });
  }
  return out;
}

/** Whether a host.power event starts a power-down or a power-up (null: it ends one). */
export function powerDirection(e: ReportEvent): 'down' | 'up' | null {
  const from = field(e, 'from');
  const to = field(e, 'to');
  if (to === 'shutting-down' || (to === 'standby' && from !== 'shutting-down')) return 'down';
  if (to === 'booting' || (to === 'on' && from !== 'booting')) return 'up';
  return null;
}

/** host.power-skipped events of cluster `key` (power-downs power management decided against). */
export function powerSkips(report: Report, key: string): number {
  return report.events.items.filter((e) => e.type === 'host.power-skipped' && (key === ALL_CLUSTERS || field(e, 'host').startsWith(`${key}/`))).length;
}

/** Host-hours in standby, worked out once per report (the findings and the panel both ask). */
const standbyHours = new WeakMap<Report, number>();

/**
 * Host-hours spent in standby: from the host series' state at each interval's end when the report
 * has them (each interval counted whole), else from the clusters' hosts in standby (which also
 * counts hosts booting or shutting down).
 */
export function standbyHostHours(report: Report): number {
  let v = standbyHours.get(report);
  if (v === undefined) {
    v = computeStandbyHostHours(report);
    standbyHours.set(report, v);
  }
  return v;
}

function computeStandbyHostHours(report: Report): number {
  const { t, intervalMs, hosts, clusters } = report.series;
  let ms = 0;
  if (hosts) {
    for (const h of Object.values(hosts)) h.state.forEach((st, i) => (ms += st === 'standby' ? (intervalMs[i] ?? 0) : 0));
  } else {
    for (const c of Object.values(clusters)) c.hostsStandby.forEach((k, i) => (ms += k * (intervalMs[i] ?? 0)));
  }
  return t.length > 0 ? ms / 3_600_000 : 0;
}
