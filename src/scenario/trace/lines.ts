/**
 * Line-level helpers shared by the trace file parsers.
 */

/** A malformed line of a trace file; `line` is 1-based, absent for a note about the whole file. */
export interface LineProblem {
  line?: number;
  /** 1-based character column of the offending field, when known. */
  column?: number;
  message: string;
}

/** 1-based character column of the value of field `i` of a line split on a one-character separator (leading blanks skipped). */
export function fieldColumn(fields: readonly string[], i: number): number {
  let col = 1;
  for (let k = 0; k < i; k++) col += (fields[k] as string).length + 1;
  const f = fields[i] as string;
  return col + f.length - f.trimStart().length;
}

/** At most this many line problems are reported per file; the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 50;

/** Keeps the first {@link MAX_PROBLEMS_PER_FILE} problems and adds "and N more" for the rest. */
export function capProblems(problems: readonly LineProblem[], cap = MAX_PROBLEMS_PER_FILE): LineProblem[] {
  if (problems.length <= cap) return [...problems];
  const more = problems.length - cap;
  return [...problems.slice(0, cap), { message: `and ${more} more malformed line${more === 1 ? '' : 's'}` }];
}

/**
 * Splits text into lines (LF or CRLF, leading byte-order mark dropped) and drops trailing
 * blank lines, which editors and exporters often leave; blank lines before the last
 * non-blank one are kept so the parsers can report them.
 */
export function contentLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let end = lines.length;
  while (end > 0 && (lines[end - 1] as string).trim() === '') end--;
  return lines.slice(0, end);
}

/** A plain non-negative decimal: `12`, `12.5`, `.5`; no signs, exponents or thousands separators. */
const DECIMAL = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** Parses a percentage 0–100 (integer or decimal), or `undefined` if the text is not one. */
export function parsePercent(text: string): number | undefined {
  const t = text.trim();
  if (!DECIMAL.test(t)) return undefined;
  const v = Number(t);
  return v <= 100 ? v : undefined;
}

/** Parses a non-negative decimal number of seconds, or `undefined`. */
export function parseSeconds(text: string): number | undefined {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : undefined;
}

/** The found text, quoted as JSON and cut short for one-line messages. */
export function quoteFound(text: string): string {
  const t = text.length > 30 ? `${text.slice(0, 29)}…` : text;
  return JSON.stringify(t);
}
