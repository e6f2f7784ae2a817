/**
 * StreamFile: whatever the sizes of the writes (rows, megabytes at once) and whatever their
 * characters (multi-byte, surrogate pairs), the file holds exactly their concatenation; nothing
 * is on disk past the last flush until close.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StreamFile } from '../../src/output/stream-file.js';
import { tempDir } from '../helpers/sim.js';

const piece = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: fc.constantFrom('a', ',', '\n', 'é', '語', '😀'), maxLength: 300 }) },
  // Long writes: past the buffer's free room, and past the whole buffer (1 MiB).
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('x', 'é', '😀'), fc.integer({ min: 100_000, max: 700_000 })).map(([c, n]) => c.repeat(n)) },
);

describe('StreamFile', () => {
  it('writes exactly the concatenation of its writes', () => {
    const dir = tempDir('stream-file');
    let k = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const file = join(dir, `f${k++}`);
        const out = new StreamFile(file);
        for (const p of pieces) out.write(p);
        out.close();
        expect(readFileSync(file, 'utf8') === pieces.join('')).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps small writes in memory until flushed', () => {
    const file = join(tempDir('stream-file'), 'f');
    const out = new StreamFile(file);
    out.write('time,x\n');
    expect(readFileSync(file, 'utf8')).toBe('');
    out.flush();
    expect(readFileSync(file, 'utf8')).toBe('time,x\n');
    out.write('é,1\n');
    out.close();
    expect(readFileSync(file, 'utf8')).toBe('time,x\né,1\n');
  });
});
