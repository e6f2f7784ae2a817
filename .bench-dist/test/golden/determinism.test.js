/**
 * Golden determinism of the default scenario: two runs with different wall clocks write
 * byte-identical folders (summary.json differs only in run.wallTimeMs), and the SHA-256 of the
 * main outputs is pinned in default.sha256.json.
 *
 * A deliberate model change moves these hashes. After checking that the new numbers are right,
 * update the pins with:
 *
 *     UPDATE_GOLDEN=1 npx vitest run test/golden
 *
 * which rewrites default.sha256.json from the current outputs (and still runs every check).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, fakeClock, REPORT_FILES, runFile } from '../helpers/default-run.js';
import { tempDir } from '../helpers/sim.js';
const GOLDEN_FILE = join(dirname(fileURLToPath(import.meta.url)), 'default.sha256.json');
const PINNED = ['vms.csv', 'timeseries-cluster.csv', 'report.json'];
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const sha256 = (file) => createHash('sha256').update(readFileSync(file)).digest('hex');
/** summary.json without the one field that depends on the wall clock. */
function summaryWithoutWallTime(file) {
    const s = JSON.parse(readFileSync(file, 'utf8'));
    expect(typeof s.run.wallTimeMs).toBe('number');
    delete s.run.wallTimeMs;
    return s;
}
describe('default scenario golden outputs', () => {
    const a = join(tempDir('golden'), 'default');
    const b = join(tempDir('golden'), 'default');
    runFile(DEFAULT_SCENARIO, a, fakeClock(0, 1));
    runFile(DEFAULT_SCENARIO, b, fakeClock(1_700_000_000_000, 123_457));
    const files = readdirSync(a).sort();
    it('writes the same set of files in both runs, including every standard report file', () => {
        expect(files).toEqual(expect.arrayContaining([...REPORT_FILES]));
        expect(readdirSync(b).sort()).toEqual(files);
    });
    it('writes every file but summary.json byte-identical in two runs with different wall clocks', () => {
        const differing = files.filter((f) => f !== 'summary.json' && !readFileSync(join(b, f)).equals(readFileSync(join(a, f))));
        expect(differing).toEqual([]);
        expect(files.length).toBeGreaterThanOrEqual(REPORT_FILES.length);
    });
    it('writes summary.json identical but for run.wallTimeMs (1 ms vs 123 457 ms per clock read)', () => {
        const wa = JSON.parse(readFileSync(join(a, 'summary.json'), 'utf8')).run.wallTimeMs;
        const wb = JSON.parse(readFileSync(join(b, 'summary.json'), 'utf8')).run.wallTimeMs;
        expect(wb).not.toBe(wa);
        expect(summaryWithoutWallTime(join(b, 'summary.json'))).toEqual(summaryWithoutWallTime(join(a, 'summary.json')));
    });
    it(`matches the SHA-256 pins of ${PINNED.join(', ')} in default.sha256.json`, () => {
        const actual = Object.fromEntries(PINNED.map((f) => [f, sha256(join(a, f))]));
        if (UPDATE)
            writeFileSync(GOLDEN_FILE, `${JSON.stringify(actual, null, 2)}\n`);
        expect(existsSync(GOLDEN_FILE), `${GOLDEN_FILE} is missing: run UPDATE_GOLDEN=1 npx vitest run test/golden`).toBe(true);
        const pinned = JSON.parse(readFileSync(GOLDEN_FILE, 'utf8'));
        expect(actual).toEqual(pinned);
    });
});
//# sourceMappingURL=determinism.test.js.map