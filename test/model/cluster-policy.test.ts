/**
 * The cluster-policy scenario event: a cluster's caps change at its instant and later
 * placements (here: HA restarts) obey them; 0 means no cap; an unknown cluster is a loader
 * problem naming the path and the clusters there are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterPolicyProblem } from '../../src/model/cluster-policy.js';
import type { ModelEvent } from '../../src/model/observer.js';
import { createSimulation } from '../../src/api/simulation-api.js';
import { Simulation } from '../../src/run/simulate.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { problemsOf, SCENARIOS_DIR } from '../scenario/helpers.js';
import { HOST_ON, HOST_STANDBY, VM_RUNNING } from '../../src/model/lifecycle.js';

const LAB = readFileSync(join(SCENARIOS_DIR, 'lab.yaml'), 'utf8').replace(/^duration: .*$/m, 'duration: 4h');
const H = 3_600_000;

function run(events: string): { sim: Simulation; log: ModelEvent[]; capAt: (t: number) => number } {
  const scenario = parseScenarioText(`${LAB}\nevents:\n${events}`, 'lab.yaml', SCENARIOS_DIR);
  const log: ModelEvent[] = [];
  const sim = new Simulation(scenario, { attach: () => ({ observers: [{ event: (e) => log.push(e) }] }) });
  const capAt = (t: number): number => {
    sim.runUntil(t);
    return sim.world.clusters[0]!.placement.maxVcpuPerCore;
  };
  return { sim, log, capAt };
}

describe('cluster-policy event', () => {
  it('changes the cap at its instant (4 before, 1 after; 0 lifts it) and says so in the event log', () => {
    const { log, capAt } = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, maxVcpuPerCore: 1 }\n  - { at: 2h, type: cluster-policy, cluster: dc1/lab, maxVcpuPerCore: 0, drsThreshold: 5 }');
    expect(capAt(H - 1)).toBe(4);
    expect(capAt(H)).toBe(1);
    expect(capAt(2 * H)).toBe(Infinity);
    expect(log.filter((e) => e.type === 'cluster.policy-changed').map((e) => [e.t, e.change])).toEqual([
      [H, '{"maxVcpuPerCore":1}'],
      [2 * H, '{"maxVcpuPerCore":0,"drsThreshold":5}'],
    ]);
  });

  it('HA restarts obey the new cap: at 1 vCPU per core a failed host\'s VMs find no room, at the scenario\'s 4 they all restart', () => {
    const fail = '  - { at: 2h, type: host-failure, host: dc1/lab/esx-002 }';
    const capped = run(`  - { at: 1h, type: cluster-policy, cluster: dc1/lab, maxVcpuPerCore: 1 }\n${fail}`);
    const free = run(fail);
    capped.sim.runUntil(3 * H);
    free.sim.runUntil(3 * H);
    const count = (log: ModelEvent[], type: string) => log.filter((e) => e.type === type).length;
    const lost = free.log.find((e) => e.type === 'host.failed')?.vms as number;
    expect(lost).toBeGreaterThan(0);
    expect(count(free.log, 'vm.restarted')).toBe(lost);
    expect(count(capped.log, 'vm.restarted')).toBeLessThan(lost);
    expect(capped.log.some((e) => e.type === 'ha.restart-failed' && String(e.why).includes('vCPU'))).toBe(true);
  });

  it('HA admission control switched to disabled lets a host go to standby that slots (tolerate 1) kept on', () => {
    const scenario = (events: string) => parseScenarioText(`${LAB}\nevents:\n${events}`, 'lab.yaml', SCENARIOS_DIR);
    const kept = createSimulation(scenario('  - { at: 3h, type: maintenance, host: dc1/lab/esx-001, duration: 1m }'));
    const freed = createSimulation(scenario('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: disabled }'));
    kept.runUntil(2 * H);
    freed.runUntil(2 * H);
    const refused = kept.powerOffHost('dc1/lab/esx-006');
    expect(refused.ok ? null : refused.error.code).toBe('admission-control');
    expect(freed.powerOffHost('dc1/lab/esx-006')).toEqual({ ok: true });
    expect(freed.sim.world.clusters[0]!.ha.admission.policy).toBe('disabled');
  });

  it('percentage from slots takes the share of the cluster its failures to tolerate are (2 of 6 hosts: 33.3 %)', () => {
    const { capAt, sim } = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: percentage, hostFailuresToTolerate: 2 }');
    capAt(H);
    const ac = sim.world.clusters[0]!.ha.admission;
    expect([ac.policy, ac.hostFailuresToTolerate, ac.cpuPct, ac.memoryPct]).toEqual(['percentage', 2, 100 / 3, 100 / 3]);
  });

  it('dedicated failover hosts named at 1h: DRS and placement keep off them, and the failed host\'s VMs restart there first', () => {
    const { sim, log } = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: failover-hosts, failoverHosts: [dc1/lab/esx-006] }\n  - { at: 3h, type: host-failure, host: dc1/lab/esx-002 }');
    sim.runUntil(H);
    const V = sim.world.vms;
    const f = sim.world.hosts.ids.indexOf('dc1/lab/esx-006');
    const before = V.host.filter((h) => h === f).length;
    expect(sim.world.failoverHost[f]).toBe(1);
    expect(before).toBeGreaterThan(0); // VMs already there stay: the change moves nothing by itself
    sim.runUntil(4 * H);
    const toF = (e: ModelEvent) => e.to === 'dc1/lab/esx-006' || e.host === 'dc1/lab/esx-006';
    expect(log.filter((e) => e.t >= H && e.type === 'migration.started' && toF(e))).toEqual([]);
    const restarts = log.filter((e) => e.type === 'vm.restarted');
    const lost = log.find((e) => e.type === 'host.failed')?.vms as number;
    expect(restarts).toHaveLength(lost);
    // 128 GiB on the failover host: its free memory takes the first restarts, in priority order.
    expect(restarts[0]!.host).toBe('dc1/lab/esx-006');
    expect(restarts.filter((e) => e.host === 'dc1/lab/esx-006').length).toBeGreaterThan(0);
  });

  it('failover-hosts needs hosts of the cluster, and a cluster left with only failover hosts is refused', () => {
    const { sim, log } = run(
      ['  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: failover-hosts }',
        `  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: failover-hosts, failoverHosts: [${[1, 2, 3, 4, 5, 6].map((i) => `dc1/lab/esx-00${i}`).join(', ')}] }`,
        '  - { at: 1h, type: cluster-policy, cluster: dc1/lab, failoverHosts: [dc1/lab/esx-001] }'].join('\n'),
    );
    sim.runUntil(H);
    expect(log.filter((e) => e.type === 'cluster.policy-refused').map((e) => e.why)).toEqual([
      'the failover-hosts policy needs at least one failover host',
      'dc1/lab needs at least one host that is not a failover host',
      'failover hosts are named only with the failover-hosts policy',
    ]);
    expect(problemsOf(`${LAB}\nevents:\n  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: failover-hosts, failoverHosts: [dc1/lab/esx-009] }`).map((p) => p.path)).toEqual(['events[0].failoverHosts[0]']);
  });

  it('demandScale multiplies every VM\'s demand from its instant (1.2× at 1h) and 1 gives the workload\'s own back (2h)', () => {
    const scaled = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, demandScale: 1.2 }\n  - { at: 2h, type: cluster-policy, cluster: dc1/lab, demandScale: 1 }');
    const plain = run('  []');
    const demand = (sim: Simulation, t: number): number => {
      sim.runUntil(t);
      return sim.world.hosts.demandMhz.reduce((a, b) => a + b, 0);
    };
    expect(demand(scaled.sim, H - 1)).toBe(demand(plain.sim, H - 1));
    // lab.yaml's levels stay under 0.8, so 1.2× is not cut by the vCPUs' capacity.
    expect(demand(scaled.sim, H)).toBeCloseTo(1.2 * demand(plain.sim, H), 6);
    expect(demand(scaled.sim, H + 1_800_000)).toBeCloseTo(1.2 * demand(plain.sim, H + 1_800_000), 6);
    expect(demand(scaled.sim, 2 * H)).toBeCloseTo(demand(plain.sim, 2 * H), 6);
  });

  it('hostsInService 4 evacuates and retires esx-005 and esx-006; 6 brings them back after their boot', () => {
    const { sim, log } = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, hostsInService: 4 }\n  - { at: 3h, type: cluster-policy, cluster: dc1/lab, hostsInService: 6 }');
    const H5 = sim.world.hosts.ids.indexOf('dc1/lab/esx-005');
    sim.runUntil(2 * H);
    const V = sim.world.vms;
    expect([H5, H5 + 1].map((h) => [sim.world.hosts.state[h], V.host.filter((x) => x === h).length])).toEqual([[HOST_STANDBY, 0], [HOST_STANDBY, 0]]);
    expect(sim.hostPower.retired[H5]).toBe(1);
    const plain = run('  []').sim;
    plain.runUntil(2 * H);
    expect(Array.from(V.state)).toEqual(Array.from(plain.world.vms.state)); // evacuated by live migration: nothing went down
    expect(V.state.filter((s) => s === VM_RUNNING).length).toBeGreaterThan(30);
    sim.runUntil(4 * H);
    expect([sim.world.hosts.state[H5], sim.world.hosts.state[H5 + 1]]).toEqual([HOST_ON, HOST_ON]);
    const power = log.filter((e) => e.type === 'host.power' && e.host === 'dc1/lab/esx-005').map((e) => [e.to, e.reason]);
    expect(power).toContainEqual(['standby', 'retired']);
    expect(power).toContainEqual(['on', 'back in service']);
  });

  it('a hostsInService above the cluster\'s hosts is refused, naming how many it has', () => {
    const { sim, log } = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, hostsInService: 7 }');
    sim.runUntil(H);
    expect(log.filter((e) => e.type === 'cluster.policy-refused').map((e) => e.why)).toEqual(['dc1/lab has 6 hosts; it cannot have 7 in service']);
  });

  it('dpmEnabled switches DPM: on at 1h (admission control off) puts idle hosts of lab.yaml into standby; dpm.yaml switched off at 1h makes no power change after', () => {
    const on = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, dpmEnabled: true, haAdmission: disabled }');
    const off = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: disabled }');
    on.sim.runUntil(4 * H);
    off.sim.runUntil(4 * H);
    const entering = (log: ModelEvent[]) => log.filter((e) => e.type === 'host.standby-entering');
    expect(entering(on.log).length).toBeGreaterThan(0);
    // The first pass is one DPM interval (5 min) after the switch.
    expect(Math.min(...entering(on.log).map((e) => e.t))).toBeGreaterThanOrEqual(H + 300_000);
    expect(entering(off.log)).toEqual([]);
    const dpm = readFileSync(join(SCENARIOS_DIR, 'dpm.yaml'), 'utf8').replace(/^duration: .*$/m, 'duration: 1d').replace(/^events:[\s\S]*$/m, '');
    const runDpm = (events: string) => {
      const log: ModelEvent[] = [];
      const sim = new Simulation(parseScenarioText(`${dpm}\nevents:\n${events}`, 'dpm.yaml', SCENARIOS_DIR), { attach: () => ({ observers: [{ event: (e) => log.push(e) }] }) });
      sim.runUntil(24 * H);
      return log.filter((e) => String(e.host).startsWith('dc1/dpm/') && (e.type === 'host.standby-entering' || (e.type === 'host.power' && e.to === 'booting')));
    };
    const always = runDpm('  []');
    const stopped = runDpm('  - { at: 1h, type: cluster-policy, cluster: dc1/dpm, dpmEnabled: false }');
    expect(always.some((e) => e.t > 2 * H)).toBe(true);
    // After the switch nothing starts: no evacuation for standby, no boot.
    expect(stopped.filter((e) => e.t > H)).toEqual([]);
  });

  it('an unknown cluster is a loader problem at events[0].cluster listing the clusters', () => {
    const problems = problemsOf(`${LAB}\nevents:\n  - { at: 1h, type: cluster-policy, cluster: dc1/nope, maxVcpuPerCore: 2 }`);
    expect(problems.map((p) => [p.path, p.message])).toEqual([['events[0].cluster', "unknown cluster 'dc1/nope'; clusters: dc1/lab"]]);
  });

  it('clusterPolicyProblem names the bad setting', () => {
    expect(clusterPolicyProblem({ drsThreshold: 6 })).toBe('drsThreshold must be 1–5, got 6');
    expect(clusterPolicyProblem({ maxMemoryOvercommit: -1 })).toBe('maxMemoryOvercommit must be > 0 or null, got -1');
    expect(clusterPolicyProblem({ hostFailuresToTolerate: 1.5 })).toBe('hostFailuresToTolerate must be a whole number ≥ 0, got 1.5');
    expect(clusterPolicyProblem({ maxVcpuPerCore: null, drsThreshold: 3 })).toBeNull();
  });
});
