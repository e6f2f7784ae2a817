/**
 * Semantic checks of provisioning, autoscaling, datastores and VM operations: unknown group, VM
 * and datastore ids are reported at their path and line with the ids expected, counts must fit
 * the groups declared up front, and each event names exactly one target.
 */
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/index.js';
import { problemsOf, SCENARIOS_DIR } from './helpers.js';
const lines = (...l) => `${l.join('\n')}\n`;
/** A cluster c1 with groups web (4 VMs) and gold (1 VM), datastore ds1, and `extra` lines at the end. */
function scenario(vmsExtra, extra = [], datastores = '    datastores: [{ name: ds1, capacityGiB: 1000 }]') {
    return lines('name: s', //                                                                      1
    'duration: 1d', //                                                                 2
    'templates: { t: { vcpus: 2, memoryGiB: 4 } }', //                                 3
    'clusters:', //                                                                    4
    '  - name: c1', //                                                                 5
    '    hosts: [{ count: 2, coresPerSocket: 8, mhz: 2600, memoryGiB: 256 }]', //      6
    datastores, //                                                                     7
    '    vms:', //                                                                     8
    '      - name: web', //                                                            9
    '        count: 4', //                                                            10
    '        template: t', //                                                         11
    '        workload: { type: constant, cpu: 0.2 }', //                              12
    ...vmsExtra, //                                                                   13 on
    '      - { name: gold, count: 1, template: t, workload: { type: constant, cpu: 0.1 } }', // 13 + vmsExtra
    ...extra);
}
describe('checkProvisioning', () => {
    it('accepts a valid provisioning scenario and the shipped scale-out example', () => {
        expect(() => parseScenarioText(scenario(['        autoscale: { min: 1, max: 4 }']), 'x.yaml', SCENARIOS_DIR)).not.toThrow();
    });
    it('reports unknown group and VM ids in events with their paths, lines and examples', () => {
        const problems = problemsOf(scenario([], [
            'events:', //                                                                   14
            '  - { at: 1h, type: create-vms, group: dc1/c1/webb, count: 1 }', //           15
            '  - { at: 1h, type: hot-add, vm: dc1/c1/web-009, addVcpus: 1 }', //           16
            '  - { at: 1h, type: snapshot, group: dc1/c2/web, action: create }', //        17
        ]));
        expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
            ['events[0].group', 15, "unknown VM group 'dc1/c1/webb' (did you mean 'dc1/c1/web'?); VM group ids look like dc1/c1/web, dc1/c1/gold"],
            ['events[1].vm', 16, "unknown VM 'dc1/c1/web-009' (did you mean 'dc1/c1/web-001'?); VM ids look like dc1/c1/web-001, dc1/c1/gold-001"],
            ['events[2].group', 17, "unknown VM group 'dc1/c2/web' (did you mean 'dc1/c1/web'?); VM group ids look like dc1/c1/web, dc1/c1/gold"],
        ]);
    });
    it('asks for exactly one of vm and group, something to add, and counts within the group', () => {
        const problems = problemsOf(scenario([], [
            'events:',
            '  - { at: 1h, type: snapshot, vm: dc1/c1/web-001, group: dc1/c1/web, action: create }',
            '  - { at: 1h, type: hot-add, vm: dc1/c1/web-001 }',
            '  - { at: 1h, type: delete-vms, group: dc1/c1/web, count: 5 }',
        ]));
        expect(problems.map((p) => [p.path, p.message])).toEqual([
            ['events[0]', 'give either vm or group for a snapshot event, not both'],
            ['events[1]', 'hot-add adds nothing: give addVcpus and/or addMemoryGiB'],
            ['events[2].count', "expected count (5) to be at most the group's count (4)"],
        ]);
    });
    it('checks clone sources, provisioning counts and autoscale bounds at their paths', () => {
        const problems = problemsOf(scenario([
            '        provision: { at: 1h, count: 5, source: clone, cloneOf: dc1/c1/gold-002 }', //  13
            '        autoscale: { min: 3, max: 6, scaleInBelowPct: 80 }', //                         14
        ]));
        expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
            ['clusters[0].vms[0].provision.count', 13, "expected provision.count (5) to be at most the group's count (4)"],
            ['clusters[0].vms[0].provision.cloneOf', 13, "unknown VM 'dc1/c1/gold-002' (did you mean 'dc1/c1/gold-001'?); VM ids look like dc1/c1/web-001, dc1/c1/gold-001"],
            ['clusters[0].vms[0].autoscale.max', 14, "expected autoscale.max (6) to be at most the group's count (4): VMs are declared up front"],
            ['clusters[0].vms[0].autoscale.scaleInBelowPct', 14, 'expected scaleInBelowPct (80) below scaleOutAbovePct (70)'],
        ]);
    });
    it('refuses a linked deploy from a template and a clone without a source', () => {
        const linked = problemsOf(scenario(['        provision: { at: 1h, mode: linked }']));
        expect(linked.map((p) => [p.path, p.message])).toEqual([['clusters[0].vms[0].provision.mode', 'linked clones need a source VM: use source: clone with cloneOf']]);
        const noSource = problemsOf(scenario(['        provision: { at: 1h, source: clone }']));
        expect(noSource.map((p) => [p.path, p.message])).toEqual([['clusters[0].vms[0].provision', 'source clone needs cloneOf: the id of the VM to copy, e.g. "dc1/c1/gold-001"']]);
    });
    it('reports unknown datastores, and snapshots where no datastore exists', () => {
        const unknown = problemsOf(scenario(['        datastore: ds2'], ['events: [{ at: 1h, type: storage-migrate, vm: dc1/c1/web-001, datastore: ds3 }]']));
        expect(unknown.map((p) => [p.path, p.message])).toEqual([
            ['clusters[0].vms[0].datastore', "unknown datastore 'ds2' (did you mean 'ds1'?); datastores here: ds1"],
            ['events[0].datastore', "unknown datastore 'ds3' (did you mean 'ds1'?); datastores here: ds1"],
        ]);
        const none = problemsOf(scenario([], ['events: [{ at: 1h, type: snapshot, vm: dc1/c1/web-001, action: create }]'], '    datastores: []'));
        expect(none.map((p) => [p.path, p.message])).toEqual([['events[0].type', 'snapshot needs datastores: add datastores to cluster dc1/c1 or to the scenario']]);
    });
    it('reports a datastore too small for the disks of the VMs that exist at the start', () => {
        // 5 VMs × 40 GiB × 50 % (thin) = 100 GiB on a 64 GiB datastore.
        const problems = problemsOf(scenario([], [], '    datastores: [{ name: ds1, capacityGiB: 64 }]'));
        expect(problems.map((p) => [p.path, p.line, p.message])).toEqual([
            ['clusters[0].datastores[0].capacityGiB', 7, "the disks of the VMs that exist at the start take 100.0 GiB, more than the datastore's 64.0 GiB"],
        ]);
    });
});
//# sourceMappingURL=check-provisioning.test.js.map