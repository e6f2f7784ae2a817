/// <reference path="./globals.d.ts" />
/**
 * The hourly meter (report.energy.hours, or one cluster's in report.energy.clusters) as running
 * totals, for the Energy and money panel (pure: no DOM): IT and facility kWh and cost since the
 * start at the end of each hour, with each hour's price (cost / facility kWh) and PUE (facility /
 * IT kWh). Running totals are d3's full-precision `fcumsum` (exact summation, d3-array's Adder),
 * so a month of hours adds up to the headline to the cent.
 */
import type { Report } from './types.js';

export interface EnergyHours {
  /** Hour starts, lengths (the first and last may be partial) and ends, ms from the run start. */
  readonly t: readonly number[];
  readonly dt: number[];
  readonly end: number[];
  /** Each hour's own figures. */
  readonly itKWh: readonly number[];
  readonly facilityKWh: readonly number[];
  readonly cost: ReadonlyArray<number | null>;
  readonly kgCo2: ReadonlyArray<number | null>;
  /** Running totals at each hour's end. */
  readonly cumItKWh: number[];
  readonly cumFacilityKWh: number[];
  /** Running cost (NaN from the first hour without a price on); null when no hour has a price. */
  readonly cumCost: number[] | null;
}

/** Running totals of `xs` at full precision. */
function runningSum(xs: Iterable<number>): number[] {
  return Array.from(d3.fcumsum(xs));
}

/** The hours of cluster `key` (report.energy.clusters), or the datacenter's for any other key ('*': all clusters). */
export function energyHours(report: Report, key = '*'): EnergyHours {
  const h = report.energy.clusters[key] ?? report.energy.hours;
  const n = h.t.length;
  const dt = h.t.map((t, i) => Math.max(0, (i + 1 < n ? (h.t[i + 1]) : report.run.durationMs) - t));
  const firstMissing = h.cost.findIndex((c) => c === null);
  const priced = firstMissing === -1 ? h.cost.length : firstMissing;
  let cumCost: number[] | null = null;
  if (priced > 0) {
    const run = runningSum(h.cost.slice(0, priced) as number[]);
    cumCost = h.cost.map((_, i) => (i < priced ? (run[i]) : Number.NaN));
  }
  return {
    t: h.t,
    dt,
    end: h.t.map((t, i) => t + (dt[i])),
    itKWh: h.itKWh,
    facilityKWh: h.facilityKWh,
    cost: h.cost,
    kgCo2: h.kgCo2,
    cumItKWh: runningSum(h.itKWh),
    cumFacilityKWh: runningSum(h.facilityKWh),
    cumCost,
  };
}

/** Hour i's price per facility kWh (cost / facility kWh); null without a price, NaN for an hour without energy. */
export function hourPrice(e: EnergyHours, i: number): number | null {
  const c = e.cost[i];
  if (c === null || c === undefined) return null;
  const f = e.facilityKWh[i] ?? 0;
  return f > 0 ? c / f : Number.NaN;
}

/** Hour i's PUE (facility / IT kWh); NaN for an hour without IT energy. */
export function hourPue(e: EnergyHours, i: number): number {
  const it = e.itKWh[i] ?? 0;
  return it > 0 ? (e.facilityKWh[i] ?? 0) / it : Number.NaN;
}
