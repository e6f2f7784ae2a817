/**
 * The cluster comparison against hand-computed figures: differences to the first cluster, the
 * year factor, the annualised sentence; and on a real run of three clusters, the rows add up to
 * the datacenter's totals and the terminal shows the table.
 */
import { describe, expect, it } from 'vitest';
import { renderComparison } from '../../src/cli/render-comparison.js';
import { compareClusters } from '../../src/report/comparison.js';
import { syntheticReport } from '../web/synthetic.js';
const WEEK = 7 * 86_400_000;
/** A synthetic cluster headline with the energy figures replaced. */
function headline(itKWh, facilityKWh, cost, kgCo2, migrations) {
    const h = syntheticReport({ hosts: 2, intervals: 4 }).headline;
    return {
        ...h,
        energy: { ...h.energy, itKWh, facilityKWh, cost, operationalKgCo2: kgCo2 },
        cpuReady: { ...h.cpuReady, meanPct: 0.5 },
        memory: { ...h.memory, swappedGiB: 0 },
        availability: { ...h.availability, meanVmAvailabilityPct: 100 },
        migrations: { ...h.migrations, completed: migrations },
    };
}
describe('compareClusters', () => {
    // Over one week: always-on 100 kWh IT, 140 facility, 28 EUR, 42 kg; dpm 80 / 112 / 22.4 / 33.6.
    const c = compareClusters([
        { id: 'dc1/always-on', name: 'always-on', headline: headline(100, 140, 28, 42, 0), hostsUp: [10, 10] },
        { id: 'dc1/dpm', name: 'dpm', headline: headline(80, 112, 22.4, 33.6, 70), hostsUp: [10, 4] },
    ], [WEEK / 4, (3 * WEEK) / 4], WEEK, 'EUR');
    it('takes differences against the first cluster; hosts on weighted by interval length', () => {
        expect(c.reference).toBe('dc1/always-on');
        expect(c.yearFactor).toBeCloseTo(365.25 / 7, 12);
        expect(c.rows[0].difference).toBeNull();
        // (10 × 1 + 4 × 3) / 4 = 5.5 hosts on.
        expect(c.rows[1].figures.meanHostsOn).toBeCloseTo(5.5, 12);
        const d = c.rows[1].difference;
        expect(d.itKWh).toBeCloseTo(-20, 9);
        expect(d.facilityKWh).toBeCloseTo(-28, 9);
        expect(d.cost).toBeCloseTo(-5.6, 9);
        expect(d.kgCo2).toBeCloseTo(-8.4, 9);
        expect(d.meanHostsOn).toBeCloseTo(-4.5, 9);
        expect(d.migrations).toBe(70);
    });
    it('annualises: 28 kWh × 52.18 = 1,461 kWh, 5.6 EUR × 52.18 = 292 EUR, 8.4 kg × 52.18 = 0.4 t a year', () => {
        expect(c.rows[1].sentence).toBe('Over a year at this load, dpm uses 1,461 kWh less at the facility than always-on (20.0 %): 292 EUR a year saved and 0.4 t CO2 saved; ' +
            '5.5 hosts on on average (−4.5); CPU ready 0.50 % (+0.00 pp), swap 0.0 GiB (+0.0), availability 100.000 % (+0.000 pp), 3,653 migrations a year (+3,653).');
        expect(c.rows[0].sentence).toBe('Over a year at this load, always-on (the reference) uses 7,305 kWh at the facility (5,218 kWh IT), 1,461 EUR, 2.2 t CO2, with 10.0 hosts on on average.');
        expect(c.assumptions).toMatch(/^Annualised: the run's 7\.0 days × 52\.18 = 365\.25 days, assuming the same load, prices, PUE and grid intensity all year\./);
    });
    it('says so when no electricity price was given', () => {
        const u = compareClusters([
            { id: 'a', name: 'a', headline: headline(100, 140, null, 42, 0), hostsUp: [1] },
            { id: 'b', name: 'b', headline: headline(90, 126, null, 40, 0), hostsUp: [1] },
        ], [WEEK], WEEK, 'EUR');
        expect(u.rows[1].difference.cost).toBeNull();
        expect(u.rows[1].sentence).toContain('(no electricity price given)');
    });
});
describe('the comparison of a report', () => {
    it('rows add up to the datacenter totals; the terminal table shows each cluster and its difference', () => {
        const r = syntheticReport({ hosts: 6, intervals: 48, clusters: 3 });
        const sum = (k) => r.comparison.rows.reduce((s, row) => s + row.figures[k], 0);
        expect(sum('itKWh')).toBeCloseTo(r.headline.energy.itKWh, 2); // headlines are rounded to 3 decimals each
        expect(sum('facilityKWh')).toBeCloseTo(r.headline.energy.facilityKWh, 2);
        const text = renderComparison(r.comparison);
        expect(text.split('\n').filter((l) => l.startsWith('    vs first')).length).toBe(2);
        expect(text).toContain(`clusters compared (each against ${r.comparison.rows[0].name}`);
        expect(renderComparison({ ...r.comparison, rows: r.comparison.rows.slice(0, 1) })).toBe('');
    });
});
//# sourceMappingURL=comparison.test.js.map