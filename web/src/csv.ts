/// <reference path="./globals.d.ts" />
/**
 * CSV text for the export buttons: d3's `csvFormatRows` (RFC 4180 quoting), one line per row and
 * a final newline. Numbers are written as they are; a missing or non-finite number is an empty
 * cell, never "NaN" or "Infinity".
 */

export type CsvCell = string | number | boolean | null | undefined;

function cell(v: CsvCell): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  return String(v);
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const table: (string | null)[][] = [header.map(cell)];
  for (const r of rows) table.push(r.map(cell));
  return `${d3.csvFormatRows(table as string[][])}\n`;
}
