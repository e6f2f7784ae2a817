/**
 * CSV files with numbers formatted at a fixed precision, so that outputs are byte-identical
 * across runs and platforms. Records are the bytes csv-stringify writes with its defaults
 * (RFC 4180 quoting), built here: the series sinks write a record per host per interval, and
 * the library's per-field option handling cost more than the rest of writing them.
 */
import { StreamFile } from './stream-file.js';

import { csvRecord, type Cell } from './csv-cell.js';

export { csvRecord, num, type Cell } from './csv-cell.js';

export class CsvFile {
  private readonly out: StreamFile;

  constructor(file: string, header: readonly string[]) {
    this.out = new StreamFile(file);
    this.out.write(csvRecord(header));
  }

  /** One record. */
  row(cells: readonly Cell[]): void {
    this.out.write(csvRecord(cells));
  }

  rows(rows: readonly Cell[][]): void {
    for (const r of rows) this.out.write(csvRecord(r));
  }

  close(): void {
    this.out.close();
  }
}
