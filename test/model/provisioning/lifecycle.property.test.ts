/**
 * Properties of provisioning, autoscaling, hot add, snapshots and storage migration mixed with
 * host failures and HA: every lifecycle invariant holds at every sample and at the end
 * (lifecycleViolation), datastore usage never goes negative nor above capacity, downtime still
 * splits exactly by reason, deleted and never-created VMs never count as down, and the same
 * seed gives the same history.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOWN_REASONS, VM_MIGRATING, VM_RUNNING } from '../../../src/model/lifecycle.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import type { SimulationResult } from '../../../src/run/simulate.js';
import { simulate } from '../../../src/run/simulate.js';
import { lifecycleViolation } from '../../helpers/lifecycle.js';
import { scenarioFrom } from '../../helpers/sim.js';

const OPS = ['create-vms', 'delete-vms', 'hot-add', 'snapshot-create', 'snapshot-delete', 'storage-migrate', 'host-failure'] as const;

const arbCase = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  hosts: fc.integer({ min: 2, max: 4 }),
  haEnabled: fc.boolean(),
  randomFailures: fc.boolean(),
  autoscale: fc.boolean(),
  provisionAtMin: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
  cloneMode: fc.constantFrom('full', 'linked'),
  hotCpu: fc.boolean(),
  hotMemory: fc.boolean(),
  disk: fc.constantFrom('thin', 'thick'),
  writeMiBps: fc.constantFrom(0.5, 5, 40),
  capacityGiB: fc.constantFrom(300, 420, 800),
  ops: fc.array(
    fc.record({
      op: fc.constantFrom(...OPS),
      atMin: fc.integer({ min: 1, max: 11 * 60 }),
      k: fc.integer({ min: 1, max: 6 }),
      group: fc.boolean(),
      host: fc.integer({ min: 1, max: 4 }),
    }),
    { maxLength: 10 },
  ),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function scenarioOf(c: Case) {
  const pad = (k: number) => String(k).padStart(3, '0');
  const events = c.ops
    .filter((o) => o.op !== 'host-failure' || o.host <= c.hosts)
    .map((o) => {
      const at = `${o.atMin}m`;
      const vm = `dc1/c1/app-${pad(o.k)}`;
      const target = o.group ? { group: 'dc1/c1/app' } : { vm };
      switch (o.op) {
        case 'create-vms':
          return { at, type: 'create-vms', group: o.group ? 'dc1/c1/app' : 'dc1/c1/pool', count: Math.min(o.k, 4) };
        case 'delete-vms':
          return { at, type: 'delete-vms', group: o.group ? 'dc1/c1/app' : 'dc1/c1/pool', count: Math.min(o.k, 4) };
        case 'hot-add':
          // Odd k: one vCPU (and memory for k = 5); even k: memory only.
          return { at, type: 'hot-add', ...target, addVcpus: o.k % 2, addMemoryGiB: o.k % 2 === 0 || o.k === 5 ? 2 : 0 };
        case 'snapshot-create':
          return { at, type: 'snapshot', ...target, action: 'create' };
        case 'snapshot-delete':
          return { at, type: 'snapshot', ...target, action: 'delete' };
        case 'storage-migrate':
          return { at, type: 'storage-migrate', vm, datastore: o.group ? 'ds2' : 'ds1' };
        case 'host-failure':
          return { at, type: 'host-failure', host: `dc1/c1/h-${pad(o.host)}`, repairAfter: '1h' };
      }
    });
  // A snapshot that may fill ds1 and is deleted later, in every case (pauses and resumes).
  events.push({ at: '1h', type: 'snapshot', vm: 'dc1/c1/app-002', action: 'create' }, { at: '9h', type: 'snapshot', vm: 'dc1/c1/app-002', action: 'delete' });
  return scenarioFrom({
    name: 'prop',
    seed: c.seed,
    duration: '12h',
    step: '5m',
    templates: {
      t: {
        vcpus: 2,
        memoryGiB: 8,
        memory: { reservationGiB: 2 },
        bootTime: '90s',
        diskGiB: 40,
        disk: c.disk,
        diskWriteMiBps: c.writeMiBps,
        hotAdd: { cpu: c.hotCpu, memory: c.hotMemory },
      },
    },
    datastores: [{ name: 'ds2', capacityGiB: 200, bandwidthMiBps: 100 }],
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'spread', maxVcpuPerCore: 2, maxMemoryOvercommit: 1.2 },
        ha: { enabled: c.haEnabled, admissionControl: { policy: 'percentage' } },
        datastores: [{ name: 'ds1', capacityGiB: c.capacityGiB, bandwidthMiBps: 200 }],
        hosts: [
          {
            name: 'h',
            count: c.hosts,
            sockets: 1,
            coresPerSocket: 8,
            mhz: 2000,
            memoryGiB: 48,
            failures: c.randomFailures
              ? { timeBetweenFailures: { distribution: 'exponential', meanHours: 8 }, repair: { distribution: 'exponential', meanHours: 1 } }
              : undefined,
          },
        ],
        vms: [
          {
            name: 'app',
            count: 6,
            template: 't',
            workload: { type: 'diurnal', low: 0.05, high: 0.95, peakHour: 6, memory: 0.4 },
            ...(c.autoscale ? { autoscale: { min: 2, max: 6, for: '5m', cooldown: '5m' } } : {}),
            ...(c.provisionAtMin !== undefined ? { provision: { at: `${c.provisionAtMin}m`, count: 3 } } : {}),
          },
          {
            name: 'pool',
            count: 4,
            template: 't',
            workload: { type: 'uniform', min: 0.1, max: 0.9, memory: 0.5 },
            provision: { at: '2h', count: 2, source: 'clone', cloneOf: 'dc1/c1/app-001', mode: c.cloneMode },
          },
        ],
      },
    ],
    events,
  });
}

/** Usage of every datastore within [0, capacity] (1e-6 MiB of floating-point slack). */
function storageViolation(r: Pick<SimulationResult, 'storage'>, t: number): string | null {
  const s = r.storage;
  for (let d = 0; d < s.datastores.length; d++) {
    const used = s.rawUsedAt(d, t);
    const cap = s.datastores[d]!.capacityMiB;
    if (used < -1e-6) return `datastore ${s.datastores[d]!.id}: used ${used} MiB < 0 at ${t}`;
    if (used > cap + 1e-6) return `datastore ${s.datastores[d]!.id}: used ${used} MiB > capacity ${cap} at ${t}`;
  }
  return null;
}

const seenTypes = new Map<string, number>();

function runChecked(c: Case): { events: string; violation: string | null } {
  let violation: string | null = null;
  const log: ModelEvent[] = [];
  let result: SimulationResult | null = null;
  const isUp = (s: number) => s === VM_RUNNING || s === VM_MIGRATING;
  const r = simulate(scenarioOf(c), {
    attach: (w) => ({
      observers: [{ event: (e) => log.push(e) }],
      sinks: [
        {
          onSample: (f) => {
            violation ??= lifecycleViolation(w);
            if (result !== null) violation ??= storageViolation(result, f.t1);
          },
        },
      ],
    }),
  });
  result = r;
  violation ??= lifecycleViolation(r.world);
  const end = r.world.durationMs;
  violation ??= storageViolation(r, end);
  // Storage samples the run kept: usage within bounds at every one of them too.
  r.storage.series.usedMiB.forEach((xs, d) =>
    xs.forEach((u) => {
      if (u < 0 || u > r.storage.datastores[d]!.capacityMiB + 1e-6) violation ??= `sampled usage ${u} out of bounds`;
    }),
  );
  const o = r.model.outages;
  for (let v = 0; v < r.world.vms.n; v++) {
    let byReason = 0;
    for (let k = 1; k < DOWN_REASONS.length; k++) byReason += o.reasonMsAt(v, k, end);
    if (Math.abs(o.downMsAt(v, end) - byReason) > 1e-6) violation ??= `VM ${r.world.vms.ids[v]}: downtime ${o.downMsAt(v, end)} ≠ Σ reasons ${byReason}`;
    for (const planned of ['not-created', 'provisioning', 'deleted'])
      if (o.reasonMsAt(v, DOWN_REASONS.indexOf(planned as (typeof DOWN_REASONS)[number]), end) !== 0) violation ??= `VM ${r.world.vms.ids[v]} counts ${planned} as downtime`;
    const a = o.availability(v, end);
    if (!Number.isNaN(a) && (a < -1e-12 || a > 1 + 1e-12)) violation ??= `VM ${r.world.vms.ids[v]}: availability ${a}`;
    if (Number.isNaN(o.firstUpAt[v]) && isUp(r.world.vms.state[v])) violation ??= `VM ${r.world.vms.ids[v]} runs but never came up`;
  }
  for (const e of log) seenTypes.set(e.type, (seenTypes.get(e.type) ?? 0) + 1);
  return { events: JSON.stringify(log), violation };
}

describe('provisioning, hot add, snapshots and storage migration under failures', () => {
  it('keep every lifecycle invariant and datastore usage within [0, capacity]', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(runChecked(c).violation).toBeNull();
      }),
      { numRuns: 80, seed: 20260302 },
    );
  });

  it('exercised provisioning, clones, scaling, hot add, reboots, snapshots, full datastores and storage migration', () => {
    for (const type of [
      'vm.provisioning',
      'vm.created',
      'vm.ready',
      'vm.deleted',
      'autoscale.out',
      'vm.hot-added',
      'vm.rebooted-for-change',
      'snapshot.created',
      'snapshot.deleted',
      'datastore.full',
      'vm.paused',
      'vm.resumed',
      'storage-migration.completed',
      'host.failed',
    ])
      expect(seenTypes.get(type) ?? 0, type).toBeGreaterThan(0);
  });

  it('is deterministic: the same case gives the same event history', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(runChecked(c).events).toBe(runChecked(c).events);
      }),
      { numRuns: 8, seed: 11 },
    );
  });
});
