/**
 * The writing end of the event log: counts events by type, keeps them for report.json within a
 * budget (event-budget.ts: past it, annotating kinds are folded into hourly counts),
 * numbers HA incidents canonically (by first appearance in the order it is given) and writes
 * events.ndjson, one JSON object per line.
 */
import type { ReportEvent } from '../report/schema.js';
import { type EventAggregation } from './event-budget.js';
/**
 * report.json's event budget: kept whole up to this many (about 4 MB of JSON at ~200 bytes an
 * event); past it annotating kinds are folded into hourly counts. All are counted and go to
 * events.ndjson.
 */
export declare const REPORT_EVENTS = 20000;
/** The writing end: counts, keeps the first events, numbers incidents, writes lines. */
export declare class EventSink {
    private readonly startEpochMs;
    private readonly out;
    private readonly budget;
    total: number;
    readonly counts: Record<string, number>;
    private readonly incidents;
    constructor(file: string | null, startEpochMs: number, keep: number);
    /** The events report.json keeps, in order. */
    get kept(): ReportEvent[];
    /** What report.json folded instead of keeping (null: it keeps every event). */
    aggregation(): EventAggregation | null;
    /** The canonical number of an incident (by its key), or undefined when no event named it. */
    incidentNumber(key: string): number | undefined;
    /** Number of incidents named by events so far. */
    get incidentsNamed(): number;
    /** Write `e`; a numeric `incident` field is replaced by its canonical number (key from `incidentKey`). */
    write(e: ReportEvent, incidentKey: (id: number) => string): void;
    close(): void;
}
