/** Alarm data shaping for the viewer (web/src/shape.ts, findings.ts) and the synthetic report's alarms. */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { ReportSchema, type Report, type ReportAlarm } from '../../src/report/schema.js';
import { findings } from '../../web/src/findings.js';
import { ALARM_RULES, alarmCountsText, alarmEnd, alarmLaneHeight, alarmRulesText, alarmThreshold, alarmTracks, alarmValue, filterAlarms, rulesInForce, sortAlarms } from '../../web/src/alarm-rules.js';
import { ALL_CLUSTERS } from '../../web/src/cluster-view.js';
import { collapseEvents } from '../../web/src/event-lanes.js';
import { RUN_FIGURES } from '../../web/src/figures.js';
import { syntheticReport } from './synthetic.js';

const report: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3 });
const END = report.run.durationMs;

function alarm(p: Partial<ReportAlarm>): ReportAlarm {
  const a: ReportAlarm = { rule: 'host-cpu', target: 'dc/c/h-1', since: 0, raisedAt: 0, clearedAt: 100, durationMs: 100, peak: 95, threshold: 90, unit: '%', ...p };
  return { ...a, durationMs: (a.clearedAt ?? 1000) - a.raisedAt };
}

describe('the synthetic report’s alarms', () => {
  const al = report.alarms;

  it('match the report contract and raise a few alarms of every rule', () => {
    expect(ReportSchema.safeParse(report).success).toBe(true);
    for (const r of ALARM_RULES) expect(al.byRule[r], r).toBeGreaterThan(0);
    expect(ALARM_RULES.reduce((s, r) => s + al.byRule[r], 0)).toBe(al.total);
    expect(al.items).toHaveLength(al.total);
    expect(al.truncated).toBe(false);
    expect(al.activeAtEnd).toBe(al.items.filter((a) => a.clearedAt === null).length);
  });

  it('are alarms the rules would raise: after the condition held long enough, cleared later, peak at or over the threshold', () => {
    for (const a of al.items) {
      const forMs = a.rule === 'cpu-ready' ? al.rules.cpuReady!.forMs : a.rule === 'host-cpu' ? al.rules.hostCpu!.forMs : 0;
      expect(a.raisedAt - a.since).toBeGreaterThanOrEqual(Math.max(forMs, report.run.intervalMs));
      if (a.clearedAt !== null) expect(a.clearedAt).toBeGreaterThan(a.raisedAt);
      expect(a.durationMs).toBe((a.clearedAt ?? END) - a.raisedAt);
      if (a.rule === 'host-memory-state') expect(a.peak).toBeGreaterThanOrEqual(a.threshold);
      else expect(a.peak).toBeGreaterThan(a.threshold);
      expect(a.target.startsWith(a.rule === 'cpu-ready' ? 'dc1/cluster-' : 'dc1/')).toBe(true);
    }
    // CPU ready targets VMs, the other rules hosts.
    const hosts = new Set(report.hosts.map((h) => h.id));
    const vms = new Set(report.vms.map((v) => v.id));
    for (const a of al.items) expect(a.rule === 'cpu-ready' ? vms.has(a.target) : hosts.has(a.target)).toBe(true);
  });

  it('have matching alarm.raised and alarm.cleared events', () => {
    const ev = report.events.items;
    const raised = ev.filter((e) => e.type === 'alarm.raised');
    const cleared = ev.filter((e) => e.type === 'alarm.cleared');
    expect(raised).toHaveLength(al.total);
    expect(cleared).toHaveLength(al.total - al.activeAtEnd);
    expect(report.events.counts['alarm.raised']).toBe(al.total);
    for (const a of al.items) {
      expect(raised.some((e) => e.type === 'alarm.raised' && e.t === a.raisedAt && e.rule === a.rule && e.target === a.target && e.since === a.since)).toBe(true);
      if (a.clearedAt !== null) {
        expect(cleared.some((e) => e.type === 'alarm.cleared' && e.t === a.clearedAt && e.rule === a.rule && e.target === a.target && e.raisedAt === a.raisedAt && e.peak === a.peak)).toBe(true);
      }
    }
    // Events stay in time order.
    for (let k = 1; k < ev.length; k++) expect(ev[k]!.t).toBeGreaterThanOrEqual(ev[k - 1]!.t);
  });

  it('keep the first alarms only when asked to, and say so', () => {
    const small = syntheticReport({ hosts: 12, intervals: 96, clusters: 3, vmsPerHost: 3, alarms: 5 });
    expect(small.alarms.items).toHaveLength(5);
    expect(small.alarms.total).toBe(report.alarms.total);
    expect(small.alarms.truncated).toBe(true);
    expect(ReportSchema.safeParse(small).success).toBe(true);
  });
});

describe('alarm values and rules in words', () => {
  it('shows each rule’s values in its unit, memory states by name', () => {
    expect(alarmValue({ rule: 'cpu-ready', unit: '%' }, 14.828)).toBe('14.8 %');
    expect(alarmValue({ rule: 'host-swapping', unit: 'MiB/s' }, 142.39)).toBe('142 MiB/s');
    expect(alarmValue({ rule: 'host-memory-state', unit: 'state' }, 4)).toBe('low');
    expect(alarmThreshold({ rule: 'host-cpu', unit: '%', threshold: 90 })).toBe('> 90 %');
    expect(alarmThreshold({ rule: 'host-swapping', unit: 'MiB/s', threshold: 0 })).toBe('> 0 MiB/s');
    expect(alarmThreshold({ rule: 'host-memory-state', unit: 'state', threshold: 3 })).toBe('hard or worse');
  });

  it('states the rules in force with their thresholds and durations, and the ones turned off', () => {
    const rules: Report['alarms']['rules'] = { cpuReady: { thresholdPct: 5, forMs: 300_000 }, hostCpu: { thresholdPct: 90, forMs: 900_000 }, hostSwapping: true, hostMemoryState: 'hard' };
    expect(alarmRulesText(rules)).toBe(
      "Rules in force — cpu-ready: a VM's CPU ready above 5 % per vCPU for 5 min; host-cpu: a host's CPU utilisation above 90 % for 15 min; host-swapping: any swap traffic on a host; host-memory-state: a host in the 'hard' memory state or worse.",
    );
    const some = { ...rules, hostCpu: null, hostSwapping: false };
    expect(rulesInForce(some)).toEqual(['cpu-ready', 'host-memory-state']);
    expect(alarmRulesText(some)).toMatch(/ Off: host-cpu, host-swapping\.$/);
    expect(alarmRulesText({ cpuReady: null, hostCpu: null, hostSwapping: false, hostMemoryState: null })).toBe('No alarm rules were in force.');
  });

  it('counts by rule, leaving out rules with none', () => {
    expect(alarmCountsText({ 'cpu-ready': 63, 'host-cpu': 15, 'host-swapping': 0, 'host-memory-state': 0 })).toBe('cpu-ready 63 · host-cpu 15');
  });

  it('ends an alarm at its clearing, or at the end of the run', () => {
    expect(alarmEnd(alarm({ raisedAt: 10, clearedAt: 50 }), 1000)).toBe(50);
    expect(alarmEnd(alarm({ raisedAt: 10, clearedAt: null }), 1000)).toBe(1000);
  });
});

describe('sorting and filtering alarms', () => {
  const items = [
    alarm({ rule: 'host-cpu', target: 'dc/a/h-2', raisedAt: 300, clearedAt: 400, peak: 99 }),
    alarm({ rule: 'cpu-ready', target: 'dc/a/vm-10', raisedAt: 100, clearedAt: 900, peak: 7, threshold: 5 }),
    alarm({ rule: 'host-cpu', target: 'dc/b/h-1', raisedAt: 100, clearedAt: null, peak: 92 }),
    alarm({ rule: 'cpu-ready', target: 'dc/b/vm-9', raisedAt: 200, clearedAt: 250, peak: 30, threshold: 5 }),
  ];

  it('sorts by raise time (ties by target), by duration, and by peak within each rule', () => {
    expect(sortAlarms(items, 'raisedAt', false).map((a) => a.target)).toEqual(['dc/a/vm-10', 'dc/b/h-1', 'dc/b/vm-9', 'dc/a/h-2']);
    expect(sortAlarms(items, 'durationMs', true).map((a) => a.durationMs)).toEqual([900, 800, 100, 50]);
    // Peaks of different units are not compared: cpu-ready first, then host-cpu, each worst first.
    expect(sortAlarms(items, 'peak', true).map((a) => [a.rule, a.peak])).toEqual([
      ['cpu-ready', 30],
      ['cpu-ready', 7],
      ['host-cpu', 99],
      ['host-cpu', 92],
    ]);
    expect(sortAlarms(items, 'peak', false).map((a) => a.peak)).toEqual([7, 30, 92, 99]);
    // The input is left as it was.
    expect(items[0]!.target).toBe('dc/a/h-2');
  });

  it('filters by rule, cluster and a part of the target', () => {
    expect(filterAlarms(items, { rule: 'cpu-ready', cluster: ALL_CLUSTERS, text: '' })).toHaveLength(2);
    expect(filterAlarms(items, { rule: 'all', cluster: 'dc/b', text: '' }).map((a) => a.target)).toEqual(['dc/b/h-1', 'dc/b/vm-9']);
    expect(filterAlarms(items, { rule: 'all', cluster: ALL_CLUSTERS, text: ' VM-' }).map((a) => a.target)).toEqual(['dc/a/vm-10', 'dc/b/vm-9']);
    expect(filterAlarms(items, { rule: 'host-cpu', cluster: 'dc/a', text: 'h-2' })).toHaveLength(1);
    expect(filterAlarms(items, { rule: 'host-swapping', cluster: ALL_CLUSTERS, text: '' })).toEqual([]);
  });
});

describe('alarm bars on the timeline', () => {
  it('packs overlapping alarms on separate tracks, and alarms that follow each other on one', () => {
    const t = alarmTracks(
      [
        alarm({ raisedAt: 0, clearedAt: 10, target: 'h1' }),
        alarm({ raisedAt: 5, clearedAt: 15, target: 'h2' }),
        alarm({ raisedAt: 10, clearedAt: 20, target: 'h3' }),
        alarm({ rule: 'cpu-ready', raisedAt: 50, clearedAt: null, target: 'v1' }),
      ],
      100,
    );
    expect(t.tracks).toBe(3);
    expect(t.groups).toEqual([
      { rule: 'cpu-ready', first: 0, tracks: 1, count: 1 },
      { rule: 'host-cpu', first: 1, tracks: 2, count: 3 },
    ]);
    expect(t.bars.map((b) => [b.index, b.track, b.t0, b.t1])).toEqual([
      [3, 0, 50, 100],
      [0, 1, 0, 10],
      [1, 2, 5, 15],
      [2, 1, 10, 20],
    ]);
  });

  it('gives every alarm of a report one bar, with no two bars of a track overlapping', () => {
    const t = alarmTracks(report.alarms.items, END);
    expect(t.bars).toHaveLength(report.alarms.items.length);
    expect(new Set(t.bars.map((b) => b.index)).size).toBe(report.alarms.items.length);
    expect(t.groups.reduce((s, g) => s + g.tracks, 0)).toBe(t.tracks);
    for (const b of t.bars) {
      const g = t.groups.find((x) => x.rule === b.alarm.rule)!;
      expect(b.track).toBeGreaterThanOrEqual(g.first);
      expect(b.track).toBeLessThan(g.first + g.tracks);
      expect(b.t1).toBe(b.alarm.clearedAt ?? END);
    }
    for (let k = 0; k < t.tracks; k++) {
      const on = t.bars.filter((b) => b.track === k).sort((a, b) => a.t0 - b.t0);
      for (let j = 1; j < on.length; j++) expect(on[j]!.t0).toBeGreaterThanOrEqual(on[j - 1]!.t1);
    }
    expect(alarmTracks([], END)).toEqual({ bars: [], tracks: 0, groups: [] });
  });

  it('sizes the lane to its tracks, within limits', () => {
    expect(alarmLaneHeight(0)).toBe(30);
    expect(alarmLaneHeight(6)).toBe(48);
    expect(alarmLaneHeight(1000)).toBe(120);
  });

  it('keeps alarm events out of the event markers', () => {
    const markers = collapseEvents(report.events.items, 3_600_000);
    expect(markers.every((m) => m.items.every((e) => e.type !== 'alarm.raised' && e.type !== 'alarm.cleared'))).toBe(true);
    expect(markers.reduce((s, m) => s + m.count, 0)).toBe(report.events.items.filter((e) => !e.type.startsWith('alarm.')).length);
  });
});

describe('alarms in the comparison and the findings', () => {
  it('adds the alarm counts to the comparison rows, after the placement outcome', () => {
    const keys = RUN_FIGURES.map((f) => f.key);
    expect(keys.slice(keys.indexOf('vmsUnplaceable'), keys.indexOf('vmsUnplaceable') + 3)).toEqual(['vmsUnplaceable', 'alarmsRaised', 'alarmsActiveAtEnd']);
    const get = (k: string) => RUN_FIGURES.find((f) => f.key === k)!.get(report);
    expect(get('alarmsRaised')).toBe(report.alarms.total);
    expect(get('alarmsActiveAtEnd')).toBe(report.alarms.activeAtEnd);
    expect(get('hosts')).toBe(report.headline.hosts);
    for (const f of RUN_FIGURES) expect(Number.isFinite(f.get(report))).toBe(true);
  });

  it('states how many alarms fired and whether any were still raised at the end', () => {
    const f = findings(report).find((x) => x.text.startsWith('Alarms:'))!;
    expect(f.text).toContain(`${report.alarms.total} raised`);
    expect(f.tone).toBe(report.alarms.activeAtEnd > 0 ? 'bad' : 'warn');
    const quiet = { ...report, alarms: { ...report.alarms, total: 0, activeAtEnd: 0, items: [] } };
    expect(findings(quiet).find((x) => x.text.startsWith('Alarms:'))).toEqual({ tone: 'good', text: 'Alarms: none fired during the run.' });
    const off = { ...report, alarms: { ...report.alarms, rules: { cpuReady: null, hostCpu: null, hostSwapping: false, hostMemoryState: null } } };
    expect(findings(off).some((x) => x.text.startsWith('Alarms:'))).toBe(false);
  });

  it('explains a fine CPU ready band beside cpu-ready alarms (run-long fleet p95 vs one VM per interval), and warns', () => {
    const fine = { ...report.headline.cpuReady, band: 'fine' as const, p95OfVmP95Pct: 1.2, worstVmP95Pct: 7 };
    const withAlarms = { ...report, headline: { ...report.headline, cpuReady: fine }, alarms: { ...report.alarms, byRule: { 'cpu-ready': 63, 'host-cpu': 15, 'host-swapping': 0, 'host-memory-state': 0 } } };
    const f = findings(withAlarms)[0]!;
    expect(f.tone).toBe('warn');
    expect(f.text).toMatch(/^CPU ready is fine: .*Yet 63 cpu-ready alarms were raised: an alarm watches one VM's ready in each output interval/);
    const none = { ...withAlarms, alarms: { ...withAlarms.alarms, byRule: { 'cpu-ready': 0, 'host-cpu': 15, 'host-swapping': 0, 'host-memory-state': 0 } } };
    expect(findings(none)[0]!.tone).toBe('good');
    expect(findings(none)[0]!.text).not.toContain('Yet');
  });
});
