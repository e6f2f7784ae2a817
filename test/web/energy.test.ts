/** Energy, cost and carbon in the viewer (report versions 4 and 5): formatting, findings and comparison rows. */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { energyText, findings } from '../../web/src/findings.js';
import { kgCo2, kwh, money, NONE, orNone, pue } from '../../web/src/format.js';
import { formatFigure, RUN_FIGURES } from '../../web/src/figures.js';
import { OFF_PEAK_PRICE, PEAK_PRICE } from './synthetic-energy.js';
import { syntheticReport } from './synthetic.js';

const priced: Report = syntheticReport({ hosts: 8, intervals: 48 });
const unpriced: Report = syntheticReport({ hosts: 8, intervals: 48, unpriced: true });

const figure = (key: string) => RUN_FIGURES.find((f) => f.key === key)!;

describe('the synthetic reports’ energy figures', () => {
  it('match the report contract, with cost and CO2 present or null', () => {
    expect(ReportSchema.safeParse(priced).success).toBe(true);
    expect(ReportSchema.safeParse(unpriced).success).toBe(true);
    const e = priced.headline.energy;
    const h = priced.energy.hours;
    const sum = (xs: ReadonlyArray<number | null>) => xs.reduce<number>((a, x) => a + (x ?? 0), 0);
    // The headline is the hourly meter summed; the PUE is the effective one (facility / IT).
    expect(e.itKWh).toBeCloseTo(sum(h.itKWh), 2);
    expect(e.facilityKWh).toBeCloseTo(sum(h.facilityKWh), 2);
    expect(e.cost).toBeCloseTo(sum(h.cost), 2);
    expect(e.operationalKgCo2).toBeCloseTo(sum(h.kgCo2), 2);
    expect(e.pue).toBeCloseTo(e.facilityKWh / e.itKWh, 3);
    expect(e.pue).toBeGreaterThan(1.25);
    expect(e.embodiedKgCo2).toBeGreaterThan(0);
    // The synthetic run starts on a Monday at midnight: its four hours are off-peak.
    h.cost.forEach((c, i) => expect(c! / h.facilityKWh[i]!).toBeCloseTo(OFF_PEAK_PRICE, 4));
    expect(PEAK_PRICE).toBeGreaterThan(OFF_PEAK_PRICE);
    const u = unpriced.headline.energy;
    expect([u.pue, u.cost, u.operationalKgCo2]).toEqual([1, null, null]);
    expect(u.facilityKWh).toBe(u.itKWh);
  });
});

describe('energy formatting', () => {
  it('writes money with two decimals and its currency, and "—" for null', () => {
    expect(money(1234.5, 'EUR')).toBe('1,234.50 EUR');
    expect(money(0.184, 'USD')).toBe('0.18 USD');
    expect(money(0, 'EUR')).toBe('0.00 EUR');
    expect(money(null, 'EUR')).toBe('—');
  });

  it('writes kgCO2 to about three significant figures, and "—" for null', () => {
    expect(kgCo2(30.84)).toBe('30.8 kgCO2');
    expect(kgCo2(1234.5)).toBe('1,235 kgCO2');
    expect(kgCo2(0.5)).toBe('0.5 kgCO2');
    expect(kgCo2(null)).toBe('—');
  });

  it('writes the PUE, and any missing figure as "—"', () => {
    expect(pue(1.5)).toBe('PUE 1.5');
    expect(pue(1.234)).toBe('PUE 1.23');
    expect(NONE).toBe('—');
    expect(orNone(null, kwh)).toBe('—');
    expect(orNone(undefined, kwh)).toBe('—');
    expect(orNone(12.5, kwh)).toBe('12.5 kWh');
  });

  it('writes comparison figures, "—" for null whatever the format', () => {
    expect(formatFigure(12.5, 'money', 'EUR')).toBe('12.50 EUR');
    expect(formatFigure(null, 'money', 'EUR')).toBe('—');
    expect(formatFigure(null, 'num')).toBe('—');
    expect(formatFigure(null, 'kwh')).toBe('—');
    expect(formatFigure(1851.2, 'num')).toBe('1,851');
  });
});

describe('energy in the comparison rows', () => {
  it('adds facility energy, cost and CO2 after the IT energy rows', () => {
    const keys = RUN_FIGURES.map((f) => f.key);
    const at = keys.indexOf('meanPowerKW');
    expect(keys.slice(at + 1, at + 5)).toEqual(['facilityKWh', 'energyCost', 'operationalKgCo2', 'embodiedKgCo2']);
    expect(['facilityKWh', 'energyCost', 'operationalKgCo2', 'embodiedKgCo2'].map((k) => figure(k).label)).toEqual([
      'Facility energy (kWh)',
      'Energy cost',
      'Operational CO2 (kg)',
      'Embodied CO2 (kg)',
    ]);
    const e = priced.headline.energy;
    expect(['facilityKWh', 'energyCost', 'operationalKgCo2', 'embodiedKgCo2'].map((k) => figure(k).get(priced))).toEqual([
      e.facilityKWh,
      e.cost,
      e.operationalKgCo2,
      e.embodiedKgCo2,
    ]);
  });

  it('reads null for a run without a price or a grid intensity', () => {
    expect(figure('energyCost').get(unpriced)).toBeNull();
    expect(figure('operationalKgCo2').get(unpriced)).toBeNull();
    expect(figure('embodiedKgCo2').get(unpriced)).toBe(unpriced.headline.energy.embodiedKgCo2);
    for (const f of RUN_FIGURES) {
      const v = f.get(unpriced);
      expect(v === null || Number.isFinite(v), f.key).toBe(true);
    }
  });
});

describe('the energy finding', () => {
  it('gives IT and facility energy, the cost and both kinds of CO2 when the report has them', () => {
    const e = priced.headline.energy;
    const f = findings(priced).find((x) => x.text.startsWith('Energy:'))!;
    expect(f.tone).toBe('info');
    expect(f.text).toBe(energyText(e));
    expect(f.text).toContain(`${kwh(e.itKWh)} of IT energy`);
    expect(f.text).toContain(`${kwh(e.facilityKWh)} at the facility (${pue(e.pue)})`);
    expect(f.text).toContain(`costing ${money(e.cost, 'EUR')}`);
    expect(f.text).toContain(`${kgCo2(e.operationalKgCo2)} operational`);
    expect(f.text).toContain(`${kgCo2(e.embodiedKgCo2)} embodied`);
  });

  it('leaves out the facility overhead, cost and operational CO2 when the report has none', () => {
    const e = unpriced.headline.energy;
    const text = energyText(e);
    expect(text).toContain('PUE 1 (no facility overhead given)');
    expect(text).not.toContain('costing');
    expect(text).not.toContain('EUR');
    expect(text).not.toContain('operational (from the grid)');
    expect(text).toContain(`${kgCo2(e.embodiedKgCo2)} embodied`);
    expect(text).toContain('no grid intensity given');
  });
});
