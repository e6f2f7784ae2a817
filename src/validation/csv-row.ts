/**
 * One row of a small reference CSV under shared/data, by the value of its first column, as
 * strings by column name. Handles double-quoted fields (the SPECpower file quotes its CPU column).
 */
import { readFileSync } from 'node:fs';

function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) (out.push(cur), (cur = ''));
    else cur += ch;
  }
  out.push(cur);
  return out;
}

export function csvRow(path: string, key: string): Record<string, string> {
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split('\n');
  const names = fields(header ?? '');
  const row = rows.map(fields).find((r) => r[0] === key);
  if (row === undefined) throw new Error(`${path}: no row whose ${names[0]} is ${key}`);
  return Object.fromEntries(names.map((n, i) => [n, row[i] ?? '']));
}

/** A numeric column of that row; a missing or non-numeric cell is an error naming the file. */
export function csvNumber(path: string, key: string, column: string): number {
  const v = Number(csvRow(path, key)[column]);
  if (!Number.isFinite(v)) throw new Error(`${path}: row ${key} has no number in column ${column}`);
  return v;
}
