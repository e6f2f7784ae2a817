export class SizingImpossibleError extends Error {
    largest;
    objectives;
    constructor(largest, objectives) {
        super(`no host count up to ${largest.hosts} meets the objectives: at ${largest.hosts} hosts the runs still fail ${largest.result.failing.join(', ')}` +
            ` (objectives: ${objectives.join(', ')}); raise --max, relax the objective, or change the host spec or the VMs`);
        this.largest = largest;
        this.objectives = objectives;
    }
}
export async function searchHosts(evaluate, bounds, objectives) {
    const min = Math.max(1, Math.floor(bounds.min));
    const max = Math.max(min, Math.floor(bounds.max));
    const seen = new Map();
    const order = [];
    const at = async (n) => {
        let e = seen.get(n);
        if (e === undefined) {
            e = await evaluate(n);
            seen.set(n, e);
            order.push(e);
        }
        return e;
    };
    // An upper count that meets.
    let hi = Math.min(max, Math.max(min, Math.floor(bounds.start)));
    let lo = min - 1; // highest count known (or taken) to fail
    for (;;) {
        const e = await at(hi);
        if (e.meets)
            break;
        lo = hi;
        if (hi >= max)
            throw new SizingImpossibleError(e, objectives);
        hi = Math.min(max, hi * 2);
    }
    while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if ((await at(mid)).meets)
            hi = mid;
        else
            lo = mid;
    }
    // The proof: answer − 1 evaluated (it is when the search went below the answer).
    const below = hi - 1 >= min ? await at(hi - 1) : null;
    const answer = seen.get(hi);
    const nonMonotone = order.filter((e) => (e.hosts < hi && e.meets) || (e.hosts > hi && !e.meets)).map((e) => e.hosts);
    return { answer, below, evaluations: order, nonMonotone };
}
//# sourceMappingURL=sizing.js.map