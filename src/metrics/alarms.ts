/**
 * Alarms, raised and cleared during the run from the output intervals' averages, as a
 * monitoring system evaluates its rules on 5-minute statistics. A rule with a duration fires at
 * the end of the interval by which its condition has held that long, and clears at the end of
 * the first interval in which it no longer holds.
 */
import { MEMORY_STATES } from '../catalogue/memory-states.js';
import type { World } from '../model/world.js';
import type { AlarmsSpec } from '../scenario/schema.js';
import type { SampleFrame } from './frame.js';
import type { SampleSink } from './recorder.js';

export const ALARM_RULES = ['cpu-ready', 'host-cpu', 'host-swapping', 'host-memory-state'] as const;
export type AlarmRule = (typeof ALARM_RULES)[number];

export interface AlarmRecord {
  readonly rule: AlarmRule;
  readonly target: string; // VM or host id
  readonly since: number; // start of the first interval in which the condition held (ms)
  readonly raisedAt: number;
  clearedAt: number | null;
  peak: number; // worst value while raised (for host-memory-state: the state's index)
  readonly threshold: number;
  readonly unit: string;
}

export interface AlarmListener {
  alarmRaised?(t: number, alarm: AlarmRecord): void;
  alarmCleared?(t: number, alarm: AlarmRecord): void;
}

/** Alarms kept in memory for the report; all of them are counted and go to the listeners. */
export const KEPT_ALARMS = 100_000;

/** One rule over a set of targets: when its condition started holding, and its open alarm. */
class RuleState {
  readonly since: Float64Array;
  readonly open: Array<AlarmRecord | null>;

  constructor(
    readonly rule: AlarmRule,
    readonly threshold: number,
    readonly forMs: number,
    readonly unit: string,
    readonly ids: readonly string[],
    /** Cluster of each target. */
    readonly cluster: Int32Array,
  ) {
    this.since = new Float64Array(ids.length).fill(NaN);
    this.open = new Array<AlarmRecord | null>(ids.length).fill(null);
  }
}

function noneRaised(): Record<AlarmRule, number> {
  return { 'cpu-ready': 0, 'host-cpu': 0, 'host-swapping': 0, 'host-memory-state': 0 };
}

export class AlarmEvaluator implements SampleSink {
  readonly alarms: AlarmRecord[] = [];
  readonly raised: Record<AlarmRule, number> = noneRaised();
  /** Alarms raised per cluster, by rule (the report's counts per cluster, merged over clusters). */
  readonly raisedByCluster: Record<AlarmRule, number>[];
  private readonly rules: RuleState[] = [];
  private readonly stateFloor: number;

  constructor(
    spec: AlarmsSpec,
    world: World,
    private readonly listeners: readonly AlarmListener[],
  ) {
    const vms = world.vms.ids;
    const hosts = world.hosts.ids;
    const vc = world.vms.cluster;
    const hc = world.hosts.cluster;
    this.raisedByCluster = world.clusters.map(() => noneRaised());
    if (spec.cpuReady) this.rules.push(new RuleState('cpu-ready', spec.cpuReady.thresholdPct, spec.cpuReady.for, '%', vms, vc));
    if (spec.hostCpu) this.rules.push(new RuleState('host-cpu', spec.hostCpu.thresholdPct, spec.hostCpu.for, '%', hosts, hc));
    if (spec.hostSwapping) this.rules.push(new RuleState('host-swapping', 0, 0, 'MiB/s', hosts, hc));
    this.stateFloor = spec.hostMemoryState === null ? -1 : MEMORY_STATES.indexOf(spec.hostMemoryState);
    if (this.stateFloor >= 0) this.rules.push(new RuleState('host-memory-state', this.stateFloor, 0, 'state', hosts, hc));
  }

  onSample(f: SampleFrame): void {
    for (const r of this.rules) {
      const n = r.ids.length;
      for (let i = 0; i < n; i++) this.evaluate(r, i, this.value(r.rule, f, i), f.t0, f.t1);
    }
  }

  private value(rule: AlarmRule, f: SampleFrame, i: number): number {
    switch (rule) {
      case 'cpu-ready':
        return f.vm.readyPct[i];
      case 'host-cpu':
        return f.host.utilPct[i];
      case 'host-swapping':
        return (f.host.swapInMiBps[i]) + (f.host.swapOutMiBps[i]);
      case 'host-memory-state':
        return f.host.memState[i];
    }
  }

  private evaluate(r: RuleState, i: number, value: number, t0: number, t1: number): void {
    const holds = r.rule === 'host-memory-state' ? value >= r.threshold : value > r.threshold;
    // The common case, once per entity per sample: below threshold and nothing pending or open.
    if (!holds && Number.isNaN(r.since[i]) && r.open[i] === null) return;
    const open = r.open[i] as AlarmRecord | null;
    if (!holds) {
      r.since[i] = NaN;
      if (open) {
        open.clearedAt = t1;
        r.open[i] = null;
        for (const l of this.listeners) l.alarmCleared?.(t1, open);
      }
      return;
    }
    if (Number.isNaN(r.since[i])) r.since[i] = t0;
    if (open) {
      if (value > open.peak) open.peak = value;
      return;
    }
    if (t1 - (r.since[i]) < r.forMs) return;
    const alarm: AlarmRecord = {
      rule: r.rule,
      target: r.ids[i] as string,
      since: r.since[i],
      raisedAt: t1,
      clearedAt: null,
      peak: value,
      threshold: r.threshold,
      unit: r.unit,
    };
    r.open[i] = alarm;
    this.raised[r.rule]++;
    (this.raisedByCluster[r.cluster[i]] as Record<AlarmRule, number>)[r.rule]++;
    if (this.alarms.length < KEPT_ALARMS) this.alarms.push(alarm);
    for (const l of this.listeners) l.alarmRaised?.(t1, alarm);
  }

  /** Alarms still raised at the end of the run (of one cluster, when given). */
  activeCount(cluster?: number): number {
    let n = 0;
    for (const r of this.rules) r.open.forEach((a, i) => {
      if (a && (cluster === undefined || r.cluster[i] === cluster)) n++;
    });
    return n;
  }

  get total(): number {
    return ALARM_RULES.reduce((s, r) => s + this.raised[r], 0);
  }
}
