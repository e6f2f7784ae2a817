/**
 * Fuzzing of everything a user types or hands over, seeded so that a failure replays:
 * malformed scenarios through the loader, malformed traces through their parsers, malformed
 * command lines through the CLI in-process. Every outcome is a located message in words (file,
 * and line or path) or success; never a stack trace, an engine error name, a raw errno code, or
 * an exit code outside the documented set.
 *
 * `npm test` runs 10,000 cases; `npm run fuzz` runs 100,000 (DCSIM_FUZZ_CASES).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseScenarioText, ScenarioError } from '../../src/scenario/index.js';
import { parseCsvTrace } from '../../src/scenario/trace/parse-csv.js';
import { parsePlanetLab } from '../../src/scenario/trace/parse-planetlab.js';
import { cliIo } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
import { INPUT_FAILURE_CODES, INTERNALS, malformedArgv, malformedCsvTrace, malformedPlanetLab, malformedScenarioText } from './malformed.js';
const CASES = Number(process.env.DCSIM_FUZZ_CASES ?? 10_000);
const SEED = Number(process.env.DCSIM_FUZZ_SEED ?? 20261207);
/** Shares of the cases: scenarios, csv traces, PlanetLab traces, command lines. */
const SHARE = { scenario: 0.25, csv: 0.4, planetlab: 0.25, cli: 0.1 };
const runs = (share) => Math.max(1, Math.round(CASES * share));
describe(`fuzzing malformed input (${CASES} cases, seed ${SEED})`, { timeout: Math.max(600_000, CASES * 60) }, () => {
    it(`scenarios (${runs(SHARE.scenario)}): loaded, or refused with every problem naming the file and a line or path`, () => {
        let refused = 0;
        fc.assert(fc.property(malformedScenarioText, (text) => {
            try {
                parseScenarioText(text, 'fuzz.yaml', '/nowhere');
                return;
            }
            catch (err) {
                if (!(err instanceof ScenarioError))
                    throw new Error(`not a ScenarioError: ${String(err)}\n--- input ---\n${text}`);
                refused++;
                expect(err.problems.length).toBeGreaterThan(0);
                for (const p of err.problems) {
                    expect(p.file).toBe('fuzz.yaml');
                    expect(p.message.length).toBeGreaterThan(0);
                    // Where: a line, a path in the document, or (for a whole-file problem) the file alone.
                    expect(p.line !== undefined || p.path !== '' || /file|document|empty|scenario/i.test(p.message)).toBe(true);
                }
                expect(err.message.startsWith('fuzz.yaml')).toBe(true);
                expect(err.message).not.toMatch(INTERNALS);
            }
        }), { seed: SEED, numRuns: runs(SHARE.scenario) });
        // The generators break scenarios far more often than not.
        expect(refused).toBeGreaterThan(runs(SHARE.scenario) * 0.5);
    });
    it(`csv traces (${runs(SHARE.csv)}): parsed, or every problem has a line and a message; samples strictly increasing and 0..1`, () => {
        fc.assert(fc.property(malformedCsvTrace, (text) => {
            const r = parseCsvTrace(text);
            if (r.problems.length === 0) {
                for (let i = 1; i < r.timesMs.length; i++)
                    expect(r.timesMs[i]).toBeGreaterThan(r.timesMs[i - 1]);
                for (const c of r.cpu)
                    expect(c >= 0 && c <= 1).toBe(true);
            }
            for (const p of r.problems) {
                expect(p.line).toBeGreaterThanOrEqual(1);
                expect(p.message).not.toMatch(INTERNALS);
            }
        }), { seed: SEED, numRuns: runs(SHARE.csv) });
    });
    it(`PlanetLab traces (${runs(SHARE.planetlab)}): parsed, or every problem has a line and a message`, () => {
        fc.assert(fc.property(malformedPlanetLab, (text) => {
            const r = parsePlanetLab(text);
            for (const p of r.problems) {
                expect(p.line).toBeGreaterThanOrEqual(1);
                expect(p.message.length).toBeGreaterThan(0);
            }
            if (r.problems.length === 0)
                for (const c of r.cpu)
                    expect(c >= 0 && c <= 1).toBe(true);
        }), { seed: SEED, numRuns: runs(SHARE.planetlab) });
    });
    it(`command lines (${runs(SHARE.cli)}): a documented exit code and a message in words`, async () => {
        const cwd = tempDir('fuzz-cli');
        writeFileSync(join(cwd, 'bad.yaml'), 'name: [unclosed\n');
        writeFileSync(join(cwd, 'empty.yaml'), '');
        mkdirSync(join(cwd, 'dir'));
        execFileSync('mkfifo', [join(cwd, 'pipe.yaml')]);
        await fc.assert(fc.asyncProperty(malformedArgv, async (argv) => {
            const out = { stdout: '', stderr: '' };
            const code = await main(argv, cliIo(cwd, out));
            const said = out.stderr + out.stdout;
            expect(said, `dcsim ${argv.join(' ')}`).not.toMatch(INTERNALS);
            if (code !== 0) {
                expect(INPUT_FAILURE_CODES.has(code), `dcsim ${argv.join(' ')} → ${code}: ${out.stderr}`).toBe(true);
                expect(out.stderr.trim().length).toBeGreaterThan(0);
            }
        }), { seed: SEED, numRuns: runs(SHARE.cli) });
    });
});
//# sourceMappingURL=inputs.fuzz.test.js.map