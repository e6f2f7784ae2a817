/** Event markers on the timeline: the lane of each event and markers collapsed per time bucket. */
import { lifecycleLane, type LifecycleLane } from './lifecycle.js';
import { stateRank } from '../../src/catalogue/memory-states.js';
import type { MemoryState, ReportEvent } from './types.js';

export type EventLane = 'placed' | 'unplaceable' | 'memory' | LifecycleLane;

/** Events of one lane falling into one time bucket, drawn as one marker. */
export interface EventMarker {
  readonly lane: EventLane;
  /** Bucket start and end, ms from the run start. */
  readonly t0: number;
  readonly t1: number;
  /** Time of the first event in the bucket. */
  readonly t: number;
  readonly count: number;
  /** For memory markers: the worst state entered in the bucket. */
  readonly worst: MemoryState | null;
  /** Up to `keep` events, for the tooltip. */
  readonly items: ReportEvent[];
}

/** The marker lane of an event; null for alarm events (alarms are drawn as bars from report.alarms). */
export function laneOf(e: ReportEvent): EventLane | null {
  switch (e.type) {
    case 'vm.placed':
      return 'placed';
    case 'vm.unplaceable':
      return 'unplaceable';
    case 'host.memory-state':
      return 'memory';
    case 'alarm.raised':
    case 'alarm.cleared':
      return null;
    default:
      return lifecycleLane(e.type);
  }
}

/**
 * Collapses events into one marker per lane and time bucket of `bucketMs` (so 10 000
 * placements at t = 0 make one marker with their count). Markers are ordered by lane, then time.
 * Alarm events are left out: the timeline draws alarms as bars (`alarmTracks`).
 */
export function collapseEvents(items: readonly ReportEvent[], bucketMs: number, keep = 8): EventMarker[] {
  const width = bucketMs > 0 ? bucketMs : 1;
  const byKey = new Map<string, { lane: EventLane; b: number; t: number; count: number; worst: MemoryState | null; items: ReportEvent[] }>();
  for (const e of items) {
    const lane = laneOf(e);
    if (lane === null) continue;
    const b = Math.floor(e.t / width);
    const key = `${lane}:${b}`;
    let m = byKey.get(key);
    if (!m) {
      m = { lane, b, t: e.t, count: 0, worst: null, items: [] };
      byKey.set(key, m);
    }
    m.count += 1;
    m.t = Math.min(m.t, e.t);
    if (m.items.length < keep) m.items.push(e);
    if (e.type === 'host.memory-state' && (m.worst === null || stateRank(e.to) > stateRank(m.worst))) m.worst = e.to;
  }
  const order: Record<EventLane, number> = { placed: 0, unplaceable: 1, memory: 2, failure: 3, restart: 4, migration: 5, maintenance: 6 };
  return [...byKey.values()]
    .sort((a, b) => order[a.lane] - order[b.lane] || a.b - b.b)
    .map((m) => ({ lane: m.lane, t0: m.b * width, t1: (m.b + 1) * width, t: m.t, count: m.count, worst: m.worst, items: m.items }));
}
