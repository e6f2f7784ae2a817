/**
 * Facility energy, cost and carbon from IT energy (DOMAIN.md, Power and energy: energy × PUE,
 * cost per kWh, CO2 per kWh, embodied carbon per server; OpenDC's default 1000 kgCO2 over 5
 * years).
 */
import { describe, expect, it } from 'vitest';
import { priceAt } from '../../src/metrics/energy-meter.js';
import { energyFigures } from '../../src/metrics/headline.js';
import { simulate } from '../../src/run/simulate.js';
import { Energy } from '../../src/scenario/schema.js';
import { clusterScenario, DAY } from '../helpers/sim.js';

const spec = { pue: 1.5, pricePerKWh: 0.2, currency: 'EUR', gridGramsCo2PerKWh: 300, tariff: [], embodiedKgCo2PerServer: 1000, serverLifeYears: 5 };

describe('energyFigures', () => {
  it('turns 100 kWh of IT energy at PUE 1.5 into 150 kWh, 30 EUR at 0.20/kWh and 45 kgCO2 at 300 g/kWh', () => {
    const e = energyFigures(100, 4, 2, DAY, spec);
    expect(e.facilityKWh).toBe(150);
    expect(e.cost).toBeCloseTo(30, 12);
    expect(e.currency).toBe('EUR');
    expect(e.operationalKgCo2).toBeCloseTo(45, 12);
  });

  it('spreads 1000 kgCO2 per server over 5 years: 2 servers for one day carry 2000 / 1826.25 = 1.0951 kg', () => {
    expect(energyFigures(0, 0, 2, DAY, spec).embodiedKgCo2).toBeCloseTo(2000 / (5 * 365.25), 12);
  });

  it('leaves cost and grid carbon out (null) when the scenario gives no price or intensity', () => {
    const e = energyFigures(100, 4, 1, DAY, { ...spec, pricePerKWh: null, gridGramsCo2PerKWh: null });
    expect(e.cost).toBeNull();
    expect(e.operationalKgCo2).toBeNull();
    expect(e.facilityKWh).toBe(150);
  });
});

describe('energy through simulate()', () => {
  it('two idle 120 W hosts for a day at PUE 1.2 and 0.10 EUR/kWh: 5.76 kWh IT, 6.912 kWh facility, 0.6912 EUR', () => {
    const s = clusterScenario(
      { small: { vcpus: 1, memoryGiB: 1 } },
      [{ name: 'idle', count: 2, template: 'small', workload: { type: 'constant', cpu: 0 } }],
      { hosts: 2, idleW: 120, maxW: 300, duration: '1d' },
    );
    const r = simulate({ ...s, spec: { ...s.spec, energy: { ...s.spec.energy, pue: 1.2, pricePerKWh: 0.1 } } });
    expect(r.headline.energy.itKWh).toBeCloseTo(5.76, 9);
    expect(r.headline.energy.facilityKWh).toBeCloseTo(6.912, 9);
    expect(r.headline.energy.cost).toBeCloseTo(0.6912, 9);
    expect(r.headline.energy.operationalKgCo2).toBeNull();
  });
});

describe('hourly pricing (time-of-use, hourly PUE and grid intensity)', () => {
  it('prices each hour at its own tariff band and PUE: one 100 W host for a day', () => {
    // 100 W for 24 h = 0.1 kWh per hour. Peak 08:00–20:00 at 0.30, else 0.10 (flat price);
    // PUE 1.5 from 12:00 to 17:00 (hours 12–16), 1.2 otherwise; grid 400 g/kWh 08–20, 200 else.
    // Facility: 19 h × 0.12 + 5 h × 0.15 = 3.03 kWh. Cost: peak hours 8–11, 17–19 (7 h) at
    // 0.12 kWh + 12–16 (5 h) at 0.15 kWh, all × 0.30 = (0.84 + 0.75) × 0.30 = 0.477;
    // off-peak 12 h × 0.12 × 0.10 = 0.144; total 0.621. CO2: (0.84 + 0.75) × 0.4 + 1.44 × 0.2 = 0.924 kg.
    const pueByHour = Array.from({ length: 24 }, (_, h) => (h >= 12 && h < 17 ? 1.5 : 1.2));
    const grid = Array.from({ length: 24 }, (_, h) => (h >= 8 && h < 20 ? 400 : 200));
    const s = clusterScenario(
      { small: { vcpus: 1, memoryGiB: 1 } },
      [{ name: 'idle', count: 1, template: 'small', workload: { type: 'constant', cpu: 0 } }],
      { hosts: 1, idleW: 100, maxW: 300, duration: '1d' },
    );
    const spec2 = {
      ...s.spec,
      // Loaded by the scenario schema, which turns the band's days and hours into numbers.
      energy: Energy.parse({ pue: 1, pricePerKWh: 0.1, pueByHour, gridGramsCo2ByHour: grid, tariff: [{ from: '08:00', to: '20:00', pricePerKWh: 0.3 }] }),
    };
    const r = simulate({ ...s, spec: spec2 });
    expect(r.headline.energy.itKWh).toBeCloseTo(2.4, 9);
    expect(r.headline.energy.facilityKWh).toBeCloseTo(3.03, 9);
    expect(r.headline.energy.pue).toBeCloseTo(3.03 / 2.4, 9);
    expect(r.headline.energy.cost).toBeCloseTo(0.621, 9);
    expect(r.headline.energy.operationalKgCo2).toBeCloseTo(0.924, 9);
    expect(r.meter.hours.length).toBe(24);
  });
});

describe('priceAt (tariff bands loaded as minutes after midnight and day numbers)', () => {
  const flat = { ...spec, pricePerKWh: 0.2 };
  // Night band 22:00–06:00 on Friday nights (wraps midnight: the band belongs to each hour's own day);
  // an all-evening band to 24:00 at weekends. 2026-03-06 is a Friday.
  const e = Energy.parse({
    ...flat,
    tariff: [
      { days: ['fri'], from: '22:00', to: '06:00', pricePerKWh: 0.05 },
      { days: ['sat', 'sun'], from: '18:00', to: '24:00', pricePerKWh: 0.4 },
    ],
  });
  const at = (iso: string) => Date.parse(iso);

  it('matches a band on its day and hours, the start hour included and the end hour not', () => {
    expect(priceAt(e, at('2026-03-06T21:00:00Z'))).toBe(0.2);
    expect(priceAt(e, at('2026-03-06T22:00:00Z'))).toBe(0.05);
    expect(priceAt(e, at('2026-03-06T05:00:00Z'))).toBe(0.05); // Friday early morning: Friday's band wraps
    expect(priceAt(e, at('2026-03-06T06:00:00Z'))).toBe(0.2);
    expect(priceAt(e, at('2026-03-07T01:00:00Z'))).toBe(0.2); // Saturday 01:00: Friday's band is not Saturday's
  });

  it('runs a band to "24:00" through the last hour of the day', () => {
    expect(priceAt(e, at('2026-03-07T17:00:00Z'))).toBe(0.2);
    expect(priceAt(e, at('2026-03-07T18:00:00Z'))).toBe(0.4);
    expect(priceAt(e, at('2026-03-08T23:00:00Z'))).toBe(0.4);
    expect(priceAt(e, at('2026-03-09T23:00:00Z'))).toBe(0.2); // Monday
  });
});
