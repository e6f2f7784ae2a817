/**
 * Runway on small deterministic cases worked out by hand: one host of 8 × 1000 MHz cores (no
 * hypervisor overhead), 4 VMs of 2 vCPUs at a constant 40 %: 3200 of 8000 MHz, 40 % utilisation.
 *   linear 10 %/month:   40 × (1 + 0.1 t) ≥ 70 ⇔ t ≥ 7.5 → month 8 (72 %) fails, month 7 (68 %)
 *     holds; the crossing month is bisected to t = 7.5: 31 Aug 2026 + 0.5 × 30 days = 15 Sep 2026.
 *   compound 10 %/month: 40 × 1.1^t ≥ 70 ⇔ t ≥ ln 1.75 / ln 1.1 = 5.8716 → month 6 (70.86 %);
 *     5 bisection steps give the first k/32 at or above it, 5 + 28/32: 30 Jun + 0.875 × 31 days = 27 Jul.
 * And: the runway never lengthens when the growth rate rises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { clusterRuns } from '../../src/runway/cluster-runs.js';
import { growthFactor, scenarioAtMonth } from '../../src/runway/growth.js';
import { runOutDate } from '../../src/runway/interval.js';
import { monthDate } from '../../src/runway/month-date.js';
import { runway, type Runway } from '../../src/runway/runway.js';
import { runwaySentences } from '../../src/runway/runway-text.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { scenarioFrom } from '../helpers/sim.js';

type Plain = Record<string, unknown>;
const START = '2026-01-31T00:00:00Z';

const cluster = (name: string, group: Plain) => ({
  name,
  hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }],
  vms: [{ name: 'g', count: 4, template: 't', workload: { type: 'constant', cpu: 0.4, memory: 0.2 }, ...group }],
});

function estate(group: Plain, second?: Plain): Plain {
  return {
    name: 'runway-case',
    start: START,
    duration: '1h',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: 4 } },
    clusters: second === undefined ? [cluster('c1', group)] : [cluster('c1', group), cluster('c2', second)],
  };
}

const util70 = { objectives: [parseObjective('cpu.peakUtilPct<70')], datastoreMaxPct: 85 };
const run = (raw: Plain, _label: string, r: number) => {
  const names = (raw.clusters as { name: string }[]).map((c) => c.name);
  return clusterRuns(simulate(scenarioFrom(raw), { seed: r + 1 }), names);
};
const go = (raw: Plain, horizon: number, more: Partial<Parameters<typeof runway>[0]> = {}): Runway =>
  runway({ raw, start: START, horizon, rules: util70, replications: 1, seedOf: (r) => r + 1, simulate: run, ...more });
const crossing = (r: Runway, c = 'c1') => r.clusters.find((x) => x.cluster === c)?.crossings[0] ?? null;
const values = (r: Runway, name = 'cpu.peakUtilPct<70', c = 'c1') => r.rows.filter((x) => x.cluster === c).map((x) => x.checks.find((k) => k.name === name)?.value);

describe('growth', () => {
  it('growthFactor: compound (1.1)^6 = 1.771561, linear 1 + 0.1 × 6 = 1.6', () => {
    expect(growthFactor(10, 6, 'compound')).toBeCloseTo(1.771561, 9);
    expect(growthFactor(10, 6, 'linear')).toBeCloseTo(1.6, 12);
  });

  it('monthDate keeps the day, or the last day of a shorter month', () => {
    expect(monthDate('2026-01-31T00:00:00Z', 1)).toBe('2026-02-28');
    expect(monthDate('2026-01-31T00:00:00Z', 13)).toBe('2027-02-28');
    expect(monthDate('2026-03-02T00:00:00Z', 18)).toBe('2027-09-02');
  });

  it('scenarioAtMonth scales the growing group only, capped at the VM size; disks grow under a template of their own', () => {
    const raw = estate({ growth: { cpuPctPerMonth: 10, memoryPctPerMonth: 50, diskPctPerMonth: 25, model: 'linear' } });
    const at4 = scenarioAtMonth(raw, 4) as { templates: Record<string, Plain>; clusters: { vms: { template: string; workload: Plain }[] }[] };
    expect(at4.clusters[0]?.vms[0]?.workload).toEqual({ type: 'constant', cpu: 0.56, memory: 0.6 });
    expect(at4.clusters[0]?.vms[0]?.template).toBe('t.grown.c1.g');
    expect(at4.templates['t.grown.c1.g']).toEqual({ vcpus: 2, memoryGiB: 4, diskGiB: 80 }); // 40 GiB default × (1 + 0.25 × 4)
    const late = (scenarioAtMonth(raw, 30).clusters as { vms: { workload: Plain }[] }[])[0]?.vms[0]?.workload;
    expect(late).toEqual({ type: 'constant', cpu: 1, memory: 1 });
    expect((raw.clusters as { vms: { workload: { cpu: number } }[] }[])[0]?.vms[0]?.workload.cpu).toBe(0.4);
  });
});

describe('runway', () => {
  it('linear 10 %/month: month 8 fails (72 %), month 7 holds (68 %); bisected to t = 7.5, 15 Sep 2026', () => {
    const r = go(estate({ growth: { cpuPctPerMonth: 10, model: 'linear' } }), 12);
    expect(values(r)).toEqual([40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80, 84, 88].map((x) => expect.closeTo(x, 6)));
    const c = crossing(r);
    expect(c?.month).toBeCloseTo(7.5, 9);
    expect(c?.lastHolds).toBeCloseTo(7.46875, 9);
    expect(c?.date).toBe('2026-09-15');
    expect(c?.failing.map((x) => x.name)).toEqual(['cpu.peakUtilPct<70']);
    expect(runwaySentences(r)).toBe(
      'c1 runs out of room under cpu.peakUtilPct<70 around 15 Sep 2026 (one seed, no interval); CPU binds first\n' +
        '  one run per point (seed of the scenario); the date found to within 1 day by bisecting the crossing month 5 times\n' +
        '  first failing month of each check: cpu.peakUtilPct<70 month 8 (2026-09-30); holding through month 12: every VM placed, memory state above hard\n',
    );
  });

  it('compound 10 %/month crosses at t = 5.8716: month 6 fails (70.86 %), bisected to 5 + 28/32, 27 Jul 2026', () => {
    const r = go(estate({ growth: { cpuPctPerMonth: 10 } }), 12);
    expect(values(r)[5]).toBeCloseTo(64.4204, 3);
    expect(values(r)[6]).toBeCloseTo(70.8624, 3);
    expect(crossing(r)?.month).toBe(5.875);
    expect(crossing(r)?.date).toBe('2026-07-27');
  });

  it('--refine 0 gives the whole month: month 8 of the linear case', () => {
    const r = go(estate({ growth: { cpuPctPerMonth: 10, model: 'linear' } }), 12, { refineSteps: 0 });
    expect(crossing(r)?.month).toBe(8);
    expect(crossing(r)?.date).toBe('2026-09-30');
  });

  it('each cluster gets its own date: linear c1 at 7.5 months, compound c2 at 5.875', () => {
    const r = go(estate({ growth: { cpuPctPerMonth: 10, model: 'linear' } }, { growth: { cpuPctPerMonth: 10 } }), 12);
    expect(r.clusters.map((x) => [x.cluster, x.crossings[0]?.month])).toEqual([
      ['c1', 7.5],
      ['c2', 5.875],
    ]);
  });

  it('without growth every month is today and the runway is beyond the horizon', () => {
    const r = go(estate({ growth: { cpuPctPerMonth: 0 } }), 3);
    expect(crossing(r)).toBeNull();
    expect(runwaySentences(r)).toBe('c1: every check holds through month 3 (2026-04-30); the runway is beyond the horizon\n');
  });

  it('scheduled arrivals: +1 VM at month 3 (50 %), +2 at month 6 (70 %) fails exactly at month 6', () => {
    const r = go(estate({ arrivals: { schedule: [{ month: 3, count: 1 }, { month: 6, count: 2 }] } }), 8);
    expect(values(r)).toEqual([40, 40, 40, 50, 50, 50, 70, 70, 70].map((x) => expect.closeTo(x, 6)));
    expect(crossing(r)?.month).toBe(6);
    expect(crossing(r)?.date).toBe('2026-07-31');
  });

  it('scheduled retirements take VMs away: 2 of 4 retired at month 2 halve the load', () => {
    const r = go(estate({ retirements: { schedule: [{ month: 2, count: 2 }] } }), 3);
    expect(values(r)).toEqual([40, 40, 20, 20].map((x) => expect.closeTo(x, 6)));
  });

  it('datastore space: 4 disks of 100 GiB, thin at 50 %, on 1000 GiB (20 %), +50 %/month linear: over 85 % after 6.5 months', () => {
    const raw = estate({ growth: { diskPctPerMonth: 50, model: 'linear' } });
    raw.templates = { t: { vcpus: 2, memoryGiB: 4, diskGiB: 100, diskUsedPct: 50 } };
    raw.datastores = [{ name: 'ds1', capacityGiB: 1000 }];
    const r = go(raw, 8);
    expect(values(r, 'datastore space<=85%').slice(0, 3)).toEqual([20, 30, 40].map((x) => expect.closeTo(x, 6)));
    expect(crossing(r)?.month).toBeCloseTo(6.53125, 9); // first k/32 above 6.5
    expect(crossing(r)?.failing.map((x) => x.resource)).toEqual(['datastore space']);
  });

  it('property: a higher growth rate never gives a later run-out date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), (a, b, linear) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const model = linear ? 'linear' : 'compound';
        const month = (pct: number) => crossing(go(estate({ growth: { cpuPctPerMonth: pct, model } }), 12, { refineSteps: 3 }))?.month ?? 13;
        expect(month(hi)).toBeLessThanOrEqual(month(lo));
      }),
      { numRuns: 5 },
    );
  });
});

describe('arrival rate', () => {
  it('property: with the same seed, a higher Poisson arrival rate never gives a later run-out date (each arrival comes earlier)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 8 }), fc.integer({ min: 1, max: 1000 }), (a, b, seed) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const month = (rate: number) => crossing(go(estate({ arrivals: { perMonth: rate / 4 } }), 12, { refineSteps: 2, seedOf: () => seed }))?.month ?? 13;
        expect(month(hi)).toBeLessThanOrEqual(month(lo));
      }),
      { numRuns: 4 },
    );
  });
});

describe('run-out date over replications', () => {
  it('Poisson arrivals differ by seed: each seed its own date, a 95 % t-interval on their mean', () => {
    // 1 VM of 10 % a month on average: 40 % + 10 % × N(t) reaches 70 % at the 3rd arrival.
    const r = go(estate({ arrivals: { perMonth: 1 } }), 18, { replications: 6, refineSteps: 4 });
    const d = runOutDate(r.clusters[0]!);
    const days = r.clusters[0]!.crossings.map((c) => c?.days as number);
    expect(new Set(days).size).toBeGreaterThan(1);
    const mean = days.reduce((s, x) => s + x, 0) / days.length;
    const sd = Math.sqrt(days.reduce((s, x) => s + (x - mean) ** 2, 0) / (days.length - 1));
    expect(d.days).toBeCloseTo(mean, 9);
    expect(d.halfDays).toBeCloseTo((2.5705818356 * sd) / Math.sqrt(6), 9); // t(0.975, 5)
    expect(runwaySentences(r)).toMatch(/^c1 runs out of room under cpu\.peakUtilPct<70 around \d+ \w{3} 20\d\d \(± \d+ (days?|weeks)\); CPU binds first\n {2}95 % t-interval over 6 seeds/);
  });
});
