export const MS_PER_MIN = 60_000;
export const MS_PER_DAY = 86_400_000;
/** The occurrence of window `w` that starts on the UTC day beginning at `dayMs`, or null when `w` does not run that day. */
export function spanOnDay(w, dayMs) {
    if (!w.days.includes(new Date(dayMs).getUTCDay()))
        return null;
    const fromMs = dayMs + w.fromMin * MS_PER_MIN;
    const toMs = dayMs + w.toMin * MS_PER_MIN + (w.toMin <= w.fromMin ? MS_PER_DAY : 0);
    return { fromMs, toMs };
}
/** Every occurrence of `w` that overlaps [startMs, endMs), in time order (one that began before startMs included). */
export function windowSpans(w, startMs, endMs) {
    const out = [];
    const firstDay = Math.floor(startMs / MS_PER_DAY) * MS_PER_DAY - MS_PER_DAY;
    for (let day = firstDay; day < endMs; day += MS_PER_DAY) {
        const s = spanOnDay(w, day);
        if (s !== null && s.toMs > startMs && s.fromMs < endMs)
            out.push(s);
    }
    return out;
}
/** Whether any of `windows` covers epoch `ms` (its start included, its end not). */
export function windowActiveAt(windows, ms) {
    const day = Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
    for (const w of windows) {
        for (const d of [day, day - MS_PER_DAY]) {
            const s = spanOnDay(w, d);
            if (s !== null && ms >= s.fromMs && ms < s.toMs)
                return true;
        }
    }
    return false;
}
/**
 * When the chain of windows covering `ms` ends: follows windows that start at or before the
 * current end until none extends it. `ms` itself when no window covers it.
 */
export function chainEnd(windows, ms) {
    let end = ms;
    for (let guard = 0; guard < 64 && windowActiveAt(windows, end); guard++) {
        const day = Math.floor(end / MS_PER_DAY) * MS_PER_DAY;
        let next = end;
        for (const w of windows) {
            for (const d of [day, day - MS_PER_DAY]) {
                const s = spanOnDay(w, d);
                if (s !== null && end >= s.fromMs && end < s.toMs && s.toMs > next)
                    next = s.toMs;
            }
        }
        end = next;
    }
    return end;
}
//# sourceMappingURL=power-windows.js.map