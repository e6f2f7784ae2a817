/**
 * DRS balancing and maintenance mode on hand-built runs (DOMAIN.md, Placement and balancing:
 * thresholds 1–5, level 1 mandatory moves only; maintenance evacuates by live migration), and
 * placement invariants under random clusters with rules, limits and maintenance (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HOST_MAINTENANCE, HOST_ON } from '../../../src/model/lifecycle.js';
import { imbalanceTolerance } from '../../../src/model/balancer/policy.js';
import { brokenInvariants, buildRun, clusterOf, listed } from '../migration/harness.js';
const MIN = 60_000;
const HOUR = 60 * MIN;
/**
 * 4 hosts × 8 cores × 1000 MHz; 12 one-vCPU VMs at a constant 50 %. A cap of 0.75 vCPU per core
 * (6 vCPUs per host) makes first-fit pack them 6 + 6 on hosts 0 and 1: loads 0.375, 0.375, 0, 0.
 */
function packed(threshold, drs = {}) {
    return buildRun(clusterOf({
        hosts: 4,
        maxVcpuPerCore: 0.75,
        templates: { vm: { vcpus: 1, memoryGiB: 2, dirtyRateMiBps: 16 } },
        vms: [{ name: 'vm', count: 12, template: 'vm', workload: { type: 'constant', cpu: 0.5 } }],
        drs: { enabled: true, threshold, interval: '5m', ...drs },
    }));
}
/** Run pass by pass; imbalance and migrations started after each. */
function passes(run, count, intervalMs = 5 * MIN) {
    const out = [];
    for (let k = 1; k <= count; k++) {
        run.kernel.runUntil(k * intervalMs + 1000);
        out.push({ imbalance: run.balancer.measure(0), migrations: run.migrator.records.length });
        expect(brokenInvariants(run)).toEqual([]);
    }
    return out;
}
describe('Balancer on a statically imbalanced cluster', () => {
    it('at threshold 3 brings the host-load deviation under 0.10, then stops migrating (no ping-pong)', () => {
        const run = packed(3);
        expect(Array.from(run.world.hosts.vmCount)).toEqual([6, 6, 0, 0]);
        const start = run.balancer.measure(0);
        expect(start).toBeGreaterThan(0.18);
        const log = passes(run, 144); // 12 h
        const end = log.at(-1);
        expect(end.imbalance).toBeLessThan(start);
        expect(end.imbalance).toBeLessThanOrEqual(imbalanceTolerance(3));
        expect(end.migrations).toBeGreaterThan(0);
        expect(log[71].migrations).toBe(end.migrations);
        expect(run.migrator.completed).toBe(end.migrations);
        for (const e of run.events.filter((x) => x.type === 'drs.recommendation')) {
            expect(e.reason).toBe('balance');
            expect(e.imbalanceAfter).toBeLessThan(e.imbalanceBefore);
        }
        // The imbalance seen at the last pass is the one measured then.
        expect(run.balancer.imbalanceOf(0)).toBeCloseTo(end.imbalance, 6);
    });
    it('at threshold 5 spreads the VMs 3 per host and stops there', () => {
        const run = packed(5);
        const log = passes(run, 144);
        expect(Array.from(run.world.hosts.vmCount)).toEqual([3, 3, 3, 3]);
        expect(log.at(-1).imbalance).toBeLessThanOrEqual(imbalanceTolerance(5));
        expect(log[71].migrations).toBe(log.at(-1).migrations);
    });
    it('at threshold 1 makes no move at all on the same cluster', () => {
        const run = packed(1);
        passes(run, 144);
        expect(run.migrator.records.length).toBe(0);
        expect(Array.from(run.world.hosts.vmCount)).toEqual([6, 6, 0, 0]);
    });
    it('makes no move whose migration would not pay back within the horizon', () => {
        // 1 ms of payback is worth nothing against seconds of vMotion CPU.
        const run = packed(5, { payback: '1ms' });
        passes(run, 24);
        expect(run.migrator.records.length).toBe(0);
    });
    it('respects maxConcurrentPerCluster within a pass', () => {
        const run = packed(5, { maxConcurrentPerCluster: 1 });
        run.kernel.runUntil(5 * MIN);
        expect(run.migrator.active()).toBe(1);
    });
});
describe('Maintenance mode', () => {
    /** 4 hosts, 8 two-vCPU VMs spread 2 per host; DRS off unless asked. */
    function spread(o = {}) {
        return buildRun(clusterOf({
            hosts: 4,
            algorithm: 'spread',
            templates: { vm: { vcpus: 2, memoryGiB: 4, dirtyRateMiBps: 32 } },
            vms: [{ name: 'vm', count: o.count ?? 8, template: 'vm', workload: { type: 'constant', cpu: 0.4 } }],
            drs: { maxConcurrentPerHost: 1, ...o.drs },
            rules: o.rules ?? [],
        }));
    }
    it('evacuates a host fully with DRS disabled, one migration at a time, then exits after its duration', () => {
        const run = spread();
        const { world, kernel, balancer } = run;
        expect(Array.from(world.hosts.vmCount)).toEqual([2, 2, 2, 2]);
        kernel.runUntil(MIN);
        expect(balancer.enterMaintenance(0, MIN, HOUR)).toBeNull();
        expect(world.hosts.state[0]).toBe(HOST_MAINTENANCE);
        expect(run.migrator.active()).toBe(1); // maxConcurrentPerHost 1
        kernel.runUntil(10 * MIN);
        expect(world.hosts.vmCount[0]).toBe(0);
        expect(Array.from(world.hosts.vmCount).reduce((a, b) => a + b, 0)).toBe(8);
        const ready = run.events.find((e) => e.type === 'host.maintenance-ready');
        expect(ready).toMatchObject({ host: world.hosts.ids[0] });
        // The second migration starts as soon as the first ends, not at the next 30 s retry.
        expect(ready.evacuatedIn).toBeLessThan(30_000);
        expect(run.events.filter((e) => e.type === 'drs.recommendation').map((e) => e.reason)).toEqual(['maintenance', 'maintenance']);
        expect(brokenInvariants(run)).toEqual([]);
        kernel.runUntil(MIN + HOUR + 1);
        expect(world.hosts.state[0]).toBe(HOST_ON);
        expect(run.events.at(-1)).toMatchObject({ type: 'host.maintenance-exited', host: world.hosts.ids[0], inMaintenanceMs: HOUR });
    });
    it('refuses a host that is not on', () => {
        const run = spread();
        run.balancer.enterMaintenance(1, 0);
        expect(run.balancer.enterMaintenance(1, 0)).toMatch(/is maintenance, not on/);
    });
    it('leaves a VM that fits nowhere, reports it once, and keeps trying every 30 s', () => {
        // Anti-affinity over 4 VMs on 4 hosts: the one on the host in maintenance has nowhere to go.
        const run = spread({ count: 4, rules: [{ name: 'apart', type: 'anti-affinity', vms: ['vm'] }] });
        const { world, kernel, balancer } = run;
        expect(Array.from(world.hosts.vmCount)).toEqual([1, 1, 1, 1]);
        balancer.enterMaintenance(2, 0);
        kernel.runUntil(10 * MIN);
        expect(world.hosts.vmCount[2]).toBe(1);
        const blocked = run.events.filter((e) => e.type === 'host.evacuation-blocked');
        expect(blocked).toHaveLength(1);
        expect(blocked[0]).toMatchObject({ host: world.hosts.ids[2], vm: world.vms.ids[listed(world, 2)[0]] });
        expect(String(blocked[0].why)).toMatch(/anti-affinity rule/);
        expect(run.events.some((e) => e.type === 'host.maintenance-ready')).toBe(false);
        // Once another host leaves the rule's way (its VM powered off), the retry moves the VM.
        const other = listed(world, 3)[0];
        run.dc.powerOff(other, kernel.now);
        run.dc.settle(kernel.now);
        kernel.runUntil(12 * MIN);
        expect(world.hosts.vmCount[2]).toBe(0);
        expect(run.events.some((e) => e.type === 'host.maintenance-ready')).toBe(true);
    });
    it('lets a should rule yield to evacuate, and DRS at threshold 1 brings the VM back once the host is on again', () => {
        const run = buildRun(clusterOf({
            hosts: 1,
            templates: { vm: { vcpus: 2, memoryGiB: 4 } },
            moreHosts: [{ name: 'b', count: 2, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }],
            vms: [{ name: 'vm', count: 2, template: 'vm', workload: { type: 'constant', cpu: 0.3 } }],
            rules: [{ name: 'pin', type: 'vm-host', vms: ['vm'], hosts: ['h'], mode: 'should' }],
            drs: { enabled: true, threshold: 1, interval: '5m' },
        }));
        const { world, kernel, balancer } = run;
        expect(Array.from(world.hosts.vmCount)).toEqual([2, 0, 0]);
        balancer.enterMaintenance(0, 0, 20 * MIN);
        kernel.runUntil(4 * MIN);
        expect(world.hosts.vmCount[0]).toBe(0);
        kernel.runUntil(40 * MIN);
        expect(Array.from(world.hosts.vmCount)).toEqual([2, 0, 0]);
        expect(run.events.filter((e) => e.type === 'drs.recommendation').map((e) => e.reason)).toEqual(['maintenance', 'maintenance', 'rule', 'rule']);
    });
});
describe('Balancer and maintenance invariants (property, random small clusters)', () => {
    const arb = fc.record({
        hostsA: fc.integer({ min: 1, max: 3 }),
        hostsB: fc.integer({ min: 1, max: 3 }),
        cores: fc.constantFrom(4, 8),
        web: fc.integer({ min: 0, max: 5 }),
        app: fc.integer({ min: 0, max: 10 }),
        pin: fc.integer({ min: 0, max: 3 }),
        appVcpus: fc.integer({ min: 1, max: 4 }),
        low: fc.double({ min: 0, max: 0.5, noNaN: true }),
        high: fc.double({ min: 0.5, max: 1, noNaN: true }),
        drs: fc.boolean(),
        threshold: fc.integer({ min: 1, max: 5 }),
        perHost: fc.integer({ min: 1, max: 3 }),
        perCluster: fc.integer({ min: 1, max: 4 }),
        maintHost: fc.nat(),
        maintAt: fc.integer({ min: 0, max: 20 }),
        maintFor: fc.integer({ min: 5, max: 20 }),
    });
    it('keeps every VM on exactly one host, Σ reserved ≤ capacity, rules and concurrency limits, at every event and every 5 s', () => {
        fc.assert(fc.property(arb, (p) => {
            const vms = [];
            const rules = [];
            if (p.web > 0) {
                vms.push({ name: 'web', count: p.web, template: 'web', workload: { type: 'constant', cpu: 0.6 } });
                rules.push({ name: 'apart', type: 'anti-affinity', vms: ['web'] });
            }
            if (p.app > 0)
                vms.push({ name: 'app', count: p.app, template: 'app', workload: { type: 'uniform', min: p.low, max: p.high } });
            if (p.pin > 0) {
                vms.push({ name: 'pin', count: p.pin, template: 'pin', workload: { type: 'constant', cpu: 0.3 } });
                rules.push({ name: 'stay', type: 'vm-host', vms: ['pin'], hosts: ['b'], mode: 'must' });
            }
            if (vms.length === 0)
                vms.push({ name: 'one', count: 1, template: 'app', workload: { type: 'constant', cpu: 0.5 } });
            const broken = [];
            const run = buildRun(clusterOf({
                hosts: p.hostsA,
                cores: p.cores,
                duration: '1h',
                maxVcpuPerCore: 2,
                templates: {
                    web: { vcpus: 2, memoryGiB: 4, dirtyRateMiBps: 64 },
                    app: { vcpus: p.appVcpus, memoryGiB: 2, dirtyRateMiBps: 16 },
                    pin: { vcpus: 1, memoryGiB: 8, dirtyRateMiBps: 8 },
                },
                moreHosts: [{ name: 'b', count: p.hostsB, sockets: 1, coresPerSocket: p.cores, mhz: 1000, memoryGiB: 32, hypervisor: { cpuOverheadPct: 0 } }],
                vms,
                rules,
                drs: { enabled: p.drs, threshold: p.threshold, interval: '1m', maxConcurrentPerHost: p.perHost, maxConcurrentPerCluster: p.perCluster },
            }), (e, r) => {
                for (const b of brokenInvariants(r))
                    broken.push(`${e.type} at ${e.t}: ${b}`);
            });
            const nHosts = p.hostsA + p.hostsB;
            const maintAt = p.maintAt * MIN;
            let entered = false;
            for (let t = 5000; t <= 40 * MIN; t += 5000) {
                if (!entered && t > maintAt) {
                    run.kernel.runUntil(maintAt);
                    run.balancer.enterMaintenance(p.maintHost % nHosts, maintAt, p.maintFor * MIN);
                    entered = true;
                }
                run.kernel.runUntil(t);
                for (const b of brokenInvariants(run))
                    broken.push(`t=${t}: ${b}`);
                if (broken.length > 0)
                    break;
            }
            expect(broken).toEqual([]);
        }), { numRuns: 40 });
    });
});
//# sourceMappingURL=drs.test.js.map