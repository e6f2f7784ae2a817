/**
 * Random datacenters of 2–3 clusters with DPM (any threshold 1–5), calendar windows, DRS at any
 * threshold, a host failure and a maintenance (fast-check): the per-cluster comparison rows sum
 * to the datacenter totals (kWh IT and facility, cost, migrations), every host's energy by
 * power state sums to its energy, no VM is left on a host that does not serve, and no host is
 * still entering standby beyond the evacuation limit at the end (no stuck power-down).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDBY_EVACUATION_LIMIT_MS } from '../../src/model/balancer/index.js';
import { HOST_ENTERING_STANDBY, HOST_STATES, hostServes } from '../../src/model/lifecycle.js';
import { EventLog } from '../../src/output/event-log.js';
import { buildReport } from '../../src/report/build-report.js';
import { ReportSchema } from '../../src/report/schema.js';
import { SeriesCollector } from '../../src/report/series-collector.js';
import { simulate } from '../../src/run/simulate.js';
import { scenarioFrom } from '../helpers/sim.js';

const cluster = fc.record({
  hosts: fc.integer({ min: 2, max: 5 }),
  vms: fc.integer({ min: 2, max: 24 }),
  cpu: fc.double({ min: 0.05, max: 0.7, noNaN: true }),
  dpm: fc.boolean(),
  dpmThreshold: fc.integer({ min: 1, max: 5 }),
  drsThreshold: fc.integer({ min: 1, max: 5 }),
  window: fc.option(fc.record({ from: fc.integer({ min: 0, max: 23 }), to: fc.integer({ min: 0, max: 23 }), keep: fc.integer({ min: 1, max: 3 }) })),
});

describe('per-cluster figures over random clusters (fast-check)', () => {
  it('sum to the totals; energy by state sums to energy; no VM on a non-serving host; no stuck power-down', () => {
    fc.assert(
      fc.property(fc.array(cluster, { minLength: 2, maxLength: 3 }), fc.option(fc.integer({ min: 1, max: 20 })), fc.option(fc.integer({ min: 1, max: 20 })), (cs, fail, maint) => {
        const hh = (n: number) => String(n).padStart(2, '0');
        const events: unknown[] = [];
        if (fail !== null) events.push({ at: `${fail}h`, type: 'host-failure', host: 'dc1/c0/h-001', repairAfter: '2h' });
        if (maint !== null) events.push({ at: `${maint}h`, type: 'maintenance', host: 'dc1/c1/h-002', duration: '90m' });
        const s = scenarioFrom({
          name: 'cluster-sums',
          start: '2026-03-06T00:00:00Z',
          duration: '1d',
          step: '15m',
          energy: { pue: 1.4, pricePerKWh: 0.2, currency: 'EUR' },
          templates: { t: { vcpus: 2, memoryGiB: 4, dirtyRateMiBps: 8 } },
          clusters: cs.map((c, i) => ({
            name: `c${i}`,
            placement: { algorithm: 'spread', maxVcpuPerCore: 8, maxMemoryOvercommit: 2 },
            power: {
              dpm: { enabled: c.dpm, threshold: c.dpmThreshold },
              schedule: c.window === null ? [] : [{ from: `${hh(c.window.from)}:00`, to: `${hh(c.window.to)}:00`, keepHosts: c.window.keep }],
            },
            ha: { enabled: true, admissionControl: { policy: 'slots', hostFailuresToTolerate: 1 } },
            drs: { enabled: true, threshold: c.drsThreshold },
            hosts: [{ name: 'h', count: c.hosts, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, power: { idleW: 100, maxW: 300, bootTime: '5m', shutdownTime: '2m' } }],
            vms: [{ name: 'vm', count: c.vms, template: 't', workload: { type: 'diurnal', low: 0.02, high: c.cpu, peakHour: 14, noise: 0.1 } }],
          })),
          events,
        });
        let log: EventLog | null = null;
        let series: SeriesCollector | null = null;
        const r = simulate(s, {
          attach: (world) => {
            log = new EventLog(null, world, 100_000);
            series = new SeriesCollector(world, 96, true);
            return { observers: [log], sinks: [series] };
          },
        });
        const report = ReportSchema.parse(buildReport(s, r.outcome, series!, log!));
        const rows = report.comparison.rows;
        expect(rows.length).toBe(cs.length);
        const sum = (f: (x: (typeof rows)[number]['figures']) => number) => rows.reduce((a, row) => a + f(row.figures), 0);
        // Headlines are rounded to 3 decimals each.
        expect(sum((x) => x.itKWh)).toBeCloseTo(report.headline.energy.itKWh, 2);
        expect(sum((x) => x.facilityKWh)).toBeCloseTo(report.headline.energy.facilityKWh, 2);
        expect(sum((x) => x.cost ?? NaN)).toBeCloseTo(report.headline.energy.cost ?? NaN, 2);
        expect(sum((x) => x.migrations)).toBe(report.headline.migrations.completed);

        const H = r.world.hosts;
        const S = HOST_STATES.length;
        for (let h = 0; h < H.n; h++) {
          let e = 0;
          for (let k = 0; k < S; k++) e += H.energyByStateInt[h * S + k];
          expect(e).toBeCloseTo(H.energyInt[h], 3);
          const st = H.state[h];
          if (!hostServes(st) && HOST_STATES[st] !== 'failed') expect(H.vmCount[h], `${H.ids[h]} ${HOST_STATES[st]}`).toBe(0);
        }
        const entering = new Map<string, number>();
        expect(report.events.truncated).toBe(false);
        for (const e of report.events.items) {
          if (e.type === 'host.standby-entering') entering.set(String(e.host), e.t);
          if (e.type === 'host.standby-evacuated' || e.type === 'host.standby-aborted') entering.delete(String(e.host));
        }
        for (const [host, t] of entering) if (H.state[H.ids.indexOf(host)] === HOST_ENTERING_STANDBY) expect(r.world.durationMs - t).toBeLessThanOrEqual(STANDBY_EVACUATION_LIMIT_MS);
      }),
      { numRuns: 15, seed: 1818 },
    );
  }, 300_000);
});
