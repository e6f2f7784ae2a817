/**
 * The writing end of the event log: counts events by type, keeps them for report.json within a
 * budget (event-budget.ts: past it, annotating kinds are folded into hourly counts),
 * numbers HA incidents canonically (by first appearance in the order it is given) and writes
 * events.ndjson, one JSON object per line.
 */
import type { ReportEvent } from '../report/schema.js';
import { EventBudget, type EventAggregation } from './event-budget.js';

/** Where events.ndjson's lines go (a StreamFile from the CLI); none in the browser. */
export interface LineWriter {
  write(text: string): void;
  close(): void;
}

/**
 * report.json's event budget: kept whole up to this many (about 4 MB of JSON at ~200 bytes an
 * event); past it annotating kinds are folded into hourly counts. All are counted and go to
 * events.ndjson.
 */
export const REPORT_EVENTS = 20_000;

/** The writing end: counts, keeps the first events, numbers incidents, writes lines. */
export class EventSink {
  private readonly out: LineWriter | null;
  private readonly budget: EventBudget;
  total = 0;
  readonly counts: Record<string, number> = {};
  private readonly incidents = new Map<string, number>();
  /** The last event time written and its ISO text. */
  private isoT = NaN;
  private iso = '';

  constructor(
    out: LineWriter | null,
    private readonly startEpochMs: number,
    keep: number,
  ) {
    this.out = out;
    this.budget = new EventBudget(keep);
  }

  /** The events report.json keeps, in order. */
  get kept(): ReportEvent[] {
    return this.budget.kept;
  }

  /** What report.json folded instead of keeping (null: it keeps every event). */
  aggregation(): EventAggregation | null {
    return this.budget.aggregation();
  }

  /** The canonical number of an incident (by its key), or undefined when no event named it. */
  incidentNumber(key: string): number | undefined {
    return this.incidents.get(key);
  }

  /** Number of incidents named by events so far. */
  get incidentsNamed(): number {
    return this.incidents.size;
  }

  /** Write `e`; a numeric `incident` field is replaced by its canonical number (key from `incidentKey`). */
  write(e: ReportEvent, incidentKey: (id: number) => string): void {
    const raw = (e as { incident?: unknown }).incident;
    if (typeof raw === 'number') {
      const key = incidentKey(raw);
      let n = this.incidents.get(key);
      if (n === undefined) {
        n = this.incidents.size;
        this.incidents.set(key, n);
      }
      if (n !== raw) e = { ...e, incident: n } as ReportEvent;
    }
    this.total++;
    this.counts[e.type] = (this.counts[e.type] ?? 0) + 1;
    this.budget.add(e);
    if (this.out) {
      // The events of an instant share its time (a sample's alarms come by the thousand).
      if (e.t !== this.isoT) {
        this.isoT = e.t;
        this.iso = new Date(this.startEpochMs + e.t).toISOString();
      }
      this.out.write(eventLine(this.iso, e));
    }
  }

  close(): void {
    this.out?.close();
  }
}

/**
 * An events.ndjson line: `JSON.stringify({ time, ...e })` and a newline (a property test holds
 * them equal), built from e's own text, without a copy of the event per line. An ISO time
 * needs no escaping. The copy is made where its key order would differ: an event with a time of
 * its own, or whose first key may be an integer (those come before "time" in the copy).
 */
export function eventLine(time: string, e: ReportEvent): string {
  const text = JSON.stringify(e);
  const first = text.charCodeAt(2);
  if (text === '{}' || (first >= 48 && first <= 57) || 'time' in e) return `${JSON.stringify({ time, ...e })}\n`;
  return `{"time":"${time}",${text.slice(1)}\n`;
}
