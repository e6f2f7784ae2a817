/**
 * The queue of VMs unplaced at power-on (src/model/provisioning/unplaced-queue.ts): with
 * placement `unplaced: wait`, a VM that fits nowhere waits and is placed when capacity frees;
 * its wait is reported in the headline and the event log. Hosts: 2 × 8 cores, 64 GiB, caps
 * 4 vCPU/core and 1.5 × memory (96 GiB a host); filter-weigher with RAMWeigher (spread).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/run/simulate.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import { scenarioFrom } from '../../helpers/sim.js';

const HOUR = 3_600_000;

function scenario(unplaced: 'wait' | 'fail', events: unknown[]) {
  return scenarioFrom({
    name: 'queue',
    seed: 1,
    start: '2026-03-02T00:00:00Z',
    duration: '4h',
    step: '5m',
    templates: { base: { vcpus: 8, memoryGiB: 60 }, big: { vcpus: 4, memoryGiB: 40 }, bigger: { vcpus: 4, memoryGiB: 60 } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'filter-weigher', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5, unplaced, filterScheduler: { weighers: [{ weigher: 'RAMWeigher' }] } },
        hosts: [{ name: 'h', count: 2, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 } }],
        vms: [
          { name: 'base', count: 2, template: 'base', workload: { type: 'constant', cpu: 0.1 } },
          { name: 'big', count: 1, template: 'big', workload: { type: 'constant', cpu: 0.1 } },
          { name: 'bigger', count: 1, template: 'bigger', workload: { type: 'constant', cpu: 0.1 } },
        ],
      },
    ],
    events,
  });
}

function run(unplaced: 'wait' | 'fail', events: unknown[]) {
  const log: ModelEvent[] = [];
  const r = simulate(scenario(unplaced, events), { attach: () => ({ observers: [{ event: (e) => log.push(e) }] }) });
  return { r, log };
}

// base-001 → h-001 (tie: lowest), base-002 → h-002 (more free RAM). Each host then has 60 GiB
// configured: big (40) and bigger (60) would pass 96 GiB on both. At 1 h the newest base VM
// (base-002, on h-002) is deleted: big goes to h-002 (64 free against 4); bigger would make
// h-002 100 GiB > 96 and still waits.
const DELETE_AT_1H = [{ at: '1h', type: 'delete-vms', group: 'dc1/c1/base', count: 1 }];

describe('queue of unplaced VMs', () => {
  it('places a waiting VM when a deletion frees capacity, and reports its wait (60 min) and the one still waiting (240 min)', () => {
    const { r, log } = run('wait', DELETE_AT_1H);
    expect(r.headline.placementQueue).toEqual({
      vmsQueued: 2,
      vmsPlacedFromQueue: 1,
      vmsStillWaiting: 1,
      meanWaitMinutes: 60,
      maxWaitMinutes: 60,
      longestStillWaitingMinutes: 240,
    });
    expect(r.headline.vmsUnplaceable).toBe(1);
    expect(log.filter((e) => e.type === 'vm.queued').map((e) => [e.t, e.vm])).toEqual([
      [0, 'dc1/c1/big-001'],
      [0, 'dc1/c1/bigger-001'],
    ]);
    const placed = log.filter((e) => e.type === 'vm.placed-from-queue');
    expect(placed).toEqual([{ t: HOUR, type: 'vm.placed-from-queue', vm: 'dc1/c1/big-001', host: 'dc1/c1/h-002', waitedMs: HOUR, shouldRuleViolated: false }]);
    const big = r.world.vms.ids.indexOf('dc1/c1/big-001');
    expect(r.world.hosts.ids[r.world.vms.host[big]]).toBe('dc1/c1/h-002');
  });

  it('with unplaced: fail (the default) the VMs stay down and nothing is queued', () => {
    const { r, log } = run('fail', DELETE_AT_1H);
    expect(r.headline.placementQueue.vmsQueued).toBe(0);
    expect(r.headline.vmsUnplaceable).toBe(2);
    expect(log.some((e) => e.type === 'vm.queued' || e.type === 'vm.placed-from-queue')).toBe(false);
  });

  it('a failed host repaired is capacity freed: a VM queued while it was down is placed at the repair', () => {
    // h-002 fails at 0 (HA off: base-002 down on it); the queue already holds big and bigger.
    // h-002 is repaired at 2 h: base-002 powers on there again first (its home), then the queue
    // is tried: h-002 has 60 + 40 > 96 again, so nothing moves; deleting base-002 at 3 h places big.
    const { r, log } = run('wait', [
      { at: '0s', type: 'host-failure', host: 'dc1/c1/h-002' },
      { at: '2h', type: 'host-repair', host: 'dc1/c1/h-002' },
      { at: '3h', type: 'delete-vms', group: 'dc1/c1/base', count: 1 },
    ]);
    const placed = log.filter((e) => e.type === 'vm.placed-from-queue');
    expect(placed.map((e) => [e.t, e.vm, e.waitedMs])).toEqual([[3 * HOUR, 'dc1/c1/big-001', 3 * HOUR]]);
    expect(r.headline.placementQueue.vmsStillWaiting).toBe(1);
  });
});

describe('queue of unplaced VMs (property)', () => {
  it('loses no VM and breaks no cap: queued = placed from the queue + still waiting + deleted while waiting; waits match their events', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.array(fc.record({ at: fc.integer({ min: 1, max: 230 }), count: fc.constant(1) }), { maxLength: 3 }),
        (bases, deletes) => {
          const s = scenarioFrom({
            name: 'q',
            seed: 1,
            start: '2026-03-02T00:00:00Z',
            duration: '4h',
            step: '5m',
            templates: { base: { vcpus: 8, memoryGiB: 60 }, big: { vcpus: 4, memoryGiB: 40 } },
            clusters: [
              {
                name: 'c1',
                placement: { algorithm: 'filter-weigher', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5, unplaced: 'wait' },
                hosts: [{ name: 'h', count: 2, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 } }],
                vms: [
                  { name: 'base', count: bases, template: 'base', workload: { type: 'constant', cpu: 0.1 } },
                  { name: 'big', count: 3, template: 'big', workload: { type: 'constant', cpu: 0.1 } },
                ],
              },
            ],
            events: deletes.map((d) => ({ at: `${d.at}m`, type: 'delete-vms', group: 'dc1/c1/base', count: d.count })),
          });
          const log: ModelEvent[] = [];
          const r = simulate(s, { attach: () => ({ observers: [{ event: (e) => log.push(e) }] }) });
          const q = r.headline.placementQueue;
          const queued = new Set(log.filter((e) => e.type === 'vm.queued').map((e) => e.vm));
          const placed = log.filter((e) => e.type === 'vm.placed-from-queue');
          expect(q.vmsQueued).toBe(queued.size);
          expect(q.vmsPlacedFromQueue).toBe(placed.length);
          expect(q.vmsPlacedFromQueue + q.vmsStillWaiting).toBeLessThanOrEqual(q.vmsQueued);
          for (const e of placed) {
            expect(queued.has(e.vm)).toBe(true);
            const at = log.find((x) => x.type === 'vm.queued' && x.vm === e.vm)!.t;
            expect(e.waitedMs).toBe(e.t - at);
          }
          const H = r.world.hosts;
          for (let h = 0; h < H.n; h++) {
            expect(H.vcpus[h]!).toBeLessThanOrEqual(4 * H.cores[h]!);
            expect(H.configuredMiB[h]!).toBeLessThanOrEqual(1.5 * H.memoryMiB[h]! + 1e-6);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
