/**
 * Placement over time for the playback: which VMs run on which host at the end of each output
 * interval, rebuilt from the report's events. vm.placed puts a VM on a host; vm.down takes it
 * off (it waits, down, with its reason: ha.restart-failed makes it waiting for capacity,
 * ha.failure-detected not protected when its restart priority is disabled); vm.restarting puts it on its new host (booting until
 * vm.restarted); migration.started marks it migrating on its source, migration.completed moves
 * it to the destination. VMs the events never mention stay on their end-of-run host for the
 * whole run. When the report keeps only the first events, placement after the last kept event
 * is as of that event (`approximateAfter`). Pure: no DOM.
 */
import { field } from './lifecycle.js';
import { clusterView } from './cluster-view.js';
import { compareIds } from './sorting.js';
import type { HostState } from './lifecycle.js';
import type { HostRow, MemoryState, Report, ReportEvent, VmRow } from './types.js';

export type VmStatus = 'running' | 'booting' | 'migrating' | 'down';

export interface HostFrame {
  readonly host: HostRow;
  readonly vms: readonly VmRow[];
  /** VMs booting (after an HA restart) or migrating away, by id. */
  readonly status: ReadonlyMap<string, VmStatus>;
  /** CPU utilisation % in the interval (NaN when unknown). */
  readonly utilPct: number;
  readonly memState: MemoryState | null;
  /** Lifecycle state at the interval's end (null without host series). */
  readonly state: HostState | null;
}

/** A VM that is down at the end of an interval. */
export interface DownVm {
  readonly vm: VmRow;
  readonly reason: string;
  /** When it went down (ms from the start) and the host it was on. */
  readonly since: number;
  readonly from: string;
  readonly cluster: string;
}

export interface PlacementSource {
  readonly frames: number;
  /** True when host values are the cluster's (no host series in the report). */
  readonly approximate: boolean;
  /** With a truncated event list: the time after which placement is no longer known (ms), else null. */
  readonly approximateAfter: number | null;
  /** True when VMs move at all (placement changes after the start). */
  readonly moving: boolean;
  /** Most VMs on one host, or down in one cluster, at any interval end. */
  readonly maxVms: number;
  /** Clusters in which VMs are down at some point. */
  readonly downClusters: ReadonlySet<string>;
  at(i: number): readonly HostFrame[];
  down(i: number): readonly DownVm[];
}

interface Change {
  readonly t: number;
  readonly vm: string;
  /** The host it runs on afterwards (null: down). */
  readonly host: string | null;
  readonly status: VmStatus;
  readonly reason: string;
  /** For vm.down: the host it was on. */
  readonly from: string;
}

interface Where {
  host: string | null;
  status: VmStatus;
  reason: string;
  since: number;
  from: string;
}

/** The placement change an event makes, and where the VM was before it (for VMs first seen in it). */
function changeOf(e: ReportEvent): { change: Change; before: string | null } | null {
  const vm = 'vm' in e && typeof e.vm === 'string' ? e.vm : '';
  const base = { t: e.t, vm, reason: '', from: '' };
  switch (e.type) {
    case 'vm.placed':
      return { change: { ...base, host: e.host, status: 'running' }, before: null };
    case 'vm.down':
      return { change: { ...base, host: null, status: 'down', reason: field(e, 'reason'), from: field(e, 'host') }, before: field(e, 'host') };
    case 'ha.restart-failed':
      return { change: { ...base, host: null, status: 'down', reason: 'waiting-for-capacity' }, before: null };
    case 'ha.failure-detected':
      // Not a VM's change: HA now knows the host is dead; its unprotected VMs stay down.
      return { change: { ...base, host: null, status: 'down', reason: 'not-protected', from: field(e, 'host') }, before: null };
    case 'vm.restarting':
      return { change: { ...base, host: field(e, 'host'), status: 'booting' }, before: null };
    case 'vm.restarted':
      return { change: { ...base, host: field(e, 'host'), status: 'running' }, before: null };
    case 'migration.started':
      return { change: { ...base, host: field(e, 'from'), status: 'migrating' }, before: field(e, 'from') };
    case 'migration.aborted':
      return { change: { ...base, host: field(e, 'from'), status: 'running' }, before: field(e, 'from') };
    case 'migration.completed':
      return { change: { ...base, host: field(e, 'to'), status: 'running' }, before: field(e, 'from') };
    default:
      return null;
  }
}

/** Placement rebuilt from the events (see the module comment); static when the events move nothing. */
export function eventPlacement(report: Report, hosts: readonly HostRow[]): PlacementSource {
  const vmById = new Map(report.vms.map((v) => [v.id, v]));
  const hostById = new Map(report.hosts.map((h) => [h.id, h]));
  const changes: Change[] = [];
  const initial = new Map<string, Where>();
  const detections: Change[] = [];
  for (const e of report.events.items) {
    const c = changeOf(e);
    if (c && e.type === 'ha.failure-detected') detections.push(c.change);
    if (!c || !vmById.has(c.change.vm)) continue;
    if (!initial.has(c.change.vm)) initial.set(c.change.vm, { host: c.before, status: 'running', reason: '', since: 0, from: '' });
    changes.push(c.change);
  }
  changes.push(...detections);
  changes.sort((a, b) => a.t - b.t);
  for (const v of report.vms) if (!initial.has(v.id) && v.host !== null) initial.set(v.id, { host: v.host, status: 'running', reason: '', since: 0, from: '' });
  const moving = changes.some((c) => c.t > 0 || c.status !== 'running');

  const clusterOfVm = (where: Where, vm: VmRow) =>
    hostById.get(where.from)?.cluster ?? report.clusters.find((c) => vm.id.startsWith(`${c.id}/`) || vm.group.startsWith(`${c.id}/`))?.id ?? '';
  const order = (a: VmRow, b: VmRow) => compareIds(a.group, b.group) || compareIds(a.id, b.id);

  // The replay: `now` is the placement after the first `applied` changes.
  let now = new Map<string, Where>();
  let applied = 0;
  const reset = () => {
    now = new Map([...initial].map(([k, w]) => [k, { ...w }]));
    applied = 0;
  };
  const apply = (c: Change) => {
    if (c.vm === '') {
      // HA declared host c.from dead: its VMs still down there with restarts disabled wait for it.
      for (const [id, w] of now) if (w.status === 'down' && w.from === c.from && vmById.get(id)?.haPriority === 'disabled') w.reason = c.reason;
      return;
    }
    const w = now.get(c.vm) ?? { host: null, status: 'running' as VmStatus, reason: '', since: 0, from: '' };
    if (c.status === 'down') {
      // A failed restart leaves the VM down where it went down; only the reason changes.
      if (w.status !== 'down') {
        w.since = c.t;
        w.from = c.from || w.host || '';
      }
      w.reason = c.reason || w.reason;
    }
    w.host = c.host;
    w.status = c.status;
    now.set(c.vm, w);
  };
  const ends = report.series.t.map((t, i) => t + (report.series.intervalMs[i] ?? 0));
  let frame = -1;
  const seek = (i: number) => {
    if (i === frame) return;
    if (i < frame || frame < 0) reset();
    const end = ends[i] ?? Number.POSITIVE_INFINITY;
    while (applied < changes.length && (changes[applied] as Change).t <= end) apply(changes[applied++] as Change);
    frame = i;
  };

  // The most VMs on one host or down in one cluster, over the whole run (one pass over the changes).
  reset();
  const counts = new Map<string, number>();
  const downClusters = new Set<string>();
  let maxVms = 0;
  const bump = (key: string, d: number) => {
    const n = (counts.get(key) ?? 0) + d;
    counts.set(key, n);
    if (n > maxVms) maxVms = n;
    if (d > 0 && key.startsWith('d:')) downClusters.add(key.slice(2));
  };
  const slot = (w: Where, vm: VmRow) => (w.host !== null ? `h:${w.host}` : w.status === 'down' ? `d:${clusterOfVm(w, vm)}` : null);
  for (const [id, w] of now) {
    const s = slot(w, vmById.get(id) as VmRow);
    if (s) bump(s, 1);
  }
  for (const c of changes) {
    if (c.vm === '') continue;
    const vm = vmById.get(c.vm) as VmRow;
    const before = now.get(c.vm);
    const s0 = before ? slot(before, vm) : null;
    apply(c);
    const s1 = slot(now.get(c.vm) as Where, vm);
    if (s0 !== s1) {
      if (s0) bump(s0, -1);
      if (s1) bump(s1, 1);
    }
  }
  reset();

  const hs = report.series.hosts;
  const clusterUtil = new Map<string, number[]>();
  if (!hs) for (const c of report.clusters) clusterUtil.set(c.id, clusterView(report, c.id).utilPct);
  const last = report.events.items.reduce((m, e) => Math.max(m, e.t), 0);
  let cached: { i: number; frames: HostFrame[]; down: DownVm[] } | null = null;
  const build = (i: number) => {
    if (cached && cached.i === i) return cached;
    seek(i);
    const byHost = new Map<string, VmRow[]>();
    const status = new Map<string, Map<string, VmStatus>>();
    const down: DownVm[] = [];
    for (const [id, w] of now) {
      const vm = vmById.get(id) as VmRow;
      if (w.host !== null) {
        const list = byHost.get(w.host) ?? [];
        list.push(vm);
        byHost.set(w.host, list);
        if (w.status !== 'running') {
          const m = status.get(w.host) ?? new Map<string, VmStatus>();
          m.set(id, w.status);
          status.set(w.host, m);
        }
      } else if (w.status === 'down') down.push({ vm, reason: w.reason, since: w.since, from: w.from, cluster: clusterOfVm(w, vm) });
    }
    for (const list of byHost.values()) list.sort(order);
    down.sort((a, b) => a.since - b.since || order(a.vm, b.vm));
    const frames = hosts.map((h): HostFrame => {
      const s = hs?.[h.id];
      return {
        host: h,
        vms: byHost.get(h.id) ?? [],
        status: status.get(h.id) ?? new Map(),
        utilPct: s ? (s.utilPct[i] ?? Number.NaN) : (clusterUtil.get(h.cluster)?.[i] ?? Number.NaN),
        memState: s ? ((s.memState[i] as MemoryState | undefined) ?? null) : null,
        state: s ? ((s.state[i] as HostState | undefined) ?? null) : null,
      };
    });
    cached = { i, frames, down };
    return cached;
  };
  return {
    frames: report.series.t.length,
    approximate: !hs,
    approximateAfter: report.events.truncated ? last : null,
    moving,
    maxVms,
    downClusters,
    at: (i) => build(i).frames,
    down: (i) => build(i).down,
  };
}
