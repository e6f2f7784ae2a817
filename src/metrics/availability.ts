/**
 * Availability and migration figures for a slice of the world, from the outage tracker, the HA
 * controller and the migration records: what a student reads after "two hosts failed".
 */
import type { HaController } from '../model/availability/ha.js';
import type { OutageTracker } from '../model/availability/outages.js';
import { DOWN_REASONS, RESTART_PRIORITIES, VM_BOOTING, VM_DOWN, DOWN_UNPLACEABLE, DOWN_ADMISSION, plannedDown } from '../model/lifecycle.js';
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { Slice } from './headline.js';

const MS_PER_HOUR = 3_600_000;

/** One finished or aborted live migration. */
export interface MigrationRecordLike {
  readonly vm: number;
  readonly durationMs: number;
  readonly transferredMiB: number;
  readonly downtimeMs: number;
  readonly outcome: 'running' | 'completed' | 'aborted';
}

export interface LifecycleSources {
  readonly outages: OutageTracker;
  readonly ha: HaController | null;
  readonly migrations: readonly MigrationRecordLike[];
}

/** "Nines" of an availability fraction: 0.999 → 3; capped at 9 for a VM never down. */
export function nines(availability: number): number {
  if (!(availability < 1)) return 9;
  return Math.min(9, -Math.log10(1 - availability));
}

export function availabilityFigures(world: World, src: LifecycleSources, s: Slice): HeadlineFigures['availability'] {
  const V = world.vms;
  const t = world.durationMs;
  const o = src.outages;
  let ran = 0;
  let sum = 0;
  let worst = 1;
  let outages = 0;
  let downMs = 0;
  let downAtEnd = 0;
  const byReason = new Array<number>(DOWN_REASONS.length).fill(0);
  const tiers = RESTART_PRIORITIES.map(() => ({ vms: 0, sum: 0, downMs: 0 }));
  for (let v = s.vmStart; v < s.vmEnd; v++) {
    const a = o.availability(v, t);
    if (Number.isNaN(a)) continue;
    ran++;
    sum += a;
    if (a < worst) worst = a;
    outages += o.outages[v] as number;
    const d = o.downMsAt(v, t);
    downMs += d;
    for (let r = 1; r < DOWN_REASONS.length; r++) byReason[r] = (byReason[r] as number) + o.reasonMsAt(v, r, t);
    const st = V.state[v] as number;
    const why = V.downReason[v] as number;
    if (!plannedDown(why) && (st === VM_BOOTING || (st === VM_DOWN && why !== DOWN_UNPLACEABLE && why !== DOWN_ADMISSION))) downAtEnd++;
    const tier = tiers[V.haPriority[v] as number]!;
    tier.vms++;
    tier.sum += a;
    tier.downMs += d;
  }
  const mean = ran > 0 ? sum / ran : 1;
  let hostFailures = 0;
  let restarts = 0;
  if (src.ha) {
    for (let h = s.hostStart; h < s.hostEnd; h++) hostFailures += src.ha.hostFailCount[h] as number;
  }
  const incidents = src.ha ? src.ha.incidents.filter((i) => i.hosts.some((id) => hostInSlice(world, id, s))) : [];
  const recovered = incidents.filter((i) => i.recoveredAt !== null && i.vmsAffected > 0);
  const recoveryS = recovered.map((i) => ((i.recoveredAt as number) - i.t) / 1000);
  if (src.ha) restarts = countRestarts(src.ha, s);
  const downtimeByReasonVmHours: Record<string, number> = {};
  DOWN_REASONS.forEach((name, r) => {
    if (r > 0 && (byReason[r] as number) > 0) downtimeByReasonVmHours[name] = (byReason[r] as number) / MS_PER_HOUR;
  });
  return {
    vmsEverRunning: ran,
    meanVmAvailabilityPct: mean * 100,
    worstVmAvailabilityPct: ran > 0 ? worst * 100 : 100,
    nines: nines(mean),
    outages,
    downtimeVmHours: downMs / MS_PER_HOUR,
    downtimeByReasonVmHours,
    vmsDownAtEnd: downAtEnd,
    hostFailures,
    incidents: incidents.length,
    restarts,
    meanRecoveryS: recoveryS.length > 0 ? recoveryS.reduce((a, b) => a + b, 0) / recoveryS.length : 0,
    worstRecoveryS: recoveryS.length > 0 ? Math.max(...recoveryS) : 0,
    byPriority: Object.fromEntries(
      RESTART_PRIORITIES.map((name, k) => {
        const tier = tiers[k]!;
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

export function migrationFigures(src: LifecycleSources, s: Slice): HeadlineFigures['migrations'] {
  let count = 0;
  let aborted = 0;
  let durationMs = 0;
  let transferred = 0;
  let downtime = 0;
  let maxDowntime = 0;
  for (const m of src.migrations) {
    if (m.vm < s.vmStart || m.vm >= s.vmEnd) continue;
    if (m.outcome === 'running') continue;
    if (m.outcome === 'aborted') {
      aborted++;
      transferred += m.transferredMiB;
      continue;
    }
    count++;
    durationMs += m.durationMs;
    transferred += m.transferredMiB;
    downtime += m.downtimeMs;
    if (m.downtimeMs > maxDowntime) maxDowntime = m.downtimeMs;
  }
  return {
    completed: count,
    aborted,
    meanDurationS: count > 0 ? durationMs / count / 1000 : 0,
    transferredGiB: transferred / 1024,
    meanDowntimeMs: count > 0 ? downtime / count : 0,
    maxDowntimeMs: maxDowntime,
  };
}
