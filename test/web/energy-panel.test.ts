/**
 * The data behind the Energy and money panel (report v5), in Node: power by host state, the
 * hourly meter as running totals, the finance rows and summary sentence, the power management
 * finding, the new comparison rows and the formats they use. The data is the synthetic DPM night
 * (synthetic-power.ts) and the synthetic runs with and without prices.
 */
import { describe, expect, it } from 'vitest';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { fsum } from 'd3';
import './d3-global.js';
import { energyHours, hourPrice, hourPue } from '../../web/src/energy-hours.js';
import { financeGaps, financeRows, financeSaving, financeSummary, financeValue, type Finance } from '../../web/src/finance-rows.js';
import { findings, powerManagementFinding } from '../../web/src/findings.js';
import { co2Mass, kw, money, moneyRound, pricePerKWh } from '../../web/src/format.js';
import { powerChanges, powerDirection, powerSkips, powerView, standbyHostHours } from '../../web/src/power-series.js';
import { ALL_CLUSTERS } from '../../web/src/cluster-view.js';
import { RUN_FIGURES } from '../../web/src/figures.js';
import { OFF_PEAK_PRICE, PEAK_PRICE } from './synthetic-energy.js';
import { STANDBY_W } from './synthetic-power.js';
import { syntheticReport } from './synthetic.js';

/** Two days of 10-minute intervals, 8 hosts, half of them asleep every night. */
const dpm: Report = syntheticReport({ hosts: 8, intervals: 288, intervalMs: 600_000, dpm: true });
const dpm2: Report = syntheticReport({ hosts: 8, intervals: 288, intervalMs: 600_000, dpm: true, clusters: 2 });
const quiet: Report = syntheticReport({ hosts: 4, intervals: 48 });
const unpriced: Report = syntheticReport({ hosts: 4, intervals: 48, unpriced: true });
const HOUR = 3_600_000;

/** The consolidation example of the brief: 400 one-application servers on 14 hosts for a month. */
const consolidation: Finance = {
  currency: 'EUR',
  servers: 14,
  baselineServers: 400,
  serversSaved: 386,
  itKWh: 20_000,
  baselineItKWh: 60_000,
  facilityKWh: 29_000,
  baselineFacilityKWh: 87_000,
  energyCost: 5_600,
  baselineEnergyCost: 16_800,
  hardwareCost: 3_200,
  baselineHardwareCost: 19_700,
  licenceCost: 1_400,
  adminCost: 200,
  baselineAdminCost: 9_500,
  totalCost: 10_400,
  baselineTotalCost: 48_692.4,
  saving: 38_292.4,
  savingPct: 83.8,
  kgCo2: 9_000,
  baselineKgCo2: 24_600,
  kgCo2Saved: 15_600,
};

describe('the synthetic DPM night', () => {
  it('matches the report contract, with hosts in standby at night and the meter adding up', () => {
    for (const r of [dpm, dpm2, quiet, unpriced]) expect(ReportSchema.safeParse(r).success).toBe(true);
    const c = Object.values(dpm.series.clusters)[0]!;
    const at = (h: number) => Math.floor((h * HOUR) / dpm.run.intervalMs);
    // 03:00 and 23:00: half of the 8 hosts in standby, at 12 W each; 14:00: every host on.
    for (const h of [3, 23, 27]) {
      expect(c.hostsStandby[at(h)], `${h}:00`).toBe(4);
      expect(c.powerStandbyW[at(h)], `${h}:00`).toBeCloseTo(4 * STANDBY_W, 6);
    }
    expect(c.hostsStandby[at(14)]).toBe(0);
    expect(c.powerStandbyW[at(14)]).toBe(0);
    expect(c.powerTransitionW.some((w) => w > 0)).toBe(true);
    const e = dpm.headline.energy;
    expect(e.standbyKWh).toBeGreaterThan(0);
    expect(e.transitionKWh).toBeGreaterThan(0);
    expect(e.servingKWh + e.transitionKWh + e.standbyKWh).toBeCloseTo(e.itKWh, 2);
    expect(e.cost).toBeCloseTo(fsum(dpm.energy.hours.cost as number[]), 2);
    // Time of use: Monday 10:00 is peak, Monday 22:00 and 03:00 off-peak.
    const h = energyHours(dpm);
    expect(hourPrice(h, 10)).toBeCloseTo(PEAK_PRICE, 4);
    expect(hourPrice(h, 22)).toBeCloseTo(OFF_PEAK_PRICE, 4);
    expect(hourPrice(h, 3)).toBeCloseTo(OFF_PEAK_PRICE, 4);
  });

  it('moves the sleeping hosts’ VMs away by migration and back in the morning', () => {
    const power = dpm.events.items.filter((e) => e.type === 'host.power');
    expect(power.length).toBeGreaterThan(0);
    const evacuations = dpm.migrations.items.filter((m) => m.reason === 'maintenance');
    const returns = dpm.migrations.items.filter((m) => m.reason === 'drs');
    expect(evacuations).toHaveLength(3 * 4 * 4);
    expect(returns).toHaveLength(2 * 4 * 4);
    for (const v of dpm.vms) expect(dpm.series.hosts![v.host!]!.state.at(-1), v.id).toBe('on');
  });
});

describe('powerView', () => {
  it('gives power by host state in kW, summed over clusters, and the hosts in standby', () => {
    const all = powerView(dpm2, ALL_CLUSTERS);
    const cs = Object.values(dpm2.series.clusters);
    all.standbyKW.forEach((v, i) => expect(v).toBeCloseTo(cs.reduce((a, c) => a + c.powerStandbyW[i]!, 0) / 1000, 9));
    all.servingKW.forEach((v, i) => expect(v).toBeCloseTo(cs.reduce((a, c) => a + c.powerServingW[i]!, 0) / 1000, 9));
    all.hostsStandby.forEach((v, i) => expect(v).toBe(cs.reduce((a, c) => a + c.hostsStandby[i]!, 0)));
    expect(all.managed).toBe(true);
    expect(all.label).toBe('all clusters');
    const one = powerView(dpm2, dpm2.clusters[1]!.id);
    expect(one.transitionKW).toEqual(cs[1]!.powerTransitionW.map((w) => w / 1000));
    expect(powerView(quiet, ALL_CLUSTERS).managed).toBe(false);
    expect(powerView(dpm, ALL_CLUSTERS)).toBe(powerView(dpm, ALL_CLUSTERS));
  });

  it('turns host.power events into one power-down and one power-up per night and host', () => {
    const changes = powerChanges(dpm, ALL_CLUSTERS);
    const downs = changes.filter((c) => c.direction === 'down');
    const ups = changes.filter((c) => c.direction === 'up');
    expect(downs).toHaveLength(3 * 4);
    expect(ups).toHaveLength(2 * 4);
    expect(downs[0]!.text).toBe(`${downs[0]!.host} power: on → shutting-down (demand: all hosts below 45 % for 40 min)`);
    const ev = (from: string, to: string) => ({ t: 0, type: 'host.power' as const, host: 'a/b/c', from, to, reason: 'x' });
    expect([powerDirection(ev('on', 'shutting-down')), powerDirection(ev('shutting-down', 'standby')), powerDirection(ev('on', 'standby'))]).toEqual(['down', null, 'down']);
    expect([powerDirection(ev('standby', 'booting')), powerDirection(ev('booting', 'on')), powerDirection(ev('standby', 'on'))]).toEqual(['up', null, 'up']);
    expect(powerChanges(dpm2, dpm2.clusters[0]!.id).every((c) => c.host.startsWith(`${dpm2.clusters[0]!.id}/`))).toBe(true);
    expect(powerSkips(dpm, ALL_CLUSTERS)).toBe(3);
    expect(powerChanges(quiet, ALL_CLUSTERS)).toEqual([]);
  });

  it('counts host-hours in standby from the host states, or from the hosts in standby without host series', () => {
    const fromStates = standbyHostHours(dpm);
    const bare = syntheticReport({ hosts: 8, intervals: 288, intervalMs: 600_000, dpm: true, hostSeries: false });
    const fromCounts = standbyHostHours(bare);
    // The counts also hold hosts booting or shutting down at an interval's end: a little more.
    expect(fromStates).toBeGreaterThan(60);
    expect(fromCounts).toBeGreaterThanOrEqual(fromStates);
    expect(fromCounts - fromStates).toBeLessThan(3);
    expect(standbyHostHours(quiet)).toBe(0);
  });
});

describe('energyHours', () => {
  it('sums the hourly meter into running totals that end at the headline', () => {
    const h = energyHours(dpm);
    const e = dpm.headline.energy;
    expect(h.t).toHaveLength(48);
    expect(h.cumItKWh.at(-1)).toBeCloseTo(e.itKWh, 2);
    expect(h.cumFacilityKWh.at(-1)).toBeCloseTo(e.facilityKWh, 2);
    expect(money(h.cumCost!.at(-1)!, 'EUR')).toBe(money(e.cost, 'EUR'));
    expect(h.end.at(-1)).toBe(dpm.run.durationMs);
    expect(hourPue(h, 14)).toBeCloseTo(h.facilityKWh[14]! / h.itKWh[14]!, 9);
  });

  it('has no running cost without a price, and stops it at the first hour without one', () => {
    const u = energyHours(unpriced);
    expect(u.cumCost).toBeNull();
    expect(hourPrice(u, 0)).toBeNull();
    const partly = structuredClone(dpm);
    partly.energy.hours.cost[5] = null;
    const p = energyHours(partly);
    expect(p.cumCost!.slice(0, 5).every(Number.isFinite)).toBe(true);
    expect(p.cumCost!.slice(5).every(Number.isNaN)).toBe(true);
  });

  it('gives the last, partial hour its own length', () => {
    const r = syntheticReport({ hosts: 2, intervals: 9, intervalMs: 600_000 });
    const h = energyHours(r);
    expect(h.t).toEqual([0, HOUR]);
    expect(h.dt).toEqual([HOUR, 30 * 60_000]);
  });

  it('adds up long runs without losing cents (full-precision running totals)', () => {
    // 10,000 hours of 0.1 kWh: a plain running sum drifts off 1000 (0.1 has no exact binary form).
    const hours = (it: number[]): Report => {
      const t = it.map((_, i) => i * 3_600_000);
      const nulls = it.map(() => null);
      return { run: { durationMs: it.length * 3_600_000 }, energy: { hours: { t, itKWh: it, facilityKWh: it, cost: it, kgCo2: nulls }, clusters: {} } } as unknown as Report;
    };
    const tenths = energyHours(hours(new Array<number>(10_000).fill(0.1)));
    expect(tenths.cumItKWh[9_999]).toBe(1000);
    expect(tenths.cumCost![9_999]).toBe(1000);
    expect(energyHours(hours([1e16, 1, -1e16])).cumFacilityKWh).toEqual([1e16, 1e16 + 1, 1]);
    expect(energyHours(hours([1, 2, 3.5])).cumItKWh).toEqual([1, 3, 6.5]);
  });
});

describe('the finance rows', () => {
  it('compare the run with its baseline line by line, the saving being baseline − virtualized', () => {
    const f = dpm.headline.finance;
    const rows = financeRows(f);
    expect(rows.map((r) => r.key)).toEqual(['servers', 'it-energy', 'facility-energy', 'energy-cost', 'hardware', 'licences', 'admin', 'total', 'co2']);
    const row = (k: string) => rows.find((r) => r.key === k)!;
    expect([row('servers').virtualized, row('servers').baseline, row('servers').saving]).toEqual([8, 32, 24]);
    expect(row('energy-cost').saving).toBeCloseTo(f.baselineEnergyCost! - f.energyCost!, 9);
    expect(row('licences').baseline).toBe(0);
    expect(row('licences').saving).toBe(-f.licenceCost);
    expect([row('total').saving, row('total').savingPct]).toEqual([f.saving, f.savingPct]);
    expect(row('co2').saving).toBe(f.kgCo2Saved);
    expect(financeSaving(row('total'), 'EUR')).toBe(`${money(f.saving, 'EUR')} (28.9 %)`);
    expect(financeValue(null, 'money', 'EUR')).toBe('—');
    expect(financeValue(1234.5, 'money', 'EUR')).toBe('1,234.50 EUR');
    expect(financeValue(68.1, 'co2', 'EUR')).toBe('68.1 kgCO2');
    expect(financeValue(386, 'servers', 'EUR')).toBe('386');
  });

  it('sums the run up in one sentence', () => {
    expect(financeSummary(consolidation)).toBe('14 servers instead of 400: 38,292 EUR (83.8 %) and 15.6 t CO2 saved over the run.');
    expect(financeSummary(dpm.headline.finance)).toBe('8 servers instead of 32: 83.64 EUR (28.9 %) and 68.1 kg CO2 saved over the run.');
    expect(financeSummary(unpriced.headline.finance)).toBe('4 servers instead of 16 (no price given, no grid intensity given).');
    expect(financeSummary({ ...consolidation, saving: -1500, savingPct: -3.2 })).toBe('14 servers instead of 400: 1,500 EUR (3.2 %) more and 15.6 t CO2 saved over the run.');
    // Energy priced, no server price: the energy cost saved (16,800 − 5,600 EUR) is known, the total is not.
    expect(financeSummary({ ...consolidation, saving: null, savingPct: null, totalCost: null })).toBe(
      '14 servers instead of 400: 11,200 EUR of energy cost and 15.6 t CO2 saved over the run (no server price given, so hardware and the total are unknown).',
    );
    expect(financeSummary({ ...consolidation, saving: null, savingPct: null, totalCost: null, energyCost: null })).toBe('14 servers instead of 400: 15.6 t CO2 saved over the run (no price given).');
    expect(financeSummary({ ...consolidation, servers: 1, kgCo2Saved: null, kgCo2: null })).toBe('1 server instead of 400: 38,292 EUR (83.8 %) saved over the run.');
  });

  it('says which figures have no price', () => {
    expect(financeGaps(dpm.headline.finance)).toEqual({ price: false, intensity: false });
    expect(financeGaps(unpriced.headline.finance)).toEqual({ price: true, intensity: true });
    const rows = financeRows(unpriced.headline.finance);
    expect(rows.filter((r) => r.virtualized === null).map((r) => r.key)).toEqual(['energy-cost', 'hardware', 'total', 'co2']);
  });
});

describe('the power management finding', () => {
  it('gives host-hours in standby, standby and transition energy, and the power-downs', () => {
    const f = powerManagementFinding(dpm)!;
    const e = dpm.headline.energy;
    expect(f.tone).toBe('info');
    expect(f.text).toMatch(/^Power management: hosts spent [\d.]+ host-hours in standby \([\d.]+ % of all host-hours\) over 12 power-downs; /);
    expect(f.text).toContain(`standby drew ${e.standbyKWh.toFixed(2)} kWh and booting and shutting down ${e.transitionKWh.toFixed(2)} kWh`);
    expect(findings(dpm).some((x) => x.text === f.text)).toBe(true);
    expect(powerManagementFinding(quiet)).toBeNull();
    expect(findings(quiet).some((x) => x.text.startsWith('Power management'))).toBe(false);
  });

  it('adds the saving against physical servers to the findings when it is known', () => {
    const f = findings(dpm).find((x) => x.text.startsWith('Against physical servers:'))!;
    expect(f.tone).toBe('good');
    expect(f.text).toBe(`Against physical servers: ${financeSummary(dpm.headline.finance)} See the Energy and money panel.`);
    expect(findings(unpriced).some((x) => x.text.startsWith('Against physical servers'))).toBe(false);
  });
});

describe('energy and money in the comparison rows', () => {
  it('adds standby and transition energy, total cost, servers and savings against the baseline', () => {
    const keys = RUN_FIGURES.map((f) => f.key);
    const at = keys.indexOf('embodiedKgCo2');
    expect(keys.slice(at + 1, at + 9)).toEqual(['standbyKWh', 'transitionKWh', 'totalCost', 'baselineServers', 'serversSaved', 'saving', 'savingPct', 'kgCo2Saved']);
    const get = (k: string, r: Report) => RUN_FIGURES.find((f) => f.key === k)!.get(r);
    const f = dpm.headline.finance;
    expect(['totalCost', 'baselineServers', 'serversSaved', 'saving', 'savingPct', 'kgCo2Saved'].map((k) => get(k, dpm))).toEqual([
      f.totalCost,
      f.baselineServers,
      f.serversSaved,
      f.saving,
      f.savingPct,
      f.kgCo2Saved,
    ]);
    expect(get('standbyKWh', dpm)).toBe(dpm.headline.energy.standbyKWh);
    expect(['totalCost', 'saving', 'savingPct', 'kgCo2Saved'].map((k) => get(k, unpriced))).toEqual([null, null, null, null]);
    expect(RUN_FIGURES.find((x) => x.key === 'saving')!.better).toBe('higher');
  });
});

describe('energy and money formats', () => {
  it('writes money in sentences in whole units from 100 up, tonnes of CO2 from 1000 kg, prices and power', () => {
    expect(moneyRound(38_292.4, 'EUR')).toBe('38,292 EUR');
    expect(moneyRound(83.641, 'EUR')).toBe('83.64 EUR');
    expect(moneyRound(null, 'EUR')).toBe('—');
    expect(co2Mass(15_600)).toBe('15.6 t CO2');
    expect(co2Mass(68.099)).toBe('68.1 kg CO2');
    expect(co2Mass(null)).toBe('—');
    expect(pricePerKWh(0.26, 'EUR')).toBe('0.26 EUR/kWh');
    expect(pricePerKWh(0.13456, 'USD')).toBe('0.1346 USD/kWh');
    expect(kw(0.048)).toBe('48 W');
    expect(kw(3.14159)).toBe('3.14 kW');
    expect(kw(Number.NaN)).toBe('–');
  });
});
