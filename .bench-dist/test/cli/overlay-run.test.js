/**
 * `dcsim run --overlay`: a calibration overlay (from dcsim calibrate) changes the scenario it is
 * applied to, and a bad overlay is refused naming the file.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
describe('dcsim run --overlay', () => {
    it('applies a fitted CPU overhead to the KVM hosts: capacity scales by (1 − 6 %) / (1 − 2 %)', async () => {
        const dir = tempDir('overlay-run');
        copyFileSync(join(SCENARIOS_DIR, 'kvm-ksm.yaml'), join(dir, 'kvm.yaml'));
        writeFileSync(join(dir, 'fit.yaml'), 'dcsimOverlay: 1\ndescription: fitted\nhostGroups:\n  hypervisor: { cpuOverheadPct: 6 }\n');
        expect((await runCli(['run', 'kvm.yaml', '--out', 'plain', '--quiet'], dir)).code).toBe(0);
        const r = await runCli(['run', 'kvm.yaml', '--overlay', 'fit.yaml', '--out', 'fitted', '--quiet'], dir);
        expect(r.code).toBe(0);
        const cap = (folder) => JSON.parse(readFileSync(join(dir, folder, 'report.json'), 'utf8')).headline.cpu.capacityGHz;
        expect(cap('fitted')).toBeCloseTo((cap('plain') * 0.94) / 0.98, 6);
    });
    it('refuses an overlay that is not one', async () => {
        const dir = tempDir('overlay-bad');
        copyFileSync(join(SCENARIOS_DIR, 'kvm-ksm.yaml'), join(dir, 'kvm.yaml'));
        writeFileSync(join(dir, 'bad.yaml'), 'hostGroups: 3\n');
        const r = await runCli(['run', 'kvm.yaml', '--overlay', 'bad.yaml', '--out', 'x', '--quiet'], dir);
        expect(r.code).toBe(3);
        expect(r.stderr).toMatch(/^error: bad\.yaml: /);
    });
});
//# sourceMappingURL=overlay-run.test.js.map