/** A gap longer than this many median intervals is counted in the import summary. */
export const GAP_FACTOR = 3;
function median(xs) {
    if (xs.length === 0)
        return NaN;
    const s = [...xs].sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
}
/** Differences readings (t in ms, v cumulative; NaN = not read) into a rate series. */
export function differenceCounter(t, v, o) {
    const t0 = [];
    const t1 = [];
    const out = [];
    const what = o.what ?? 'counter';
    let prevT = NaN;
    let prevV = NaN;
    for (let i = 0; i < t.length; i++) {
        const ti = t[i];
        const vi = v[i];
        if (!Number.isFinite(vi) || !Number.isFinite(ti)) {
            prevT = NaN; // a missing reading breaks the chain
            prevV = NaN;
            continue;
        }
        if (Number.isFinite(prevT) && ti <= prevT) {
            o.log?.skip(`${what} reading with a timestamp not after the previous one (left out)`);
            continue;
        }
        if (Number.isFinite(prevV)) {
            const dv = vi - prevV;
            if (dv < 0)
                o.log?.skip(`${what} interval with a counter reset (left out)`);
            else {
                const rate = (dv / ((ti - prevT) / 1000)) * o.scale;
                if (o.maxRate !== undefined && rate > o.maxRate)
                    o.log?.skip(`${what} interval with an implausible rate (left out)`);
                else {
                    t0.push(prevT);
                    t1.push(ti);
                    out.push(rate);
                }
            }
        }
        prevT = ti;
        prevV = vi;
    }
    countGaps(t0, t1, o);
    return { t0: Float64Array.from(t0), t1: Float64Array.from(t1), v: Float64Array.from(out) };
}
function countGaps(t0, t1, o) {
    if (!o.log || t0.length < 3)
        return;
    const m = median(t0.map((a, i) => t1[i] - a));
    const gaps = t0.filter((a, i) => t1[i] - a > GAP_FACTOR * m).length;
    if (gaps > 0)
        o.log.skip(`${o.what ?? 'counter'} gap longer than ${GAP_FACTOR} sample intervals (averaged over the gap, kept)`, gaps);
}
/** Readings of a gauge, NaN readings dropped; `scale` converts units. */
export function gauge(t, v, scale = 1) {
    const tt = [];
    const vv = [];
    for (let i = 0; i < t.length; i++) {
        const x = v[i];
        if (Number.isFinite(x) && Number.isFinite(t[i])) {
            tt.push(t[i]);
            vv.push(x * scale);
        }
    }
    return { t: Float64Array.from(tt), v: Float64Array.from(vv) };
}
/** A rate series from values already per interval (formats that export averages). */
export function rateOf(t0, t1, v) {
    const keep = v.map((x, i) => Number.isFinite(x) && t1[i] > t0[i]);
    const pick = (a) => Float64Array.from(a.filter((_, i) => keep[i]));
    return { t0: pick(t0), t1: pick(t1), v: pick(v) };
}
/** The median of consecutive differences of `t` (ms), NaN with fewer than two readings. */
export function medianStep(t) {
    const d = [];
    for (let i = 1; i < t.length; i++)
        d.push(t[i] - t[i - 1]);
    return median(d.filter((x) => x > 0));
}
//# sourceMappingURL=counters.js.map