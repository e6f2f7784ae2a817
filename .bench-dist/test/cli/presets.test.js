/**
 * `dcsim presets` lists the catalogues a scenario can name, with the figures a planner checks.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { cliIo } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
describe('dcsim presets', () => {
    it('lists every failure preset with MTBF, MTTR and availability, and the SPECpower servers', async () => {
        const out = { stdout: '', stderr: '' };
        const code = await main(['presets'], cliIo(tempDir('presets'), out));
        expect(code).toBe(0);
        // Lanl05 exponential: MTBF 1779.99 h, MTTR 5.92 h → 1779.99 / 1785.91 = 99.669 %.
        expect(out.stdout).toMatch(/Lanl05\/exponential\s+1780\.0\s+5\.92\s+99\.669 %/);
        expect(out.stdout.match(/^\s+\w+\/(exponential|weibull|lognormal|gamma)\s/gm)?.length).toBe(36);
        expect(out.stdout).toMatch(/Dell PowerEdge R620\s+\d+ W …\s+\d+ W/);
        expect(out.stderr).toBe('');
    });
});
//# sourceMappingURL=presets.test.js.map