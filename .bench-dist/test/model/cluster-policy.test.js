/**
 * The cluster-policy scenario event: a cluster's caps change at its instant and later
 * placements (here: HA restarts) obey them; 0 means no cap; an unknown cluster is a loader
 * problem naming the path and the clusters there are.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterPolicyProblem } from '../../src/model/cluster-policy.js';
import { createSimulation } from '../../src/api/simulation-api.js';
import { Simulation } from '../../src/run/simulate.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { problemsOf, SCENARIOS_DIR } from '../scenario/helpers.js';
const LAB = readFileSync(join(SCENARIOS_DIR, 'lab.yaml'), 'utf8').replace(/^duration: .*$/m, 'duration: 4h');
const H = 3_600_000;
function run(events) {
    const scenario = parseScenarioText(`${LAB}\nevents:\n${events}`, 'lab.yaml', SCENARIOS_DIR);
    const log = [];
    const sim = new Simulation(scenario, { attach: () => ({ observers: [{ event: (e) => log.push(e) }] }) });
    const capAt = (t) => {
        sim.runUntil(t);
        return sim.world.clusters[0].placement.maxVcpuPerCore;
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
        const count = (log, type) => log.filter((e) => e.type === type).length;
        const lost = free.log.find((e) => e.type === 'host.failed')?.vms;
        expect(lost).toBeGreaterThan(0);
        expect(count(free.log, 'vm.restarted')).toBe(lost);
        expect(count(capped.log, 'vm.restarted')).toBeLessThan(lost);
        expect(capped.log.some((e) => e.type === 'ha.restart-failed' && String(e.why).includes('vCPU'))).toBe(true);
    });
    it('HA admission control switched to disabled lets a host go to standby that slots (tolerate 1) kept on', () => {
        const scenario = (events) => parseScenarioText(`${LAB}\nevents:\n${events}`, 'lab.yaml', SCENARIOS_DIR);
        const kept = createSimulation(scenario('  - { at: 3h, type: maintenance, host: dc1/lab/esx-001, duration: 1m }'));
        const freed = createSimulation(scenario('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: disabled }'));
        kept.runUntil(2 * H);
        freed.runUntil(2 * H);
        const refused = kept.powerOffHost('dc1/lab/esx-006');
        expect(refused.ok ? null : refused.error.code).toBe('admission-control');
        expect(freed.powerOffHost('dc1/lab/esx-006')).toEqual({ ok: true });
        expect(freed.sim.world.clusters[0].ha.admission.policy).toBe('disabled');
    });
    it('percentage from slots takes the share of the cluster its failures to tolerate are (2 of 6 hosts: 33.3 %)', () => {
        const { capAt, sim } = run('  - { at: 1h, type: cluster-policy, cluster: dc1/lab, haAdmission: percentage, hostFailuresToTolerate: 2 }');
        capAt(H);
        const ac = sim.world.clusters[0].ha.admission;
        expect([ac.policy, ac.hostFailuresToTolerate, ac.cpuPct, ac.memoryPct]).toEqual(['percentage', 2, 100 / 3, 100 / 3]);
    });
    it('a cluster with dedicated failover hosts refuses an admission control change, and says why', () => {
        const text = readFileSync(join(SCENARIOS_DIR, 'ha-lab.yaml'), 'utf8').replace(/^duration: .*$/m, 'duration: 2h').replace(/^events:[\s\S]*$/m, 'events:\n  - { at: 1h, type: cluster-policy, cluster: dc1/failover-hosts, hostFailuresToTolerate: 2 }\n');
        const log = [];
        const sim = new Simulation(parseScenarioText(text, 'ha-lab.yaml', SCENARIOS_DIR), { attach: () => ({ observers: [{ event: (e) => log.push(e) }] }) });
        sim.runUntil(2 * H);
        expect(log.filter((e) => e.type.startsWith('cluster.policy')).map((e) => [e.type, e.why])).toEqual([
            ['cluster.policy-refused', 'dc1/failover-hosts keeps dedicated failover hosts; that policy is set in the scenario'],
        ]);
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
//# sourceMappingURL=cluster-policy.test.js.map