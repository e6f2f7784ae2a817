/**
 * Merging the events of clusters run apart: instant by instant, cluster by cluster, incidents
 * numbered by first appearance with each cluster's own numbers kept apart; a cluster whose
 * events are out of time order, or an event that names no cluster, cannot be merged.
 */
import { describe, expect, it } from 'vitest';
import { EventLog } from '../../src/output/event-log.js';
import { EventSink } from '../../src/output/event-sink.js';
import { mergeClusterEvents } from '../../src/run/merge-events.js';
import { simulate } from '../../src/run/simulate.js';
import { scenarioFrom } from '../helpers/sim.js';
const ev = (t, type, extra = {}) => ({ t, type, ...extra });
describe('mergeClusterEvents', () => {
    it('writes each instant cluster by cluster and numbers each cluster\'s incidents apart', () => {
        const sink = new EventSink(null, 0, 100);
        mergeClusterEvents([
            { cluster: 0, events: [{ t: 0, events: [ev(0, 'a0')] }, { t: 10, events: [ev(10, 'host.failed', { incident: 0 }), ev(10, 'a10')] }] },
            { cluster: 1, events: [{ t: 5, events: [ev(5, 'b5')] }, { t: 10, events: [ev(10, 'host.failed', { incident: 0 })] }] },
        ], sink);
        expect(sink.kept.map((e) => `${e.t}:${e.type}:${String(e.incident ?? '')}`)).toEqual([
            '0:a0:',
            '5:b5:',
            '10:host.failed:0',
            '10:a10:',
            '10:host.failed:1',
        ]);
        expect(sink.counts).toEqual({ a0: 1, b5: 1, 'host.failed': 2, a10: 1 });
    });
    it('refuses a cluster whose instants are not in time order', () => {
        const sink = new EventSink(null, 0, 100);
        expect(() => mergeClusterEvents([{ cluster: 2, events: [{ t: 10, events: [ev(10, 'x')] }, { t: 5, events: [ev(5, 'y')] }] }], sink)).toThrow('cluster 2: events are not in time order at t=5');
    });
});
describe('EventLog capturing a cluster run apart', () => {
    it('refuses an event that names no cluster', () => {
        const s = scenarioFrom({
            name: 'one',
            duration: '1h',
            templates: { t: { vcpus: 1, memoryGiB: 1 } },
            clusters: [{ name: 'c', hosts: [{ name: 'h', count: 1, coresPerSocket: 2, mhz: 2000, memoryGiB: 8 }], vms: [] }],
        });
        const log = new EventLog(null, simulate(s).world, 0, { onInstant: () => undefined });
        log.event({ t: 5, type: 'site.failed', site: 'dc1' });
        expect(() => log.flush()).toThrow('event site.failed at t=5 ms names no cluster: a run split by cluster cannot place it');
    });
});
//# sourceMappingURL=merge-events.test.js.map