/**
 * Disaster recovery (availability/dr.ts) against hand-computed times: scenarios/dr-site-failover.yaml
 * (site dc1 fails at 10:07 for 6 h; dc1/prod/critical, 6 VMs, replicated to dc2/dr/critical-replica
 * with RPO 15 m and RTO 30 m), the repair-before-RTO case, data loss at replication boundaries,
 * and the loader's checks of replication targets and site names.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataLossAt } from '../../../src/model/availability/dr.js';
import { DOWN_REASONS, VM_RUNNING } from '../../../src/model/lifecycle.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import { simulate, type SimulationResult } from '../../../src/run/simulate.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { lifecycleViolation } from '../../helpers/lifecycle.js';
import { HOUR, SCENARIOS_DIR, scenarioFrom } from '../../helpers/sim.js';
import { problemsOf } from '../../scenario/helpers.js';

const MIN = 60_000;
const FAIL = 607 * MIN; // 10:07
const reason = (name: string): number => DOWN_REASONS.indexOf(name as (typeof DOWN_REASONS)[number]);

interface Run {
  r: SimulationResult;
  events: ModelEvent[];
  violation: string | null;
  samples: Map<number, { state: Uint8Array; reason: Uint8Array; host: Int32Array }>;
}

function run(scenario: ReturnType<typeof loadScenario>, keep: number[] = []): Run {
  const events: ModelEvent[] = [];
  let violation: string | null = null;
  const samples = new Map<number, { state: Uint8Array; reason: Uint8Array; host: Int32Array }>();
  const r = simulate(scenario, {
    attach: (w) => ({
      observers: [{ event: (e) => events.push(e) }],
      sinks: [
        {
          onSample: (f) => {
            violation ??= lifecycleViolation(w);
            if (violation !== null) violation = `${violation} at ${f.t1}`;
            if (keep.includes(f.t1))
              samples.set(f.t1, { state: Uint8Array.from(w.vms.state), reason: Uint8Array.from(w.vms.downReason), host: Int32Array.from(w.vms.host) });
          },
        },
      ],
    }),
  });
  violation ??= lifecycleViolation(r.world);
  return { r, events, violation, samples };
}

const vm = (r: SimulationResult, id: string): number => r.world.vms.ids.indexOf(id);

describe('site failure with disaster recovery (scenarios/dr-site-failover.yaml)', () => {
  const BEFORE = 605 * MIN; // 10:05, a sample before the failure
  const DURING = 12 * HOUR; // 12:00, failed over
  const run1 = run(loadScenario(join(SCENARIOS_DIR, 'dr-site-failover.yaml')), [BEFORE, DURING]);
  const { r, events } = run1;
  const critical = Array.from({ length: 6 }, (_, i) => `dc1/prod/critical-00${i + 1}`);
  const replicas = Array.from({ length: 6 }, (_, i) => `dc2/dr/critical-replica-00${i + 1}`);

  it('keeps the lifecycle invariants at every sample', () => {
    expect(run1.violation).toBeNull();
  });

  it('replicas start not created', () => {
    const before = run1.samples.get(BEFORE)!;
    for (const id of replicas) expect(DOWN_REASONS[before.reason[vm(r, id)]]).toBe('not-created');
  });

  it('fails every host of dc1 at 10:07 in one incident, cause site, VMs down for site-failure', () => {
    const failed = events.filter((e) => e.type === 'host.failed');
    expect(failed.map((e) => [e.t, e.cause, e.incident])).toEqual(Array.from({ length: 4 }, () => [FAIL, 'site', 0]));
    expect(events.find((e) => e.type === 'site.failed')).toMatchObject({ t: FAIL, site: 'dc1', hosts: 4 });
    const down = events.filter((e) => e.type === 'vm.down');
    expect(down).toHaveLength(20);
    expect(new Set(down.map((e) => e.reason))).toEqual(new Set(['site-failure']));
    // No HA master survives: no detection, no restart until the site is back.
    expect(events.filter((e) => e.type === 'ha.failure-detected')).toHaveLength(0);
    expect(events.filter((e) => e.type === 'vm.restarting' && (e.t as number) < 16 * HOUR)).toHaveLength(0);
  });

  it('runs every replica at failure + RTO + boot = 10:07 + 30 m + 90 s, each losing 7 min of data', () => {
    // Replication at k × 15 m: the last before 10:07 is 10:00, so 7 min are lost.
    expect(events.find((e) => e.type === 'dr.failover-started')).toMatchObject({ t: FAIL + 30 * MIN, vms: 6, sinceFailureMs: 30 * MIN });
    const running = events.filter((e) => e.type === 'dr.replica-running');
    expect(running.map((e) => [e.t, e.vm, e.replica, e.dataLossMs])).toEqual(critical.map((id, i) => [FAIL + 30 * MIN + 90_000, id, replicas[i], 7 * MIN]));
    for (const id of critical) {
      expect(r.dr.dataLossMs[vm(r, id)]).toBe(7 * MIN);
      expect(r.dr.timeToFailoverMs[vm(r, id)]).toBe(31.5 * MIN);
    }
    expect(r.dr.dataLossMs[vm(r, 'dc1/prod/app-001')]).toBeNaN();
    expect(r.dr.summary()).toEqual({
      replicatedGroups: 1,
      siteFailures: 1,
      failovers: 6,
      failbacks: 6,
      meanDataLossMs: 7 * MIN,
      maxDataLossMs: 7 * MIN,
      meanTimeToFailoverMs: 31.5 * MIN,
      maxTimeToFailoverMs: 31.5 * MIN,
    });
  });

  it('at 12:00 the replicas run in dc2 and the sources are failed over (planned)', () => {
    const s = run1.samples.get(DURING)!;
    for (const id of replicas) {
      expect(s.state[vm(r, id)]).toBe(VM_RUNNING);
      expect(r.world.hosts.ids[s.host[vm(r, id)]]).toMatch(/^dc2\/dr\//);
    }
    for (const id of critical) expect(DOWN_REASONS[s.reason[vm(r, id)]]).toBe('failed-over');
    for (const id of ['dc1/prod/app-001', 'dc1/prod/app-014']) expect(DOWN_REASONS[s.reason[vm(r, id)]]).toBe('site-failure');
  });

  it('counts a critical VM down 31.5 min (site-failure), an app VM 6 h + its 60 s boot', () => {
    const o = r.model.outages;
    const end = r.world.durationMs;
    for (const id of critical) {
      expect(o.downMsAt(vm(r, id), end)).toBe(31.5 * MIN);
      expect(o.reasonMsAt(vm(r, id), reason('site-failure'), end)).toBe(31.5 * MIN);
      expect(o.reasonMsAt(vm(r, id), reason('failed-over'), end)).toBe(0);
      // Failed over 10:38:30 → failed back 16:08:30: idle, neither downtime nor service.
      expect(o.idleMsAt(vm(r, id), end)).toBe(5.5 * HOUR);
    }
    expect(o.downMsAt(vm(r, 'dc1/prod/app-001'), end)).toBe(6 * HOUR + MIN);
    expect(o.reasonMsAt(vm(r, 'dc1/prod/app-001'), reason('site-failure'), end)).toBe(6 * HOUR);
    // The incident recovers when the last app VM runs again (16:08); the critical VMs recovered on failover.
    expect(r.ha.incidents[0]).toMatchObject({ cause: 'site', vmsAffected: 20, vmsRecovered: 20, recoveredAt: 16 * HOUR + 8 * MIN });
  });

  it('fails back at repair (16:07): sources run at home after their 90 s boot, then the replicas are deleted', () => {
    const repaired = 16 * HOUR + 7 * MIN;
    expect(events.find((e) => e.type === 'site.repaired')).toMatchObject({ t: repaired, site: 'dc1', hosts: 4 });
    const back = events.filter((e) => e.type === 'dr.failback-completed');
    expect(back.map((e) => [e.t, e.vm, e.replica])).toEqual(critical.map((id, i) => [repaired + 90_000, id, replicas[i]]));
    const deleted = events.filter((e) => e.type === 'vm.deleted');
    expect(deleted.map((e) => [e.t, e.vm])).toEqual(replicas.map((id) => [repaired + 90_000, id]));
    const before = run1.samples.get(BEFORE)!;
    const V = r.world.vms;
    for (const id of critical) {
      expect(V.state[vm(r, id)]).toBe(VM_RUNNING);
      expect(V.host[vm(r, id)]).toBe(before.host[vm(r, id)]);
    }
    for (const id of replicas) expect(DOWN_REASONS[V.downReason[vm(r, id)]]).toBe('deleted');
    for (let v = 0; v < V.n; v++) if (!r.world.vms.ids[v]!.startsWith('dc2/')) expect(V.state[v]).toBe(VM_RUNNING);
  });
});

/** Two sites: dc1/c1 with `critical` (2 VMs) replicated to dc2/c2/replica (drHosts hosts, HA on); events as given. */
function twoSites(events: unknown[], replication: Record<string, unknown> = { to: 'dc2/c2/replica', rpo: '15m', rto: '30m' }, replicaCount = 2, drHosts = 2) {
  const host = (count: number) => ({ name: 'h', count, sockets: 1, coresPerSocket: 16, mhz: 2000, memoryGiB: 64 });
  return {
    name: 'dr',
    duration: '1d',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: 4, bootTime: '60s' } },
    clusters: [
      { name: 'c1', site: 'dc1', ha: { enabled: true }, hosts: [host(2)], vms: [{ name: 'critical', count: 2, template: 't', workload: { type: 'constant', cpu: 0.2 }, replication }] },
      { name: 'c2', site: 'dc2', ha: { enabled: true }, hosts: [host(drHosts)], vms: [{ name: 'replica', count: replicaCount, template: 't', workload: { type: 'constant', cpu: 0.2 } }] },
    ],
    events,
  };
}

describe('disaster recovery edge cases', () => {
  it('data loss is the time since the last replication at k × RPO: [0, RPO)', () => {
    expect(dataLossAt(FAIL, 15 * MIN)).toBe(7 * MIN);
    expect(dataLossAt(10 * HOUR, 15 * MIN)).toBe(0);
    expect(dataLossAt(10 * HOUR - 1, 15 * MIN)).toBe(15 * MIN - 1);
  });

  it('a site repaired before the RTO: HA restarts the VMs at home, no failover', () => {
    // Failure at 02:00, repaired at 02:10 (before 02:30): VMs boot 60 s, down 11 min each.
    const { r, events, violation } = run(scenarioFrom(twoSites([{ at: '2h', type: 'site-failure', site: 'dc1', repairAfter: '10m' }])));
    expect(violation).toBeNull();
    expect(r.dr.summary().failovers).toBe(0);
    expect(events.filter((e) => e.type.startsWith('dr.'))).toHaveLength(0);
    for (const id of ['dc1/c1/critical-001', 'dc1/c1/critical-002']) expect(r.model.outages.downMsAt(vm(r, id), r.world.durationMs)).toBe(11 * MIN);
    expect(DOWN_REASONS[r.world.vms.downReason[vm(r, 'dc2/c2/replica-001')]]).toBe('not-created');
  });

  it('a site never repaired: the replicas keep serving to the end (loss 02:05 − 02:00 = 5 min)', () => {
    const { r, violation } = run(scenarioFrom(twoSites([{ at: '125m', type: 'site-failure', site: 'dc1' }])));
    expect(violation).toBeNull();
    expect(r.dr.summary()).toMatchObject({ failovers: 2, failbacks: 0, maxDataLossMs: 5 * MIN, maxTimeToFailoverMs: 31 * MIN });
    expect(r.world.vms.state[vm(r, 'dc2/c2/replica-002')]).toBe(VM_RUNNING);
  });

  it('HA admission control of the DR cluster may refuse the replicas: the sources stay down', () => {
    // One DR host, slot policy tolerating 1 host failure: no slot is left for any power-on.
    const { r, events, violation } = run(scenarioFrom(twoSites([{ at: '125m', type: 'site-failure', site: 'dc1' }], undefined, 2, 1)));
    expect(violation).toBeNull();
    expect(r.dr.summary().failovers).toBe(0);
    const refused = events.filter((e) => e.type === 'vm.create-failed');
    expect(refused.map((e) => [e.t, e.vm, e.via])).toEqual([
      [155 * MIN, 'dc2/c2/replica-001', 'dr'],
      [155 * MIN, 'dc2/c2/replica-002', 'dr'],
    ]);
    expect(String(refused[0]!.why)).toMatch(/^HA admission control/);
    expect(DOWN_REASONS[r.world.vms.downReason[vm(r, 'dc1/c1/critical-001')]]).toBe('site-failure');
  });
});

describe('disaster recovery checks', () => {
  const text = (spec: Record<string, unknown>) => JSON.stringify(spec);
  it('reports an unknown replication target with its path', () => {
    const p = problemsOf(text(twoSites([], { to: 'dc2/c2/replicas' })));
    expect(p.map((x) => [x.path, x.message])).toEqual([
      ['clusters[0].vms[0].replication.to', expect.stringMatching(/^unknown VM group 'dc2\/c2\/replicas'.*did you mean 'dc2\/c2\/replica'/)],
    ]);
  });

  it('reports a target in the same site, of another count, or replicated itself', () => {
    const spec = twoSites([], { to: 'dc1/c1/critical' }, 3);
    const p = problemsOf(text(spec)).map((x) => x.message);
    expect(p).toEqual(expect.arrayContaining([expect.stringContaining('replicas must be in another site'), expect.stringContaining('is itself replicated')]));
    const counts = problemsOf(text(twoSites([], { to: 'dc2/c2/replica' }, 3)));
    expect(counts.map((x) => [x.path, x.message])).toEqual([['clusters[0].vms[0].replication.to', "replication target 'dc2/c2/replica' has 3 VMs, expected 2 (one replica per VM of dc1/c1/critical)"]]);
  });

  it('reports a site failure of an unknown site', () => {
    const p = problemsOf(text(twoSites([{ at: '1h', type: 'site-failure', site: 'dc3' }])));
    expect(p.map((x) => [x.path, x.message])).toEqual([['events[0].site', "unknown site 'dc3' (did you mean 'dc1'?); sites: dc1, dc2"]]);
  });
});
