/**
 * The whole run in the report: with the event budget exceeded, annotating kinds are folded into
 * hourly counts and every event that moves a VM or changes a host's state stays, so the playback
 * (web/src/placement.ts) never draws a VM on a host that is not serving at that time — checked
 * over random clusters with DPM, calendar windows, DRS, failures and maintenance (fast-check).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { EventLog } from '../../src/output/event-log.js';
import { buildReport } from '../../src/report/build-report.js';
import { ReportSchema, type Report } from '../../src/report/schema.js';
import { SeriesCollector } from '../../src/report/series-collector.js';
import { simulate } from '../../src/run/simulate.js';
import { eventPlacement } from '../../web/src/placement.js';
import { scenarioFrom } from '../helpers/sim.js';

const SERVING = new Set(['on', 'maintenance', 'entering-standby', 'isolated']);

interface Params {
  hosts: number;
  vms: number;
  cpu: number;
  dpm: boolean;
  window: { from: number; to: number; keep: number } | null;
  fail: number | null;
  maint: number | null;
  budget: number;
}

function report(p: Params): Report {
  const hh = (n: number) => String(n).padStart(2, '0');
  const events: unknown[] = [];
  if (p.fail !== null) events.push({ at: `${p.fail}h`, type: 'host-failure', host: 'dc1/c1/h-001', repairAfter: '2h' });
  if (p.maint !== null) events.push({ at: `${p.maint}h`, type: 'maintenance', host: 'dc1/c1/h-002', duration: '90m' });
  const s = scenarioFrom({
    name: 'playback',
    start: '2026-03-06T00:00:00Z',
    duration: '1d',
    step: '15m',
    templates: { t: { vcpus: 2, memoryGiB: 4, dirtyRateMiBps: 8 } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'spread', maxVcpuPerCore: 8, maxMemoryOvercommit: 2 },
        power: { dpm: { enabled: p.dpm }, schedule: p.window === null ? [] : [{ from: `${hh(p.window.from)}:00`, to: `${hh(p.window.to)}:00`, keepHosts: p.window.keep }] },
        ha: { enabled: true, admissionControl: { policy: 'slots', hostFailuresToTolerate: 1 } },
        drs: { enabled: true, threshold: 4 },
        hosts: [{ name: 'h', count: p.hosts, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, power: { idleW: 100, maxW: 300, bootTime: '5m', shutdownTime: '2m' } }],
        vms: [{ name: 'vm', count: p.vms, template: 't', workload: { type: 'diurnal', low: 0.02, high: p.cpu, peakHour: 14, noise: 0.1 } }],
      },
    ],
    events,
  });
  let log: EventLog | null = null;
  let series: SeriesCollector | null = null;
  const r = simulate(s, {
    attach: (world) => {
      log = new EventLog(null, world, p.budget);
      series = new SeriesCollector(world, 96, true);
      return { observers: [log], sinks: [series] };
    },
  });
  return ReportSchema.parse(buildReport(s, r.outcome, series!, log!));
}

describe('playback over the whole run (fast-check)', () => {
  it('never draws a VM on a host that is not serving; folds only annotating kinds and lists every migration completion', () => {
    fc.assert(
      fc.property(
        fc.record({
          hosts: fc.integer({ min: 2, max: 6 }),
          vms: fc.integer({ min: 2, max: 30 }),
          cpu: fc.double({ min: 0.05, max: 0.7, noNaN: true }),
          dpm: fc.boolean(),
          window: fc.option(fc.record({ from: fc.integer({ min: 0, max: 23 }), to: fc.integer({ min: 0, max: 23 }), keep: fc.integer({ min: 1, max: 3 }) })),
          fail: fc.option(fc.integer({ min: 1, max: 20 })),
          maint: fc.option(fc.integer({ min: 1, max: 20 })),
          budget: fc.integer({ min: 20, max: 200 }),
        }),
        (p) => {
          const r = report(p);
          const hosts = r.hosts.map((h) => ({ ...h }));
          const src = eventPlacement(r, hosts);
          // Past a cut (kept kinds beyond 4 × the budget) placement is no longer known; the viewer says so.
          const known = r.events.aggregated?.keptUntil ?? Infinity;
          expect(src.approximateAfter === null).toBe(!r.events.truncated);
          for (let i = 0; i < src.frames; i++) {
            if (r.series.t[i]! + r.series.intervalMs[i]! >= known) break;
            for (const f of src.at(i)) {
              if (f.vms.length > 0 && f.state !== null) expect(SERVING.has(f.state), `${f.host.id} ${f.state} with ${f.vms.length} VMs at interval ${i}`).toBe(true);
            }
          }
          if (!r.events.truncated) {
            expect(r.events.items.filter((e) => e.type === 'migration.completed').length).toBe(r.events.counts['migration.completed'] ?? 0);
            expect(r.events.items.filter((e) => e.type === 'host.power').length).toBe(r.events.counts['host.power'] ?? 0);
          }
          const a = r.events.aggregated;
          if (r.events.total <= p.budget) expect(a).toBeNull();
          if (a !== null) {
            for (const [kind, k] of Object.entries(a.kinds)) {
              expect(k.hourly.reduce((s, n) => s + n, 0)).toBe(k.total);
              expect(k.total + r.events.items.filter((e) => e.type === kind).length).toBe(r.events.counts[kind]);
            }
            expect(a.note).toMatch(/^[\d,]+ events, more than the report's budget of [\d,]+: /);
          }
        },
      ),
      { numRuns: 20, seed: 18 },
    );
  }, 300_000);
});
