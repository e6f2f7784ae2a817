/**
 * From run records to per-point statistics and the overcommit frontier.
 *
 * Frontier: for each numeric parameter, and for each combination of the other parameters'
 * values, the highest value whose point meets all objectives (judged on the mean of its
 * replications, or with `ci95` on the unfavourable end of the 95 % interval) *and whose value
 * changed what was achieved* (binding.ts), stated with the density it achieved and what bound
 * it; values that changed nothing are listed as not binding, never as met. Then the next value
 * up that fails, with the objectives it fails, and any lower values that fail too (a window
 * rather than a threshold: e.g. VMs unplaceable at low ratios, or noise).
 */
import { BINDINGS } from '../model/placement/density.js';
import { BINDING_WORDS, trim, type BindingName } from './density-text.js';
import { achievedAt, bindingMatrix, busiestAt, drivenBy, fixedLabel, groupsAlong } from './binding.js';
import type { Parameter, Point } from './expand.js';
import type { RunRecord } from './execute.js';
import { METRIC_NAMES } from './metrics.js';
import { meets, type FrontierBasis, type Objective } from './objectives.js';
import { meanOf, type PointResult } from './point-result.js';
import { summarize, type Summary } from './stats.js';

export interface FrontierRow {
  readonly parameter: string;
  /** The other parameters' values, `name=value` joined by spaces ('' when there are none). */
  readonly fixed: string;
  /** Highest value whose point meets every objective and whose value was binding; null when none. */
  readonly highestMet: number | null;
  /** What that point achieved (mean over replications) of the figure the parameter drives; null when unknown. */
  readonly achieved: number | null;
  /** The same figure on the busiest host at that point; null when unknown. */
  readonly achievedBusiest: number | null;
  /** The achieved figure's unit ('vCPU/core', 'memory overcommit', 'hosts in use'); null for other parameters. */
  readonly achievedUnit: string | null;
  /** Hosts in use at that point (mean over replications). */
  readonly hostsInUse: number | null;
  /** The constraint that bound most placements at that point. */
  readonly boundBy: BindingName | null;
  /** The lowest binding value above the highest met one that fails (the lowest value when none meets); null when none. */
  readonly nextFailing: number | null;
  /** Objectives the next value fails. */
  readonly failingObjectives: readonly string[];
  /** Values below the highest met one that fail too (ascending). */
  readonly failingBelow: readonly number[];
  /** Values that did not change the achieved figure against the next lower value (ascending): not binding. */
  readonly notBinding: readonly number[];
  /** The row in words, e.g. "cap 8 → achieved 4 vCPU/core on 5 hosts, bound by the memory cap". */
  readonly statement: string;
}

/** Records must be sorted by run id (so each point's replications are in order). */
export function pointResults(points: readonly Point[], records: readonly RunRecord[], objectives: readonly Objective[], basis: FrontierBasis): PointResult[] {
  const byPoint: RunRecord[][] = points.map(() => []);
  for (const r of records) byPoint[r.point]?.push(r);
  return points.map((point, k) => {
    const runs = byPoint[k] as RunRecord[];
    const stats = METRIC_NAMES.map((name) => summarize(runs.map((r) => r.metrics[name] ?? null)));
    const failing = objectives.filter((o) => !meets(o, stats[o.index] as Summary, basis)).map((o) => o.text);
    return { point, runs: runs.length, stats, failing };
  });
}

/** The constraint that bound most placements at a point (mean counts); 'none' when none bound any. */
export function bindingAt(r: PointResult): BindingName {
  let best: BindingName = 'none';
  let most = 0;
  for (const b of BINDINGS) {
    if (b === 'none') continue;
    const n = meanOf(r, `density.boundBy.${b}`);
    if (n > most) {
      most = n;
      best = b;
    }
  }
  return best;
}

function hostsAt(r: PointResult): number | null {
  const m = meanOf(r, 'density.hostsInUse');
  return Number.isNaN(m) ? null : m;
}

const list = (xs: readonly number[]): string => xs.join(', ');

export function frontier(parameters: readonly Parameter[], results: readonly PointResult[]): FrontierRow[] {
  const rows: FrontierRow[] = [];
  const binds = bindingMatrix(parameters, results);
  const index = new Map(results.map((r, k) => [r, k]));
  parameters.forEach((param, k) => {
    if (!param.values.every((v) => typeof v === 'number')) return;
    const driven = drivenBy(param);
    for (const sorted of groupsAlong(parameters, results, k)) {
      const first = sorted[0];
      if (first === undefined) continue;
      const fixed = fixedLabel(parameters, first.point.values, k);
      const value = (r: PointResult): number => r.point.values[k] as number;
      // null (a parameter that drives no measured figure) counts as binding: its value is what happened.
      const binding = (r: PointResult): boolean => binds[index.get(r) as number]?.[k] !== false;
      let top = -1;
      sorted.forEach((r, j) => {
        if (r.failing.length === 0 && binding(r)) top = j;
      });
      const next = sorted.slice(top + 1).find((r) => r.failing.length > 0 && binding(r));
      const at = top >= 0 ? (sorted[top] as PointResult) : null;
      const achieved = at !== null && driven !== null ? achievedAt(at, driven) : NaN;
      const busiest = at !== null && driven !== null ? busiestAt(at, driven) : NaN;
      const row = {
        parameter: param.name,
        fixed,
        highestMet: at ? value(at) : null,
        achieved: Number.isNaN(achieved) ? null : achieved,
        achievedBusiest: Number.isNaN(busiest) ? null : busiest,
        achievedUnit: driven?.unit ?? null,
        hostsInUse: at ? hostsAt(at) : null,
        boundBy: at ? bindingAt(at) : null,
        nextFailing: next ? value(next) : null,
        failingObjectives: next ? next.failing : [],
        failingBelow: sorted.slice(0, Math.max(0, top)).filter((r) => r.failing.length > 0).map(value),
        notBinding: sorted.filter((r) => !binding(r)).map(value),
      };
      rows.push({ ...row, statement: statementOf(row) });
    }
  });
  return rows;
}

/** The row in words: achieved terms, never the setting alone. */
export function statementOf(r: Omit<FrontierRow, 'statement'>): string {
  const where = r.fixed === '' ? r.parameter : `${r.parameter} at ${r.fixed}`;
  const parts: string[] = [];
  if (r.highestMet === null && r.notBinding.length > 0 && r.nextFailing === null && r.failingBelow.length === 0)
    return `${where}: no value was binding (the placement never reached this setting; the results say nothing about it)`;
  if (r.highestMet === null) parts.push('no binding value meets every objective');
  else {
    let met = `${r.highestMet} meets every objective`;
    if (r.achieved !== null && r.achievedUnit !== null) met += `: achieved ${trim(r.achieved)} ${r.achievedUnit}${r.achievedBusiest !== null ? ` (busiest host ${trim(r.achievedBusiest)})` : ''}`;
    if (r.hostsInUse !== null && r.achievedUnit !== 'hosts in use') met += `${r.achieved !== null ? '' : ':'} on ${trim(r.hostsInUse)} hosts in use`;
    if (r.boundBy !== null) met += `, bound by ${BINDING_WORDS[r.boundBy]}`;
    parts.push(met);
  }
  if (r.nextFailing !== null) parts.push(`${r.nextFailing} fails ${r.failingObjectives.join(', ')}`);
  if (r.failingBelow.length > 0) parts.push(`${list(r.failingBelow)} below it fail${r.failingBelow.length === 1 ? 's' : ''} too`);
  if (r.notBinding.length > 0) parts.push(`${list(r.notBinding)} not binding (no change in what was achieved: untested, not safe)`);
  return `${where}: ${parts.join('; ')}`;
}
