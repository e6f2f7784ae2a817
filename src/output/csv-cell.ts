/**
 * CSV cells at a fixed precision and records of them, so that outputs are byte-identical across
 * runs and platforms. Kept apart from the file writers (csv.ts) so the lab's browser bundle can
 * format rows too.
 */
export type Cell = string | number;

/** Zero at 0 … 6 decimals: series rows hold many (nothing reclaimed, nothing swapped). */
const ZEROS = ['0', '0.0', '0.00', '0.000', '0.0000', '0.00000', '0.000000'];

/** Fixed decimals, no "-0", and an empty cell for NaN (not computable). */
export function num(x: number, decimals = 3): string {
  if (x === 0 && decimals < ZEROS.length) return ZEROS[decimals] as string;
  if (Number.isNaN(x)) return '';
  const s = x.toFixed(decimals);
  // The pattern is tested only on negative text, which is rare.
  return s.charCodeAt(0) === 45 && /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/** A cell is quoted when it holds the delimiter, a quote or a line break (csv-stringify's test with its defaults). */
const NEEDS_QUOTES = /[",\n\r]/;

/**
 * One record, ended by a newline, as csv-stringify's `stringify([cells])` writes it (a
 * property test holds them equal): numbers as JavaScript prints them, strings as they are or,
 * when they need it, in quotes with their quotes doubled.
 */
export function csvRecord(cells: readonly Cell[]): string {
  let s = '';
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] as Cell;
    const text = typeof c === 'number' ? String(c) : NEEDS_QUOTES.test(c) ? `"${c.replaceAll('"', '""')}"` : c;
    s += i === 0 ? text : `,${text}`;
  }
  return `${s}\n`;
}
