/**
 * Power models beyond linear (OpenDC PowerModels: square, cubic, sqrt) and SPECpower tables
 * interpolated between their 10 % points (CloudSim PowerModelSpecPower*; values from
 * shared/data/power/specpower_curves.csv, copied into src/catalogue/specpower.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { modelPower, PM_CUBIC, PM_SQRT, PM_SQUARE, PM_TABLE, tablePower } from '../../../src/model/power/models.js';
import { findCurve, SPECPOWER_CURVES } from '../../../src/catalogue/specpower.js';
import { simulate } from '../../../src/run/simulate.js';
import { ScenarioError } from '../../../src/scenario/index.js';
import { clusterScenario, HOUR, ROOT, scenarioOf } from '../../helpers/sim.js';

const G4 = [86, 89.4, 92.6, 96, 99.5, 102, 106, 108, 112, 114, 117]; // HP ProLiant ML110 G4 (DOMAIN.md)

describe('tablePower on the HP ProLiant ML110 G4 curve', () => {
  it('is 86 W at 0 %, 87.7 W at 5 % (half-way 86 → 89.4), 104 W at 55 % (102 → 106) and 117 W at 100 %', () => {
    expect(tablePower(G4, 0, 0)).toBe(86);
    expect(tablePower(G4, 0, 0.05)).toBeCloseTo(87.7, 12);
    expect(tablePower(G4, 0, 0.55)).toBeCloseTo(104, 12);
    expect(tablePower(G4, 0, 1)).toBe(117);
  });

  it('the catalogue holds the G4 curve as DOMAIN.md and the CSV give it', () => {
    expect(findCurve('HP ProLiant ML110 G4')?.watts).toEqual(G4);
  });
});

describe('the SPECpower catalogue', () => {
  it('has every row of shared/data/power/specpower_curves.csv, with the same 11 watt values, flagging the UNVERIFIED ones', () => {
    const csv = readFileSync(join(ROOT, '../shared/data/power/specpower_curves.csv'), 'utf8').trim().split('\n');
    expect(SPECPOWER_CURVES).toHaveLength(csv.length - 1);
    const unverified = csv.slice(1).filter((line) => line.includes('UNVERIFIED')).length;
    expect(SPECPOWER_CURVES.filter((c) => c.unverified)).toHaveLength(unverified);
    expect(new Set(SPECPOWER_CURVES.map((c) => c.name)).size).toBe(SPECPOWER_CURVES.length);
    for (const c of SPECPOWER_CURVES) expect(c.watts).toHaveLength(11);
  });
});

describe('modelPower', () => {
  it('square, cubic and sqrt at u = 0.5 between 100 and 300 W give 150, 125 and 241.42 W', () => {
    expect(modelPower(PM_SQUARE, 100, 300, [], 0, 0.5)).toBe(150);
    expect(modelPower(PM_CUBIC, 100, 300, [], 0, 0.5)).toBe(125);
    expect(modelPower(PM_SQRT, 100, 300, [], 0, 0.5)).toBeCloseTo(100 + 200 * Math.SQRT1_2, 12);
  });

  it('stays within [idle, max] of its model and never falls with load (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (kind, a, b) => {
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const p = (u: number): number => modelPower(kind, 50, 250, G4, 0, u);
        const floor = kind === PM_TABLE ? 86 : 50;
        const ceil = kind === PM_TABLE ? 117 : 250;
        expect(p(lo)).toBeGreaterThanOrEqual(floor - 1e-9);
        expect(p(hi)).toBeLessThanOrEqual(ceil + 1e-9);
        expect(p(hi)).toBeGreaterThanOrEqual(p(lo) - 1e-9);
      }),
    );
  });
});

describe('energy under a constant load, through simulate()', () => {
  it('a G4-curve host held at 55 % for 2 h uses 104 W × 2 h = 208 Wh', () => {
    // One VM of 1 vCPU at 1000 MHz on a 1-core host of 1000 MHz (no overhead) at 55 % demand.
    const s = clusterScenario(
      { one: { vcpus: 1, memoryGiB: 1 } },
      [{ name: 'v', count: 1, template: 'one', workload: { type: 'constant', cpu: 0.55 } }],
      { cores: 1, mhz: 1000, duration: '2h' },
    );
    const spec = structuredClone(s.spec) as typeof s.spec;
    (spec.clusters[0]!.hosts[0]!.power as Record<string, unknown>) = { model: 'specpower', server: 'HP ProLiant ML110 G4' };
    const r = simulate({ ...s, spec });
    expect(r.headline.energy.itKWh * 1000).toBeCloseTo(208, 9);
    expect(r.headline.energy.itKWh / 2).toBeCloseTo(0.104, 12);
    expect(2 * HOUR).toBe(7_200_000);
  });
});

describe('power fields in scenario files', () => {
  const host = (power: string): string => `
name: p
duration: 1h
templates: { t: { vcpus: 1, memoryGiB: 1 } }
clusters:
  - name: c
    hosts:
      - { count: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, power: ${power} }
`;
  const problems = (power: string): string[] => {
    try {
      scenarioOf(host(power));
    } catch (e) {
      if (e instanceof ScenarioError) return e.problems.map((p) => `${p.path}: ${p.message}`);
      throw e;
    }
    return [];
  };

  it('an unknown server is refused with the path and close names', () => {
    expect(problems('{ model: specpower, server: Dell PowerEdge R62 }')).toEqual([
      "clusters[0].hosts[0].power.server: unknown SPECpower server 'Dell PowerEdge R62'; did you mean 'Dell PowerEdge R620'",
    ]);
  });

  it('specpower with idleW, or linear without maxW, is refused', () => {
    expect(problems('{ model: specpower, server: HP ProLiant ML110 G4, idleW: 80 }')).toEqual([
      'clusters[0].hosts[0].power.idleW: idleW does not apply to model: specpower (the curve gives the watts)',
    ]);
    expect(problems('{ model: linear, idleW: 80 }')).toEqual([
      'clusters[0].hosts[0].power.maxW: the linear power model needs maxW (watts at 100 % load)',
    ]);
  });

  it('a curve that falls with load is refused at the falling point; an UNVERIFIED server loads with a warning', () => {
    expect(problems('{ model: specpower, curve: [50, 60, 70, 80, 90, 85, 100, 110, 120, 130, 140] }')).toEqual([
      'clusters[0].hosts[0].power.curve[5]: expected a curve that does not fall with load: 85 W at 50 % is below 90 W at 40 %',
    ]);
    const s = scenarioOf(host('{ model: specpower, server: Dell PowerEdge R640 }'));
    expect(s.warnings.join('\n')).toMatch(/power\.server: the power curve of 'Dell PowerEdge R640' is an UNVERIFIED transcription/);
  });
});
