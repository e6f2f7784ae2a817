import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseScenarioText } from '../../src/scenario/index.js';
/** Random but valid cluster layouts: host group counts and VM group counts. */
const layout = fc.array(fc.record({
    hostCounts: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 4 }),
    vmCounts: fc.array(fc.integer({ min: 1, max: 50_000 }), { maxLength: 4 }),
}), { minLength: 1, maxLength: 4 });
function scenario(clusters) {
    return {
        name: 'prop',
        duration: '1d',
        templates: { t: { vcpus: 2, memoryGiB: 4 } },
        clusters: clusters.map((c, ci) => ({
            name: `c${ci}`,
            hosts: c.hostCounts.map((count, hi) => ({ name: `h${hi}`, count, coresPerSocket: 16, mhz: 2600, memoryGiB: 512 })),
            vms: c.vmCounts.map((count, vi) => ({ name: `v${vi}`, count, template: 't', workload: { type: 'constant', cpu: 0.2 } })),
        })),
    };
}
describe('parseScenarioText round trip (property)', () => {
    it('keeps every host and VM count through YAML stringify → load', () => {
        fc.assert(fc.property(layout, (clusters) => {
            const s = parseScenarioText(stringify(scenario(clusters)), 'prop.yaml', '/nowhere');
            expect(s.spec.clusters.map((c) => c.hosts.map((h) => h.count))).toEqual(clusters.map((c) => c.hostCounts));
            expect(s.spec.clusters.map((c) => c.vms.map((v) => v.count))).toEqual(clusters.map((c) => c.vmCounts));
        }), { numRuns: 100, seed: 20110303 });
    });
});
//# sourceMappingURL=roundtrip.property.test.js.map