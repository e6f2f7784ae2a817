/**
 * Wording helpers for messages: values found in a file, durations, lists of words.
 */
/**
 * A value as the user would recognise it: JSON for scalars and small structures, cut to
 * {@link MAX_CHARS}; `null` (an empty YAML value) and absence are spelt out.
 */
export declare function describeValue(value: unknown): string;
/** `a, b or c` for lists of words in messages. */
export declare function listWords(words: readonly string[], last?: string): string;
/** `300000` → `"5m"`; the largest unit that divides exactly, else `ms` (e.g. `"1500ms"`). */
export declare function formatDuration(ms: number): string;
