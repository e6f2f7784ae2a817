/**
 * Line-at-a-time trace parsing, so a large csv or GWA file is read in chunks (stream-lines.ts)
 * and only its samples are kept, never its whole text. A parser sees the lines `contentLines`
 * would give it for the whole text: trailing blank lines dropped, blank lines before a later
 * line passed on (parsers report them), a byte-order mark removed.
 */
import { contentLines } from './lines.js';
import { forEachLine } from './stream-lines.js';

export interface LineParser<T> {
  /** One line of the file (1-based `lineNo`), without its line end. */
  line(text: string, lineNo: number): void;
  /** The result once every line was given. */
  finish(): T;
}

/** Runs `parser` over a text held in memory (tests, small files). */
export function parseLines<T>(text: string, parser: LineParser<T>): T {
  contentLines(text).forEach((l, i) => parser.line(l, i + 1));
  return parser.finish();
}

/** Runs `parser` over a file read in chunks; `{ error }` when it cannot be read. */
export function parseFileLines<T>(abs: string, parser: LineParser<T>): { value: T } | { error: string } {
  // Blank lines wait until a non-blank one follows: at the end of the file they are dropped.
  let blanks: [string, number][] = [];
  const error = forEachLine(abs, (text, lineNo) => {
    if (text.trim() === '') {
      blanks.push([text, lineNo]);
      return;
    }
    for (const [b, n] of blanks) parser.line(b, n);
    blanks = [];
    parser.line(text, lineNo);
  });
  return error === null ? { value: parser.finish() } : { error };
}

/** A typed array that grows by doubling as values are appended. */
export class Growing<A extends Float64Array | Float32Array> {
  private buf: A;
  length = 0;

  constructor(private readonly make: (n: number) => A) {
    this.buf = make(1024);
  }

  push(x: number): void {
    if (this.length === this.buf.length) {
      const next = this.make(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = x;
  }

  at(i: number): number {
    return this.buf[i] as number;
  }

  /** The values appended, in an array of their exact length. */
  take(): A {
    return this.buf.slice(0, this.length) as A;
  }
}

export const growF64 = (): Growing<Float64Array> => new Growing((n) => new Float64Array(n));
export const growF32 = (): Growing<Float32Array> => new Growing((n) => new Float32Array(n));
