/**
 * Alarms raised and cleared from output-interval averages: the rule's condition must hold for
 * its duration, counted in whole intervals, before the alarm fires at an interval's end.
 */
import { describe, expect, it } from 'vitest';
import type { AlarmRecord } from '../../src/metrics/alarms.js';
import { EventLog } from '../../src/output/event-log.js';
import { buildReport } from '../../src/report/build-report.js';
import { ReportSchema } from '../../src/report/schema.js';
import { SeriesCollector } from '../../src/report/series-collector.js';
import { simulate } from '../../src/run/simulate.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { clusterScenario, HOUR } from '../helpers/sim.js';

const MIN = 60_000;

/** 6 VMs × 2 vCPUs at 100 % on 8 cores of 1000 MHz: host 100 % busy, every VM 33.3 % ready. */
function busyHost(duration = '1h', alarms?: Record<string, unknown>) {
  const s = clusterScenario(
    { two: { vcpus: 2, memoryGiB: 1 } },
    [{ name: 'busy', count: 6, template: 'two', workload: { type: 'constant', cpu: 1 } }],
    { cores: 8, mhz: 1000, duration, step: '5m' },
  );
  if (alarms === undefined) return s;
  return { ...s, spec: { ...s.spec, alarms: { ...s.spec.alarms, ...alarms } } } as typeof s;
}

describe('AlarmEvaluator through simulate()', () => {
  it('raises host-cpu at 15 min (three 5-min intervals above 90 %) and keeps it raised to the end', () => {
    const r = simulate(busyHost());
    const host = r.alarms.alarms.filter((a) => a.rule === 'host-cpu');
    expect(host).toHaveLength(1);
    const a = host[0] as AlarmRecord;
    expect(a.since).toBe(0);
    expect(a.raisedAt).toBe(15 * MIN);
    expect(a.clearedAt).toBeNull();
    expect(a.peak).toBeCloseTo(100, 9);
    expect(a.threshold).toBe(90);
    expect(r.alarms.activeCount()).toBe(7); // 1 host-cpu + 6 cpu-ready
  });

  it('raises cpu-ready for each of the 6 VMs at the end of the first 5-min interval (33.3 % > 5 %)', () => {
    const r = simulate(busyHost());
    const ready = r.alarms.alarms.filter((a) => a.rule === 'cpu-ready');
    expect(ready.map((a) => a.target)).toEqual(r.world.vms.ids);
    for (const a of ready) {
      expect(a.raisedAt).toBe(5 * MIN);
      expect(a.peak).toBeCloseTo(100 / 3, 6);
    }
    expect(r.alarms.raised['cpu-ready']).toBe(6);
  });

  it('raises nothing when the rules are turned off', () => {
    const r = simulate(busyHost('1h', { cpuReady: null, hostCpu: null, hostSwapping: false, hostMemoryState: null }));
    expect(r.alarms.total).toBe(0);
  });

  it('clears an alarm at the end of the first interval in which its condition no longer holds', () => {
    // On/off bursts on a host that is busy only while they are on: the ready alarm of a VM
    // comes and goes with the bursts, so alarms are both raised and cleared.
    const s = clusterScenario(
      { two: { vcpus: 2, memoryGiB: 1 } },
      [{ name: 'burst', count: 6, template: 'two', workload: { type: 'on-off', on: 1, off: 0, meanOn: '30m', meanOff: '30m' } }],
      { cores: 4, mhz: 1000, duration: '1d', step: '5m' },
    );
    const r = simulate(s);
    const cleared = r.alarms.alarms.filter((a) => a.clearedAt !== null);
    expect(cleared.length).toBeGreaterThan(0);
    for (const a of r.alarms.alarms) {
      expect(a.raisedAt % (5 * MIN)).toBe(0);
      expect(a.raisedAt - a.since).toBeGreaterThanOrEqual(a.rule === 'host-cpu' ? 15 * MIN : a.rule === 'cpu-ready' ? 5 * MIN : 0);
      if (a.clearedAt !== null) expect(a.clearedAt).toBeGreaterThan(a.raisedAt);
    }
  });

  it('raises host-swapping on a host that swaps with balloons off, and the memory-state alarm at the level it is set to', () => {
    const text = `
name: swap
duration: 2h
templates:
  big: { vcpus: 2, memoryGiB: 8, memory: { touchedPct: 100, compressiblePct: 0, touchSeconds: 60 } }
alarms: { hostMemoryState: soft }
clusters:
  - name: c
    placement: { maxMemoryOvercommit: 2 }
    hosts:
      - { count: 1, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 32, hypervisor: { memory: { balloon: { enabled: false } } } }
    vms:
      - { name: v, count: 5, template: big, workload: { type: constant, cpu: 0.2, memory: 0.5 } }
`;
    const r = simulate(parseScenarioText(text, 'swap.yaml', '.'));
    expect(r.alarms.raised['host-swapping']).toBeGreaterThan(0);
    expect(r.alarms.raised['host-memory-state']).toBeGreaterThan(0);
    // After compressing and swapping its way out of hard, the host sits in soft while the guests
    // keep faulting their swapped pages back in: the soft-state alarm stays raised.
    expect(r.alarms.alarms.find((a) => a.rule === 'host-memory-state')?.clearedAt).toBeNull();
    const swap = r.alarms.alarms.find((a) => a.rule === 'host-swapping') as AlarmRecord;
    expect(swap.target).toBe('dc1/c/host-001');
    expect(swap.peak).toBeGreaterThan(0);
  });

  it('puts the alarms and their events into a report that validates, events in time order', () => {
    const s = busyHost('2h');
    const holder: { log?: EventLog } = {};
    const r = simulate(s, {
      attach: (world) => {
        holder.log = new EventLog(null, world, 10_000);
        return { observers: [holder.log], alarmListeners: [holder.log] };
      },
    });
    const log = holder.log as EventLog;
    const report = ReportSchema.parse(buildReport(s, r.outcome, new SeriesCollector(r.world, 24, true), log));
    expect(report.alarms.total).toBe(7);
    expect(report.alarms.activeAtEnd).toBe(7);
    expect(report.alarms.items.every((a) => a.durationMs === 2 * HOUR - a.raisedAt)).toBe(true);
    expect(report.alarms.rules.hostCpu).toEqual({ thresholdPct: 90, forMs: 15 * MIN });
    expect(log.counts['alarm.raised']).toBe(7);
    const times = report.events.items.map((e) => e.t);
    expect(times).toEqual([...times].sort((x, y) => x - y));
  });
});
