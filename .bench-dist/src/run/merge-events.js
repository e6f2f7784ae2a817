import { LineReader } from '../output/line-reader.js';
/** The key under which an incident of cluster `ci` is numbered in the merged event log. */
export function splitIncidentKey(ci) {
    return (id) => `${ci}:${id}`;
}
export function mergeClusterEvents(clusters, sink) {
    const its = clusters.map((x) => x.events[Symbol.iterator]());
    const heads = its.map((it) => it.next());
    const keys = clusters.map((x) => splitIncidentKey(x.cluster));
    for (;;) {
        let t = Infinity;
        for (const h of heads)
            if (!h.done && h.value.t < t)
                t = h.value.t;
        if (t === Infinity)
            return;
        heads.forEach((h, c) => {
            if (h.done || h.value.t !== t)
                return;
            for (const e of h.value.events)
                sink.write(e, keys[c]);
            const next = its[c].next();
            if (!next.done && next.value.t <= t)
                throw new Error(`cluster ${clusters[c].cluster}: events are not in time order at t=${next.value.t}`);
            heads[c] = next;
        });
    }
}
/** Writes an instant as one line of an instants file. */
export function instantLine(instant) {
    return `${JSON.stringify(instant)}\n`;
}
/** The instants of a file written with instantLine, read one at a time. */
export function* instantsOf(file) {
    const reader = new LineReader(file);
    try {
        for (let line = reader.line(); line !== null; line = reader.line())
            yield JSON.parse(line);
    }
    finally {
        reader.close();
    }
}
//# sourceMappingURL=merge-events.js.map