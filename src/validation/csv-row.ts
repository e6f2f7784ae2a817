/**
 * One row of a small reference CSV under shared/data, by the value of its first column, as
 * strings by column name (csv-parse; the SPECpower file quotes its CPU column).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export function csvRow(path: string, key: string): Record<string, string> {
  const rows = parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, relax_column_count: true }) as Record<string, string>[];
  const first = Object.keys(rows[0] ?? {})[0] ?? 'first column';
  const row = rows.find((r) => Object.values(r)[0] === key);
  if (row === undefined) throw new Error(`${path}: no row whose ${first} is ${key}`);
  return row;
}

/** A numeric column of that row; a missing or non-numeric cell is an error naming the file. */
export function csvNumber(path: string, key: string, column: string): number {
  const v = Number(csvRow(path, key)[column]);
  if (!Number.isFinite(v)) throw new Error(`${path}: row ${key} has no number in column ${column}`);
  return v;
}
