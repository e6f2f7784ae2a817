/**
 * Live migrations in flight (DOMAIN.md, Placement and balancing: pre-copy, SimGrid
 * `VmLiveMigration.cpp`). A migration holds the destination's capacity from its start; the VM
 * stays in its source host's list and runs there until the switch-over, when it moves. Its time
 * is planned in closed form at the start (estimate.ts), so one kernel event ends it. While it runs
 * it costs vMotion CPU on both hosts (H.migrationMhz), taken from what their VMs can get.
 */
import type { EventHandle } from '../../engine/index.js';
import { PRIORITY_MODEL, type Datacenter } from '../datacenter.js';
import { KIND_MIGRATION_DONE } from '../event-kinds.js';
import { DOWN_NONE, VM_MIGRATING, VM_RUNNING, VM_STATES } from '../lifecycle.js';
import { releaseOn, reserveOn } from '../placement/initial.js';
import type { ClusterInfo } from '../world.js';
import { migrationReject, rejectText } from './destination.js';
import { estimateMigration } from './estimate.js';

export interface MigrationRecord {
  readonly vm: number;
  readonly from: number;
  readonly to: number;
  readonly reason: string;
  readonly startedAt: number;
  /** Planned wall time (ms): pre-copy rounds + downtime, or until the abort when it does not converge. */
  readonly durationMs: number;
  readonly rounds: number;
  readonly transferredMiB: number;
  readonly downtimeMs: number;
  readonly converged: boolean;
  outcome: 'running' | 'completed' | 'aborted';
  /** When it completed or was aborted; NaN while running. */
  endedAt: number;
  /** Why it was aborted ('did not converge', 'source failed', 'destination failed'); '' otherwise. */
  why: string;
}

interface InFlight {
  readonly rec: MigrationRecord;
  readonly index: number; // in records
  readonly handle: EventHandle;
  readonly cpuMhzFrom: number;
  readonly cpuMhzTo: number;
}

/** Called when a migration ends by itself (completed, or aborted for not converging), after its bookkeeping. */
export type MigrationEndListener = (rec: MigrationRecord, t: number) => void;

export class Migrator {
  /** Every migration started, in start order (migrations are rare: plain objects are fine). */
  readonly records: MigrationRecord[] = [];
  /** Not called for migrations cancelled by onHostDown (the caller is mid-way through a failure). */
  readonly endListeners: MigrationEndListener[] = [];
  /** By VM; Map iteration follows start order, so walking it is deterministic. */
  private readonly inFlight = new Map<number, InFlight>();
  private readonly perCluster: Int32Array;
  private completedCount = 0;
  private abortedCount = 0;

  constructor(private readonly dc: Datacenter) {
    this.perCluster = new Int32Array(dc.world.clusters.length);
    dc.kernel.on(KIND_MIGRATION_DONE, (v, index) => this.onDone(v, index));
  }

  /** Migrations in flight. */
  active(): number {
    return this.inFlight.size;
  }

  /** Migrations in flight in cluster ci. */
  activeIn(ci: number): number {
    return this.perCluster[ci];
  }

  get completed(): number {
    return this.completedCount;
  }

  get aborted(): number {
    return this.abortedCount;
  }

  isMigrating(v: number): boolean {
    return this.inFlight.has(v);
  }

  /** Why VM v cannot start migrating to host `to` now, or null when it can. */
  refusal(v: number, to: number, withShould = true): string | null {
    const world = this.dc.world;
    const H = world.hosts;
    const V = world.vms;
    const id = V.ids[v] as string;
    const state = V.state[v];
    if (state !== VM_RUNNING) return `VM ${id} is not running (${VM_STATES[state] ?? state})`;
    const from = V.host[v];
    if (!(to >= 0 && to < H.n)) return `no host ${to}`;
    if (to === from) return `VM ${id} already runs on destination ${H.ids[to]}`;
    const ci = V.cluster[v];
    if (H.cluster[to] !== ci) return `destination ${H.ids[to]} is in another cluster than VM ${id}`;
    const cluster = world.clusters[ci] as ClusterInfo;
    const code = migrationReject(world, cluster, to, v, withShould);
    if (code !== 0) return `destination ${H.ids[to]} rejects VM ${id}: ${rejectText(code)}`;
    const perHost = cluster.drs.maxConcurrentPerHost;
    for (const h of [from, to]) {
      const n = H.migrationsActive[h];
      if (n >= perHost) return `host ${H.ids[h]} already has ${n} concurrent migrations (maxConcurrentPerHost ${perHost})`;
    }
    const n = this.perCluster[ci];
    const perCluster = cluster.drs.maxConcurrentPerCluster;
    if (n >= perCluster) return `cluster ${cluster.id} already has ${n} concurrent migrations (maxConcurrentPerCluster ${perCluster})`;
    return null;
  }

  /** Start migrating VM v to host `to` at t (now); null when started, else why it was refused. */
  start(v: number, to: number, reason: string, t: number, withShould = true): string | null {
    const refused = this.refusal(v, to, withShould);
    if (refused !== null) return refused;
    const { dc } = this;
    const { world } = dc;
    const H = world.hosts;
    const V = world.vms;
    const from = V.host[v];
    // Before the counters change: this migration shares the NICs with those already running.
    const est = estimateMigration(world, v, from, to);
    const plan = est.plan;
    reserveOn(world, v, to);
    V.destHost[v] = to;
    dc.outages.set(v, VM_MIGRATING, DOWN_NONE, t);
    H.migrationMhz[from] = (H.migrationMhz[from]) + est.cpuMhzFrom;
    H.migrationMhz[to] = (H.migrationMhz[to]) + est.cpuMhzTo;
    H.migrationsActive[from] = (H.migrationsActive[from]) + 1;
    H.migrationsActive[to] = (H.migrationsActive[to]) + 1;
    const ci = V.cluster[v];
    this.perCluster[ci] = (this.perCluster[ci]) + 1;
    dc.markRecompute(from);
    dc.markRecompute(to);
    dc.settle(t);
    const rec: MigrationRecord = {
      vm: v,
      from,
      to,
      reason,
      startedAt: t,
      durationMs: plan.durationMs,
      rounds: plan.rounds,
      transferredMiB: plan.transferredMiB,
      downtimeMs: plan.downtimeMs,
      converged: plan.converged,
      outcome: 'running',
      endedAt: NaN,
      why: '',
    };
    const index = this.records.length;
    this.records.push(rec);
    // Integer time: the event fires at the first whole millisecond the plan is done by.
    const handle = dc.kernel.schedule(t + Math.ceil(plan.durationMs), KIND_MIGRATION_DONE, v, index, 0, PRIORITY_MODEL);
    this.inFlight.set(v, { rec, index, handle, cpuMhzFrom: est.cpuMhzFrom, cpuMhzTo: est.cpuMhzTo });
    dc.emit({ t, type: 'migration.started', vm: V.ids[v] as string, from: H.ids[from] as string, to: H.ids[to] as string, reason, plannedMs: plan.durationMs });
    return null;
  }

  /**
   * Host h fails (called by HA before it powers off h's VMs): migrations out of h are cancelled,
   * their destination reservation released, and the VM left running on h for the caller to take
   * down; migrations into h are cancelled and their VM keeps running on its source.
   */
  onHostDown(h: number, t: number): void {
    const hit: InFlight[] = [];
    for (const m of this.inFlight.values()) if (m.rec.from === h || m.rec.to === h) hit.push(m);
    for (const m of hit) {
      this.dc.kernel.cancel(m.handle);
      this.finish(m, false, m.rec.from === h ? 'source failed' : 'destination failed', t);
    }
  }

  /** Cancel VM v's migration (it keeps running on its source); false when it has none. */
  cancel(v: number, why: string, t: number): boolean {
    const m = this.inFlight.get(v);
    if (m === undefined) return false;
    this.dc.kernel.cancel(m.handle);
    this.finish(m, false, why, t);
    return true;
  }

  private onDone(v: number, index: number): void {
    const m = this.inFlight.get(v);
    if (m === undefined || m.index !== index) return;
    const t = this.dc.kernel.now;
    const V = this.dc.world.vms;
    // Someone took the VM off its source without cancelling (they should call cancel first).
    const gone = V.host[v] !== m.rec.from || V.state[v] !== VM_MIGRATING;
    if (gone) this.finish(m, false, 'VM left its source', t);
    else this.finish(m, m.rec.converged, m.rec.converged ? '' : 'did not converge', t);
    for (const l of this.endListeners) l(m.rec, t);
  }

  /** Switch over (completed) or give up (aborted); then free the CPU, counters and reservation. */
  private finish(m: InFlight, completed: boolean, why: string, t: number): void {
    const { dc } = this;
    const { world } = dc;
    const H = world.hosts;
    const V = world.vms;
    const { rec } = m;
    const { vm: v, from, to } = rec;
    if (completed) {
      // The destination was reserved at the start; switchOver releases the source.
      dc.switchOver(v, to, t);
      V.migrations[v] = (V.migrations[v]) + 1;
      V.migrationDowntimeMs[v] = (V.migrationDowntimeMs[v]) + rec.downtimeMs;
    } else {
      releaseOn(world, v, to);
    }
    V.destHost[v] = -1;
    // Back to running on whichever host it is on now (a VM already taken down stays down).
    if (V.state[v] === VM_MIGRATING) dc.outages.set(v, VM_RUNNING, DOWN_NONE, t);
    this.unload(from, m.cpuMhzFrom);
    this.unload(to, m.cpuMhzTo);
    const ci = V.cluster[v];
    this.perCluster[ci] = (this.perCluster[ci]) - 1;
    this.inFlight.delete(v);
    dc.markRecompute(from);
    dc.markRecompute(to);
    dc.settle(t);
    rec.outcome = completed ? 'completed' : 'aborted';
    rec.endedAt = t;
    rec.why = why;
    const ids = { vm: V.ids[v] as string, from: H.ids[from] as string, to: H.ids[to] as string };
    if (completed) {
      this.completedCount++;
      dc.emit({
        t,
        type: 'migration.completed',
        ...ids,
        durationMs: rec.durationMs,
        rounds: rec.rounds,
        transferredMiB: rec.transferredMiB,
        downtimeMs: rec.downtimeMs,
        reason: rec.reason,
      });
    } else {
      this.abortedCount++;
      dc.emit({ t, type: 'migration.aborted', ...ids, why, reason: rec.reason });
    }
  }

  /** One migration fewer on host h; with none left its migration CPU is exactly 0 (no rounding residue). */
  private unload(h: number, mhz: number): void {
    const H = this.dc.world.hosts;
    const n = (H.migrationsActive[h]) - 1;
    H.migrationsActive[h] = n;
    H.migrationMhz[h] = n === 0 ? 0 : Math.max(0, (H.migrationMhz[h]) - mhz);
  }
}
