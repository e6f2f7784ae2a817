/**
 * A buffered, synchronous file writer: text is encoded into a 1 MiB buffer as it comes and the
 * buffer written when full, so a long run streams to disk instead of holding its series in
 * memory. Encoding at once, rather than keeping the strings until a flush, lets each row's
 * string die young: kept, a megabyte of small strings outlived the young generation and
 * every flush's worth was copied and promoted, which made the garbage collector the largest
 * cost of writing host series.
 */
import fs from 'node:fs';

const BUFFER_BYTES = 1 << 20;

/** UTF-8 takes at most 3 bytes per UTF-16 code unit (4 for a surrogate pair, 2 units). */
const MAX_BYTES_PER_UNIT = 3;

function writeAll(fd: number, buf: Buffer, length: number): void {
  let off = 0;
  while (off < length) off += fs.writeSync(fd, buf, off, length - off);
}

export class StreamFile {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private size = 0;

  constructor(readonly file: string) {
    this.fd = fs.openSync(file, 'w');
  }

  write(text: string): void {
    if (text.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES - this.size) {
      this.flush();
      if (text.length * MAX_BYTES_PER_UNIT > BUFFER_BYTES) {
        const bytes = Buffer.from(text, 'utf8');
        writeAll(this.fd, bytes, bytes.length);
        return;
      }
    }
    this.size += this.buf.write(text, this.size, 'utf8');
  }

  /** The bytes src[start, end), as they are (rows copied from another file, never decoded). */
  writeBytes(src: Uint8Array, start: number, end: number): void {
    while (start < end) {
      if (this.size === BUFFER_BYTES) this.flush();
      const n = Math.min(end - start, BUFFER_BYTES - this.size);
      this.buf.set(src.subarray(start, start + n), this.size);
      this.size += n;
      start += n;
    }
  }

  flush(): void {
    if (this.size === 0) return;
    writeAll(this.fd, this.buf, this.size);
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
