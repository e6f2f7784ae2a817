/** Kinds folded into hourly counts past the budget: none of them moves a VM or changes a host's state. */
export const AGGREGATED_KINDS = new Set([
    'drs.recommendation',
    'migration.started',
    'host.memory-state',
    'host.power-skipped',
    'host.evacuation-blocked',
]);
/** Past this many times the budget even the kept kinds are cut. */
export const HARD_FACTOR = 4;
const MS_PER_HOUR = 3_600_000;
export class EventBudget {
    budget;
    kept = [];
    folding = false;
    kinds = {};
    cutAt = null;
    constructor(budget) {
        this.budget = budget;
    }
    /** Whether anything was folded or cut. */
    get thinned() {
        return this.folding;
    }
    add(e) {
        if (!this.folding && this.kept.length >= this.budget)
            this.startFolding();
        // Folded kinds are counted to the end, even past a cut.
        if (this.folding && AGGREGATED_KINDS.has(e.type)) {
            this.fold(e);
            return;
        }
        if (this.cutAt !== null)
            return;
        if (this.kept.length >= this.budget * HARD_FACTOR) {
            this.cutAt = e.t;
            return;
        }
        this.kept.push(e);
    }
    startFolding() {
        this.folding = true;
        const keep = [];
        for (const e of this.kept) {
            if (AGGREGATED_KINDS.has(e.type))
                this.fold(e);
            else
                keep.push(e);
        }
        this.kept.length = 0;
        for (const e of keep)
            this.kept.push(e);
    }
    fold(e) {
        const hour = Math.floor(e.t / MS_PER_HOUR);
        const k = (this.kinds[e.type] ??= { total: 0, hourly: [], first: e, last: e });
        while (k.hourly.length <= hour)
            k.hourly.push(0);
        k.hourly[hour] = k.hourly[hour] + 1;
        k.total++;
        k.last = e;
    }
    /** What was folded (null when every event was kept). */
    aggregation() {
        if (!this.folding)
            return null;
        return { budget: this.budget, kinds: this.kinds, keptUntil: this.cutAt };
    }
}
//# sourceMappingURL=event-budget.js.map