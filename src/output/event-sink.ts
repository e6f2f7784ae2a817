/**
 * The writing end of the event log: counts events by type, keeps the first ones for report.json,
 * numbers HA incidents canonically (by first appearance in the order it is given) and writes
 * events.ndjson, one JSON object per line.
 */
import type { ReportEvent } from '../report/schema.js';
import { StreamFile } from './stream-file.js';

/** Events kept in report.json (all of them are counted, and go to events.ndjson). */
export const REPORT_EVENTS = 5000;

/** The writing end: counts, keeps the first events, numbers incidents, writes lines. */
export class EventSink {
  private readonly out: StreamFile | null;
  readonly kept: ReportEvent[] = [];
  total = 0;
  readonly counts: Record<string, number> = {};
  private readonly incidents = new Map<string, number>();

  constructor(
    file: string | null,
    private readonly startEpochMs: number,
    private readonly keep: number,
  ) {
    this.out = file === null ? null : new StreamFile(file);
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
    if (this.kept.length < this.keep) this.kept.push(e);
    if (this.out) this.out.write(`${JSON.stringify({ time: new Date(this.startEpochMs + e.t).toISOString(), ...e })}\n`);
  }

  close(): void {
    this.out?.close();
  }
}
