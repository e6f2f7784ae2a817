/**
 * Interleaves CSV files written apart into one, block by block: the header once, then for each
 * block (an output interval) the next rows of each input in order. Used to merge the series of
 * clusters run apart into the file one simulation writes (a cluster's rows of an interval, in
 * cluster order). Rows hold no line breaks (ids, numbers and state names only).
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { StreamFile } from './stream-file.js';

/** Reads a file line by line without holding it in memory. */
class LineReader {
  private readonly fd: number;
  private readonly buf = Buffer.alloc(1 << 20);
  // A character split across two reads is completed by the next one.
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';
  private lines: string[] = [];
  private next = 0;
  private eof = false;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'r');
  }

  /** The next line with its newline, or null at the end. */
  line(): string | null {
    while (this.next >= this.lines.length) {
      if (this.eof) {
        if (this.rest === '') return null;
        const last = this.rest;
        this.rest = '';
        return `${last}\n`;
      }
      const n = fs.readSync(this.fd, this.buf, 0, this.buf.length, null);
      if (n === 0) {
        this.eof = true;
        continue;
      }
      const text = this.rest + this.decoder.write(this.buf.subarray(0, n));
      const parts = text.split('\n');
      this.rest = parts.pop() as string;
      this.lines = parts;
      this.next = 0;
    }
    return `${this.lines[this.next++] as string}\n`;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

export interface InterleaveInput {
  readonly file: string;
  /** Rows this input has in each block. */
  readonly rowsPerBlock: number;
}

/** Write `out` from `inputs`, whose headers must agree and which must hold `blocks` blocks each. */
export function interleaveCsv(out: string, inputs: readonly InterleaveInput[], blocks: number): void {
  const readers = inputs.map((i) => new LineReader(i.file));
  const writer = new StreamFile(out);
  try {
    const headers = readers.map((r) => r.line());
    if (headers.some((h) => h !== headers[0])) throw new Error(`interleaveCsv: the inputs' headers differ (${inputs.map((i) => i.file).join(', ')})`);
    if (headers[0] !== null && headers[0] !== undefined) writer.write(headers[0]);
    for (let b = 0; b < blocks; b++) {
      readers.forEach((r, k) => {
        const rows = (inputs[k] as InterleaveInput).rowsPerBlock;
        for (let j = 0; j < rows; j++) {
          const line = r.line();
          if (line === null) throw new Error(`interleaveCsv: ${r.file} ends at block ${b} of ${blocks}`);
          writer.write(line);
        }
      });
    }
    for (const r of readers) if (r.line() !== null) throw new Error(`interleaveCsv: ${r.file} has more than ${blocks} blocks`);
  } finally {
    writer.close();
    for (const r of readers) r.close();
  }
}
