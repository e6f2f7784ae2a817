/**
 * Properties of the lifecycle under random failures, repairs, isolation and maintenance: no VM
 * is ever lost or duplicated (each is running, migrating or booting on exactly one host, or down
 * with a reason), host bookkeeping matches the VMs on and coming to each host, nothing runs on a
 * failed host, no resource goes negative, downtime is the sum of the outage intervals, and the
 * same seed gives the same history.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VM_MIGRATING, VM_RUNNING } from '../../../src/model/lifecycle.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import { simulate } from '../../../src/run/simulate.js';
import { lifecycleViolation } from '../../helpers/lifecycle.js';
import { scenarioFrom } from '../../helpers/sim.js';

export { lifecycleViolation };

const arbCase = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  hosts: fc.integer({ min: 2, max: 5 }),
  vms: fc.integer({ min: 1, max: 24 }),
  gib: fc.constantFrom(4, 8, 16),
  mtbfHours: fc.constantFrom(2, 6, 20),
  mttrHours: fc.constantFrom(0.5, 1, 4),
  policy: fc.constantFrom('slots', 'percentage', 'disabled'),
  haEnabled: fc.boolean(),
  isolationOff: fc.boolean(),
  dpm: fc.boolean(),
  window: fc.boolean(),
  drs: fc.boolean(),
  scripted: fc.array(
    fc.record({
      type: fc.constantFrom('host-failure', 'host-isolation', 'maintenance', 'migrate'),
      atMin: fc.integer({ min: 1, max: 23 * 60 }),
      host: fc.integer({ min: 1, max: 5 }),
      vm: fc.integer({ min: 1, max: 24 }),
    }),
    { maxLength: 6 },
  ),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function scenarioOf(c: Case) {
  const pad = (k: number) => String(k).padStart(3, '0');
  const events = c.scripted
    .filter((e) => e.host <= c.hosts && e.vm <= c.vms)
    .map((e) => {
      const host = `dc1/c1/h-${pad(e.host)}`;
      const at = `${e.atMin}m`;
      if (e.type === 'host-failure') return { at, type: e.type, host, repairAfter: '90m' };
      if (e.type === 'host-isolation') return { at, type: e.type, host, duration: '20m' };
      if (e.type === 'maintenance') return { at, type: e.type, host, duration: '45m' };
      return { at, type: e.type, host, vm: `dc1/c1/vm-${pad(e.vm)}` };
    });
  return scenarioFrom({
    name: 'prop',
    seed: c.seed,
    duration: '1d',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: c.gib, memory: { reservationGiB: c.gib / 2 }, bootTime: '90s', dirtyRateMiBps: 16, guestFailures: { meanHoursBetween: 12 } } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'spread', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 },
        power: { dpm: { enabled: c.dpm }, schedule: c.window ? [{ from: '02:00', to: '06:00', keepHosts: 1 }] : [] },
        drs: { enabled: c.drs, threshold: 4 },
        ha: { enabled: c.haEnabled, isolationResponse: c.isolationOff ? 'power-off' : 'leave-powered-on', admissionControl: { policy: c.policy } },
        hosts: [
          {
            name: 'h',
            count: c.hosts,
            sockets: 1,
            coresPerSocket: 8,
            mhz: 2000,
            memoryGiB: 32,
            failures: {
              timeBetweenFailures: { distribution: 'exponential', meanHours: c.mtbfHours },
              repair: { distribution: 'exponential', meanHours: c.mttrHours },
            },
          },
        ],
        vms: [{ name: 'vm', count: c.vms, template: 't', workload: { type: 'uniform', min: 0.1, max: 0.9, memory: 0.5 } }],
      },
    ],
    events,
  });
}

/** Run a case, checking the invariants at every sample and at every lifecycle event. */
function runChecked(c: Case): { events: string; violation: string | null; downOk: boolean } {
  let violation: string | null = null;
  let lastEnergy = 0;
  const log: ModelEvent[] = [];
  // Outage intervals rebuilt from the state changes: up → not up opens one, not up → up closes it.
  const isUp = (s: number) => s === VM_RUNNING || s === VM_MIGRATING;
  const openedAt = new Map<number, number>();
  const intervalsMs = new Map<number, number>();
  const r = simulate(scenarioOf(c), {
    attach: (w) => ({
      observers: [
        {
          event: (e) => log.push(e),
          vmState: (t, v, from, to) => {
            if (isUp(from) && !isUp(to)) openedAt.set(v, t);
            if (!isUp(from) && isUp(to) && openedAt.has(v)) {
              intervalsMs.set(v, (intervalsMs.get(v) ?? 0) + t - (openedAt.get(v) as number));
              openedAt.delete(v);
            }
          },
        },
      ],
      sinks: [
        {
          onSample: () => {
            violation ??= lifecycleViolation(w);
            // Energy never decreases: every state draws zero or more watts.
            let energy = 0;
            for (let h = 0; h < w.hosts.n; h++) energy += w.hosts.energyInt[h];
            if (energy < lastEnergy) violation ??= `energy fell from ${lastEnergy} to ${energy}`;
            lastEnergy = energy;
          },
        },
      ],
    }),
  });
  violation ??= lifecycleViolation(r.world);
  const end = r.world.durationMs;
  let downOk = true;
  for (let v = 0; v < r.world.vms.n; v++) {
    const total = r.model.outages.downMsAt(v, end);
    const fromIntervals = (intervalsMs.get(v) ?? 0) + (openedAt.has(v) ? end - (openedAt.get(v) as number) : 0);
    let byReason = 0;
    for (let k = 1; k <= 10; k++) byReason += r.model.outages.reasonMsAt(v, k, end);
    if (Math.abs(total - fromIntervals) > 1e-6 || Math.abs(total - byReason) > 1e-6) downOk = false;
  }
  for (const e of log) seenTypes.set(e.type, (seenTypes.get(e.type) ?? 0) + 1);
  return { events: JSON.stringify(log), violation, downOk };
}

/** Event types seen across all generated runs: the properties must have been exercised. */
const seenTypes = new Map<string, number>();

describe('lifecycle under random failures, isolation, maintenance, migrations, DRS and power management', () => {
  it('never loses or duplicates a VM, keeps host bookkeeping exact, energy monotone, and downtime splits exactly by reason', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { violation, downOk } = runChecked(c);
        expect(violation).toBeNull();
        expect(downOk).toBe(true);
      }),
      { numRuns: 60, seed: 20261127 },
    );
  });

  it('exercised failures, restarts, waiting, isolation, maintenance and migrations', () => {
    for (const type of ['host.failed', 'host.repaired', 'vm.restarted', 'ha.restart-failed', 'host.isolated', 'host.maintenance-entered', 'migration.completed', 'host.power', 'drs.recommendation', 'vm.guest-failed', 'vm.guest-restarted'])
      expect(seenTypes.get(type) ?? 0, type).toBeGreaterThan(0);
  });

  it('is deterministic: the same seed gives the same event history', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        expect(runChecked(c).events).toBe(runChecked(c).events);
      }),
      { numRuns: 10, seed: 7 },
    );
  });
});
