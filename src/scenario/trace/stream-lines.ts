/**
 * Reads a trace file line by line in fixed-size chunks, so a file of many gigabytes (an Azure
 * readings file holds every VM of a region) is never held whole in memory: only the rows a
 * parser keeps stay. Lines are split on LF (a CR before it dropped), a leading byte-order mark
 * removed; a UTF-8 sequence cut by a chunk boundary is carried into the next chunk.
 */
import { closeSync, openSync, readSync } from 'node:fs';

const CHUNK_BYTES = 1 << 20;

/**
 * Calls `each(line, lineNo)` (1-based) for every line; `each` returns false to stop early.
 * Returns null when the file was read, else why it could not be.
 */
export function forEachLine(abs: string, each: (line: string, lineNo: number) => boolean | void): string | null {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message;
  }
  const decoder = new TextDecoder('utf-8');
  const buf = Buffer.allocUnsafe(CHUNK_BYTES);
  let rest = '';
  let lineNo = 0;
  let first = true;
  try {
    for (;;) {
      const n = readSync(fd, buf, 0, CHUNK_BYTES, null);
      const text = rest + decoder.decode(buf.subarray(0, n), { stream: n > 0 });
      const parts = text.split('\n');
      rest = n > 0 ? (parts.pop() as string) : '';
      for (let line of parts) {
        if (first) {
          line = line.replace(/^\uFEFF/, '');
          first = false;
        }
        if (line.endsWith('\r')) line = line.slice(0, -1);
        lineNo++;
        if (each(line, lineNo) === false) return null;
      }
      if (n === 0) break;
    }
  } catch (err) {
    return (err as Error).message;
  } finally {
    closeSync(fd);
  }
  return null;
}
