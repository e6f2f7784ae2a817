/**
 * writeScenario on the example export: the figures of the written scenario against values worked
 * out by hand from the CSV tabs, and the whole text against the committed expected scenario.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readRvtools, writeScenario } from '../../src/inventory/index.js';
import { join } from 'node:path';
import { alterTab, EXAMPLE_EXPORT, EXAMPLE_SCENARIO, exampleCopy } from '../helpers/rvtools-export.js';
import { scenarioOf } from '../helpers/sim.js';
async function imported() {
    const out = writeScenario(await readRvtools(EXAMPLE_EXPORT, 'example-rvtools'), 'example-rvtools');
    return { out, spec: parse(out.text) };
}
describe('writeScenario on the example export', () => {
    it('is the committed expected scenario, byte for byte', async () => {
        const { out } = await imported();
        expect(out.text).toBe(readFileSync(EXAMPLE_SCENARIO, 'utf8'));
    });
    it('loads as a scenario', async () => {
        const { out } = await imported();
        const s = scenarioOf(out.text);
        expect(s.spec.clusters.map((c) => c.vms.reduce((a, g) => a + g.count, 0))).toEqual([7, 2]);
    });
    it('CPU level = mean of Overall / (vCPUs × host MHz); memory = mean of Active / size (hand-computed)', async () => {
        const { spec } = await imported();
        const [prod, lab] = spec.clusters;
        // web-01..04: 840, 420, 630, 210 MHz on 2 vCPUs of 2100 MHz → 20, 10, 15, 5 % → mean 12.5 %;
        // Active 1024, 512, 1024, 512 of 4096 MiB → mean 18.75 %.
        expect(prod.vms[0]).toMatchObject({ name: 'vm-2c-4g', count: 4, workload: { type: 'constant', cpu: 0.125, memory: 0.1875 }, datastore: 'ds-prod-01' });
        // db-01, db-02: 5040 and 3360 MHz on 8 × 2100 → 30 %, 20 % → 25 %.
        expect(prod.vms[1]?.workload).toEqual({ type: 'constant', cpu: 0.25, memory: 0.1875 });
        // app-01: 1680 / (4 × 2100) = 20 %; Active 4096 / 16384 = 25 %.
        expect(prod.vms[2]?.workload).toEqual({ type: 'constant', cpu: 0.2, memory: 0.25 });
        // lab-01, lab-02 on 2400 MHz cores: 960 / 9600 = 10 %, 0 → 5 %; Active 2048, 0 of 8192 → 12.5 %.
        expect(lab.vms[0]?.workload).toEqual({ type: 'constant', cpu: 0.05, memory: 0.125 });
    });
    it('templates carry reservations, limits, custom shares, touched memory from Consumed, and disks', async () => {
        const { spec } = await imported();
        // db: Consumed 65536 and 49152 of 65536 MiB → 100 %, 75 % → 87.5 %; disk 204800 MiB = 200 GiB, 153600 in use = 75 %.
        expect(spec.templates['Prod-A.vm-8c-64g']).toEqual({ vcpus: 8, memoryGiB: 64, cpu: { reservationMHz: 4000, shares: 'high' }, memory: { reservationGiB: 32, touchedPct: 87.5 }, diskGiB: 200, diskUsedPct: 75 });
        expect(spec.templates['Prod-A.vm-4c-16g']).toEqual({ vcpus: 4, memoryGiB: 16, cpu: { limitMHz: 4200 }, memory: { shares: 200000, touchedPct: 50 }, diskGiB: 80, diskUsedPct: 50 });
    });
    it('hosts by model: the R740 gets its SPECpower curve, the Supermicro a flagged guess', async () => {
        const { spec, out } = await imported();
        const [prod, lab] = spec.clusters;
        expect(prod.hosts).toEqual([expect.objectContaining({ name: 'poweredge-r740', count: 3, power: { model: 'specpower', server: 'Dell PowerEdge R740' } })]);
        expect(lab.hosts[0]?.power).toEqual({ idleW: 120, maxW: 320 });
        expect(out.text).toContain('# guess: no SPECpower curve in the catalogue for "Supermicro SYS-1029P-WTR"');
        expect(out.guesses).toBe(2);
    });
    it('HA, admission control and DRS from vCluster; what was left out is counted in a comment', async () => {
        const { spec, out } = await imported();
        expect(spec.clusters[0]).toMatchObject({ ha: { enabled: true, admissionControl: { hostFailuresToTolerate: 1 } }, drs: { enabled: true } });
        expect(spec.clusters[1]).toMatchObject({ ha: { enabled: false }, drs: { enabled: false } });
        expect(out.text).toContain('# Left out: 1 powered-off VM(s), 1 suspended VM(s), 1 template(s)');
        expect(out.unmappedLines[1]).toBe('vCPU: Sockets, Cores p/s, Max, Entitlement, DRS Entitlement, Hot Add, Hot Remove');
        expect(out.text).toContain('#   vCPU: Sockets, Cores p/s, Max, Entitlement, DRS Entitlement, Hot Add, Hot Remove');
    });
    it('HA with admission control off in vCluster becomes admission control policy disabled', async () => {
        const dir = exampleCopy('rvtools-ac');
        alterTab(dir, 'vCluster', (t) => t.replace('Prod-A,green,green,3,120,2533993472000,True,1,True,', 'Prod-A,green,green,3,120,2533993472000,True,1,False,'));
        const text = writeScenario(await readRvtools(join(dir, 'example-rvtools'), 'x'), 'x').text;
        expect(parse(text).clusters[0]?.ha).toEqual({ enabled: true, admissionControl: { policy: 'disabled' } });
    });
});
//# sourceMappingURL=write-scenario.test.js.map