/**
 * "Did you mean …?" for misspelt keys and names.
 */
/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1, so `memroyGiB` is as close to `memoryGiB` as `memoryGB`.
 */
export function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols);
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let v = Math.min(d[(i - 1) * cols + j] + 1, d[i * cols + j - 1] + 1, d[(i - 1) * cols + j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                v = Math.min(v, d[(i - 2) * cols + j - 2] + 1);
            }
            d[i * cols + j] = v;
        }
    }
    return d[rows * cols - 1];
}
/** The largest distance at which a candidate is still offered as a suggestion. */
export const MAX_SUGGESTION_DISTANCE = 2;
/**
 * The candidate closest to `word` within {@link MAX_SUGGESTION_DISTANCE} (a difference only in
 * letter case counts as distance 0) and shorter than the shorter of the two words; ties go to
 * the earlier candidate. `undefined` if none.
 */
export function suggest(word, candidates) {
    let best;
    let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        // Words whose lengths differ by more than the allowed distance cannot be within it; skipping
        // them keeps a 3,000-character typo from costing a 3,000 × n table per candidate.
        if (Math.abs(candidate.length - word.length) > MAX_SUGGESTION_DISTANCE && candidate.toLowerCase() !== word.toLowerCase())
            continue;
        const distance = candidate.toLowerCase() === word.toLowerCase() ? 0 : editDistance(word, candidate);
        // A two-letter word is two edits from every other two-letter word: not a suggestion.
        const tooShort = distance >= Math.min(word.length, candidate.length);
        if (distance < bestDistance && !tooShort) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** `" (did you mean 'memoryGiB'?)"`, or `''` when nothing is close enough. */
export function didYouMean(word, candidates) {
    const hit = suggest(word, candidates);
    return hit === undefined ? '' : ` (did you mean '${hit}'?)`;
}
//# sourceMappingURL=suggest.js.map