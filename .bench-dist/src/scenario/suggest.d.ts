/**
 * "Did you mean …?" for misspelt keys and names.
 */
/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1, so `memroyGiB` is as close to `memoryGiB` as `memoryGB`.
 */
export declare function editDistance(a: string, b: string): number;
/** The largest distance at which a candidate is still offered as a suggestion. */
export declare const MAX_SUGGESTION_DISTANCE = 2;
/**
 * The candidate closest to `word` within {@link MAX_SUGGESTION_DISTANCE} (a difference only in
 * letter case counts as distance 0) and shorter than the shorter of the two words; ties go to
 * the earlier candidate. `undefined` if none.
 */
export declare function suggest(word: string, candidates: Iterable<string>): string | undefined;
/** `" (did you mean 'memoryGiB'?)"`, or `''` when nothing is close enough. */
export declare function didYouMean(word: string, candidates: Iterable<string>): string;
