/**
 * Checkpoint and restore: run to T, checkpoint, restore into a fresh simulation, run to the end
 * — the same figures, the same event history and the same series as the run straight through,
 * for scenarios with failures, HA, migrations, DRS, power management and memory pressure.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkpoint, CheckpointError, readCheckpoint, restore, writeCheckpoint } from '../../src/api/checkpoint.js';
import { SeriesCollector } from '../../src/report/series-collector.js';
import { Simulation } from '../../src/run/simulate.js';
import { parseScenarioText } from '../../src/scenario/load.js';
import { tempDir } from '../helpers/sim.js';
function scenarioText(seed, drs, dpm) {
    return JSON.stringify({
        name: 'ck',
        seed,
        duration: '12h',
        step: '5m',
        templates: { t: { vcpus: 2, memoryGiB: 8, memory: { reservationGiB: 2 }, bootTime: '90s', dirtyRateMiBps: 20 } },
        clusters: [
            {
                name: 'c1',
                placement: { algorithm: 'first-fit', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.8 },
                ha: { enabled: true, admissionControl: { policy: 'disabled' } },
                drs: { enabled: drs },
                power: { dpm: { enabled: dpm } },
                hosts: [
                    {
                        name: 'h',
                        count: 4,
                        sockets: 1,
                        coresPerSocket: 8,
                        mhz: 2000,
                        memoryGiB: 48,
                        failures: { timeBetweenFailures: { distribution: 'exponential', meanHours: 6 }, repair: { distribution: 'exponential', meanHours: 1 } },
                    },
                ],
                vms: [{ name: 'vm', count: 18, template: 't', workload: { type: 'random-walk', start: 0.4, sigma: 0.1, memory: 0.6 } }],
            },
        ],
    });
}
function attachments(events, holder) {
    return (world) => {
        holder.collector = new SeriesCollector(world, 200, true);
        return { observers: [{ event: (e) => events.push(e) }], sinks: [holder.collector] };
    };
}
function straight(text) {
    const events = [];
    const holder = {};
    const sim = new Simulation(parseScenarioText(text, 'ck.json', '.'), { attach: attachments(events, holder) });
    const r = sim.finish();
    return { headline: JSON.stringify(r.headline), events: JSON.stringify(events), series: JSON.stringify(holder.collector?.clusters) };
}
function viaCheckpoint(text, t, file) {
    const before = [];
    const holder = {};
    const sim = new Simulation(parseScenarioText(text, 'ck.json', '.'), { attach: attachments(before, holder) });
    sim.runUntil(t);
    writeCheckpoint(file, checkpoint(sim, text, '.'));
    const after = [];
    const holder2 = {};
    const restored = restore(readCheckpoint(file), { attach: attachments(after, holder2) });
    const r = restored.finish();
    return { headline: JSON.stringify(r.headline), events: JSON.stringify([...before, ...after]), series: JSON.stringify(holder2.collector?.clusters) };
}
describe('checkpoint and restore', () => {
    it('run to T, checkpoint, restore, run to the end = run straight to the end (random scenarios and T)', () => {
        const dir = tempDir('checkpoint');
        fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 12 * 3_600_000 }), (seed, drs, dpm, t) => {
            const text = scenarioText(seed, drs, dpm);
            const a = straight(text);
            const b = viaCheckpoint(text, t, path.join(dir, `ck-${seed}.json`));
            expect(b.headline).toBe(a.headline);
            expect(b.events).toBe(a.events);
            expect(b.series).toBe(a.series);
        }), { numRuns: 8, seed: 4242 });
    });
    it('refuses another dcsim version and a corrupted file with clear messages', () => {
        const dir = tempDir('checkpoint-bad');
        const text = scenarioText(1, false, false);
        const sim = new Simulation(parseScenarioText(text, 'ck.json', '.'));
        sim.runUntil(3_600_000);
        const ck = checkpoint(sim, text, '.');
        const other = path.join(dir, 'other.json');
        writeFileSync(other, JSON.stringify({ ...ck, dcsim: '0.0.1' }));
        expect(() => readCheckpoint(other)).toThrow(CheckpointError);
        expect(() => readCheckpoint(other)).toThrow(/written by dcsim 0\.0\.1; this is dcsim/);
        const corrupt = path.join(dir, 'corrupt.json');
        const tampered = JSON.parse(JSON.stringify(ck));
        tampered.state.nodes.push(7);
        writeFileSync(corrupt, JSON.stringify(tampered));
        expect(() => readCheckpoint(corrupt)).toThrow(/the checkpoint is corrupted/);
        const junk = path.join(dir, 'junk.json');
        writeFileSync(junk, '{ not json');
        expect(() => readCheckpoint(junk)).toThrow(/not a readable checkpoint/);
    });
});
//# sourceMappingURL=checkpoint.test.js.map