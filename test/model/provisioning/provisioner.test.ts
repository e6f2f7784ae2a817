/**
 * Provisioning from templates and clones against hand-computed timings: a copy takes allocated
 * size / bandwidth, then the VM is placed and boots for its boot time; linked clones take
 * seconds; VMs declared for later are not outages; create-vms and delete-vms pick slots in order.
 */
import { describe, expect, it } from 'vitest';
import { DOWN_REASONS, VM_DOWN, VM_RUNNING } from '../../../src/model/lifecycle.js';
import { HOUR, labScenario, MINUTE, ofType, runLab, vmIndex } from './harness.js';

const DS = [{ name: 'ds1', capacityGiB: 1000, bandwidthMiBps: 200 }];
const gold = { vcpus: 2, memoryGiB: 8, diskGiB: 40, disk: 'thick', bootTime: '60s' };
const constant = { type: 'constant', cpu: 0.2 };

describe('full clone', () => {
  // The source's 40 GiB thick disk copied at 200 MiB/s: 40 × 1024 / 200 = 204.8 s; then boot 60 s.
  const s = labScenario({ gold }, [
    { name: 'gold', count: 1, template: 'gold', workload: constant },
    { name: 'copy', count: 2, template: 'gold', workload: constant, provision: { at: '1h', source: 'clone', cloneOf: 'dc1/c1/gold-001', mode: 'full' } },
  ], { datastores: DS });
  const { r, events } = runLab(s);

  it('copies 40 GiB at 200 MiB/s in 204.8 s, then boots for 60 s: ready 264.8 s after the request', () => {
    const [p] = ofType(events, 'vm.provisioning', 'dc1/c1/copy-001');
    expect(p).toMatchObject({ t: HOUR, source: 'clone', mode: 'full', cloneOf: 'dc1/c1/gold-001', readyInMs: 204_800 });
    expect(ofType(events, 'vm.created', 'dc1/c1/copy-001')[0]?.t).toBe(HOUR + 204_800);
    expect(ofType(events, 'vm.ready', 'dc1/c1/copy-001')[0]).toMatchObject({ t: HOUR + 264_800, sinceRequestMs: 264_800 });
  });

  it('queues copies into one datastore: the second clone waits for the first (FIFO), 409.6 s', () => {
    expect(ofType(events, 'vm.provisioning', 'dc1/c1/copy-002')[0]?.readyInMs).toBe(409_600);
    expect(ofType(events, 'vm.created', 'dc1/c1/copy-002')[0]?.t).toBe(HOUR + 409_600);
  });

  it('allocates each copy on the datastore: 3 × 40 GiB used at the end', () => {
    expect(r.storage.usedAt(0, r.world.durationMs)).toBe(3 * 40 * 1024);
    expect(r.storage.peakUsedMiB[0]).toBe(3 * 40 * 1024);
  });

  it('is no outage: the clones were down and booting only while provisioned', () => {
    const v = vmIndex(r, 'dc1/c1/copy-001');
    expect(r.model.outages.outages[v]).toBe(0);
    expect(r.model.outages.firstUpAt[v]).toBe(HOUR + 264_800);
    expect(r.model.outages.availability(v, r.world.durationMs)).toBe(1);
    expect(r.world.vms.state[v]).toBe(VM_RUNNING);
  });
});

describe('template deploy', () => {
  it('copies the template disk as allocated: a 40 GiB thin disk, 50 % written, at 200 MiB/s takes 102.4 s', () => {
    const s = labScenario({ web: { vcpus: 2, memoryGiB: 4, diskGiB: 40 } }, [
      { name: 'web', count: 1, template: 'web', workload: constant, provision: { at: '30m' } },
    ], { datastores: DS });
    const { events, r } = runLab(s);
    expect(ofType(events, 'vm.provisioning')[0]).toMatchObject({ t: 30 * MINUTE, source: 'template', mode: null, readyInMs: 102_400 });
    expect(ofType(events, 'vm.ready')[0]?.t).toBe(30 * MINUTE + 102_400 + 60_000);
    expect(r.storage.usedAt(0, r.world.durationMs)).toBe(20 * 1024);
  });

  it('takes the template deployTime (default 2 min) when the scenario has no datastores', () => {
    const s = labScenario({ web: { vcpus: 2, memoryGiB: 4 } }, [{ name: 'web', count: 1, template: 'web', workload: constant, provision: { at: '30m' } }]);
    const { events } = runLab(s);
    expect(ofType(events, 'vm.provisioning')[0]?.readyInMs).toBe(120_000);
    expect(ofType(events, 'vm.created')[0]?.t).toBe(30 * MINUTE + 120_000);
  });

  it('fails when the datastore has no room for the disk, leaving the VM not created', () => {
    const s = labScenario({ big: { vcpus: 2, memoryGiB: 4, diskGiB: 100, disk: 'thick' } }, [
      { name: 'big', count: 1, template: 'big', workload: constant, provision: { at: '30m' } },
    ], { datastores: [{ name: 'ds1', capacityGiB: 50 }] });
    const { events, r } = runLab(s);
    expect(ofType(events, 'vm.create-failed')[0]?.why).toBe('datastore dc1/c1/ds1 has 50.0 GiB free; the disk needs 100.0 GiB');
    expect(DOWN_REASONS[r.world.vms.downReason[0]]).toBe('not-created');
  });
});

describe('linked clone', () => {
  const s = labScenario({ gold }, [
    { name: 'gold', count: 1, template: 'gold', workload: constant },
    { name: 'pool', count: 3, template: 'gold', workload: constant, provision: { at: '1h', source: 'clone', cloneOf: 'dc1/c1/gold-001', mode: 'linked' } },
  ], { datastores: DS });
  const { r, events } = runLab(s);

  it('takes seconds (5 s: a delta disk, no copy), none waiting for another, then boots 60 s', () => {
    for (const e of ofType(events, 'vm.provisioning')) expect(e).toMatchObject({ t: HOUR, mode: 'linked', readyInMs: 5_000 });
    expect(ofType(events, 'vm.ready').map((e) => e.t)).toEqual([HOUR + 65_000, HOUR + 65_000, HOUR + 65_000]);
  });

  it('shares more memory with its source: inter-VM fraction max(15 %, 50 %) and the source’s sharing key', () => {
    const S = r.memory.vmSettings;
    const src = vmIndex(r, 'dc1/c1/gold-001');
    const clone = vmIndex(r, 'dc1/c1/pool-002');
    expect(S.interFrac[src]).toBeCloseTo(0.15, 12);
    expect(S.interFrac[clone]).toBe(0.5);
    expect(S.sharingKey[clone]).toBe(S.sharingKey[src]);
  });

  it('takes only its delta on the datastore: 0.5 MiB/s × 20 % demand while running', () => {
    // Each clone runs from 1h + 65 s to 4h: 10 735 s × 0.1 MiB/s = 1073.5 MiB; the source's 40 GiB stays.
    const v = vmIndex(r, 'dc1/c1/pool-001');
    expect(r.storage.occupancyMiB(v, r.world.durationMs)).toBeCloseTo(1073.5, 6);
    expect(r.storage.usedAt(0, r.world.durationMs)).toBeCloseTo(40 * 1024 + 3 * 1073.5, 6);
  });
});

describe('a clone of a VM that does not exist yet', () => {
  it('fails with vm.create-failed naming the source', () => {
    const s = labScenario({ gold }, [
      { name: 'gold', count: 1, template: 'gold', workload: constant, provision: { at: '2h' } },
      { name: 'copy', count: 1, template: 'gold', workload: constant, provision: { at: '1h', source: 'clone', cloneOf: 'dc1/c1/gold-001' } },
    ], { datastores: DS });
    const { events } = runLab(s);
    expect(ofType(events, 'vm.create-failed', 'dc1/c1/copy-001')[0]).toMatchObject({
      t: HOUR,
      why: 'source VM dc1/c1/gold-001 does not exist (not created yet, or deleted)',
    });
  });
});

describe('create-vms and delete-vms', () => {
  // Group of 5: 2 provisioned at 10 min; +2 at 1h; the 3 highest-numbered deleted at 2h;
  // +2 at 3h: the never-created 005 first, then the deleted 002 again.
  const s = labScenario({ web: { vcpus: 2, memoryGiB: 4, bootTime: '60s' } }, [
    { name: 'web', count: 5, template: 'web', workload: constant, provision: { at: '10m', count: 2 } },
  ], {
    duration: '4h',
    events: [
      { at: '1h', type: 'create-vms', group: 'dc1/c1/web', count: 2 },
      { at: '2h', type: 'delete-vms', group: 'dc1/c1/web', count: 3 },
      { at: '3h', type: 'create-vms', group: 'dc1/c1/web', count: 2 },
    ],
  });
  const { r, events } = runLab(s);
  const ids = (type: string) => ofType(events, type).map((e) => `${e.t / MINUTE}m ${e.vm}`);

  it('creates slots in order and deletes the highest-numbered first', () => {
    expect(ids('vm.provisioning')).toEqual([
      '10m dc1/c1/web-001',
      '10m dc1/c1/web-002',
      '60m dc1/c1/web-003',
      '60m dc1/c1/web-004',
      '180m dc1/c1/web-005',
      '180m dc1/c1/web-002',
    ]);
    expect(ids('vm.deleted')).toEqual(['120m dc1/c1/web-004', '120m dc1/c1/web-003', '120m dc1/c1/web-002']);
    expect(r.provisioning.inService(0)).toBe(3);
    expect(r.provisioning.counts[0]).toEqual({ provisioned: 6, failed: 0, deleted: 3 });
  });

  it('does not count deleted or never-created time as downtime, nor re-provisioning', () => {
    const o = r.model.outages;
    const end = r.world.durationMs;
    for (let v = 0; v < 5; v++) {
      expect(o.outages[v]).toBe(0);
      expect(o.downMsAt(v, end)).toBe(0);
    }
    // web-002: up 10m + 2 min deploy + 1 min boot = 13 min, deleted at 2h, up again at 3h + 3 min.
    const v2 = vmIndex(r, 'dc1/c1/web-002');
    expect(o.firstUpAt[v2]).toBe(13 * MINUTE);
    expect(o.idleMsAt(v2, end)).toBe(HOUR + 3 * MINUTE);
    expect(o.availability(v2, end)).toBe(1);
    expect(DOWN_REASONS[r.world.vms.downReason[vmIndex(r, 'dc1/c1/web-003')]]).toBe('deleted');
    expect(r.world.vms.state[vmIndex(r, 'dc1/c1/web-003')]).toBe(VM_DOWN);
  });
});
