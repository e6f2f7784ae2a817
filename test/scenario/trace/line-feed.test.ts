/**
 * Streamed trace parsing (scenario/trace/line-feed.ts): a csv or GWA file read in 1 MiB chunks
 * gives exactly what parsing its whole text gives (samples, problems and their line numbers),
 * including blank lines, CRLF ends, a byte-order mark and lines cut by a chunk boundary.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFileLines, parseLines } from '../../../src/scenario/trace/line-feed.js';
import { csvTraceParser } from '../../../src/scenario/trace/parse-csv.js';
import { gwaTraceParser } from '../../../src/scenario/trace/parse-gwa.js';
import { tempDir } from '../../helpers/sim.js';

const dir = tempDir('line-feed');
let n = 0;
function streamed<T>(text: string, make: () => Parameters<typeof parseLines<T>>[1]): T {
  const path = join(dir, `f${n++}`);
  writeFileSync(path, text);
  const r = parseFileLines(path, make());
  if ('error' in r) throw new Error(r.error);
  return r.value;
}

describe('csv and GWA files streamed line by line parse as their whole text does', () => {
  it('a csv file with a BOM, CRLF ends, a blank line inside and blank lines at the end', () => {
    const text = '\uFEFFtime_s,cpu_pct\r\n0,10\r\n300,20\r\n\r\n900,x\r\n\r\n  \r\n';
    const whole = parseLines(text, csvTraceParser());
    expect(whole.problems.map((p) => p.line)).toEqual([4, 5]);
    expect(streamed(text, csvTraceParser)).toEqual(whole);
  });

  it('property: any csv of valid, malformed and blank lines', () => {
    const line = fc.oneof(
      fc.integer({ min: 0, max: 100 }).map((p) => `T,${p}`),
      fc.constantFrom('', '  ', 'x,y', '5', 'T,101', 'T,50,7'),
    );
    fc.assert(
      fc.property(fc.constantFrom('time_s,cpu_pct', 'time_s,cpu_mhz', 'time_s,cpu_pct,mem_active_pct', 'bad'), fc.array(line, { maxLength: 30 }), fc.boolean(), (head, rows, crlf) => {
        // Increasing times, so most rows are valid.
        const body = rows.map((r, i) => r.replace('T', String(i * 300)));
        const text = [head, ...body].join(crlf ? '\r\n' : '\n');
        expect(streamed(text, csvTraceParser)).toEqual(parseLines(text, csvTraceParser()));
      }),
      { numRuns: 60 },
    );
  });

  it('a 2 MB csv crosses chunk boundaries inside lines and keeps every row', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `${i * 300},${(i * 7) % 101}`);
    const text = `time_s,cpu_mhz\n${rows.join('\n')}\n`;
    expect(text.length).toBeGreaterThan(2 * (1 << 20));
    const s = streamed(text, csvTraceParser);
    expect(s.problems).toEqual([]);
    expect(s.timesMs).toHaveLength(200_000);
    expect(s.timesMs[199_999]).toBe(199_999 * 300_000);
    expect(s.refMhz).toBe(100);
    expect(s).toEqual(parseLines(text, csvTraceParser()));
  });

  it('a GWA-T-12 file and a Materna one with decimal commas and German dates', () => {
    const gwa =
      'Timestamp [ms];\tCPU cores;\tCPU capacity provisioned [MHZ];\tCPU usage [MHZ];\tCPU usage [%];\tMemory capacity provisioned [KB];\tMemory usage [KB];\tDisk read throughput [KB/s];\tDisk write throughput [KB/s];\tNetwork received throughput [KB/s];\tNetwork transmitted throughput [KB/s]\n' +
      '1376314846;\t1;\t2600;\t520;\t20;\t2097152;\t1048576;\t0;\t0;\t0;\t0\n' +
      '1376315146;\t1;\t2600;\t1300;\t50;\t2097152;\t524288;\t0;\t0;\t0;\t0\n\n';
    const whole = parseLines(gwa, gwaTraceParser());
    expect(whole.problems).toEqual([]);
    expect(Array.from(whole.cpu)).toEqual([Math.fround(0.2), Math.fround(0.5)]);
    expect(Array.from(whole.timesMs)).toEqual([0, 300_000]);
    expect(streamed(gwa, gwaTraceParser)).toEqual(whole);
    const materna = 'Timestamp; CPU cores; CPU capacity provisioned [MHZ]; CPU usage [MHZ]; Memory usage [%]\n01.06.2015 00:00:00; 2; 5200; 1040,5; 12,5\n01.06.2015 00:05:00; 2; 5200; 2600; 20\n';
    const m = parseLines(materna, gwaTraceParser('materna'));
    expect(m.problems).toEqual([]);
    expect(m.cpu[0]).toBeCloseTo(1040.5 / 5200, 6);
    expect(streamed(materna, () => gwaTraceParser('materna'))).toEqual(m);
  });
});
