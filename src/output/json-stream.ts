/**
 * Writing JSON pieces (json-pieces.ts) to a file without holding the text in one string.
 */
import { StreamFile } from './stream-file.js';

export { jsonPieces } from './json-pieces.js';

/** Writes `pieces` to `file`, each encoded into StreamFile's buffer as it comes. */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const out = new StreamFile(file);
  try {
    for (const p of pieces) out.write(p);
  } finally {
    out.close();
  }
}
