/**
 * Random host failures: each host of a group with a failure model fails after a time drawn from
 * its time-between-failures distribution, is repaired after a drawn repair time, and fails again
 * after the next draw (an alternating renewal process). Every host draws from its own stream
 * (`failures/<host id>`), so adding a host or a failure elsewhere changes no other host's history.
 * Scripted failures (the scenario's events) go through the same HA path.
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_HOST_FAILURE } from '../event-kinds.js';
import { HOST_FAILED } from '../lifecycle.js';
import type { FailureDistribution } from './failure-distribution.js';
import { sampleHours } from './failure-distribution.js';
import type { HaController } from './ha.js';

const MS_PER_HOUR = 3_600_000;

export interface HostFailureModel {
  readonly timeBetweenFailures: FailureDistribution;
  readonly repair: FailureDistribution;
}

export class FailureInjector {
  private readonly models: (HostFailureModel | null)[];
  private readonly seeds: Int32Array;
  private readonly counters: Float64Array;
  /** Observed time up and time to repair, per host group, for MTBF / MTTR. */
  readonly failures: Int32Array;
  readonly repairMsSum: Float64Array;

  constructor(
    private readonly dc: Datacenter,
    private readonly ha: HaController,
    modelOf: (hostGroup: number) => HostFailureModel | null,
    seedOf: (name: string) => number,
  ) {
    const H = dc.world.hosts;
    this.models = dc.world.hostGroups.map((_g, i) => modelOf(i));
    this.seeds = new Int32Array(H.n);
    this.counters = new Float64Array(H.n);
    this.failures = new Int32Array(dc.world.hostGroups.length);
    this.repairMsSum = new Float64Array(dc.world.hostGroups.length);
    for (let h = 0; h < H.n; h++) this.seeds[h] = seedOf(`failures/${H.ids[h] as string}`);
    dc.kernel.on(KIND_HOST_FAILURE, (h) => this.onFailure(h));
  }

  private draw(h: number, d: FailureDistribution): number {
    const { hours, used } = sampleHours(d, this.seeds[h], this.counters[h]);
    this.counters[h] = (this.counters[h]) + used;
    // Whole milliseconds, at least one: events stay on the integer clock.
    return Math.max(1, Math.round(hours * MS_PER_HOUR));
  }

  start(): void {
    const H = this.dc.world.hosts;
    for (let h = 0; h < H.n; h++) this.scheduleNext(h, this.dc.kernel.now);
  }

  private scheduleNext(h: number, from: number): void {
    const m = this.models[this.dc.world.hosts.hostGroup[h]];
    if (!m) return;
    const at = from + this.draw(h, m.timeBetweenFailures);
    if (at < this.dc.world.durationMs) this.dc.kernel.schedule(at, KIND_HOST_FAILURE, h, 0, 0, PRIORITY_MODEL);
  }

  private onFailure(h: number): void {
    const t = this.dc.kernel.now;
    const H = this.dc.world.hosts;
    const g = H.hostGroup[h];
    const m = this.models[g] as HostFailureModel;
    // A host already down (scripted failure, domain failure) skips this one and draws the next.
    if (H.state[h] === HOST_FAILED) {
      this.scheduleNext(h, t);
      return;
    }
    const repair = this.draw(h, m.repair);
    this.failures[g] = (this.failures[g]) + 1;
    this.repairMsSum[g] = (this.repairMsSum[g]) + repair;
    this.ha.failHost(h, t, repair, 'random');
    // The next failure is drawn from the repair on: time between failures is time up.
    this.scheduleNext(h, t + repair);
  }
}
