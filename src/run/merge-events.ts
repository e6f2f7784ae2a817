/**
 * The events of clusters run apart, written as one simulation logs them: instant by instant,
 * and within an instant cluster by cluster (EventLog's canonical order); incidents numbered by
 * their first appearance in that order.
 */
import type { EventSink } from '../output/event-sink.js';
import type { ReportEvent } from '../report/schema.js';
import { splitIncidentKey } from './cluster-run.js';

export interface ClusterEvents {
  /** The cluster's index in the datacenter. */
  readonly cluster: number;
  /** Its events, instant by instant, in time order. */
  readonly events: readonly { readonly t: number; readonly events: readonly ReportEvent[] }[];
}

export function mergeClusterEvents(clusters: readonly ClusterEvents[], sink: EventSink): void {
  const at = clusters.map(() => 0);
  const keys = clusters.map((x) => splitIncidentKey(x.cluster));
  for (const x of clusters)
    for (let k = 1; k < x.events.length; k++)
      if ((x.events[k] as { t: number }).t <= (x.events[k - 1] as { t: number }).t)
        throw new Error(`cluster ${x.cluster}: events are not in time order at t=${(x.events[k] as { t: number }).t}`);
  for (;;) {
    let t = Infinity;
    clusters.forEach((x, c) => {
      const g = x.events[at[c] as number];
      if (g !== undefined && g.t < t) t = g.t;
    });
    if (t === Infinity) return;
    clusters.forEach((x, c) => {
      const g = x.events[at[c] as number];
      if (g === undefined || g.t !== t) return;
      for (const e of g.events) sink.write(e, keys[c] as (id: number) => string);
      at[c] = (at[c] as number) + 1;
    });
  }
}
