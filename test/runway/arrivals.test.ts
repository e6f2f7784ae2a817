/**
 * Arrivals and retirements: one seeded history per replication, read at any month.
 */
import { describe, expect, it } from 'vitest';
import { planChanges, withChanges } from '../../src/runway/arrivals.js';

type Plain = Record<string, unknown>;

const estate = (group: Plain): Plain => ({
  templates: { web: { vcpus: 2, memoryGiB: 4 }, db: { vcpus: 8, memoryGiB: 64 } },
  clusters: [{ name: 'c1', vms: [{ name: 'g', count: 10, template: 'web', workload: { type: 'constant', cpu: 0.2 }, growth: { cpuPctPerMonth: 2 }, datastore: 'ds1', ...group }] }],
});
const groupsAt = (raw: Plain, seed: number, t: number, horizon = 24) =>
  ((withChanges(raw, planChanges(raw, seed, horizon), t).clusters as Plain[])[0]?.vms as Plain[]).map((g) => [g.name, g.count, g.template]);

describe('planChanges', () => {
  it('the same seed gives the same history; another seed another', () => {
    const raw = estate({ arrivals: { perMonth: 3 }, retirements: { perMonth: 1 } });
    expect(planChanges(raw, 7, 24)).toEqual(planChanges(raw, 7, 24));
    expect(planChanges(raw, 8, 24)[0]?.arrivals).not.toEqual(planChanges(raw, 7, 24)[0]?.arrivals);
  });

  it('a Poisson rate of 2 a month gives about 2 × 1000 arrivals over 1000 months (within 4 sd, √2000 ≈ 45)', () => {
    const n = planChanges(estate({ arrivals: { perMonth: 2 } }), 1, 1000)[0]?.arrivals.length ?? 0;
    expect(Math.abs(n - 2000)).toBeLessThan(4 * Math.sqrt(2000));
  });

  it('the mix draws templates by weight: 3 : 1 over 4000 arrivals is 75 % web within 3 points', () => {
    const a = planChanges(estate({ arrivals: { perMonth: 4, mix: { web: 3, db: 1 } } }), 1, 1000)[0]?.arrivals ?? [];
    const web = a.filter((x) => x.template === 'web').length / a.length;
    expect(web).toBeGreaterThan(0.72);
    expect(web).toBeLessThan(0.78);
  });
});

describe('withChanges', () => {
  it('a schedule adds VMs from its month on, in a group of their own that keeps the workload, growth and datastore', () => {
    const raw = estate({ arrivals: { schedule: [{ month: 3, count: 5 }] } });
    expect(groupsAt(raw, 1, 2.99)).toEqual([['g', 10, 'web']]);
    expect(groupsAt(raw, 1, 3)).toEqual([
      ['g', 10, 'web'],
      ['g.new', 5, 'web'],
    ]);
    const fresh = ((withChanges(raw, planChanges(raw, 1, 24), 3).clusters as Plain[])[0]?.vms as Plain[])[1];
    expect(fresh).toEqual({ name: 'g.new', count: 5, template: 'web', workload: { type: 'constant', cpu: 0.2 }, growth: { cpuPctPerMonth: 2 }, datastore: 'ds1' });
  });

  it('retirements take VMs away and drop a group that loses all; arrivals of a mix go to a group per template', () => {
    const raw = estate({ retirements: { schedule: [{ month: 1, count: 4 }, { month: 2, count: 20 }] }, arrivals: { schedule: [{ month: 2, count: 8 }], mix: { web: 1, db: 1 } } });
    expect(groupsAt(raw, 1, 1)).toEqual([['g', 6, 'web']]);
    const at2 = groupsAt(raw, 1, 2);
    expect(at2.map((g) => g[0])).toEqual(['g.new.db', 'g.new.web']);
    expect(at2.reduce((s, g) => s + Number(g[1]), 0)).toBe(8);
  });

  it('VMs only ever accumulate along one history: the count at t never falls as t rises', () => {
    const raw = estate({ arrivals: { perMonth: 2.5 } });
    const plan = planChanges(raw, 3, 24);
    const count = (t: number) => (((withChanges(raw, plan, t).clusters as Plain[])[0]?.vms as Plain[]).find((g) => g.name === 'g.new')?.count as number | undefined) ?? 0;
    let last = 0;
    for (let t = 0; t <= 24; t += 0.25) {
      expect(count(t)).toBeGreaterThanOrEqual(last);
      last = count(t);
    }
    expect(last).toBe(plan[0]?.arrivals.length);
  });
});
