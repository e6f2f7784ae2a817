/**
 * A run split by cluster (each cluster on a worker thread, merged) writes the same report folder
 * as the run in one piece: every file byte for byte, summary.json but for its `run` block (wall
 * time, events fired by the kernels, threads). The scenarios here exercise what interleaves
 * clusters: simultaneous scripted failures in two clusters (incident numbering, event order at
 * one instant), random failures, DRS migrations, maintenance, DPM, autoscaling, hot-add,
 * guest failures, a cluster's own datastore, alarms and KSM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { runSplitToFolder, SplitError } from '../../src/run/split-run.js';
import { clusterAlone, splitBlockers } from '../../src/run/cluster-split.js';
import { fakeClock } from '../helpers/default-run.js';
import { scenarioFrom, scenarioOf, tempDir } from '../helpers/sim.js';
const RICH = `
name: three-clusters
seed: 21
start: 2026-03-02T00:00:00Z
duration: 12h
step: 5m
outputs: { interval: 5m }
alarms: { cpuReady: { thresholdPct: 5, for: 10m }, hostCpu: { thresholdPct: 70, for: 10m }, hostSwapping: true }
templates:
  web: { vcpus: 2, memoryGiB: 8, bootTime: 90s, memory: { touchedPct: 90 }, guestFailures: { meanHoursBetween: 20 } }
  db: { vcpus: 8, memoryGiB: 32, haPriority: high, cpu: { reservationMHz: 2000 }, hotAdd: { cpu: true, memory: true } }
  app: { vcpus: 2, memoryGiB: 4, bootTime: 60s, diskGiB: 30, disk: thin, diskUsedPct: 50, diskWriteMiBps: 0.5 }
clusters:
  - name: a
    placement: { algorithm: first-fit, maxMemoryOvercommit: 2 }
    ha: { enabled: true, admissionControl: { policy: percentage, hostFailuresToTolerate: 1 } }
    drs: { enabled: true, threshold: 3 }
    hosts:
      - { name: esx, count: 4, coresPerSocket: 8, mhz: 2400, memoryGiB: 96, failures: { timeBetweenFailures: { distribution: exponential, meanHours: 30 }, repair: { distribution: exponential, meanHours: 2 } } }
    vms:
      - { name: web, count: 30, template: web, workload: { type: diurnal, low: 0.1, high: 0.8, noise: 0.1, memory: 0.4, phase: random } }
      - { name: db, count: 3, template: db, workload: { type: random-walk, start: 0.4, sigma: 0.08 } }
  - name: b
    placement: { algorithm: spread }
    ha: { enabled: true }
    power: { dpm: { enabled: true } }
    datastores: [ { name: ds, capacityGiB: 1024, bandwidthMiBps: 300 } ]
    hosts:
      - { name: kvm, count: 3, coresPerSocket: 16, mhz: 2000, memoryGiB: 128, hypervisor: { flavour: kvm, memory: { ksm: { enabled: true } } } }
    vms:
      - name: app
        count: 12
        template: app
        workload: { type: diurnal, low: 0.05, high: 0.6, peakHour: 10, noise: 0.05, memory: 0.4 }
        autoscale: { min: 4, max: 12, scaleOutAbovePct: 60, scaleInBelowPct: 25, for: 10m, cooldown: 15m, check: 1m }
  - name: c
    placement: { algorithm: best-fit }
    ha: { enabled: true }
    hosts:
      - { name: esx, count: 3, coresPerSocket: 8, mhz: 2600, memoryGiB: 64 }
    vms:
      - { name: burst, count: 14, template: web, workload: { type: on-off, on: 0.9, off: 0.05, meanOn: 20m, meanOff: 1h } }
      - { name: db, count: 1, template: db, workload: { type: constant, cpu: 0.3, memory: 0.5 } }
events:
  - { at: 2h, type: host-failure, host: dc1/c/esx-001, repairAfter: 1h }
  - { at: 2h, type: host-failure, host: dc1/a/esx-002, repairAfter: 30m }
  - { at: 3h, type: maintenance, host: dc1/a/esx-003, duration: 1h }
  - { at: 4h, type: hot-add, vm: dc1/c/db-001, addMemoryGiB: 8 }
  - { at: 5h, type: host-failure, host: dc1/b/kvm-002, repairAfter: 2h }
`;
/** Every file of a report folder, summary.json without its `run` block. */
function folder(dir) {
    const out = {};
    for (const name of readdirSync(dir).sort()) {
        const text = readFileSync(join(dir, name), 'utf8');
        if (name !== 'summary.json')
            out[name] = text;
        else {
            const { run, ...rest } = JSON.parse(text);
            expect(Object.keys(run)).toContain('eventsFired');
            out[name] = JSON.stringify(rest);
        }
    }
    return out;
}
async function both(scenario, workers, seed) {
    const parent = tempDir('split');
    const whole = join(parent, 'whole');
    const split = join(parent, 'split');
    runToFolder(scenario, { outDir: whole, force: false, wallClock: fakeClock(0, 1), tag: 'w', ...(seed !== undefined ? { seed } : {}) });
    await runSplitToFolder(scenario, { outDir: split, force: false, wallClock: fakeClock(0, 1), tag: 's', workers, ...(seed !== undefined ? { seed } : {}) });
    return [folder(whole), folder(split)];
}
describe('a run split by cluster', () => {
    it('writes the same files as the run in one piece (three clusters, failures, DRS, DPM, autoscaling, alarms)', async () => {
        const [whole, split] = await both(scenarioOf(RICH), 2);
        expect(Object.keys(split)).toEqual(Object.keys(whole));
        expect(Object.keys(whole)).toEqual(expect.arrayContaining(['events.ndjson', 'report.json', 'report.html', 'summary.json', 'timeseries-cluster.csv', 'timeseries-host.csv', 'vms.csv', 'energy.csv', 'finance.csv']));
        for (const name of Object.keys(whole))
            expect(split[name], name).toBe(whole[name]);
        // The run did what the test is about.
        const report = JSON.parse(whole['report.json']);
        const at2h = report.availability.incidents.filter((i) => i.t === 7_200_000);
        // Two clusters fail at the same instant: numbered cluster by cluster (a before c), not in scenario order.
        expect(at2h.map((i) => i.hosts[0])).toEqual(['dc1/a/esx-002', 'dc1/c/esx-001']);
        expect(at2h.map((i) => i.id)).toEqual([at2h[0].id, at2h[0].id + 1]);
        expect(report.migrations.total).toBeGreaterThan(0);
        expect(report.alarms.total).toBeGreaterThan(0);
        expect(report.events.counts['host.failed']).toBeGreaterThanOrEqual(3);
        // Within an instant, events are written cluster by cluster.
        const lines = whole['events.ndjson'].trim().split('\n').map((l) => JSON.parse(l));
        const clusterOf = (e) => (e.host ?? e.vm)?.split('/')[1];
        for (let k = 1; k < lines.length; k++) {
            const [p, q] = [lines[k - 1], lines[k]];
            expect(q.t).toBeGreaterThanOrEqual(p.t);
            const [cp, cq] = [clusterOf(p), clusterOf(q)];
            if (q.t === p.t && cp !== undefined && cq !== undefined)
                expect(cq >= cp, `${JSON.stringify(p)} then ${JSON.stringify(q)}`).toBe(true);
        }
    });
    it('gives the same files with one worker thread as with three', async () => {
        const s = scenarioOf(RICH.replace('duration: 12h', 'duration: 6h'));
        const [whole, one] = await both(s, 1);
        const [, three] = await both(s, 3);
        for (const name of Object.keys(whole)) {
            expect(one[name], name).toBe(whole[name]);
            expect(three[name], name).toBe(whole[name]);
        }
    });
    it('matches the run in one piece for random clusters, seeds and failure rates (property)', async () => {
        await fc.assert(fc.asyncProperty(fc.array(fc.record({ hosts: fc.integer({ min: 1, max: 3 }), vms: fc.integer({ min: 0, max: 12 }), mtbf: fc.constantFrom(0, 2, 8), drs: fc.boolean() }), { minLength: 2, maxLength: 4 }), fc.integer({ min: 1, max: 1000 }), async (clusters, seed) => {
            const s = scenarioFrom({
                name: 'random-split',
                seed,
                duration: '6h',
                step: '10m',
                templates: { t: { vcpus: 2, memoryGiB: 8, bootTime: '60s' } },
                alarms: { hostCpu: { thresholdPct: 60, for: '10m' } },
                clusters: clusters.map((c, i) => ({
                    name: `k${i}`,
                    ha: { enabled: true, admissionControl: { policy: 'disabled' } },
                    ...(c.drs ? { drs: { enabled: true, threshold: 4 } } : {}),
                    hosts: [
                        {
                            name: 'h',
                            count: c.hosts,
                            coresPerSocket: 4,
                            mhz: 2000,
                            memoryGiB: 32,
                            ...(c.mtbf > 0 ? { failures: { timeBetweenFailures: { distribution: 'exponential', meanHours: c.mtbf }, repair: { distribution: 'exponential', meanHours: 1 } } } : {}),
                        },
                    ],
                    vms: c.vms > 0 ? [{ name: 'v', count: c.vms, template: 't', workload: { type: 'random-walk', start: 0.5, sigma: 0.2 } }] : [],
                })),
            });
            const [whole, split] = await both(s, 2);
            for (const name of Object.keys(whole))
                expect(split[name], name).toBe(whole[name]);
        }), { numRuns: 6, seed: 8 });
    });
    it('refuses scenarios whose clusters are tied together, saying why', async () => {
        const one = scenarioFrom({
            name: 'one',
            duration: '1h',
            templates: { t: { vcpus: 1, memoryGiB: 1 } },
            clusters: [{ name: 'only', hosts: [{ name: 'h', count: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 8 }], vms: [] }],
        });
        expect(splitBlockers(one)).toEqual(['the scenario has 1 cluster; splitting needs two or more']);
        const shared = scenarioOf(`${RICH}datastores: [ { name: shared, capacityGiB: 100000, bandwidthMiBps: 100 } ]\n`);
        expect(splitBlockers(shared)).toEqual(['datastores (shared) are shared by every cluster']);
        const site = scenarioOf(RICH.replace('events:\n', 'events:\n  - { at: 1h, type: site-failure, site: dc1 }\n'));
        expect(splitBlockers(site)).toEqual(['events[0] is a site failure: it hits every cluster of the site at once']);
        const clone = scenarioOf(RICH.replace("      - { name: db, count: 1, template: db, workload: { type: constant, cpu: 0.3, memory: 0.5 } }", "      - { name: db, count: 1, template: db, workload: { type: constant, cpu: 0.3, memory: 0.5 } }\n      - { name: copy, count: 1, template: app, workload: { type: constant, cpu: 0.1 }, provision: { at: 10m, source: clone, cloneOf: dc1/b/app-001 } }"));
        expect(splitBlockers(clone)).toEqual(['VM groups clone a VM of another cluster (dc1/c/copy clones dc1/b/app-001): the clone needs its source']);
        const policy = scenarioOf(RICH.replace('placement: { algorithm: best-fit }', 'placement: { algorithm: best-fit, policy: policies/pack-by-power.mjs }'));
        expect(splitBlockers(policy)).toEqual(['clusters c place VMs with a policy given as code, which loads in the main thread only']);
        await expect(runSplitToFolder(policy, { outDir: join(tempDir('split'), 'p'), force: false, wallClock: fakeClock(0, 1), tag: 'p', workers: 2 })).rejects.toThrow(/policy given as code/);
        await expect(runSplitToFolder(site, { outDir: join(tempDir('split'), 'x'), force: false, wallClock: fakeClock(0, 1), tag: 'x', workers: 2 })).rejects.toThrow(SplitError);
    });
    it('gives each cluster alone its own events, in scenario order', () => {
        const s = scenarioOf(RICH);
        expect(clusterAlone(s, 0).spec.events.map((e) => e.at)).toEqual([7_200_000, 10_800_000]);
        expect(clusterAlone(s, 1).spec.events.map((e) => e.type)).toEqual(['host-failure']);
        expect(clusterAlone(s, 2).spec.events.map((e) => e.type)).toEqual(['host-failure', 'hot-add']);
    });
});
//# sourceMappingURL=split-run.test.js.map