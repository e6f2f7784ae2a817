/**
 * Interleaves CSV files written apart into one, block by block: the header once, then for each
 * block (an output interval) the next rows of each input in order. Used to merge the series of
 * clusters run apart into the file one simulation writes (a cluster's rows of an interval, in
 * cluster order). Rows hold no line breaks (ids, numbers and state names only).
 *
 * Rows are copied as bytes, never decoded: a year of a region's host series is hundreds of
 * gigabytes, and decoding each row into a string and encoding it again cost more than the
 * copy itself. A row is the bytes up to and including its newline, so a multi-byte character
 * is copied whole however the reads cut it.
 */
import fs from 'node:fs';
import { StreamFile } from './stream-file.js';

export interface InterleaveInput {
  readonly file: string;
  /** Rows this input has in each block. */
  readonly rowsPerBlock: number;
}

const CHUNK = 1 << 20;
const NEWLINE = 0x0a;
const NEWLINE_BYTES = Uint8Array.of(NEWLINE);

/** Reads a file in 1 MiB reads and copies whole lines of it to a writer. */
class LineCopier {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(CHUNK);
  private pos = 0;
  private end = 0;
  private eof = false;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'r');
  }

  /** Refill the buffer when it is used up; false at the end of the file. */
  private more(): boolean {
    if (this.pos < this.end) return true;
    if (this.eof) return false;
    this.pos = 0;
    this.end = fs.readSync(this.fd, this.buf, 0, CHUNK, null);
    if (this.end === 0) this.eof = true;
    return this.end > 0;
  }

  /**
   * Copy the next line, its newline included, to `out` (a last line without one gets one);
   * false, with nothing copied, when the file has no more lines.
   */
  copyLine(out: { writeBytes(src: Uint8Array, start: number, end: number): void }): boolean {
    let started = false;
    while (this.more()) {
      started = true;
      const nl = this.buf.indexOf(NEWLINE, this.pos);
      if (nl >= 0 && nl < this.end) {
        out.writeBytes(this.buf, this.pos, nl + 1);
        this.pos = nl + 1;
        return true;
      }
      out.writeBytes(this.buf, this.pos, this.end);
      this.pos = this.end;
    }
    if (started) out.writeBytes(NEWLINE_BYTES, 0, 1);
    return started;
  }

  /** The next line as bytes (newline included), or null at the end. */
  line(): Buffer | null {
    const parts: Buffer[] = [];
    const ok = this.copyLine({ writeBytes: (src, start, end) => parts.push(Buffer.from(src.subarray(start, end))) });
    return ok ? Buffer.concat(parts) : null;
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

/** Write `out` from `inputs`, whose headers must agree and which must hold `blocks` blocks each. */
export function interleaveCsv(out: string, inputs: readonly InterleaveInput[], blocks: number): void {
  const readers = inputs.map((i) => new LineCopier(i.file));
  const writer = new StreamFile(out);
  try {
    const headers = readers.map((r) => r.line()?.toString('utf8') ?? null);
    if (headers.some((h) => h !== headers[0])) throw new Error(`interleaveCsv: the inputs' headers differ (${inputs.map((i) => i.file).join(', ')})`);
    const header = headers[0];
    if (header !== null && header !== undefined) writer.write(header);
    for (let b = 0; b < blocks; b++) {
      readers.forEach((r, k) => {
        const rows = (inputs[k] as InterleaveInput).rowsPerBlock;
        for (let j = 0; j < rows; j++) if (!r.copyLine(writer)) throw new Error(`interleaveCsv: ${r.file} ends at block ${b} of ${blocks}`);
      });
    }
    for (const r of readers) if (r.line() !== null) throw new Error(`interleaveCsv: ${r.file} has more than ${blocks} blocks`);
  } finally {
    writer.close();
    for (const r of readers) r.close();
  }
}
