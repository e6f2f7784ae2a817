/**
 * Reads a text file line by line in 1 MiB reads, without holding it in memory (files merged
 * after a run split by cluster can be as large as the run's outputs).
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Reads a file line by line without holding it in memory. */
export class LineReader {
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
