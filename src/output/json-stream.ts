/**
 * Writing JSON pieces (json-pieces.ts) to a file without holding the text in one string.
 */
import { closeSync, openSync, writeSync } from 'node:fs';

export { jsonPieces } from './json-pieces.js';

/** Writes `pieces` to `file` in writes of about a mebibyte. */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let buf: string[] = [];
    let size = 0;
    for (const p of pieces) {
      buf.push(p);
      size += p.length;
      if (size >= 1 << 20) {
        writeSync(fd, buf.join(''));
        buf = [];
        size = 0;
      }
    }
    if (size > 0) writeSync(fd, buf.join(''));
  } finally {
    closeSync(fd);
  }
}
