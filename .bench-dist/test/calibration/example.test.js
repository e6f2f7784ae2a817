/**
 * The worked examples of scenarios/calibration (README there): the synthetic collector trace is
 * exactly what the generator makes (regenerate with DCSIM_UPDATE_EXAMPLE=1), and `dcsim
 * calibrate` on it recovers the hidden values (cpuOverheadPct 6 ± 0.25, ksmPagesPerSec 400 ± 5 %)
 * through the whole path: NDJSON import, counter differencing, replay, fit, overlay, report.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OVERLAY_VERSION } from '../../src/calibration/overlay.js';
import { parseOverlay } from '../../src/calibration/overlay.js';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
import { collectorNdjson } from './synthetic.js';
const EXAMPLE = join(SCENARIOS_DIR, 'calibration/synthetic-kvm.ndjson');
const HIDDEN = { dcsimOverlay: OVERLAY_VERSION, hostGroups: { hypervisor: { cpuOverheadPct: 6, memory: { ksm: { enabled: true, pagesToScan: 400, sleepMs: 1000 } } } } };
describe('scenarios/calibration/synthetic-kvm.ndjson', () => {
    it('is what the generator makes from the hidden values', () => {
        const text = collectorNdjson(HIDDEN);
        if (process.env.DCSIM_UPDATE_EXAMPLE === '1' || !existsSync(EXAMPLE))
            writeFileSync(EXAMPLE, text);
        expect(readFileSync(EXAMPLE, 'utf8')).toBe(text);
    });
    it('dcsim calibrate --fit cpuOverheadPct,ksmPagesPerSec recovers 6 % and 400 pages/s', async () => {
        const dir = tempDir('example');
        const r = await runCli(['calibrate', EXAMPLE, '--fit', 'cpuOverheadPct,ksmPagesPerSec', '--out', 'cal'], dir);
        expect(r.code, r.stderr).toBe(0);
        const o = parseOverlay(readFileSync(join(dir, 'cal/overlay.yaml'), 'utf8'), 'overlay.yaml');
        const hv = o.hostGroups.hypervisor;
        expect(Math.abs(hv.cpuOverheadPct - 6)).toBeLessThan(0.25);
        expect(Math.abs((hv.memory.ksm.pagesToScan / hv.memory.ksm.sleepMs) * 1000 / 400 - 1)).toBeLessThan(0.05);
        const cal = JSON.parse(readFileSync(join(dir, 'cal/calibration.json'), 'utf8'));
        expect(cal.objective.after).toBeLessThan(cal.objective.before / 10);
        expect(cal.series.observed[0].cpu).toHaveLength(120);
        expect(existsSync(join(dir, 'cal/report/report.html'))).toBe(true);
        // The trace is named as given: a path outside the working folder stays as typed, one inside it
        // is relative (outputs carry no machine-specific prefix).
        expect(cal.trace.source).toBe(EXAMPLE);
        writeFileSync(join(dir, 'here.ndjson'), readFileSync(EXAMPLE, 'utf8'));
        const here = await runCli(['calibrate', 'here.ndjson', '--fit', 'cpuOverheadPct', '--max-evals', '12', '--out', 'cal2', '--quiet'], dir);
        expect(here.code, here.stderr).toBe(0);
        expect(JSON.parse(readFileSync(join(dir, 'cal2/calibration.json'), 'utf8')).trace.source).toBe('here.ndjson');
        expect(readFileSync(join(dir, 'cal2/overlay.yaml'), 'utf8')).toContain('fitted on here.ndjson (ndjson)');
        // The calibrated scenario runs as it is.
        expect((await runCli(['run', 'cal/scenario.yaml', '--out', 'rerun', '--quiet'], dir)).code).toBe(0);
    });
});
//# sourceMappingURL=example.test.js.map