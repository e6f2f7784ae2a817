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
export const AGGREGATED_KINDS: ReadonlySet<string> = new Set([
  'drs.recommendation',
  'migration.started',
  'host.memory-state',
  'host.power-skipped',
  'host.evacuation-blocked',
]);
/** Past this many times the budget even the kept kinds are cut. */
export const HARD_FACTOR = 4;
const MS_PER_HOUR = 3_600_000;

export interface EventAggregation {
  readonly budget: number;
  /** Kinds folded, each with its per-hour counts (index = hour from the run start) and its first and last event. */
  readonly kinds: Record<string, { readonly total: number; readonly hourly: number[]; readonly first: ReportEvent; readonly last: ReportEvent }>;
  /** When events of the kept kinds stop (cut past HARD_FACTOR × budget); null when none was cut. */
  readonly keptUntil: number | null;
}

export class EventBudget {
  readonly kept: ReportEvent[] = [];
  private folding = false;
  private readonly kinds: Record<string, { total: number; hourly: number[]; first: ReportEvent; last: ReportEvent }> = {};
  private cutAt: number | null = null;

  constructor(readonly budget: number) {}

  /** Whether anything was folded or cut. */
  get thinned(): boolean {
    return this.folding;
  }

  add(e: ReportEvent): void {
    if (!this.folding && this.kept.length >= this.budget) this.startFolding();
    // Folded kinds are counted to the end, even past a cut.
    if (this.folding && AGGREGATED_KINDS.has(e.type)) {
      this.fold(e);
      return;
    }
    if (this.cutAt !== null) return;
    if (this.kept.length >= this.budget * HARD_FACTOR) {
      this.cutAt = e.t;
      return;
    }
    this.kept.push(e);
  }

  private startFolding(): void {
    this.folding = true;
    const keep: ReportEvent[] = [];
    for (const e of this.kept) {
      if (AGGREGATED_KINDS.has(e.type)) this.fold(e);
      else keep.push(e);
    }
    this.kept.length = 0;
    for (const e of keep) this.kept.push(e);
  }

  private fold(e: ReportEvent): void {
    const hour = Math.floor(e.t / MS_PER_HOUR);
    const k = (this.kinds[e.type] ??= { total: 0, hourly: [], first: e, last: e });
    while (k.hourly.length <= hour) k.hourly.push(0);
    k.hourly[hour] = (k.hourly[hour]) + 1;
    k.total++;
    k.last = e;
  }

  /** What was folded (null when every event was kept). */
  aggregation(): EventAggregation | null {
    if (!this.folding) return null;
    return { budget: this.budget, kinds: this.kinds, keptUntil: this.cutAt };
  }
}
