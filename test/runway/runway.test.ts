/**
 * Runway on a small deterministic case worked out by hand: one host of 8 × 1000 MHz cores (no
 * hypervisor overhead), 4 VMs of 2 vCPUs at a constant 40 %: 3200 of 8000 MHz, 40 % utilisation.
 *   linear 10 %/month:   40 × (1 + 0.1 m) ≥ 70 ⇔ m ≥ 7.5 → month 8 (72 %); month 7 is 68 %.
 *   compound 10 %/month: 40 × 1.1^m ≥ 70 ⇔ m ≥ ln 1.75 / ln 1.1 = 5.87 → month 6 (70.86 %); month 5 is 64.42 %.
 * And: the runway never lengthens when the growth rate rises.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { growthFactor, monthDate, scenarioAtMonth } from '../../src/runway/growth.js';
import { runway, runwaySentence } from '../../src/runway/runway.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { scenarioFrom } from '../helpers/sim.js';

function estate(growth: Record<string, unknown>): Record<string, unknown> {
  return {
    name: 'runway-case',
    start: '2026-01-31T00:00:00Z',
    duration: '1h',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: 4 } },
    clusters: [
      {
        name: 'c1',
        hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 8, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }],
        vms: [{ name: 'g', count: 4, template: 't', workload: { type: 'constant', cpu: 0.4, memory: 0.2 }, growth }],
      },
    ],
  };
}

const util70 = [parseObjective('cpu.peakUtilPct<70')];
const run = (raw: Record<string, unknown>) => simulate(scenarioFrom(raw)).headline;

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

  it('scenarioAtMonth scales the growing group only, capped at the VM size', () => {
    const raw = estate({ cpuPctPerMonth: 10, memoryPctPerMonth: 50, model: 'linear' });
    const g = (scenarioAtMonth(raw, 4).clusters as { vms: { workload: Record<string, unknown> }[] }[])[0]?.vms[0]?.workload;
    expect(g).toEqual({ type: 'constant', cpu: 0.56, memory: 0.6 });
    const late = (scenarioAtMonth(raw, 30).clusters as { vms: { workload: Record<string, unknown> }[] }[])[0]?.vms[0]?.workload;
    expect(late).toEqual({ type: 'constant', cpu: 1, memory: 1 });
    expect((raw.clusters as { vms: { workload: { cpu: number } }[] }[])[0]?.vms[0]?.workload.cpu).toBe(0.4);
  });
});

describe('runway', () => {
  it('linear 10 %/month crosses 70 % utilisation at month 8 (72 %), month 7 holds (68 %)', () => {
    const r = runway(estate({ cpuPctPerMonth: 10, model: 'linear' }), '2026-01-31T00:00:00Z', 12, util70, run);
    expect(r.months.map((m) => m.values[0])).toEqual([40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80, 84, 88].map((x) => expect.closeTo(x, 6)));
    expect(r.runsOut?.month).toBe(8);
    expect(r.runsOut?.date).toBe('2026-09-30');
    expect(runwaySentence('runway-case', r, 12, '2026-01-31T00:00:00Z')).toBe('runway-case runs out around 2026-09-30 (month 8; month 7 holds): cpu.peakUtilPct<70 fails first\n');
  });

  it('compound 10 %/month crosses at month 6 (70.86 %), month 5 holds (64.42 %)', () => {
    const r = runway(estate({ cpuPctPerMonth: 10 }), '2026-01-31T00:00:00Z', 12, util70, run);
    expect(r.months[5]?.values[0]).toBeCloseTo(64.4204, 3);
    expect(r.months[6]?.values[0]).toBeCloseTo(70.8624, 3);
    expect(r.runsOut?.month).toBe(6);
  });

  it('without growth every month is today and the runway is beyond the horizon', () => {
    const r = runway(estate({ cpuPctPerMonth: 0 }), '2026-01-31T00:00:00Z', 3, util70, run);
    expect(r.runsOut).toBeNull();
    expect(runwaySentence('x', r, 3, '2026-01-31T00:00:00Z')).toBe('x: every objective holds through month 3 (2026-04-30); the runway is beyond the horizon\n');
  });

  it('property: a higher growth rate never gives a later run-out month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 20 }), fc.boolean(), (a, b, linear) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const model = linear ? 'linear' : 'compound';
        const month = (pct: number) => runway(estate({ cpuPctPerMonth: pct, model }), '2026-01-31T00:00:00Z', 12, util70, run).runsOut?.month ?? 13;
        expect(month(hi)).toBeLessThanOrEqual(month(lo));
      }),
      { numRuns: 6 },
    );
  });
});
