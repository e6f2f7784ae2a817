/**
 * Lifecycle shaping for the viewer (web/src/lifecycle.ts, placement.ts, outages.ts,
 * migration-rows.ts and the v5 additions to shape.ts and findings.ts), on the synthetic
 * lifecycle story (synthetic-lifecycle.ts).
 */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { LIFECYCLE_EVENT_TYPES, type Report } from '../../src/report/schema.js';
import { availabilityFinding, findings } from '../../web/src/findings.js';
import { describeEvent, field, lifecycleLane, lifecycleText } from '../../web/src/lifecycle.js';
import { filterMigrations, sortMigrations } from '../../web/src/migration-rows.js';
import { failoverLines, failureMarks, headlineOf, imbalanceLines, incidentsOf, priorityBars, reasonBars } from '../../web/src/outages.js';
import { eventPlacement } from '../../web/src/placement.js';
import { ALL_CLUSTERS, clusterView } from '../../web/src/cluster-view.js';
import { collapseEvents } from '../../web/src/event-lanes.js';
import { HEADLINE_FIGURES } from '../../web/src/figures.js';
import { sortVms } from '../../web/src/sorting.js';
import { stateRuns } from '../../web/src/state-runs.js';
import { BOOT_MS, DETECT_MS } from './synthetic-lifecycle.js';
import { syntheticReport } from './synthetic.js';

const life: Report = syntheticReport({ hosts: 6, intervals: 96, lifecycle: true });
const two: Report = syntheticReport({ hosts: 12, intervals: 96, clusters: 2, lifecycle: true });
const quiet: Report = syntheticReport({ hosts: 3, intervals: 12 });
const incident = life.availability.incidents[0]!;

describe('lifecycle events in words and lanes', () => {
  it('gives every lifecycle event type of the schema a lane, and none to the other types', () => {
    for (const type of LIFECYCLE_EVENT_TYPES) expect(lifecycleLane(type), type).not.toBeNull();
    for (const type of ['vm.placed', 'vm.unplaceable', 'host.memory-state', 'alarm.raised', 'alarm.cleared']) expect(lifecycleLane(type)).toBeNull();
    expect([lifecycleLane('host.failed'), lifecycleLane('vm.restarted'), lifecycleLane('migration.completed'), lifecycleLane('host.maintenance-entered')]).toEqual([
      'failure',
      'restart',
      'migration',
      'maintenance',
    ]);
    // A type this viewer does not know yet goes by its prefix.
    expect(lifecycleLane('migration.paused')).toBe('migration');
    expect(lifecycleLane('host.cooling-failed')).toBe('failure');
  });

  it('describes each event of the story with its ids and figures, never "undefined"', () => {
    for (const e of life.events.items) {
      const text = describeEvent(e, 0);
      expect(text, e.type).not.toMatch(/undefined|NaN|\[object/);
    }
    const failed = life.events.items.find((e) => e.type === 'host.failed')!;
    expect(lifecycleText(failed)).toBe(`${incident.hosts[0]} failed (scripted), 4 VMs down`);
    const done = life.events.items.find((e) => e.type === 'migration.completed')!;
    expect(lifecycleText(done)).toMatch(/^migrated .+: esx-\d+ → esx-\d+ in \d+ s, \d+ ms downtime$/);
    expect(field(done, 'nothing')).toBe('');
  });

  it('collapses lifecycle events into markers on their own lanes', () => {
    const markers = collapseEvents(life.events.items, life.run.intervalMs);
    const lanes = new Set(markers.map((m) => m.lane));
    for (const lane of ['failure', 'restart', 'migration', 'maintenance']) expect(lanes.has(lane as never), lane).toBe(true);
    const failures = markers.filter((m) => m.lane === 'failure').reduce((a, m) => a + m.count, 0);
    expect(failures).toBe(life.events.items.filter((e) => lifecycleLane(e.type) === 'failure').length);
  });
});

describe('eventPlacement', () => {
  const hosts = life.hosts;
  const src = eventPlacement(life, hosts);
  const n = life.series.t.length;
  const where = (i: number) => {
    const on = new Map<string, string>();
    for (const f of src.at(i)) for (const v of f.vms) on.set(v.id, f.host.id);
    return { on, down: new Set(src.down(i).map((d) => d.vm.id)) };
  };

  it('keeps every VM in exactly one place at every interval: a host, or down', () => {
    expect(src.moving).toBe(true);
    for (let i = 0; i < n; i++) {
      const { on, down } = where(i);
      const onCount = src.at(i).reduce((a, f) => a + f.vms.length, 0);
      expect(onCount + down.size, `interval ${i}`).toBe(life.vms.length);
      for (const id of down) expect(on.has(id)).toBe(false);
    }
  });

  it("counts down and booting VMs as the cluster series' VMs down", () => {
    const series = Object.values(life.series.clusters)[0]!.vmsDown;
    for (let i = 0; i < n; i++) {
      const booting = src.at(i).reduce((a, f) => a + [...f.status.values()].filter((s) => s === 'booting').length, 0);
      expect(src.down(i).length + booting, `interval ${i}`).toBe(series[i]);
    }
  });

  it('moves VMs off the failed host, onto their restart hosts, and ends where the report says', () => {
    const i = Math.floor(incident.t / life.run.intervalMs);
    const failedHost = incident.hosts[0]!;
    const before = where(i - 1);
    const at = where(i);
    const downs = life.events.items.filter((e) => e.type === 'vm.down').map((e) => field(e, 'vm'));
    for (const vm of downs) expect(before.on.get(vm)).toBe(failedHost);
    expect(src.at(i).find((f) => f.host.id === failedHost)!.vms).toHaveLength(0);
    expect(src.at(i).find((f) => f.host.id === failedHost)!.state).toBe('failed');
    expect(at.down.size).toBe(2);
    const reasons = src.down(i).map((d) => d.reason).sort();
    expect(reasons).toEqual(['not-protected', 'waiting-for-capacity']);
    expect(src.down(i).every((d) => d.from === failedHost && d.since === incident.t)).toBe(true);
    // The end: placement as vms[].host; going back in time replays from the start.
    const end = where(n - 1);
    for (const v of life.vms) expect(end.on.get(v.id), v.id).toBe(v.host);
    expect(where(i - 1).on.get(downs[0]!)).toBe(failedHost);
  });

  it('knows the most VMs any host (or down box) held, and where VMs went down', () => {
    let most = 0;
    for (let i = 0; i < n; i++) for (const f of src.at(i)) most = Math.max(most, f.vms.length);
    expect(src.maxVms).toBe(most);
    expect([...src.downClusters]).toEqual([life.clusters[0]!.id]);
  });

  it('is static for a run where nothing moves, and says when the events were cut short', () => {
    const q = eventPlacement(quiet, quiet.hosts);
    expect(q.moving).toBe(false);
    expect(q.downClusters.size).toBe(0);
    expect(q.approximateAfter).toBeNull();
    for (const v of quiet.vms) expect(q.at(0).find((f) => f.host.id === v.host)!.vms.map((x) => x.id)).toContain(v.id);
    const cut = syntheticReport({ hosts: 6, intervals: 96, lifecycle: true, events: 30 });
    const c = eventPlacement(cut, cut.hosts);
    expect(c.approximateAfter).toBe(cut.events.items[cut.events.items.length - 1]!.t);
    // VMs the kept events never mention stay on their end-of-run host.
    expect(c.at(0).reduce((a, f) => a + f.vms.length, 0)).toBe(cut.vms.length);
  });
});

describe('availability figures for the panels', () => {
  it('picks the headline, incidents and failure marks of one cluster or all', () => {
    const [c1, c2] = two.clusters.map((c) => c.id) as [string, string];
    expect(headlineOf(two, ALL_CLUSTERS)).toBe(two.headline);
    expect(headlineOf(two, c2)).toBe(two.clusters[1]!.headline);
    expect(incidentsOf(two, c1)).toHaveLength(1);
    expect(incidentsOf(two, c2)).toHaveLength(0);
    expect(incidentsOf(two, ALL_CLUSTERS)).toHaveLength(1);
    expect(failureMarks(two, c1).map((m) => m.t)).toEqual([two.availability.incidents[0]!.t]);
    expect(failureMarks(two, c2)).toEqual([]);
    // Failover and imbalance only where HA and DRS run (the first cluster of the story).
    expect(failoverLines(two, ALL_CLUSTERS).map((l) => l.cluster)).toEqual([c1]);
    expect(imbalanceLines(two, c2)).toEqual([]);
    expect(failoverLines(quiet, ALL_CLUSTERS)).toEqual([]);
  });

  it('orders downtime by reason largest first, and priorities high to disabled', () => {
    const a = life.headline.availability;
    const bars = reasonBars(a);
    expect(bars.map((b) => b.hours)).toEqual([...bars.map((b) => b.hours)].sort((x, y) => y - x));
    expect(bars[0]!.reason).toBe('not-protected');
    expect(bars.find((b) => b.reason === 'host-failure')!.hours).toBeCloseTo((4 * DETECT_MS) / 3_600_000, 2);
    expect(bars.find((b) => b.reason === 'restarting')!.hours).toBeCloseTo((4 * BOOT_MS) / 3_600_000, 2);
    expect(priorityBars(a).map((b) => b.priority)).toEqual(['high', 'medium', 'low', 'disabled']);
    expect(reasonBars(quiet.headline.availability)).toEqual([]);
  });

  it('sums VMs down, hosts serving and migrations in flight over clusters', () => {
    const all = clusterView(two, ALL_CLUSTERS);
    const parts = Object.values(two.series.clusters);
    all.vmsDown.forEach((v, i) => expect(v).toBe(parts.reduce((a, c) => a + c.vmsDown[i]!, 0)));
    all.hostsUp.forEach((v, i) => expect(v).toBeCloseTo(parts.reduce((a, c) => a + c.hostsUp[i]!, 0), 6));
    expect(Math.max(...all.migrationsActive)).toBeGreaterThan(0);
  });

  it('runs host lifecycle states together like memory states', () => {
    const states = life.series.hosts![incident.hosts[0]!]!.state;
    const runs = stateRuns(states, life.series.t, life.series.intervalMs);
    expect(runs.map((r) => r.state)).toEqual(['on', 'failed', 'on']);
    expect(runs[1]!.t0).toBe(Math.floor(incident.t / life.run.intervalMs) * life.run.intervalMs);
  });
});

describe('migration rows', () => {
  const items = life.migrations.items;

  it('sorts by any column, ties by start time', () => {
    const byDuration = sortMigrations(items, 'durationMs', true);
    expect(byDuration.map((m) => m.durationMs)).toEqual(items.map((m) => m.durationMs).sort((a, b) => b - a));
    expect(sortMigrations(items, 'converged', false)[0]!.converged).toBe(false);
    expect(sortMigrations(items, 'startedAt', false).map((m) => m.startedAt)).toEqual(items.map((m) => m.startedAt).sort((a, b) => a - b));
    const route = sortMigrations(items, 'route', false);
    expect(route.map((m) => m.from)).toEqual([...route.map((m) => m.from)].sort());
  });

  it('filters by cluster and by a part of the VM or host id', () => {
    const host = items.find((m) => m.reason === 'maintenance')!.from;
    expect(filterMigrations(items, ALL_CLUSTERS, host.toUpperCase()).every((m) => m.from === host || m.to === host)).toBe(true);
    expect(filterMigrations(items, life.clusters[0]!.id, '')).toHaveLength(items.length);
    expect(filterMigrations(items, 'dc1/elsewhere', '')).toHaveLength(0);
  });
});

describe('VM table, findings and comparison figures of v5', () => {
  it('sorts VMs by availability, worst first when ascending, VMs that never ran last either way', () => {
    const vms = life.vms.map((v, k) => (k === 0 ? { ...v, availabilityPct: null } : v));
    const up = sortVms(vms, 'availabilityPct', false);
    expect(up[0]!.availabilityPct).toBe(Math.min(...life.vms.slice(1).map((v) => v.availabilityPct!)));
    expect(up[up.length - 1]!.availabilityPct).toBeNull();
    expect(sortVms(vms, 'availabilityPct', true).at(-1)!.availabilityPct).toBeNull();
  });

  it('states availability plainly: good with no outage, a warning with the main reason otherwise', () => {
    expect(availabilityFinding(quiet.headline.availability)).toEqual({ tone: 'good', text: `Availability: no VM was ever down (${quiet.vms.length} VMs ran).` });
    const f = availabilityFinding(life.headline.availability);
    expect(f.tone).toBe('warn');
    expect(f.text).toContain('most of it not-protected');
    expect(f.text).toContain('HA restarted 4 VMs, the slowest incident took 2 h 1 min to recover');
    expect(availabilityFinding({ ...life.headline.availability, vmsDownAtEnd: 2 }).tone).toBe('bad');
    expect(findings(life).some((x) => x.text.startsWith('Migrations: 5 completed, 1 aborted'))).toBe(true);
    expect(findings(quiet).some((x) => x.text.startsWith('Migrations:'))).toBe(false);
  });

  it('adds availability, HA and migration figures to the comparison rows', () => {
    const keys = HEADLINE_FIGURES.map((f) => f.key);
    expect(keys.slice(keys.indexOf('meanVmAvailabilityPct'))).toEqual([
      'meanVmAvailabilityPct',
      'worstVmAvailabilityPct',
      'outages',
      'downtimeVmHours',
      'hostFailures',
      'haRestarts',
      'worstRecoveryS',
      'migrationsCompleted',
      'meanMigrationDowntimeMs',
    ]);
    const get = (k: string) => HEADLINE_FIGURES.find((f) => f.key === k)!.get(life.headline);
    expect([get('hostFailures'), get('haRestarts'), get('worstRecoveryS'), get('migrationsCompleted')]).toEqual([1, 4, 7260, 5]);
  });
});
