/**
 * CSV through csv-stringify (quoting, escaping), with numbers formatted at a fixed precision
 * so that outputs are byte-identical across runs and platforms.
 */
import { stringify } from 'csv-stringify/sync';
import { StreamFile } from './stream-file.js';

export type Cell = string | number;

/** Fixed decimals, no "-0", and an empty cell for NaN (not computable). */
export function num(x: number, decimals = 3): string {
  if (Number.isNaN(x)) return '';
  const s = x.toFixed(decimals);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

export class CsvFile {
  private readonly out: StreamFile;

  constructor(file: string, header: readonly string[]) {
    this.out = new StreamFile(file);
    this.out.write(stringify([header as string[]]));
  }

  rows(rows: Cell[][]): void {
    if (rows.length > 0) this.out.write(stringify(rows));
  }

  close(): void {
    this.out.close();
  }
}
