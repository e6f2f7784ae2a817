/**
 * events.ndjson: one JSON object per line for every model signal (placements, unplaceable VMs,
 * memory state changes, lifecycle, alarms), in simulated-time order. Also keeps the first events
 * for report.json.
 *
 * The order is canonical, so that clusters run apart and merged give the same file as one run:
 * events of one instant are written cluster by cluster (in each cluster, in the order they
 * happened), and HA incidents are numbered by their first appearance in that order.
 */
import { MEMORY_STATES, type MemoryState } from '../catalogue/memory-states.js';
import type { AlarmListener, AlarmRecord } from '../metrics/alarms.js';
import type { ModelEvent, ModelObserver } from '../model/observer.js';
import { round3 } from '../metrics/round.js';
import type { World } from '../model/world.js';
import type { ReportEvent } from '../report/schema.js';
import { EventSink, type LineWriter } from './event-sink.js';

/** Fields of an event that may hold an id (of a cluster or of something in one). */
const ID_FIELDS = ['cluster', 'host', 'vm', 'target', 'group', 'domain', 'datastore'] as const;

/** The events of one instant, in the order the log writes them. */
export interface EventInstant {
  readonly t: number;
  readonly events: readonly ReportEvent[];
}

/** An event as the log buffers it: with its cluster (-1: the datacenter) for the canonical order. */
interface PendingEvent {
  readonly cluster: number;
  readonly event: ReportEvent;
}

/** The model's observer: builds the events, orders each instant canonically, hands them to a sink. */
export class EventLog implements ModelObserver, AlarmListener {
  readonly sink: EventSink;
  private pending: PendingEvent[] = [];
  private pendingT = -Infinity;
  private readonly clusterOfId = new Map<string, number>();
  /** Cluster of each incident, from the first event naming it with a host (its hosts are in one cluster, or the run cannot split). */
  private readonly incidentCluster = new Map<number, number>();
  /** When set, each flushed instant is also handed here (a cluster run apart, to be merged). */
  private readonly onInstant: ((instant: EventInstant) => void) | null;

  constructor(
    out: LineWriter | null,
    private readonly world: World,
    keep: number,
    options: { readonly onInstant?: (instant: EventInstant) => void } = {},
  ) {
    this.sink = new EventSink(out, world.startEpochMs, keep);
    this.onInstant = options.onInstant ?? null;
    world.clusters.forEach((c, ci) => this.clusterOfId.set(c.id, ci));
    world.hosts.ids.forEach((id, h) => this.clusterOfId.set(id, world.hosts.cluster[h]));
    world.vms.ids.forEach((id, v) => this.clusterOfId.set(id, world.vms.cluster[v]));
  }

  get kept(): ReportEvent[] {
    this.flush();
    return this.sink.kept;
  }

  get total(): number {
    this.flush();
    return this.sink.total;
  }

  get counts(): Record<string, number> {
    this.flush();
    return this.sink.counts;
  }

  /**
   * The cluster an event belongs to: that of the cluster, host, VM, alarm target, group, domain
   * or datastore it names (ids start with their cluster's id), else that of its incident.
   */
  private clusterOf(e: ReportEvent): number {
    const f = e as unknown as Record<string, unknown>;
    let c = -1;
    for (const k of ID_FIELDS) {
      const id = f[k];
      if (typeof id !== 'string') continue;
      c = this.clusterOfId.get(id) ?? this.clusterByPrefix(id);
      if (c >= 0) break;
    }
    const incident = f['incident'];
    if (typeof incident === 'number') {
      if (c >= 0 && !this.incidentCluster.has(incident)) this.incidentCluster.set(incident, c);
      if (c < 0) c = this.incidentCluster.get(incident) ?? -1;
    }
    return c;
  }

  private clusterByPrefix(id: string): number {
    const slash = id.lastIndexOf('/');
    for (let at = slash; at > 0; at = id.lastIndexOf('/', at - 1)) {
      const c = this.clusterOfId.get(id.slice(0, at));
      if (c !== undefined) return c;
    }
    return -1;
  }

  private emit(e: ReportEvent): void {
    if (e.t !== this.pendingT) {
      this.flush();
      this.pendingT = e.t;
    }
    this.pending.push({ cluster: this.clusterOf(e), event: e });
  }

  /** Write the buffered instant, cluster by cluster (a stable sort keeps each cluster's order). */
  flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    batch.sort((a, b) => a.cluster - b.cluster);
    if (this.onInstant) {
      // A cluster run apart can only be merged if each of its events is the cluster's.
      const stray = batch.find((p) => p.cluster < 0);
      if (stray) throw new Error(`event ${stray.event.type} at t=${stray.event.t} ms names no cluster: a run split by cluster cannot place it`);
      this.onInstant({ t: this.pendingT, events: batch.map((p) => p.event) });
    }
    for (const p of batch) this.sink.write(p.event, String);
  }

  /** Lifecycle events come with their fields ready (ids as strings). */
  event(e: ModelEvent): void {
    this.emit(e as unknown as ReportEvent);
  }

  placed(t: number, vm: number, host: number): void {
    this.emit({ t, type: 'vm.placed', vm: this.world.vms.ids[vm] as string, host: this.world.hosts.ids[host] as string });
  }

  unplaceable(t: number, vm: number, reason: string): void {
    this.emit({ t, type: 'vm.unplaceable', vm: this.world.vms.ids[vm] as string, reason });
  }

  memoryState(t: number, host: number, from: number, to: number): void {
    this.emit({
      t,
      type: 'host.memory-state',
      host: this.world.hosts.ids[host] as string,
      from: MEMORY_STATES[from] as MemoryState,
      to: MEMORY_STATES[to] as MemoryState,
    });
  }

  alarmRaised(t: number, a: AlarmRecord): void {
    this.emit({ t, type: 'alarm.raised', rule: a.rule, target: a.target, value: round3(a.peak), threshold: a.threshold, since: a.since });
  }

  alarmCleared(t: number, a: AlarmRecord): void {
    this.emit({ t, type: 'alarm.cleared', rule: a.rule, target: a.target, raisedAt: a.raisedAt, peak: round3(a.peak) });
  }

  close(): void {
    this.flush();
    this.sink.close();
  }
}
