import { EventBudget } from './event-budget.js';
import { StreamFile } from './stream-file.js';
/**
 * report.json's event budget: kept whole up to this many (about 4 MB of JSON at ~200 bytes an
 * event); past it annotating kinds are folded into hourly counts. All are counted and go to
 * events.ndjson.
 */
export const REPORT_EVENTS = 20_000;
/** The writing end: counts, keeps the first events, numbers incidents, writes lines. */
export class EventSink {
    startEpochMs;
    out;
    budget;
    total = 0;
    counts = {};
    incidents = new Map();
    constructor(file, startEpochMs, keep) {
        this.startEpochMs = startEpochMs;
        this.out = file === null ? null : new StreamFile(file);
        this.budget = new EventBudget(keep);
    }
    /** The events report.json keeps, in order. */
    get kept() {
        return this.budget.kept;
    }
    /** What report.json folded instead of keeping (null: it keeps every event). */
    aggregation() {
        return this.budget.aggregation();
    }
    /** The canonical number of an incident (by its key), or undefined when no event named it. */
    incidentNumber(key) {
        return this.incidents.get(key);
    }
    /** Number of incidents named by events so far. */
    get incidentsNamed() {
        return this.incidents.size;
    }
    /** Write `e`; a numeric `incident` field is replaced by its canonical number (key from `incidentKey`). */
    write(e, incidentKey) {
        const raw = e.incident;
        if (typeof raw === 'number') {
            const key = incidentKey(raw);
            let n = this.incidents.get(key);
            if (n === undefined) {
                n = this.incidents.size;
                this.incidents.set(key, n);
            }
            if (n !== raw)
                e = { ...e, incident: n };
        }
        this.total++;
        this.counts[e.type] = (this.counts[e.type] ?? 0) + 1;
        this.budget.add(e);
        if (this.out)
            this.out.write(`${JSON.stringify({ time: new Date(this.startEpochMs + e.t).toISOString(), ...e })}\n`);
    }
    close() {
        this.out?.close();
    }
}
//# sourceMappingURL=event-sink.js.map