/**
 * readRvtools on the example export (scenarios/inventory/example-rvtools, values chosen by hand)
 * and on broken copies of it: every problem names the tab, the row and the column.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InventoryError, readRvtools } from '../../src/inventory/index.js';
import { alterTab, EXAMPLE_EXPORT, exampleCopy, writeExampleXlsx } from '../helpers/rvtools-export.js';
import { tempDir } from '../helpers/sim.js';
async function problem(change) {
    const dir = exampleCopy('rvtools-bad');
    change(dir);
    try {
        await readRvtools(join(dir, 'example-rvtools'), 'ex');
    }
    catch (err) {
        if (err instanceof InventoryError)
            return err;
        throw err;
    }
    throw new Error('expected an InventoryError');
}
describe('readRvtools on the example export', () => {
    it('keeps the 9 powered-on VMs and counts the powered-off, suspended and template ones', async () => {
        const inv = await readRvtools(EXAMPLE_EXPORT, 'ex');
        expect(inv.vms.map((v) => v.name)).toEqual(['web-01', 'web-02', 'web-03', 'web-04', 'db-01', 'db-02', 'app-01', 'lab-01', 'lab-02']);
        expect(inv.skipped).toEqual({ poweredOff: 1, suspended: 1, templates: 1 });
        expect(inv.hosts).toHaveLength(4);
        expect(inv.hosts[0]).toMatchObject({ sockets: 2, coresPerSocket: 20, mhz: 2100, memoryMiB: 786432, vendor: 'Dell Inc.', model: 'PowerEdge R740' });
    });
    it('reads reservations, limits (-1 unlimited), custom shares, usage (Consumed 65566 less 30 overhead), datastore and snapshots', async () => {
        const inv = await readRvtools(EXAMPLE_EXPORT, 'ex');
        const db1 = inv.vms.find((v) => v.name === 'db-01');
        expect(db1).toMatchObject({ vcpus: 8, cpuUsedMHz: 5040, cpuReservationMHz: 4000, cpuLimitMHz: null, cpuShares: 'high', memReservationMiB: 32768, memActiveMiB: 16384, memConsumedMiB: 65536, datastore: 'ds-prod-01', snapshots: 1, snapshotMiB: 10240 });
        const app = inv.vms.find((v) => v.name === 'app-01');
        expect(app).toMatchObject({ cpuLimitMHz: 4200, memShares: 200000, datastore: 'ds-prod-02', snapshots: 0 });
    });
    it('lists the columns it does not read, leaving out the VM columns every VM tab repeats', async () => {
        const inv = await readRvtools(EXAMPLE_EXPORT, 'ex');
        expect(inv.unmapped.get('vCPU')).toEqual(['Sockets', 'Cores p/s', 'Max', 'Entitlement', 'DRS Entitlement', 'Hot Add', 'Hot Remove']);
        expect(inv.unmapped.get('vInfo')).toContain('DNS Name');
        expect(inv.unmapped.get('vInfo')).not.toContain('CPUs');
    });
    it('reads the same inventory from the .xlsx workbook as from the CSV tabs', async () => {
        const xlsx = await writeExampleXlsx(tempDir('rvtools-xlsx'));
        const [a, b] = [await readRvtools(EXAMPLE_EXPORT, 'ex'), await readRvtools(xlsx, 'ex')];
        expect(b.vms).toEqual(a.vms);
        expect(b.hosts).toEqual(a.hosts);
        expect(b.clusters).toEqual(a.clusters);
        expect([...b.unmapped]).toEqual([...a.unmapped]);
    });
});
describe('readRvtools on bad exports', () => {
    it('an empty tab file says a header row is expected', async () => {
        const err = await problem((dir) => {
            alterTab(dir, 'vMemory', () => '');
        });
        // An empty file is a tab without a header row.
        expect(err.message).toBe('ex/vMemory.csv: tab vMemory: the file is empty: expected a header row of column names');
    });
    it('a deleted tab file is a missing tab', async () => {
        const { rmSync } = await import('node:fs');
        const err = await problem((dir) => rmSync(join(dir, 'example-rvtools', 'vHost.csv')));
        expect(err.tab).toBe('vHost');
        expect(err.message).toMatch(/^ex: tab vHost: tab is missing: an RVTools export needs vInfo, vCPU, vMemory, vHost, vCluster/);
    });
    it('a renamed required column names the tab, the header row and the expected column', async () => {
        const err = await problem((dir) => alterTab(dir, 'vCPU', (t) => t.replace(',Overall,', ',Overall MHz,')));
        expect(err.message).toMatch(/^ex\/vCPU\.csv: tab vCPU, row 1, column "Overall": required column is missing \(found: VM, Powerstate, .*Overall MHz/);
    });
    it('a decimal comma names the tab, row and column and says why', async () => {
        // web-02 is the second data row of vInfo: spreadsheet row 3. Quoted, as a CSV writer would.
        const err = await problem((dir) => alterTab(dir, 'vInfo', (t) => t.replace('web-02,poweredOn,False,False,green,web-02.example.test,2,4096', 'web-02,poweredOn,False,False,green,web-02.example.test,"2,5",4096')));
        expect([err.tab, err.line, err.column]).toEqual(['vInfo', 3, 'CPUs']);
        expect(err.message).toContain('expected a number with "." as the decimal separator (such as 2.5), found "2,5"');
    });
    it('a thousands separator in another locale is refused, not read as a smaller number', async () => {
        const err = await problem((dir) => alterTab(dir, 'vHost', (t) => t.replace(',786432,', ',"786.432,0",')));
        expect([err.tab, err.line, err.column]).toEqual(['vHost', 2, '# Memory']);
    });
    it('a VM without a vCPU row names the vInfo row', async () => {
        const err = await problem((dir) => alterTab(dir, 'vCPU', (t) => t.split('\n').filter((l) => !l.startsWith('app-01,')).join('\n')));
        expect(err.message).toBe('ex/vInfo.csv: tab vInfo, row 8, column "VM": VM "app-01" has no row in tab vCPU (ex/vCPU.csv)');
    });
    it('an unknown power state and an unknown shares level are located', async () => {
        let err = await problem((dir) => alterTab(dir, 'vInfo', (t) => t.replace('lab-01,poweredOn', 'lab-01,running')));
        expect([err.tab, err.line, err.column]).toEqual(['vInfo', 11, 'Powerstate']);
        err = await problem((dir) => alterTab(dir, 'vMemory', (t) => t.replace(',custom,200000,', ',hihg,200000,')));
        expect([err.tab, err.line, err.column]).toEqual(['vMemory', 8, 'Level']);
    });
    it('vMemory "Size MiB" that disagrees with vInfo "Memory" is refused at the vMemory cell', async () => {
        const err = await problem((dir) => alterTab(dir, 'vMemory', (t) => t.replace('db-02,poweredOn,False,65536,', 'db-02,poweredOn,False,32768,')));
        expect(err.message).toBe('ex/vMemory.csv: tab vMemory, row 7, column "Size MiB": is 32768 MiB but vInfo "Memory" says 65536 MiB for VM "db-02"; the tabs seem to come from different exports');
    });
    it('a file that is not an export is refused', async () => {
        await expect(readRvtools(join(EXAMPLE_EXPORT, 'vInfo.csv'), 'vInfo.csv')).rejects.toThrow(/expected an RVTools \.xlsx workbook or a folder/);
    });
});
//# sourceMappingURL=read-rvtools.test.js.map