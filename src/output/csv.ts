/**
 * CSV through csv-stringify (quoting, escaping), with numbers formatted at a fixed precision
 * so that outputs are byte-identical across runs and platforms.
 */
import { stringify } from 'csv-stringify/sync';
import { StreamFile } from './stream-file.js';

import type { Cell } from './csv-cell.js';

export { num, type Cell } from './csv-cell.js';

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
