/**
 * Facility energy, cost and carbon from IT energy (DOMAIN.md, Power and energy: energy × PUE,
 * cost per kWh, CO2 per kWh, embodied carbon per server; OpenDC's default 1000 kgCO2 over 5
 * years).
 */
import { describe, expect, it } from 'vitest';
import { energyFigures } from '../../src/metrics/headline.js';
import { simulate } from '../../src/run/simulate.js';
import { clusterScenario, DAY } from '../helpers/sim.js';

const spec = { pue: 1.5, pricePerKWh: 0.2, currency: 'EUR', gridGramsCo2PerKWh: 300, embodiedKgCo2PerServer: 1000, serverLifeYears: 5 };

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
