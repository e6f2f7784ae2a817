/**
 * Versions written into reports: dcsim's VERSION follows package.json, and report.json and
 * summary.json carry it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPORT_VERSION } from '../../src/report/schema.js';
import { VERSION } from '../../src/version.js';
import { DEFAULT_SCENARIO, runFile } from '../helpers/default-run.js';
import { ROOT, tempDir } from '../helpers/sim.js';
describe('VERSION', () => {
    it('equals the package.json version', () => {
        const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        expect(VERSION).toBe(pkg.version);
    });
    it('is written into report.json (generator) and summary.json (dcsim.version), with REPORT_VERSION in report.json', () => {
        const out = join(tempDir('version'), 'default');
        runFile(DEFAULT_SCENARIO, out);
        const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
        const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
        expect(report.generator).toEqual({ name: 'dcsim', version: VERSION });
        expect(report.version).toBe(REPORT_VERSION);
        expect(summary.dcsim).toEqual({ version: VERSION });
    });
});
//# sourceMappingURL=version.test.js.map