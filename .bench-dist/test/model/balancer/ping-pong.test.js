/**
 * DRS without churn (Gulati et al. 2012, cost-benefit and minimum goodness): over random
 * clusters whose loads change little (constant or narrowly uniform per VM), no VM that DRS moved
 * for balance is moved back to the host it left within PASSES_BACK passes, and a day of such
 * load moves each VM only a few times.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/run/simulate.js';
import { clusterOf } from '../migration/harness.js';
const PASSES_BACK = 12;
const INTERVAL_MS = 5 * 60_000;
describe('DRS balancing does not ping-pong (fast-check)', () => {
    it('no VM returns to a host it left within 12 passes; at most 3 balance moves per VM a day', () => {
        fc.assert(fc.property(fc.record({
            hosts: fc.integer({ min: 2, max: 8 }),
            vms: fc.integer({ min: 4, max: 60 }),
            vcpus: fc.integer({ min: 1, max: 4 }),
            low: fc.double({ min: 0.05, max: 0.6, noNaN: true }),
            spread: fc.double({ min: 0, max: 0.1, noNaN: true }),
            threshold: fc.integer({ min: 2, max: 5 }),
            algorithm: fc.constantFrom('first-fit', 'best-fit', 'spread', 'round-robin'),
        }), (p) => {
            const events = [];
            simulate(clusterOf({
                hosts: p.hosts,
                algorithm: p.algorithm,
                maxVcpuPerCore: 8,
                templates: { vm: { vcpus: p.vcpus, memoryGiB: 2, dirtyRateMiBps: 16 } },
                vms: [{ name: 'vm', count: p.vms, template: 'vm', workload: { type: 'uniform', min: p.low, max: p.low + p.spread } }],
                drs: { enabled: true, threshold: p.threshold, interval: '5m' },
            }), { attach: () => ({ observers: [{ event: (e) => events.push(e) }] }) });
            const left = new Map();
            const moves = new Map();
            for (const e of events) {
                if (e.type !== 'migration.started' || e.reason !== 'balance')
                    continue;
                const vm = String(e.vm);
                for (const l of left.get(vm) ?? [])
                    expect(e.to === l.host && e.t - l.t <= PASSES_BACK * INTERVAL_MS, `${vm} back to ${l.host}`).toBe(false);
                left.set(vm, [...(left.get(vm) ?? []), { host: String(e.from), t: e.t }]);
                moves.set(vm, (moves.get(vm) ?? 0) + 1);
            }
            for (const n of moves.values())
                expect(n).toBeLessThanOrEqual(3);
        }), { numRuns: 30, seed: 18 });
    }, 240_000);
});
//# sourceMappingURL=ping-pong.test.js.map