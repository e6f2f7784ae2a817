/**
 * events.ndjson: one JSON object per line for every model signal (placements, unplaceable VMs,
 * memory state changes), in simulated-time order. Also keeps the first events for report.json.
 */
import { MEMORY_STATES, type MemoryState } from '../model/memory/min-free.js';
import type { AlarmListener, AlarmRecord } from '../metrics/alarms.js';
import type { ModelEvent, ModelObserver } from '../model/observer.js';
import { round3 } from '../report/series-collector.js';
import type { World } from '../model/world.js';
import type { ReportEvent } from '../report/schema.js';
import { StreamFile } from './stream-file.js';

export class EventLog implements ModelObserver, AlarmListener {
  private readonly out: StreamFile | null;
  readonly kept: ReportEvent[] = [];
  total = 0;
  readonly counts: Record<string, number> = {};

  constructor(
    file: string | null,
    private readonly world: World,
    private readonly keep: number,
  ) {
    this.out = file === null ? null : new StreamFile(file);
  }

  private emit(e: ReportEvent): void {
    this.total++;
    this.counts[e.type] = (this.counts[e.type] ?? 0) + 1;
    if (this.kept.length < this.keep) this.kept.push(e);
    if (this.out) this.out.write(`${JSON.stringify({ time: new Date(this.world.startEpochMs + e.t).toISOString(), ...e })}\n`);
  }

  /** Lifecycle events come with their fields ready (ids as strings). */
  event(e: ModelEvent): void {
    this.emit(e as unknown as ReportEvent);
  }

  placed(t: number, vm: number, host: number): void {
    this.emit({ t, type: 'vm.placed', vm: this.world.vms.ids[vm] as string, host: this.world.hosts.ids[host] as string });
  }

  unplaceable(t: number, vm: number, reason: string): void {
    this.emit({ t, type: 'vm.unplaceable', vm: this.world.vms.ids[vm] as string, reason });
  }

  memoryState(t: number, host: number, from: number, to: number): void {
    this.emit({
      t,
      type: 'host.memory-state',
      host: this.world.hosts.ids[host] as string,
      from: MEMORY_STATES[from] as MemoryState,
      to: MEMORY_STATES[to] as MemoryState,
    });
  }

  alarmRaised(t: number, a: AlarmRecord): void {
    this.emit({ t, type: 'alarm.raised', rule: a.rule, target: a.target, value: round3(a.peak), threshold: a.threshold, since: a.since });
  }

  alarmCleared(t: number, a: AlarmRecord): void {
    this.emit({ t, type: 'alarm.cleared', rule: a.rule, target: a.target, raisedAt: a.raisedAt, peak: round3(a.peak) });
  }

  close(): void {
    this.out?.close();
  }
}
