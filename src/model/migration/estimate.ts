/**
 * What one live migration of VM v from host `from` to host `to` would cost if it started now:
 * the link it gets, the dirty rate and working set fed to the pre-copy plan (precopy.ts), and
 * the CPU vMotion reserves on each host. Shared by the migrator (which starts migrations) and
 * the balancer (which weighs them), so both see the same numbers. Pure: reads the world only.
 */
import type { ClusterInfo, World } from '../world.js';
import type { MHz, MiB } from '../units.js';
import { migrationCpuMhz, planPreCopy, type PreCopyPlan } from './precopy.js';

/** MiB/s in one Gbit/s (10⁹ bit / 8 / 2²⁰), as the world builder converts `nicGbps`. */
export const MIBPS_PER_GBPS = 1e9 / 8 / 1048576;
/** Largest writable working set, as a fraction of RAM (DOMAIN.md: SimGrid caps it at 90 %). */
export const WORKING_SET_MAX_FRACTION = 0.9;
/** The working set is at least what the guest dirties in this long (ms). */
export const WORKING_SET_WINDOW_MS = 1000;

export interface MigrationEstimate {
  /** Link speed of the pair (the slower NIC), Gbit/s: sets the vMotion CPU reservation. */
  readonly linkGbps: number;
  /** Share of the link this migration gets (MiB/s), fixed for its whole duration. */
  readonly bandwidthMiBps: number;
  readonly dirtyMiBps: number;
  readonly workingSetMiB: MiB;
  readonly plan: PreCopyPlan;
  /** CPU reserved on the source and on the destination while it runs. */
  readonly cpuMhzFrom: MHz;
  readonly cpuMhzTo: MHz;
}

/**
 * Working set re-sent per round: pages dirtied between rounds come from what the guest is
 * actively using, so its active memory bounds them; a guest dirtying d MiB/s writes at least
 * d × 1 s of distinct pages between two rounds of about a second, so never less than that; and
 * never more than 90 % of RAM (SimGrid's cap, DOMAIN.md).
 */
export function workingSetMiB(memoryMiB: MiB, activeMiB: MiB, dirtyMiBps: number): MiB {
  return Math.min(WORKING_SET_MAX_FRACTION * memoryMiB, Math.max(activeMiB, (dirtyMiBps * WORKING_SET_WINDOW_MS) / 1000));
}

export function estimateMigration(world: World, v: number, from: number, to: number): MigrationEstimate {
  const H = world.hosts;
  const V = world.vms;
  const cluster = world.clusters[V.cluster[v]] as ClusterInfo;
  const linkMiBps = Math.min(H.nicMiBps[from], H.nicMiBps[to]);
  // Concurrent migrations of either host share its NIC: this one gets an equal share of the
  // busier end, computed once at the start and kept for its whole duration (a closed-form plan;
  // migrations that start or end later do not speed it up or slow it down).
  const sharing = 1 + Math.max(H.migrationsActive[from], H.migrationsActive[to]);
  const bandwidthMiBps = linkMiBps / sharing;
  // libvirt's dirty rate is measured at the guest's load; we scale the full-demand rate by demand.
  const dirtyMiBps = (V.dirtyMiBps[v]) * (V.demand[v]);
  const memoryMiB = V.memoryMiB[v];
  const ws = workingSetMiB(memoryMiB, V.activeMiB[v], dirtyMiBps);
  const plan = planPreCopy({
    memoryMiB,
    dirtyMiBps,
    workingSetMiB: ws,
    bandwidthMiBps,
    maxDowntimeMs: cluster.migration.maxDowntimeMs,
    maxRounds: cluster.migration.maxRounds,
    nonConvergence: cluster.migration.nonConvergence,
  });
  const linkGbps = linkMiBps / MIBPS_PER_GBPS;
  return {
    linkGbps,
    bandwidthMiBps,
    dirtyMiBps,
    workingSetMiB: ws,
    plan,
    cpuMhzFrom: migrationCpuMhz(linkGbps, H.coreMhz[from]),
    cpuMhzTo: migrationCpuMhz(linkGbps, H.coreMhz[to]),
  };
}
