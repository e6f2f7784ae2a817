/**
 * Clusters are independent domains (ARCHITECTURE.md, decision 3): a cluster simulated alone
 * gives exactly what it gives inside the whole datacenter, so clusters can later run apart
 * (workers, machines) and be merged.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { scenarioOf } from '../helpers/sim.js';
const TEXT = `
name: two-clusters
seed: 11
duration: 1d
step: 5m
templates:
  web: { vcpus: 2, memoryGiB: 8, memory: { touchedPct: 90 } }
  db: { vcpus: 8, memoryGiB: 32, cpu: { reservationMHz: 2000 } }
clusters:
  - name: a
    placement: { algorithm: spread, maxMemoryOvercommit: 2 }
    hosts: [ { count: 3, coresPerSocket: 8, mhz: 2400, memoryGiB: 96 } ]
    vms:
      - { name: web, count: 30, template: web, workload: { type: diurnal, low: 0.1, high: 0.7, noise: 0.1, memory: 0.3, phase: random } }
      - { name: burst, count: 6, template: web, workload: { type: on-off, on: 1, off: 0.05, meanOn: 20m, meanOff: 1h } }
  - name: b
    placement: { algorithm: first-fit }
    hosts: [ { count: 2, coresPerSocket: 16, mhz: 2000, memoryGiB: 256, hypervisor: { flavour: kvm, memory: { ksm: { enabled: true } } } } ]
    vms:
      - { name: db, count: 4, template: db, workload: { type: random-walk, start: 0.4, sigma: 0.08 } }
`;
function only(s, name) {
    return { ...s, spec: { ...s.spec, clusters: s.spec.clusters.filter((c) => c.name === name) } };
}
function vmRows(r, cluster) {
    const V = r.world.vms;
    const c = r.world.clusters[cluster];
    const rows = [];
    for (let v = c.vmStart; v < c.vmEnd; v++) {
        rows.push([V.wantInt[v], V.grantedInt[v], V.readyInt[v], V.touchedMiB[v], r.memory.vm.balloonInt[v], r.memory.vm.sharedInt[v]]);
    }
    return rows;
}
describe('a cluster run alone', () => {
    const whole = scenarioOf(TEXT);
    const all = simulate(whole);
    it.each([
        ['a', 0],
        ['b', 1],
    ])('cluster %s gives the same VM integrals and headline alone as inside the datacenter', (name, index) => {
        const alone = simulate(only(whole, name));
        expect(alone.world.vms.ids).toEqual(all.world.vms.ids.slice(all.world.clusters[index].vmStart, all.world.clusters[index].vmEnd));
        expect(vmRows(alone, 0)).toEqual(vmRows(all, index));
        expect(alone.clusterHeadlines[0]).toEqual(all.clusterHeadlines[index]);
    });
});
//# sourceMappingURL=cluster-independence.test.js.map