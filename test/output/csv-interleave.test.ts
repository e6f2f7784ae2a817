/**
 * interleaveCsv: files written apart (one per cluster) become the file one writer makes, block
 * by block; a multi-byte character split across two reads survives; inputs that disagree are
 * refused with the file named.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interleaveCsv } from '../../src/output/csv-interleave.js';
import { tempDir } from '../helpers/sim.js';

function files(texts: Record<string, string>): string {
  const dir = tempDir('interleave');
  for (const [name, text] of Object.entries(texts)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('interleaveCsv', () => {
  it('takes each input\'s rows of a block in turn, the header once', () => {
    const dir = files({ a: 'h\na1\na2\n', b: 'h\nb1x\nb1y\nb2x\nb2y\n', c: 'h\n' });
    interleaveCsv(join(dir, 'out'), [{ file: join(dir, 'a'), rowsPerBlock: 1 }, { file: join(dir, 'b'), rowsPerBlock: 2 }, { file: join(dir, 'c'), rowsPerBlock: 0 }], 2);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('h\na1\nb1x\nb1y\na2\nb2x\nb2y\n');
  });

  it('keeps multi-byte characters whole across its 1 MiB reads', () => {
    // 'é' is two bytes in UTF-8; after the 2-byte header and these x's it straddles the first read's end.
    const row = `${'x'.repeat((1 << 20) - 3)}é,1\n`;
    const dir = files({ a: `h\n${row}${row}` });
    interleaveCsv(join(dir, 'out'), [{ file: join(dir, 'a'), rowsPerBlock: 1 }], 2);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe(`h\n${row}${row}`);
  });

  it('refuses inputs whose headers differ, that end early or that have more blocks, naming the file', () => {
    const dir = files({ a: 'h\na1\n', b: 'other\nb1\n', short: 'h\n', long: 'h\nx\ny\n' });
    const one = (name: string) => ({ file: join(dir, name), rowsPerBlock: 1 });
    expect(() => interleaveCsv(join(dir, 'o1'), [one('a'), one('b')], 1)).toThrow(/headers differ/);
    expect(() => interleaveCsv(join(dir, 'o2'), [one('a'), one('short')], 1)).toThrow(new RegExp(`${join(dir, 'short')} ends at block 0 of 1`));
    expect(() => interleaveCsv(join(dir, 'o3'), [one('a'), one('long')], 1)).toThrow(new RegExp(`${join(dir, 'long')} has more than 1 blocks`));
  });

  it('copies rows of any length across its reads as a line-by-line merge would, and ends a last row without a newline', () => {
    // Three inputs of 3 MiB or so, rows from 1 byte to 300 kB with multi-byte characters: block
    // and read boundaries fall everywhere, inside rows and between them.
    const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const r = rng(7);
    const blocks = 40;
    const inputs = [1, 3, 2].map((rowsPerBlock, k) => {
      const rows: string[] = [];
      for (let i = 0; i < blocks * rowsPerBlock; i++) rows.push(`${k}-${i},${'é語x'.repeat(Math.floor(r() ** 4 * 100_000))}\n`);
      return { name: `in${k}`, rowsPerBlock, rows };
    });
    const last = inputs[2]!;
    last.rows[last.rows.length - 1] = last.rows[last.rows.length - 1]!.slice(0, -1);
    const dir = files(Object.fromEntries(inputs.map((i) => [i.name, `time,x\n${i.rows.join('')}`])));
    interleaveCsv(join(dir, 'out'), inputs.map((i) => ({ file: join(dir, i.name), rowsPerBlock: i.rowsPerBlock })), blocks);
    let expected = 'time,x\n';
    const at = inputs.map(() => 0);
    for (let b = 0; b < blocks; b++)
      inputs.forEach((i, k) => {
        for (let j = 0; j < i.rowsPerBlock; j++) {
          const row = i.rows[at[k]!++]!;
          expected += row.endsWith('\n') ? row : `${row}\n`;
        }
      });
    const out = readFileSync(join(dir, 'out'), 'utf8');
    expect(out.length).toBeGreaterThan(3 << 20);
    expect(out === expected).toBe(true);
  });
});
