/**
 * Arrivals and retirements of VM groups over the months (`arrivals`, `retirements` in the
 * scenario). Each is a schedule (n VMs at month k, present or gone from month k on) plus a Poisson
 * process of `perMonth`: its inter-arrival times are exponential with mean 1 / perMonth months
 * (a Poisson process has independent exponential gaps; any probability text, e.g. Ross,
 * "Introduction to Probability Models", ch. 5). The times are drawn once per replication, up to
 * the horizon, from streams named after the group, so month t of a replication holds every VM
 * that arrived by t: the estate is one history, read at any (fractional) month, and the same seed
 * gives the same history. A new VM's template is drawn from the group's `mix` by weight.
 *
 * Month t of the estate: each group loses its retirements by t (its last VMs; never below zero:
 * a group that loses all is dropped) and gains a group "<group>.new" (or "<group>.new.<template>"
 * per mix template) holding its arrivals by t, running the group's workload and growth (so at t
 * a new VM asks for what the group's VMs ask for at t).
 */
import { exponential, RandomStreams } from '../engine/rng.js';

type Plain = Record<string, unknown>;

export interface GroupChanges {
  readonly cluster: string;
  readonly group: string;
  /** Arrival times (months, ascending) and each new VM's template. */
  readonly arrivals: readonly { readonly month: number; readonly template: string }[];
  /** Retirement times (months, ascending). */
  readonly retirements: readonly number[];
}

interface ScheduleEntry {
  readonly month: number;
  readonly count: number;
}

/** Schedule and Poisson times up to `horizon`, ascending. */
function times(spec: Plain | undefined, streams: RandomStreams, name: string, horizon: number): number[] {
  if (spec === undefined) return [];
  const out: number[] = [];
  for (const s of (spec.schedule ?? []) as ScheduleEntry[]) if (s.month <= horizon) for (let k = 0; k < s.count; k++) out.push(s.month);
  const rate = Number(spec.perMonth ?? 0);
  if (rate > 0) {
    const stream = streams.stream(name);
    for (let t = exponential(stream.next(), 1 / rate); t <= horizon; t += exponential(stream.next(), 1 / rate)) out.push(t);
  }
  return out.sort((a, b) => a - b);
}

/** A template drawn from `mix` by weight (names in sorted order, so the draw does not depend on key order). */
function drawTemplate(mix: Readonly<Record<string, number>>, u: number): string {
  const names = Object.keys(mix).sort();
  const total = names.reduce((s, n) => s + (mix[n]), 0);
  let acc = 0;
  for (const n of names) {
    acc += (mix[n]) / total;
    if (u < acc) return n;
  }
  return names[names.length - 1] as string;
}

/** Every group's arrivals and retirements to `horizon` months, for one replication's seed. */
export function planChanges(raw: Plain, seed: number | string, horizon: number): GroupChanges[] {
  const streams = new RandomStreams(seed);
  const out: GroupChanges[] = [];
  for (const c of (raw.clusters ?? []) as Plain[]) {
    for (const g of (c.vms ?? []) as Plain[]) {
      if (g.arrivals === undefined && g.retirements === undefined) continue;
      const id = `${String(c.name)}/${String(g.name)}`;
      const arrivals = g.arrivals as Plain | undefined;
      const mix = (arrivals?.mix as Record<string, number> | undefined) ?? { [String(g.template)]: 1 };
      const pick = streams.stream(`runway/mix/${id}`);
      out.push({
        cluster: String(c.name),
        group: String(g.name),
        arrivals: times(arrivals, streams, `runway/arrivals/${id}`, horizon).map((month) => ({ month, template: drawTemplate(mix, pick.next()) })),
        retirements: times(g.retirements as Plain | undefined, streams, `runway/retirements/${id}`, horizon),
      });
    }
  }
  return out;
}

/** Name of the group that holds a group's arrivals of `template`. */
export function arrivalGroupName(group: Plain, template: string): string {
  const mix = (group.arrivals as Plain | undefined)?.mix as Record<string, number> | undefined;
  return mix === undefined ? `${String(group.name)}.new` : `${String(group.name)}.new.${template}`;
}

/**
 * The raw scenario with the arrivals and retirements up to month t, before growth: new groups keep
 * their parent's growth, so growing the result (growth.ts) grows them as their parent.
 */
export function withChanges(raw: Plain, plan: readonly GroupChanges[], t: number): Plain {
  const copy = structuredClone(raw);
  for (const c of (copy.clusters ?? []) as Plain[]) {
    const groups = (c.vms ?? []) as Plain[];
    const next: Plain[] = [];
    for (const g of groups) {
      const p = plan.find((x) => x.cluster === c.name && x.group === g.name);
      if (p === undefined) {
        next.push(g);
        continue;
      }
      const retired = p.retirements.filter((m) => m <= t).length;
      const left = Math.max(0, Number(g.count) - retired);
      if (left > 0) next.push({ ...g, count: left });
      const byTemplate = new Map<string, number>();
      for (const a of p.arrivals) if (a.month <= t) byTemplate.set(a.template, (byTemplate.get(a.template) ?? 0) + 1);
      for (const [template, count] of [...byTemplate].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const fresh: Plain = { name: arrivalGroupName(g, template), count, template, workload: g.workload };
        if (g.growth !== undefined) fresh.growth = g.growth;
        if (g.datastore !== undefined) fresh.datastore = g.datastore;
        next.push(fresh);
      }
    }
    c.vms = next;
  }
  return copy;
}

/** Whether any group of the scenario has arrivals or retirements. */
export function hasChanges(raw: Plain): boolean {
  return ((raw.clusters ?? []) as Plain[]).some((c) => ((c.vms ?? []) as Plain[]).some((g) => g.arrivals !== undefined || g.retirements !== undefined));
}
