/**
 * The README's runnable API example works (it runs against the built library in dist/).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/sim.js';
describe('scenarios/api-example.mjs', () => {
    it('runs the default scenario through the API: a migration done, an unknown host refused, a host failure with outages', () => {
        const out = execFileSync(process.execPath, [join(ROOT, 'scenarios', 'api-example.mjs')], { cwd: ROOT, encoding: 'utf8' });
        expect(out).toMatch(/^10:00 busiest host dc1\/cluster-a\/esx-\d{3}: [\d.]+ % CPU, \d+ VMs, \d+ W$/m);
        expect(out).toMatch(/action migrate dc1\/cluster-a\/\S+: done/);
        expect(out).toMatch(/refused \(no host 'dc1\/cluster-a\/no-such-host'\)/);
        expect(out).toMatch(/end: 1 migration\(s\); 1 host failure\(s\), [1-9]\d* outage\(s\), mean VM availability 9\d\.\d{3} %/);
    });
});
//# sourceMappingURL=example.test.js.map