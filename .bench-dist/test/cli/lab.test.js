/**
 * `dcsim lab`: writes one self-contained lab.html (no URL outside the page, a CSP that allows
 * only its own script, its stylesheet and blob: workers); refuses to overwrite without --force,
 * an invalid scenario (exit 3, the loader's message) and placement policies given as code.
 * The scenario the page carries is the one `dcsim run` loads, Infinity caps included.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFromJson, scenarioToJson } from '../../src/lab/scenario-json.js';
import { loadScenario } from '../../src/scenario/index.js';
import { simulate } from '../../src/run/simulate.js';
import { runCli } from '../helpers/cli.js';
import { ROOT, SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
const built = existsSync(join(ROOT, 'dist', 'lab', 'lab-worker.js'));
function labData(html) {
    const m = /<script type="application\/json" id="lab-data">([\s\S]*?)<\/script>/.exec(html);
    return JSON.parse(m?.[1] ?? 'null');
}
describe.runIf(built)('dcsim lab', () => {
    it('without a scenario: lab.html carries the built-in labs, opens offline and allows nothing outside the page', async () => {
        const dir = tempDir('lab-cli');
        const r = await runCli(['lab'], dir);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('lab: lab/lab.html (open it in a browser; it needs no network)\n');
        const html = readFileSync(join(dir, 'lab', 'lab.html'), 'utf8');
        expect(labData(html).scenarios.map((s) => s.scenario.spec.name)).toEqual(['lab', 'lab-overcommit', 'ha-lab', 'dpm']);
        const csp = (/http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replace(/&#39;/g, "'");
        expect(csp).toMatch(/^default-src 'none'; script-src 'sha256-[^']+'; style-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'; worker-src blob:$/);
        expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    });
    it('refuses to replace lab.html without --force (exit 4), and replaces it with --force', async () => {
        const dir = tempDir('lab-cli');
        copyFileSync(join(SCENARIOS_DIR, 'lab.yaml'), join(dir, 'lab.yaml'));
        expect((await runCli(['lab', 'lab.yaml', '--quiet'], dir)).code).toBe(0);
        const again = await runCli(['lab', 'lab.yaml'], dir);
        expect(again.code).toBe(4);
        expect(again.stderr).toBe('error: lab/lab.html already exists (use --force to replace it)\n');
        expect((await runCli(['lab', 'lab.yaml', '--force', '--quiet'], dir)).code).toBe(0);
    });
    it('an invalid scenario is exit 3 with the loader\'s message; a policy given as code is refused', async () => {
        const dir = tempDir('lab-cli');
        writeFileSync(join(dir, 'bad.yaml'), readFileSync(join(SCENARIOS_DIR, 'lab.yaml'), 'utf8').replace('memoryGiB: 128', 'memoryGiB: -1'));
        const bad = await runCli(['lab', 'bad.yaml'], dir);
        expect(bad.code).toBe(3);
        expect(bad.stderr).toContain('bad.yaml: 1 problem');
        expect(bad.stderr).toContain('clusters[0].hosts[0].memoryGiB');
        const policy = await runCli(['lab', join(SCENARIOS_DIR, 'policy-packing.yaml')], dir);
        expect(policy.code).toBe(3);
        expect(policy.stderr).toMatch(/policy-packing\.yaml: a cluster places VMs with a policy given as code, which the lab cannot load in the browser/);
    });
});
describe('the scenario as the page carries it', () => {
    it('round-trips through JSON with its Infinity caps, and simulates to the same figures', () => {
        const s = loadScenario(join(SCENARIOS_DIR, 'ha-lab.yaml'));
        const back = scenarioFromJson(JSON.parse(JSON.stringify(scenarioToJson(s))));
        expect(back.spec).toEqual(s.spec);
        expect(simulate(back).headline).toEqual(simulate(s).headline);
    });
});
//# sourceMappingURL=lab.test.js.map