/**
 * Energy and finance figures of a synthetic report: the headline energy (IT, facility, cost,
 * CO2, by host state), the comparison with a physical baseline, and the hourly energy, each
 * worked out from simple fixed rates. Pure.
 */
import type { HeadlineFigures, Report } from '../../src/report/schema.js';

const r3 = (x: number) => Math.round(x * 1000) / 1000;

const MS_PER_HOUR = 3_600_000;

/**
 * Energy as the simulator works it out: about 306 W per host (150 W + 3 W per % at the mean 52 %
 * utilisation), facility energy = IT × PUE, cost and operational CO2 from the facility kWh,
 * embodied CO2 = 1000 kgCO2 per server over 5 years, for the run's share.
 */
export function energy(hosts: number, durationMs: number, unpriced: boolean): HeadlineFigures['energy'] {
  const meanPowerKW = r3(hosts * 0.306);
  const itKWh = r3((meanPowerKW * durationMs) / MS_PER_HOUR);
  const pue = unpriced ? 1 : 1.4;
  const facilityKWh = r3(itKWh * pue);
  return {
    itKWh,
    meanPowerKW,
    pue,
    facilityKWh,
    cost: unpriced ? null : r3(facilityKWh * 0.2),
    currency: 'EUR',
    operationalKgCo2: unpriced ? null : r3((facilityKWh * 300) / 1000),
    embodiedKgCo2: r3((hosts * 1000 * durationMs) / (5 * 365.25 * 24 * MS_PER_HOUR)),
    // Every host serves all the time: no power management in the synthetic run.
    servingKWh: itKWh,
    transitionKWh: 0,
    standbyKWh: 0,
  };
}

/**
 * The run against a physical baseline of 2 VMs per server at 200 W each: energy as above, a
 * server at 8 000 EUR over 5 years, 1 500 EUR of licences per host and year, 600 EUR of
 * administration per server and year, each for the run's share; costs null without prices.
 */
export function finance(hosts: number, vms: number, durationMs: number, e: HeadlineFigures['energy'], unpriced: boolean): HeadlineFigures['finance'] {
  const years = durationMs / (365.25 * 24 * MS_PER_HOUR);
  const baselineServers = Math.ceil(vms / 2);
  const baselineItKWh = r3((baselineServers * 0.2 * durationMs) / MS_PER_HOUR);
  const baselineFacilityKWh = r3(baselineItKWh * e.pue);
  const price = (kwh: number) => (unpriced ? null : r3(kwh * 0.2));
  const energyCost = price(e.facilityKWh);
  const baselineEnergyCost = price(baselineFacilityKWh);
  const hardwareCost = unpriced ? null : r3((hosts * 8000 * years) / 5);
  const baselineHardwareCost = unpriced ? null : r3((baselineServers * 8000 * years) / 5);
  const licenceCost = r3(hosts * 1500 * years);
  const adminCost = r3(hosts * 600 * years);
  const baselineAdminCost = r3(baselineServers * 600 * years);
  const sum = (...xs: Array<number | null>) => (xs.some((x) => x === null) ? null : r3(xs.reduce<number>((a, x) => a + (x as number), 0)));
  const totalCost = sum(energyCost, hardwareCost, licenceCost, adminCost);
  const baselineTotalCost = sum(baselineEnergyCost, baselineHardwareCost, baselineAdminCost);
  const saving = totalCost === null || baselineTotalCost === null ? null : r3(baselineTotalCost - totalCost);
  const kgCo2 = e.operationalKgCo2 === null ? null : r3(e.operationalKgCo2 + e.embodiedKgCo2);
  const baselineKgCo2 = unpriced ? null : r3((baselineFacilityKWh * 300) / 1000 + (baselineServers * 1000 * years) / 5);
  return {
    currency: e.currency,
    servers: hosts,
    baselineServers,
    serversSaved: baselineServers - hosts,
    itKWh: e.itKWh,
    baselineItKWh,
    facilityKWh: e.facilityKWh,
    baselineFacilityKWh,
    energyCost,
    baselineEnergyCost,
    hardwareCost,
    baselineHardwareCost,
    licenceCost,
    adminCost,
    baselineAdminCost,
    totalCost,
    baselineTotalCost,
    saving,
    savingPct: saving === null || !baselineTotalCost ? null : r3((saving / baselineTotalCost) * 100),
    kgCo2,
    baselineKgCo2,
    kgCo2Saved: kgCo2 === null || baselineKgCo2 === null ? null : r3(baselineKgCo2 - kgCo2),
  };
}

/** The datacenter's energy per hour of the run, from the cluster power series (PUE, price and intensity as in `energy`). */
export function hourlyEnergy(t: readonly number[], step: number, clusters: Report['series']['clusters'], unpriced: boolean): Report['energy']['hours'] {
  const hours = Math.ceil((t.length * step) / MS_PER_HOUR);
  const it = new Array<number>(hours).fill(0);
  for (const c of Object.values(clusters)) c.powerW.forEach((w, i) => (it[Math.floor(t[i]! / MS_PER_HOUR)]! += (w * step) / MS_PER_HOUR / 1000));
  const pue = unpriced ? 1 : 1.4;
  const itKWh = it.map(r3);
  const facilityKWh = it.map((x) => r3(x * pue));
  return {
    t: itKWh.map((_, h) => h * MS_PER_HOUR),
    itKWh,
    facilityKWh,
    cost: facilityKWh.map((x) => (unpriced ? null : r3(x * 0.2))),
    kgCo2: facilityKWh.map((x) => (unpriced ? null : r3((x * 300) / 1000))),
    servingKWh: itKWh,
    transitionKWh: itKWh.map(() => 0),
    standbyKWh: itKWh.map(() => 0),
  };
}
