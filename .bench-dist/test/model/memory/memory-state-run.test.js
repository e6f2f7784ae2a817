/**
 * Memory states through a run: a host whose VMs touch more memory than it can hold free leaves
 * "high", and each change is signalled (from → to) to observers; a lightly loaded host stays high.
 */
import { describe, expect, it } from 'vitest';
import { minFreeMiB } from '../../../src/model/memory/min-free.js';
import { simulate } from '../../../src/run/simulate.js';
import { clusterScenario } from '../../helpers/sim.js';
function run(count) {
    const changes = [];
    const r = simulate(clusterScenario({ fat: { vcpus: 1, memoryGiB: 16 } }, [{ name: 'vm', count, template: 'fat', workload: { type: 'constant', cpu: 0.1, memory: 1 } }], { memoryGiB: 64, duration: '2h', maxMemoryOvercommit: null }), { attach: () => ({ observers: [{ memoryState: (t, h, from, to) => changes.push([t, from, to]) }] }) });
    return { r, changes };
}
describe('memory state of a host through simulate()', () => {
    it('keeps a host with one 16 GiB VM on 64 GiB in high for the whole run, with no state signal', () => {
        // free ≈ 65536 − 983 (1.5 % overhead) − 16384 − 172 (VM overhead) ≈ 48 000 MiB; minFree(64 GiB)
        // = 899 + 0.01 × 36 × 1024 = 1267.64 MiB → ≈ 3790 % ≥ 400 %.
        expect(minFreeMiB(64 * 1024)).toBeCloseTo(1267.64, 9);
        const { r, changes } = run(1);
        expect(changes).toEqual([]);
        expect(r.headline.memory.stateHours.high).toBeCloseTo(2, 12);
        expect(r.headline.memory.hostsEverBelowHigh).toBe(0);
    });
    it('moves a host whose 5 × 16 GiB VMs touch all their memory on 64 GiB out of high, signalling each change from high first', () => {
        const { r, changes } = run(5);
        expect(r.headline.memory.hostsEverBelowHigh).toBe(1);
        expect(changes.length).toBeGreaterThan(0);
        expect(changes[0][1]).toBe(0); // from high
        expect(changes[0][2]).toBeGreaterThan(0);
        // Consecutive signals chain: each starts where the previous ended.
        for (let k = 1; k < changes.length; k++)
            expect(changes[k][1]).toBe(changes[k - 1][2]);
        const st = r.headline.memory.stateHours;
        expect(st.high + st.clear + st.soft + st.hard + st.low).toBeCloseTo(2, 12);
        expect(st.high).toBeLessThan(2);
        expect(r.headline.memory.lowestFreeMiB).toBeLessThan(4 * minFreeMiB(64 * 1024));
    });
});
//# sourceMappingURL=memory-state-run.test.js.map