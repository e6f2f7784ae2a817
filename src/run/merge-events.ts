/**
 * The events of clusters run apart, written as one simulation logs them: instant by instant,
 * and within an instant cluster by cluster (EventLog's canonical order); incidents numbered by
 * their first appearance in that order. Each cluster's instants are read as they are needed,
 * so a cluster's events can come from a file as large as the run's event log.
 */
import type { EventInstant } from '../output/event-log.js';
import type { EventSink } from '../output/event-sink.js';
import { LineReader } from '../output/line-reader.js';

/** The key under which an incident of cluster `ci` is numbered in the merged event log. */
export function splitIncidentKey(ci: number): (id: number) => string {
  return (id) => `${ci}:${id}`;
}

export interface ClusterEvents {
  /** The cluster's index in the datacenter. */
  readonly cluster: number;
  /** Its events, instant by instant, in time order. */
  readonly events: Iterable<EventInstant>;
}

export function mergeClusterEvents(clusters: readonly ClusterEvents[], sink: EventSink): void {
  const its = clusters.map((x) => x.events[Symbol.iterator]());
  const heads = its.map((it) => it.next());
  const keys = clusters.map((x) => splitIncidentKey(x.cluster));
  for (;;) {
    let t = Infinity;
    for (const h of heads) if (!h.done && h.value.t < t) t = h.value.t;
    if (t === Infinity) return;
    heads.forEach((h, c) => {
      if (h.done || h.value.t !== t) return;
      for (const e of h.value.events) sink.write(e, keys[c] as (id: number) => string);
      const next = (its[c] as Iterator<EventInstant>).next();
      if (!next.done && next.value.t <= t) throw new Error(`cluster ${(clusters[c] as ClusterEvents).cluster}: events are not in time order at t=${next.value.t}`);
      heads[c] = next;
    });
  }
}

/** Writes an instant as one line of an instants file. */
export function instantLine(instant: EventInstant): string {
  return `${JSON.stringify(instant)}\n`;
}

/** The instants of a file written with instantLine, read one at a time. */
export function* instantsOf(file: string): Generator<EventInstant> {
  const reader = new LineReader(file);
  try {
    for (let line = reader.line(); line !== null; line = reader.line()) yield JSON.parse(line) as EventInstant;
  } finally {
    reader.close();
  }
}
