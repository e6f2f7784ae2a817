/**
 * The finance view: what the virtualized datacenter costs over the run, against a physical
 * baseline of one server per VM (or `vmsPerServer` VMs), line by line, so every assumption is
 * visible. The baseline server runs its VMs' demand on its own cores; its power is linear
 * between its idle and maximum watts, for which the time-averaged utilisation is exact. The
 * baseline is priced at the run's own mean PUE, electricity price and grid intensity.
 */
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { EnergySpec, FinanceSpec } from '../scenario/schema.js';
import type { MeteredTotals } from './energy-meter.js';

const MS_PER_YEAR = 365.25 * 24 * 3_600_000;
const WMS_PER_KWH = 3.6e9;

/** What the baseline server of a cluster is: the scenario's, else the cluster's first host group. */
export interface BaselineServer {
  readonly cores: number;
  readonly mhz: number;
  readonly idleW: number;
  readonly maxW: number;
}

export function baselineServerOf(world: World, f: FinanceSpec, cluster: number): BaselineServer {
  const cl = world.clusters[cluster]!;
  const H = world.hosts;
  const h = cl.hostStart;
  return {
    cores: f.baseline.cores ?? (H.cores[h]),
    mhz: f.baseline.mhz ?? (H.coreMhz[h]),
    idleW: f.baseline.idleW ?? (H.idleW[h]),
    maxW: f.baseline.maxW ?? (H.maxW[h]),
  };
}

function sumOrNull(...xs: Array<number | null>): number | null {
  let s = 0;
  for (const x of xs) {
    if (x === null) return null;
    s += x;
  }
  return s;
}

function minus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** A cluster's physical baseline: servers and their energy (W·ms) over the run. */
export interface BaselineParts {
  servers: number;
  wms: number;
}

/** The baseline of a cluster: VMs that ran, in VM order, `vmsPerServer` to a server of its baseline kind. */
export function baselineParts(world: World, f: FinanceSpec, cluster: number): BaselineParts {
  const V = world.vms;
  const duration = world.durationMs;
  const cl = world.clusters[cluster]!;
  const b = baselineServerOf(world, f, cluster);
  const capacity = b.cores * b.mhz;
  const out: BaselineParts = { servers: 0, wms: 0 };
  let inServer = 0;
  let demand = 0;
  const close = (): void => {
    const u = Math.min(1, demand / capacity);
    out.wms += (b.idleW + (b.maxW - b.idleW) * u) * duration;
    out.servers++;
    inServer = 0;
    demand = 0;
  };
  for (let v = cl.vmStart; v < cl.vmEnd; v++) {
    if ((V.placedMs[v]) === 0 && (V.host[v]) < 0) continue;
    demand += (V.wantInt[v]) / duration;
    inServer++;
    if (inServer === f.baseline.vmsPerServer) close();
  }
  if (inServer > 0) close();
  return out;
}

export function financeFigures(
  servers: number,
  baseline: BaselineParts,
  duration: number,
  energy: EnergySpec,
  f: FinanceSpec,
  metered: MeteredTotals,
): HeadlineFigures['finance'] {
  const years = duration / MS_PER_YEAR;
  const lifeShare = duration / (energy.serverLifeYears * MS_PER_YEAR);
  const baselineServers = baseline.servers;
  const baselineWms = baseline.wms;
  const baselineItKWh = baselineWms / WMS_PER_KWH;
  // The baseline sits in the same facility, on the same tariff and grid, on average.
  const pue = metered.itKWh > 0 ? metered.facilityKWh / metered.itKWh : energy.pue;
  const baselineFacilityKWh = baselineItKWh * pue;
  const price = metered.cost === null ? null : metered.facilityKWh > 0 ? metered.cost / metered.facilityKWh : (energy.pricePerKWh ?? 0);
  const intensity = metered.kgCo2 === null ? null : metered.facilityKWh > 0 ? metered.kgCo2 / metered.facilityKWh : (energy.gridGramsCo2PerKWh ?? 0) / 1000;
  const baselineEnergyCost = price === null ? null : baselineFacilityKWh * price;
  const baselineOperationalKg = intensity === null ? null : baselineFacilityKWh * intensity;

  const hardware = f.serverPrice === null ? null : f.serverPrice * servers * lifeShare;
  const baselinePrice = f.baseline.serverPrice ?? f.serverPrice;
  const baselineHardware = baselinePrice === null ? null : baselinePrice * baselineServers * lifeShare;
  const licences = f.licencePerHostYear * servers * years;
  const admin = f.adminPerServerYear * servers * years;
  const baselineAdmin = f.adminPerServerYear * baselineServers * years;
  const embodied = energy.embodiedKgCo2PerServer * servers * lifeShare;
  const baselineEmbodied = energy.embodiedKgCo2PerServer * baselineServers * lifeShare;

  const total = sumOrNull(hardware, licences, admin, metered.cost);
  const baselineTotal = sumOrNull(baselineHardware, 0, baselineAdmin, baselineEnergyCost);
  const saving = minus(baselineTotal, total);
  const kg = metered.kgCo2 === null ? null : metered.kgCo2 + embodied;
  const baselineKg = baselineOperationalKg === null ? null : baselineOperationalKg + baselineEmbodied;
  return {
    currency: energy.currency,
    servers,
    baselineServers,
    serversSaved: baselineServers - servers,
    itKWh: metered.itKWh,
    baselineItKWh,
    facilityKWh: metered.facilityKWh,
    baselineFacilityKWh,
    energyCost: metered.cost,
    baselineEnergyCost,
    hardwareCost: hardware,
    baselineHardwareCost: baselineHardware,
    licenceCost: licences,
    adminCost: admin,
    baselineAdminCost: baselineAdmin,
    totalCost: total,
    baselineTotalCost: baselineTotal,
    saving,
    savingPct: saving === null || baselineTotal === null || baselineTotal === 0 ? null : (saving / baselineTotal) * 100,
    kgCo2: kg,
    baselineKgCo2: baselineKg,
    kgCo2Saved: minus(baselineKg, kg),
  };
}
