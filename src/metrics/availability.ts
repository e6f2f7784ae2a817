/**
 * Availability and migration figures for a slice of the world, from the outage tracker, the HA
 * controller and the migration records: what a student reads after "two hosts failed".
 */
import type { QueueSource } from './queue-wait.js';
import type { HaController } from '../model/availability/ha.js';
import type { OutageTracker } from '../model/availability/outages.js';
import { DOWN_REASONS, RESTART_PRIORITIES, VM_BOOTING, VM_DOWN, DOWN_UNPLACEABLE, DOWN_ADMISSION, plannedDown } from '../model/lifecycle.js';
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { Slice } from './slice.js';

const MS_PER_HOUR = 3_600_000;

/** One finished or aborted live migration. */
export interface MigrationRecordLike {
  readonly vm: number;
  readonly durationMs: number;
  readonly transferredMiB: number;
  readonly downtimeMs: number;
  readonly outcome: 'running' | 'completed' | 'aborted';
  readonly reason: string;
}

export interface LifecycleSources {
  readonly outages: OutageTracker;
  readonly ha: HaController | null;
  readonly migrations: readonly MigrationRecordLike[];
  /** The queue of VMs unplaced at power-on (null when the run has none). */
  readonly queue?: QueueSource | null;
}

/** "Nines" of an availability fraction: 0.999 → 3; capped at 9 for a VM never down. */
export function nines(availability: number): number {
  if (!(availability < 1)) return 9;
  return Math.min(9, -Math.log10(1 - availability));
}

/** A cluster's availability sums (see HeadlineParts): folded over clusters for the datacenter. */
export interface AvailabilityParts {
  ran: number;
  sum: number;
  worst: number;
  outages: number;
  downMs: number;
  /** Down time by DOWN_REASONS index (ms). */
  byReason: number[];
  downAtEnd: number;
  tiers: { vms: number; sum: number; downMs: number }[];
  hostFailures: number;
  restarts: number;
  /** Incidents touching the cluster's hosts; `key` tells one hitting several clusters apart. */
  incidents: { key: string; recoveryS: number | null }[];
}

export function availabilityParts(world: World, src: LifecycleSources, s: Slice): AvailabilityParts {
  const V = world.vms;
  const t = world.durationMs;
  const o = src.outages;
  const p: AvailabilityParts = {
    ran: 0, sum: 0, worst: 1, outages: 0, downMs: 0, byReason: new Array<number>(DOWN_REASONS.length).fill(0), downAtEnd: 0,
    tiers: RESTART_PRIORITIES.map(() => ({ vms: 0, sum: 0, downMs: 0 })), hostFailures: 0, restarts: 0, incidents: [],
  };
  for (let v = s.vmStart; v < s.vmEnd; v++) {
    const a = o.availability(v, t);
    if (Number.isNaN(a)) continue;
    p.ran++;
    p.sum += a;
    if (a < p.worst) p.worst = a;
    p.outages += o.outages[v];
    const d = o.downMsAt(v, t);
    p.downMs += d;
    for (let r = 1; r < DOWN_REASONS.length; r++) p.byReason[r] = (p.byReason[r]) + o.reasonMsAt(v, r, t);
    const st = V.state[v];
    const why = V.downReason[v];
    if (!plannedDown(why) && (st === VM_BOOTING || (st === VM_DOWN && why !== DOWN_UNPLACEABLE && why !== DOWN_ADMISSION))) p.downAtEnd++;
    const tier = p.tiers[V.haPriority[v]]!;
    tier.vms++;
    tier.sum += a;
    tier.downMs += d;
  }
  if (src.ha) {
    for (let h = s.hostStart; h < s.hostEnd; h++) p.hostFailures += src.ha.hostFailCount[h];
    p.restarts = countRestarts(src.ha, s);
    for (const i of src.ha.incidents) {
      if (!i.hosts.some((id) => hostInSlice(world, id, s))) continue;
      const recovered = i.recoveredAt !== null && i.vmsAffected > 0;
      p.incidents.push({ key: `${i.t}|${i.cause}|${i.hosts.join(',')}`, recoveryS: recovered ? ((i.recoveredAt as number) - i.t) / 1000 : null });
    }
  }
  return p;
}

export function foldAvailability(a: AvailabilityParts, b: AvailabilityParts): AvailabilityParts {
  const seen = new Set(a.incidents.map((i) => i.key));
  return {
    ran: a.ran + b.ran,
    sum: a.sum + b.sum,
    worst: Math.min(a.worst, b.worst),
    outages: a.outages + b.outages,
    downMs: a.downMs + b.downMs,
    byReason: a.byReason.map((x, r) => x + (b.byReason[r])),
    downAtEnd: a.downAtEnd + b.downAtEnd,
    tiers: a.tiers.map((x, k) => {
      const y = b.tiers[k]!;
      return { vms: x.vms + y.vms, sum: x.sum + y.sum, downMs: x.downMs + y.downMs };
    }),
    hostFailures: a.hostFailures + b.hostFailures,
    restarts: a.restarts + b.restarts,
    // An incident hitting hosts of both (a site failure hits every cluster of its site) counts once.
    incidents: [...a.incidents, ...b.incidents.filter((i) => !seen.has(i.key))],
  };
}

export function availabilityFigures(p: AvailabilityParts): HeadlineFigures['availability'] {
  const mean = p.ran > 0 ? p.sum / p.ran : 1;
  const recoveryS = p.incidents.flatMap((i) => (i.recoveryS === null ? [] : [i.recoveryS]));
  const downtimeByReasonVmHours: Record<string, number> = {};
  DOWN_REASONS.forEach((name, r) => {
    if (r > 0 && (p.byReason[r]) > 0) downtimeByReasonVmHours[name] = (p.byReason[r]) / MS_PER_HOUR;
  });
  return {
    vmsEverRunning: p.ran,
    meanVmAvailabilityPct: mean * 100,
    worstVmAvailabilityPct: p.ran > 0 ? p.worst * 100 : 100,
    nines: nines(mean),
    outages: p.outages,
    downtimeVmHours: p.downMs / MS_PER_HOUR,
    downtimeByReasonVmHours,
    vmsDownAtEnd: p.downAtEnd,
    hostFailures: p.hostFailures,
    incidents: p.incidents.length,
    restarts: p.restarts,
    meanRecoveryS: recoveryS.length > 0 ? recoveryS.reduce((a, b) => a + b, 0) / recoveryS.length : 0,
    worstRecoveryS: recoveryS.length > 0 ? Math.max(...recoveryS) : 0,
    byPriority: Object.fromEntries(
      RESTART_PRIORITIES.map((name, k) => {
        const tier = p.tiers[k]!;
        return [name, { vms: tier.vms, meanAvailabilityPct: tier.vms > 0 ? (tier.sum / tier.vms) * 100 : 100, downtimeVmHours: tier.downMs / MS_PER_HOUR }];
      }),
    ) as HeadlineFigures['availability']['byPriority'],
  };
}

function hostInSlice(world: World, id: string, s: Slice): boolean {
  const cl = world.clusters.find((c) => c.hostStart === s.hostStart && c.hostEnd === s.hostEnd);
  return cl === undefined ? true : id.startsWith(`${cl.id}/`);
}

function countRestarts(ha: HaController, s: Slice): number {
  let n = 0;
  for (let v = s.vmStart; v < s.vmEnd; v++) n += ha.restartsOf(v);
  return n;
}

/** A cluster's live-migration sums (see HeadlineParts). */
export interface MigrationParts {
  completed: number;
  aborted: number;
  durationMs: number;
  transferredMiB: number;
  downtimeMs: number;
  maxDowntimeMs: number;
  /** Completed migrations by reason (balance, dpm, power-window, maintenance, rule, …). */
  byReason: Record<string, number>;
}

export function migrationParts(src: LifecycleSources, s: Slice): MigrationParts {
  const p: MigrationParts = { completed: 0, aborted: 0, durationMs: 0, transferredMiB: 0, downtimeMs: 0, maxDowntimeMs: 0, byReason: {} };
  for (const m of src.migrations) {
    if (m.vm < s.vmStart || m.vm >= s.vmEnd) continue;
    if (m.outcome === 'running') continue;
    if (m.outcome === 'aborted') {
      p.aborted++;
      p.transferredMiB += m.transferredMiB;
      continue;
    }
    p.completed++;
    p.byReason[m.reason] = (p.byReason[m.reason] ?? 0) + 1;
    p.durationMs += m.durationMs;
    p.transferredMiB += m.transferredMiB;
    p.downtimeMs += m.downtimeMs;
    if (m.downtimeMs > p.maxDowntimeMs) p.maxDowntimeMs = m.downtimeMs;
  }
  return p;
}

export function foldMigrations(a: MigrationParts, b: MigrationParts): MigrationParts {
  return {
    completed: a.completed + b.completed,
    aborted: a.aborted + b.aborted,
    durationMs: a.durationMs + b.durationMs,
    transferredMiB: a.transferredMiB + b.transferredMiB,
    downtimeMs: a.downtimeMs + b.downtimeMs,
    maxDowntimeMs: Math.max(a.maxDowntimeMs, b.maxDowntimeMs),
    byReason: addCounts(a.byReason, b.byReason),
  };
}

/** Counts of a and b added, keys sorted (so folded parts serialise alike). */
function addCounts(a: Readonly<Record<string, number>>, b: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) out[k] = (a[k] ?? 0) + (b[k] ?? 0);
  return out;
}

export function migrationFigures(p: MigrationParts): HeadlineFigures['migrations'] {
  return {
    completed: p.completed,
    aborted: p.aborted,
    meanDurationS: p.completed > 0 ? p.durationMs / p.completed / 1000 : 0,
    transferredGiB: p.transferredMiB / 1024,
    meanDowntimeMs: p.completed > 0 ? p.downtimeMs / p.completed : 0,
    maxDowntimeMs: p.maxDowntimeMs,
    byReason: addCounts(p.byReason, {}),
  };
}
