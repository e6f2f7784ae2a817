/**
 * Wording helpers for messages: values found in a file, durations, lists of words.
 */
/** Longest rendering before it is cut with "…"; a message must stay one readable line. */
const MAX_CHARS = 40;
/**
 * A value as the user would recognise it: JSON for scalars and small structures, cut to
 * {@link MAX_CHARS}; `null` (an empty YAML value) and absence are spelt out.
 */
export function describeValue(value) {
    if (value === undefined)
        return 'nothing';
    if (value === null)
        return 'an empty value (null)';
    let text;
    try {
        text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : (JSON.stringify(value) ?? String(value));
    }
    catch {
        text = String(value);
    }
    return text.length > MAX_CHARS ? `${text.slice(0, MAX_CHARS - 1)}…` : text;
}
/** `a, b or c` for lists of words in messages. */
export function listWords(words, last = 'or') {
    if (words.length <= 1)
        return words.join('');
    return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1]}`;
}
/** Units of the duration notation, largest first, in ms. */
const UNITS = [
    ['w', 604_800_000],
    ['d', 86_400_000],
    ['h', 3_600_000],
    ['m', 60_000],
    ['s', 1000],
];
/** `300000` → `"5m"`; the largest unit that divides exactly, else `ms` (e.g. `"1500ms"`). */
export function formatDuration(ms) {
    for (const [unit, size] of UNITS) {
        if (ms !== 0 && ms % size === 0)
            return `${ms / size}${unit}`;
    }
    return `${ms}ms`;
}
//# sourceMappingURL=wording.js.map