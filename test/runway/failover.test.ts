/**
 * N+k failover in the runway. Hand-computed case: 3 hosts of 8 × 1000 MHz (no overhead), spread
 * placement, 6 VMs of 2 vCPUs at 40 % growing 10 %/month linearly. Normal run: 2 VMs a host,
 * 1600 × (1 + 0.1 t) of 8000 MHz, under 70 % until t = 25. After the largest host fails, its VMs
 * restart on the 2 survivors, 3 a host: 2400 × (1 + 0.1 t) ≥ 70 % of 8000 ⇔ t ≥ 13.33: month 14
 * fails (72 %), month 13 holds (69 %), and the bisection's first k/32 above it is 13 + 11/32:
 * 28 Feb 2027 + 0.34375 × 31 days = 10 Mar 2027. N+1 binds, on CPU.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/run/simulate.js';
import { clusterRuns } from '../../src/runway/cluster-runs.js';
import { failoverPlan, withFailures } from '../../src/runway/failover.js';
import { runway } from '../../src/runway/runway.js';
import { runwaySentences } from '../../src/runway/runway-text.js';
import { parseObjective } from '../../src/sweep/objectives.js';
import { scenarioFrom } from '../helpers/sim.js';

type Plain = Record<string, unknown>;
const START = '2026-01-31T00:00:00Z';

const host = (name: string, count: number, memoryGiB: number, cores = 8) => ({ name, count, sockets: 1, coresPerSocket: cores, mhz: 1000, memoryGiB, hypervisor: { cpuOverheadPct: 0 } });

function estate(ha: Plain): Plain {
  return {
    name: 'failover-case',
    start: START,
    duration: '1h',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: 4 } },
    clusters: [
      {
        name: 'c1',
        ha,
        placement: { algorithm: 'spread' },
        hosts: [host('h', 3, 64)],
        vms: [{ name: 'g', count: 6, template: 't', workload: { type: 'constant', cpu: 0.4, memory: 0.2 }, growth: { cpuPctPerMonth: 10, model: 'linear' } }],
      },
    ],
  };
}

const rules = { objectives: [parseObjective('cpu.peakUtilPct<70')], datastoreMaxPct: 85 };
const run = (raw: Plain) => clusterRuns(simulate(scenarioFrom(raw)), ['c1']);

describe('failoverPlan', () => {
  it('fails the k largest hosts (memory, then cores) of each HA cluster; none where HA is off or hosts are too few', () => {
    const raw = {
      clusters: [
        { name: 'a', ha: { enabled: true, admissionControl: { hostFailuresToTolerate: 2 } }, hosts: [host('small', 4, 256), host('big', 2, 512, 16), host('wide', 1, 512, 32)] },
        { name: 'b', site: 'dc2', ha: { enabled: true }, hosts: [host('h', 12, 128)] },
        { name: 'c', ha: { enabled: false }, hosts: [host('h', 4, 128)] },
        { name: 'd', ha: { enabled: true }, hosts: [host('h', 1, 128)] },
      ],
    };
    const plan = failoverPlan(raw, null);
    expect(plan.hosts).toEqual(['dc1/a/wide-001', 'dc1/a/big-001', 'dc2/b/h-001']);
    expect([...plan.k]).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
    expect(failoverPlan(raw, 3).hosts).toEqual(['dc1/a/wide-001', 'dc1/a/big-001', 'dc1/a/big-002', 'dc2/b/h-001', 'dc2/b/h-002', 'dc2/b/h-003']);
  });

  it('the failover run restarts every VM on the survivors: 4800 MHz on 16000, 30 % (20 % before)', () => {
    const raw = estate({ enabled: true });
    const normal = run(raw)[0]!;
    const failed = run(withFailures(raw, failoverPlan(raw, null)))[0]!;
    expect(normal.figures.cpu.peakUtilPct).toBeCloseTo(20, 6);
    expect(failed.figures.cpu.peakUtilPct).toBeCloseTo(30, 6);
    expect(failed.figures.availability.vmsDownAtEnd).toBe(0);
    expect(failed.figures.availability.hostFailures).toBe(1);
  });
});

describe('runway with N+1', () => {
  it('N+1 fails at 13 + 11/32 months (10 Mar 2027) on CPU, long before the cluster itself (month 25)', () => {
    const r = runway({ raw: estate({ enabled: true }), start: START, horizon: 15, rules, replications: 1, seedOf: () => 1, simulate: run });
    const c = r.clusters[0]?.crossings[0];
    expect(c?.month).toBe(13.34375);
    expect(c?.date).toBe('2027-03-10');
    expect(c?.failing.map((x) => x.name)).toEqual(['N+1 failover']);
    expect(c?.failing[0]?.failoverFailing?.map((x) => [x.name, Number(x.value?.toFixed(4))])).toEqual([['cpu.peakUtilPct<70', 70.0313]]);
    const row13 = r.rows.find((x) => x.month === 13)?.checks.find((x) => x.name === 'cpu.peakUtilPct<70');
    expect(row13?.value).toBeCloseTo(46, 3); // 20 × 2.3 (levels rounded down to 6 decimals): the normal run holds
    const lines = runwaySentences(r).split('\n');
    expect(lines[0]).toBe('c1 runs out of N+1 failover capacity around 10 Mar 2027 (one seed, no interval); CPU binds first');
    expect(lines[2]).toBe('  first failing month of each check: N+1 failover month 14 (2027-03-31) on CPU; holding through month 15: cpu.peakUtilPct<70, every VM placed, memory state above hard');
  });

  it('without HA there is no failover check and the runway is beyond month 15', () => {
    const r = runway({ raw: estate({ enabled: false }), start: START, horizon: 15, rules, replications: 1, seedOf: () => 1, simulate: run, refineSteps: 0 });
    expect(r.failoverK.size).toBe(0);
    expect(r.clusters[0]?.crossings[0]).toBeNull();
  });
});
