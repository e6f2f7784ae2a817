/** Alarms: rules in words, values and thresholds in their units, sorting, filtering and timeline tracks. */
import { count, duration, num, pct } from './format.js';
import { ALL_CLUSTERS } from './cluster-view.js';
import { MEMORY_STATES } from '../../src/catalogue/memory-states.js';
import { compareIds } from './sorting.js';
import type { AlarmRule, AlarmRules, ReportAlarm } from './types.js';

export const ALARM_RULES: readonly AlarmRule[] = ['cpu-ready', 'host-cpu', 'host-swapping', 'host-memory-state'];

const RULE_RANK: Record<AlarmRule, number> = { 'cpu-ready': 0, 'host-cpu': 1, 'host-swapping': 2, 'host-memory-state': 3 };

/** What each rule watches, in words. */
export const ALARM_RULE_MEANING: Record<AlarmRule, string> = {
  'cpu-ready': "a VM's CPU ready per vCPU stays above the threshold",
  'host-cpu': "a host's CPU utilisation stays above the threshold",
  'host-swapping': 'a host reads from or writes to swap',
  'host-memory-state': 'a host is in the memory state or a worse one',
};

/** The rules in force in a run, in the usual order. */
export function rulesInForce(r: AlarmRules): AlarmRule[] {
  return ALARM_RULES.filter((rule) =>
    rule === 'cpu-ready' ? r.cpuReady !== null : rule === 'host-cpu' ? r.hostCpu !== null : rule === 'host-swapping' ? r.hostSwapping : r.hostMemoryState !== null,
  );
}

/** The rules in force, their thresholds and durations, in one sentence. */
export function alarmRulesText(r: AlarmRules): string {
  const held = (forMs: number) => (forMs > 0 ? ` for ${duration(forMs)}` : '');
  const parts: string[] = [];
  if (r.cpuReady) parts.push(`cpu-ready: a VM's CPU ready above ${pct(r.cpuReady.thresholdPct)} per vCPU${held(r.cpuReady.forMs)}`);
  if (r.hostCpu) parts.push(`host-cpu: a host's CPU utilisation above ${pct(r.hostCpu.thresholdPct)}${held(r.hostCpu.forMs)}`);
  if (r.hostSwapping) parts.push('host-swapping: any swap traffic on a host');
  if (r.hostMemoryState) parts.push(`host-memory-state: a host in the '${r.hostMemoryState}' memory state or worse`);
  const off = ALARM_RULES.filter((rule) => !rulesInForce(r).includes(rule));
  if (parts.length === 0) return 'No alarm rules were in force.';
  return `Rules in force — ${parts.join('; ')}.${off.length > 0 ? ` Off: ${off.join(', ')}.` : ''}`;
}

/** A value of the alarm's rule in its unit: '14.8 %', '142 MiB/s', or a memory state's name. */
export function alarmValue(a: Pick<ReportAlarm, 'rule' | 'unit'>, v: number): string {
  if (a.rule === 'host-memory-state') return MEMORY_STATES[Math.round(v)] ?? num(v);
  if (a.unit === '%') return pct(v);
  return a.unit ? `${num(v)} ${a.unit}` : num(v);
}

/** The condition that raised the alarm: '> 5 %', '> 0 MiB/s', 'hard or worse'. */
export function alarmThreshold(a: Pick<ReportAlarm, 'rule' | 'unit' | 'threshold'>): string {
  return a.rule === 'host-memory-state' ? `${alarmValue(a, a.threshold)} or worse` : `> ${alarmValue(a, a.threshold)}`;
}

/** When the alarm stopped being raised: its clearing time, or the end of the run. */
export function alarmEnd(a: ReportAlarm, runEndMs: number): number {
  return a.clearedAt ?? Math.max(a.raisedAt, runEndMs);
}

/** Counts by rule in words, the rules with none left out: 'cpu-ready 63 · host-cpu 15'. */
export function alarmCountsText(byRule: Partial<Record<AlarmRule, number>>): string {
  return ALARM_RULES.filter((r) => (byRule[r] ?? 0) > 0)
    .map((r) => `${r} ${count(byRule[r] ?? 0)}`)
    .join(' · ');
}

export type AlarmKey = 'raisedAt' | 'durationMs' | 'peak';

/**
 * Alarms sorted by raise time, duration or peak. Peaks of different rules are in different
 * units, so by peak the alarms stay grouped by rule (in the usual rule order) and are sorted
 * within each rule. Ties: raise time, then target.
 */
export function sortAlarms(items: readonly ReportAlarm[], key: AlarmKey, descending: boolean): ReportAlarm[] {
  const dir = descending ? -1 : 1;
  return items.slice().sort((a, b) => {
    let c: number;
    if (key === 'peak') c = RULE_RANK[a.rule] - RULE_RANK[b.rule] || (a.peak - b.peak) * dir;
    else c = (a[key] - b[key]) * dir;
    return c || a.raisedAt - b.raisedAt || compareIds(a.target, b.target) || RULE_RANK[a.rule] - RULE_RANK[b.rule];
  });
}

export interface AlarmFilter {
  /** One rule, or 'all'. */
  readonly rule: AlarmRule | 'all';
  /** A cluster id, or ALL_CLUSTERS. */
  readonly cluster: string;
  /** Case-insensitive part of the target's id ('' for any). */
  readonly text: string;
}

export function filterAlarms(items: readonly ReportAlarm[], f: AlarmFilter): ReportAlarm[] {
  const text = f.text.trim().toLowerCase();
  return items.filter(
    (a) =>
      (f.rule === 'all' || a.rule === f.rule) &&
      (f.cluster === ALL_CLUSTERS || a.target.startsWith(`${f.cluster}/`)) &&
      (text === '' || a.target.toLowerCase().includes(text)),
  );
}

/** One alarm as a bar on the timeline: from its raise to its clearing (or the end of the run), on a track. */
export interface AlarmBar {
  /** Index in report.alarms.items. */
  readonly index: number;
  readonly alarm: ReportAlarm;
  readonly t0: number;
  readonly t1: number;
  /** Track from the top of the lane; bars on one track never overlap in time. */
  readonly track: number;
}

export interface AlarmTracks {
  /** One bar per alarm, by rule (in the usual order), then by raise time. */
  readonly bars: AlarmBar[];
  readonly tracks: number;
  /** The rules with alarms, each on its own consecutive tracks. */
  readonly groups: ReadonlyArray<{ rule: AlarmRule; first: number; tracks: number; count: number }>;
}

/**
 * Lays the alarms out as bars on as few tracks as it takes: each rule gets its own band of
 * tracks, and within it each alarm goes on the first track free at its raise time.
 */
export function alarmTracks(items: readonly ReportAlarm[], runEndMs: number): AlarmTracks {
  const bars: AlarmBar[] = [];
  const groups: Array<{ rule: AlarmRule; first: number; tracks: number; count: number }> = [];
  let next = 0;
  for (const rule of ALARM_RULES) {
    const mine = items
      .map((alarm, index) => ({ alarm, index }))
      .filter((x) => x.alarm.rule === rule)
      .sort((a, b) => a.alarm.raisedAt - b.alarm.raisedAt || alarmEnd(a.alarm, runEndMs) - alarmEnd(b.alarm, runEndMs) || a.index - b.index);
    if (mine.length === 0) continue;
    const ends: number[] = [];
    for (const { alarm, index } of mine) {
      const t0 = alarm.raisedAt;
      const t1 = alarmEnd(alarm, runEndMs);
      let k = ends.findIndex((e) => e <= t0);
      if (k < 0) {
        k = ends.length;
        ends.push(t1);
      } else ends[k] = t1;
      bars.push({ index, alarm, t0, t1, track: next + k });
    }
    groups.push({ rule, first: next, tracks: ends.length, count: mine.length });
    next += ends.length;
  }
  return { bars, tracks: next, groups };
}

/** Height of the timeline's alarm lane for a number of tracks: about 7 px a track, 30 to 120 px. */
export function alarmLaneHeight(tracks: number): number {
  return Math.max(30, Math.min(120, tracks * 7 + 6));
}
