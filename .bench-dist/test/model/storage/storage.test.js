/**
 * Datastores against hand-computed cases: a snapshot delta growing at write rate × demand fills
 * the remaining space at the computed instant and pauses its VM (ESXi: "There is no more space
 * for virtual disk"); deleting the snapshot frees the delta and resumes it; a storage migration
 * takes size / the lower bandwidth and moves the usage.
 */
import { describe, expect, it } from 'vitest';
import { DOWN_REASONS, VM_RUNNING } from '../../../src/model/lifecycle.js';
import { ceilMs, copyMs, reachesAt } from '../../../src/model/storage/index.js';
import { HOUR, labScenario, MINUTE, ofType, runLab } from '../provisioning/harness.js';
/** Datastore d's used space at the output sample ending at t (samples every 5 min). */
function sampled(r, d, t) {
    const k = r.storage.series.t.indexOf(t);
    if (k < 0)
        throw new Error(`no sample at ${t}`);
    return r.storage.series.usedMiB[d][k];
}
describe('copy and fill arithmetic', () => {
    it('copyMs: 40 GiB at 200 MiB/s = 204 800 ms; 1 MiB at 3 MiB/s rounds up to 334 ms', () => {
        expect(copyMs(40 * 1024, 200)).toBe(204_800);
        expect(copyMs(1, 3)).toBe(334);
    });
    it('reachesAt: 1024 MiB left at 0.0005 MiB/ms from t = 1000 → 2 049 000; no growth → Infinity', () => {
        expect(reachesAt(1000, 40 * 1024, 41 * 1024, 0.0005)).toBe(2_049_000);
        expect(reachesAt(0, 1, 2, 0)).toBe(Infinity);
        expect(ceilMs(5.0000000001)).toBe(5);
        expect(ceilMs(5.2)).toBe(6);
    });
});
describe('a snapshot that fills its datastore', () => {
    // One VM, 40 GiB thick disk on a 41 GiB datastore: 1024 MiB free. Snapshot at 1h; the guest
    // writes 1 MiB/s at full demand × 50 % demand = 0.5 MiB/s → full after 1024 / 0.5 = 2048 s,
    // at 3 600 000 + 2 048 000 = 5 648 000 ms. The snapshot is deleted at 3h: resumed then.
    const s = labScenario({ app: { vcpus: 2, memoryGiB: 8, diskGiB: 40, disk: 'thick', diskWriteMiBps: 1 } }, [{ name: 'app', count: 1, template: 'app', workload: { type: 'constant', cpu: 0.5 } }], {
        hosts: 1,
        datastores: [{ name: 'ds1', capacityGiB: 41 }],
        events: [
            { at: '1h', type: 'snapshot', vm: 'dc1/c1/app-001', action: 'create' },
            { at: '3h', type: 'snapshot', vm: 'dc1/c1/app-001', action: 'delete' },
        ],
    });
    const { r, events } = runLab(s);
    const FULL = 5_648_000;
    it('pauses the VM at the exact computed instant, 2048 s after the snapshot', () => {
        expect(ofType(events, 'datastore.full')[0]).toMatchObject({ t: FULL, datastore: 'dc1/c1/ds1', capacityMiB: 41 * 1024, vmsPaused: 1 });
        expect(ofType(events, 'vm.paused')[0]).toMatchObject({ t: FULL, vm: 'dc1/c1/app-001', host: 'dc1/c1/h-001', why: 'There is no more space for virtual disk' });
    });
    it('grows by 0.5 MiB/s from the snapshot and holds the datastore exactly full while paused', () => {
        expect(sampled(r, 0, HOUR)).toBe(40 * 1024);
        expect(sampled(r, 0, HOUR + 10 * MINUTE)).toBe(40 * 1024 + 300);
        expect(sampled(r, 0, 2 * HOUR)).toBe(41 * 1024);
        expect(r.storage.peakUsedMiB[0]).toBe(41 * 1024);
    });
    it('resumes the VM when the snapshot is deleted, freeing its 1024 MiB delta', () => {
        expect(ofType(events, 'snapshot.deleted')[0]).toMatchObject({ t: 3 * HOUR, freedMiB: 1024 });
        expect(ofType(events, 'datastore.space-freed')[0]).toMatchObject({ t: 3 * HOUR, freeMiB: 1024, vmsResumed: 1 });
        expect(ofType(events, 'vm.resumed')[0]).toMatchObject({ t: 3 * HOUR, host: 'dc1/c1/h-001', pausedMs: 3 * HOUR - FULL });
        expect(r.world.vms.state[0]).toBe(VM_RUNNING);
        expect(r.storage.usedAt(0, r.world.durationMs)).toBe(40 * 1024);
    });
    it('counts the pause as one outage of 10 800 000 − 5 648 000 = 5 152 000 ms, reason datastore-full', () => {
        const o = r.model.outages;
        const end = r.world.durationMs;
        expect(o.outages[0]).toBe(1);
        expect(o.downMsAt(0, end)).toBe(5_152_000);
        expect(o.reasonMsAt(0, DOWN_REASONS.indexOf('datastore-full'), end)).toBe(5_152_000);
    });
    it('integrates usage exactly: mean over 4 h of 40 GiB + the delta ramp and plateau', () => {
        // ∫ used: 40 960 MiB × 4 h + ramp ½ × 1024 × 2048 s + plateau 1024 × (3 h − 5648 s).
        const ms = 1000;
        const int = 40_960 * 4 * HOUR + 0.5 * 1024 * 2048 * ms + 1024 * (3 * HOUR - FULL);
        expect(r.storage.meanUsedMiB(0, 4 * HOUR)).toBeCloseTo(int / (4 * HOUR), 9);
    });
});
describe('a snapshot delta stops at its disk size', () => {
    it('grows at 1 MiB/s × 100 % to the 1 GiB disk size in 1024 s, then no more', () => {
        const s = labScenario({ app: { vcpus: 2, memoryGiB: 8, diskGiB: 1, disk: 'thick', diskWriteMiBps: 1 } }, [{ name: 'app', count: 1, template: 'app', workload: { type: 'constant', cpu: 1 } }], { hosts: 1, datastores: [{ name: 'ds1', capacityGiB: 100 }], events: [{ at: '1h', type: 'snapshot', vm: 'dc1/c1/app-001', action: 'create' }] });
        const { r } = runLab(s);
        // Samples: 1h05 → 300 MiB of delta, 1h15 → 900 MiB, 1h20 → capped at 1024 MiB.
        expect(sampled(r, 0, HOUR + 5 * MINUTE)).toBeCloseTo(1024 + 300, 9);
        expect(sampled(r, 0, HOUR + 15 * MINUTE)).toBeCloseTo(1024 + 900, 9);
        expect(sampled(r, 0, HOUR + 20 * MINUTE)).toBe(2048);
        expect(r.storage.occupancyMiB(0, 4 * HOUR)).toBe(2048);
    });
});
describe('storage migration', () => {
    // 40 GiB thick disk from ds1 (200 MiB/s) to ds2 (100 MiB/s): 40 960 / 100 = 409.6 s.
    const s = labScenario({ app: { vcpus: 2, memoryGiB: 8, diskGiB: 40, disk: 'thick' } }, [{ name: 'app', count: 1, template: 'app', workload: { type: 'constant', cpu: 0.5 }, datastore: 'ds1' }], {
        hosts: 1,
        datastores: [{ name: 'ds1', capacityGiB: 100, bandwidthMiBps: 200 }],
        sharedDatastores: [{ name: 'ds2', capacityGiB: 100, bandwidthMiBps: 100 }],
        events: [{ at: '1h', type: 'storage-migrate', vm: 'dc1/c1/app-001', datastore: 'ds2' }],
    });
    const { r, events } = runLab(s);
    // Datastore order: shared ones first (ds2 = 0), then the cluster's (ds1 = 1).
    it('takes size / the lower bandwidth, 409.6 s, and the VM keeps running', () => {
        expect(ofType(events, 'storage-migration.started')[0]).toMatchObject({ t: HOUR, from: 'dc1/c1/ds1', to: 'ds2', sizeMiB: 40_960, readyInMs: 409_600 });
        expect(ofType(events, 'storage-migration.completed')[0]).toMatchObject({ t: HOUR + 409_600, durationMs: 409_600 });
        expect(r.model.outages.outages[0]).toBe(0);
    });
    it('holds the disk on both datastores during the copy, then only on the destination', () => {
        // Samples at 1h05 (300 s into the copy) and 1h10 (after its 409.6 s).
        expect(sampled(r, 1, HOUR + 5 * MINUTE)).toBe(40_960);
        expect(sampled(r, 0, HOUR + 5 * MINUTE)).toBe(40_960);
        expect(sampled(r, 1, HOUR + 10 * MINUTE)).toBe(0);
        expect(sampled(r, 0, HOUR + 10 * MINUTE)).toBe(40_960);
    });
    it('refuses a destination without room', () => {
        const small = labScenario({ app: { vcpus: 2, memoryGiB: 8, diskGiB: 40, disk: 'thick' } }, [{ name: 'app', count: 1, template: 'app', workload: { type: 'constant', cpu: 0.5 } }], { hosts: 1, datastores: [{ name: 'ds1', capacityGiB: 100 }, { name: 'ds2', capacityGiB: 10 }], events: [{ at: '1h', type: 'storage-migrate', vm: 'dc1/c1/app-001', datastore: 'ds2' }] });
        const { events: ev } = runLab(small);
        expect(ofType(ev, 'storage-migration.refused')[0]?.why).toBe('datastore dc1/c1/ds2 has 10.0 GiB free; the disks take 40.0 GiB');
    });
});
//# sourceMappingURL=storage.test.js.map