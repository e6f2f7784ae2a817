/**
 * The energy meter: at every hour boundary (UTC) it reads each cluster's exact energy integral
 * and prices that hour's energy with the hour's PUE, electricity price (flat or time-of-use) and
 * grid carbon intensity. Hourly resolution is what tariffs and grid intensities are published
 * at; the energy itself comes from the integrals, so nothing is sampled.
 */
import type { Kernel } from '../engine/index.js';
import type { Datacenter } from '../model/datacenter.js';
import { KIND_ENERGY_HOUR } from '../model/event-kinds.js';
import { HOST_BOOTING, HOST_FAILED, HOST_SHUTTING_DOWN, HOST_STANDBY, HOST_STATES } from '../model/lifecycle.js';
import type { EnergySpec } from '../scenario/schema.js';

const PRIORITY_METER = 101;
const MS_PER_HOUR = 3_600_000;
const WMS_PER_KWH = 3.6e9;
const S = HOST_STATES.length;

/** One cluster-hour (the last hour of a run may be partial). */
export interface EnergyHour {
  readonly cluster: number;
  readonly t0: number; // ms from the run start
  readonly t1: number;
  readonly itKWh: number;
  readonly servingKWh: number; // hosts on, in maintenance or isolated
  readonly transitionKWh: number; // booting and shutting down
  readonly standbyKWh: number;
  readonly pue: number;
  readonly facilityKWh: number;
  readonly pricePerKWh: number | null;
  readonly cost: number | null;
  readonly gramsCo2PerKWh: number | null;
  readonly kgCo2: number | null;
}

export interface MeteredTotals {
  itKWh: number;
  facilityKWh: number;
  cost: number | null;
  kgCo2: number | null;
  servingKWh: number;
  transitionKWh: number;
  standbyKWh: number;
}

/**
 * Price of electricity in the hour starting at `epochMs`: the first matching band, else the flat
 * price. Bands run from whole hour to whole hour (minutes after midnight, loaded by the scenario
 * schema) on each of their days (day numbers); one whose end is not after its start covers that
 * day's hours from its start to midnight and from midnight to its end.
 */
export function priceAt(e: EnergySpec, epochMs: number): number | null {
  const d = new Date(epochMs);
  const minute = d.getUTCHours() * 60;
  const day = d.getUTCDay();
  for (const band of e.tariff) {
    if (!band.days.includes(day)) continue;
    const { from, to } = band;
    const inside = from < to ? minute >= from && minute < to : minute >= from || minute < to;
    if (inside) return band.pricePerKWh;
  }
  return e.pricePerKWh;
}

export function pueAt(e: EnergySpec, epochMs: number): number {
  return e.pueByHour ? (e.pueByHour[new Date(epochMs).getUTCHours()]) : e.pue;
}

export function intensityAt(e: EnergySpec, epochMs: number): number | null {
  return e.gridGramsCo2ByHour ? (e.gridGramsCo2ByHour[new Date(epochMs).getUTCHours()]) : e.gridGramsCo2PerKWh;
}

export class EnergyMeter {
  readonly hours: EnergyHour[] = [];
  private readonly prev: Float64Array; // [host × states] energy by state at the last reading
  private last = 0;

  constructor(
    private readonly dc: Datacenter,
    private readonly kernel: Kernel,
    private readonly spec: EnergySpec,
  ) {
    this.prev = new Float64Array(dc.world.hosts.n * S);
    kernel.on(KIND_ENERGY_HOUR, () => this.read(kernel.now));
  }

  start(): void {
    const { world } = this.dc;
    this.last = this.kernel.now;
    const epoch = world.startEpochMs;
    const next = Math.ceil((epoch + 1) / MS_PER_HOUR) * MS_PER_HOUR - epoch;
    if (next < world.durationMs) this.kernel.schedule(next, KIND_ENERGY_HOUR, 0, 0, 0, PRIORITY_METER);
  }

  /** Close the hour [last, t) for every cluster. */
  read(t: number): void {
    const { world } = this.dc;
    if (t <= this.last) return;
    const H = world.hosts;
    const at = world.startEpochMs + this.last;
    const pue = pueAt(this.spec, at);
    const price = priceAt(this.spec, at);
    const intensity = intensityAt(this.spec, at);
    world.clusters.forEach((cl, ci) => {
      let serving = 0;
      let transition = 0;
      let standby = 0;
      for (let h = cl.hostStart; h < cl.hostEnd; h++) {
        this.dc.flushHost(h, t);
        for (let s = 0; s < S; s++) {
          const k = h * S + s;
          const d = (H.energyByStateInt[k]) - (this.prev[k]);
          this.prev[k] = H.energyByStateInt[k];
          if (s === HOST_BOOTING || s === HOST_SHUTTING_DOWN) transition += d;
          else if (s === HOST_STANDBY || s === HOST_FAILED) standby += d;
          else serving += d;
        }
      }
      const it = (serving + transition + standby) / WMS_PER_KWH;
      const facility = it * pue;
      this.hours.push({
        cluster: ci,
        t0: this.last,
        t1: t,
        itKWh: it,
        servingKWh: serving / WMS_PER_KWH,
        transitionKWh: transition / WMS_PER_KWH,
        standbyKWh: standby / WMS_PER_KWH,
        pue,
        facilityKWh: facility,
        pricePerKWh: price,
        cost: price === null ? null : facility * price,
        gramsCo2PerKWh: intensity,
        kgCo2: intensity === null ? null : (facility * intensity) / 1000,
      });
    });
    this.last = t;
    if (t + MS_PER_HOUR < world.durationMs) this.kernel.schedule(t + MS_PER_HOUR, KIND_ENERGY_HOUR, 0, 0, 0, PRIORITY_METER);
  }
}

/** Totals of metered rows, added in their order. */
export function meteredTotals(rows: readonly EnergyHour[]): MeteredTotals {
  const out: MeteredTotals = { itKWh: 0, facilityKWh: 0, cost: 0, kgCo2: 0, servingKWh: 0, transitionKWh: 0, standbyKWh: 0 };
  for (const r of rows) {
    out.itKWh += r.itKWh;
    out.facilityKWh += r.facilityKWh;
    out.servingKWh += r.servingKWh;
    out.transitionKWh += r.transitionKWh;
    out.standbyKWh += r.standbyKWh;
    out.cost = r.cost === null || out.cost === null ? null : out.cost + r.cost;
    out.kgCo2 = r.kgCo2 === null || out.kgCo2 === null ? null : out.kgCo2 + r.kgCo2;
  }
  return out;
}
