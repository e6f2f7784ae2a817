/**
 * Which events report.json keeps: every event up to a size budget; beyond it, the kinds that only
 * annotate (DRS recommendations, migration starts, memory-state changes, skipped power-downs,
 * blocked evacuations) are folded into per-hour counts with the first and last of each kind, so
 * that the events that change where VMs run and what state hosts are in (placements, migration
 * completions, failures, restarts, power, maintenance) stay whole and the timeline and playback
 * cover the whole run. Only when those alone pass HARD_FACTOR × the budget is the rest cut, and
 * the report says from when. Events arrive in time order; the fold is done once, when the budget
 * is first reached, and then as events come.
 */
import type { ReportEvent } from '../report/schema.js';
/** Kinds folded into hourly counts past the budget: none of them moves a VM or changes a host's state. */
export declare const AGGREGATED_KINDS: ReadonlySet<string>;
/** Past this many times the budget even the kept kinds are cut. */
export declare const HARD_FACTOR = 4;
export interface EventAggregation {
    readonly budget: number;
    /** Kinds folded, each with its per-hour counts (index = hour from the run start) and its first and last event. */
    readonly kinds: Record<string, {
        readonly total: number;
        readonly hourly: number[];
        readonly first: ReportEvent;
        readonly last: ReportEvent;
    }>;
    /** When events of the kept kinds stop (cut past HARD_FACTOR × budget); null when none was cut. */
    readonly keptUntil: number | null;
}
export declare class EventBudget {
    readonly budget: number;
    readonly kept: ReportEvent[];
    private folding;
    private readonly kinds;
    private cutAt;
    constructor(budget: number);
    /** Whether anything was folded or cut. */
    get thinned(): boolean;
    add(e: ReportEvent): void;
    private startFolding;
    private fold;
    /** What was folded (null when every event was kept). */
    aggregation(): EventAggregation | null;
}
