/**
 * DPM judged per host (VMware white paper "VMware Distributed Power Management Concepts and Use",
 * Host Power-off Recommendations and Host Sort; US patent 9,047,083), evacuations that cannot
 * finish given up, and the invariants power management keeps under random clusters with DPM,
 * windows, failures and maintenance (fast-check): no VM on a host that is not serving, no host
 * entering standby longer than the evacuation limit, energy by state summing to the total.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDBY_EVACUATION_LIMIT_MS } from '../../../src/model/balancer/index.js';
import { HOST_ENTERING_STANDBY, HOST_STATES, hostServes } from '../../../src/model/lifecycle.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import type { World } from '../../../src/model/world.js';
import { simulate } from '../../../src/run/simulate.js';
import { scenarioFrom } from '../../helpers/sim.js';

interface Options {
  hosts: number;
  algorithm?: string;
  vms: unknown[];
  dpm?: Record<string, unknown>;
  schedule?: unknown[];
  ha?: Record<string, unknown>;
  rules?: unknown[];
  events?: unknown[];
  duration?: string;
  drs?: boolean;
}

function build(o: Options) {
  return scenarioFrom({
    name: 'dpm-candidates',
    start: '2026-03-02T00:00:00Z',
    duration: o.duration ?? '2h',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: 4, dirtyRateMiBps: 0 } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: o.algorithm ?? 'spread', maxVcpuPerCore: 8, maxMemoryOvercommit: 2 },
        power: { dpm: o.dpm ?? {}, schedule: o.schedule ?? [] },
        ha: o.ha ?? {},
        drs: { enabled: o.drs ?? false },
        rules: o.rules ?? [],
        hosts: [
          {
            name: 'h',
            count: o.hosts,
            sockets: 1,
            coresPerSocket: 8,
            mhz: 2000,
            memoryGiB: 64,
            hypervisor: { cpuOverheadPct: 0 },
            power: { idleW: 100, maxW: 300, standbyW: 10, bootTime: '5m', shutdownTime: '2m' },
          },
        ],
        vms: o.vms,
      },
    ],
    events: o.events ?? [],
  });
}

/** Runs o, checking at every sample that no VM sits on a host that does not serve. */
function run(o: Options) {
  const events: ModelEvent[] = [];
  let world: World | null = null;
  const violations: string[] = [];
  const r = simulate(build(o), {
    attach: (w) => {
      world = w;
      return {
        observers: [{ event: (e) => events.push(e) }],
        sinks: [
          {
            onSample: (f) => {
              const H = (world as World).hosts;
              for (let h = 0; h < H.n; h++) {
                const s = H.state[h];
                if (!hostServes(s) && s !== 2 && (H.vmCount[h]) > 0) violations.push(`${H.ids[h]} ${HOST_STATES[s]} with ${H.vmCount[h]} VMs at ${f.t1}`);
              }
            },
          },
        ],
      };
    },
  });
  return { r, events, violations, downs: events.filter((e) => e.type === 'host.power' && e.to === 'shutting-down') };
}

const constant = (count: number, cpu: number, memory = 0.25) => [{ name: 'vm', count, template: 't', workload: { type: 'constant', cpu, memory } }];

describe('DPM candidates, per host', () => {
  it('powers off the empty hosts beside a loaded one, empty hosts first, highest index first', () => {
    // first-fit packs 5 VMs × 2 vCPU × 0.48 × 2000 MHz = 9600 MHz on h-001: 60 %, inside the
    // range, so "every host below 45 %" never held. h-002..h-004 are empty (0 %): after 40 min
    // each is a candidate; with all three gone h-001 runs 9600 / 16000 = 60 % ≤ 63 %: a
    // priority-5 power-off (above 54 %), so threshold 5.
    const { downs, violations } = run({ hosts: 4, algorithm: 'first-fit', vms: constant(5, 0.48), dpm: { enabled: true, threshold: 5 } });
    expect(downs.map((e) => [e.host, e.t / 60_000])).toEqual([
      ['dc1/c1/h-004', 40],
      ['dc1/c1/h-003', 40],
      ['dc1/c1/h-002', 40],
    ]);
    expect(downs.every((e) => String(e.reason).startsWith('dpm: 0 % load'))).toBe(true);
    expect(violations).toEqual([]);
  });

  it('at the default threshold 3 stops while the staying hosts are at or under 45 %: the third power-off (60 %) is priority 5', () => {
    // h-004 off: 9600 / 48000 = 20 % (priority 2); h-003 off: 30 % (3); h-002 off: 60 % (5).
    const { downs, events } = run({ hosts: 4, algorithm: 'first-fit', vms: constant(5, 0.48), dpm: { enabled: true } });
    expect(downs.map((e) => e.host)).toEqual(['dc1/c1/h-004', 'dc1/c1/h-003']);
    expect(String(events.find((e) => e.type === 'host.power-skipped')?.why)).toMatch(/this power-off is priority 5 \(the 1 other hosts would run at 60 %\)$/);
  });

  it('keeps minPoweredOnCpuMhz of capacity on: 40000 MHz lets one of four 16000-MHz hosts go (48000 left), not two (32000)', () => {
    const { downs, events } = run({ hosts: 4, algorithm: 'first-fit', vms: constant(5, 0.48), dpm: { enabled: true, threshold: 5, minPoweredOnCpuMhz: 40_000 } });
    expect(downs.map((e) => e.host)).toEqual(['dc1/c1/h-004']);
    expect(String(events.find((e) => e.type === 'host.power-skipped')?.why)).toBe('DPM keeps it on: the 2 other hosts have 32000 MHz, below minPoweredOnCpuMhz 40000');
  });

  it('keeps minPoweredOnMemoryGiB on: 130 GiB of four 64-GiB hosts keeps three', () => {
    // A 64-GiB host gives 64 GiB less the hypervisor overhead: two give under 128, three over 130.
    const { downs } = run({ hosts: 4, algorithm: 'first-fit', vms: constant(5, 0.48), dpm: { enabled: true, threshold: 5, minPoweredOnMemoryGiB: 130 } });
    expect(downs.map((e) => e.host)).toEqual(['dc1/c1/h-004']);
  });

  it('keeps minHostsOn hosts on', () => {
    const { downs } = run({ hosts: 4, algorithm: 'first-fit', vms: constant(5, 0.48), dpm: { enabled: true, minHostsOn: 2, threshold: 5 } });
    expect(downs.map((e) => e.host)).toEqual(['dc1/c1/h-004', 'dc1/c1/h-003']);
  });

  it('keeps enough hosts for HA: N+1 slots leave two hosts on, and says so once', () => {
    const { downs, events } = run({
      hosts: 4,
      algorithm: 'first-fit',
      vms: constant(5, 0.1),
      dpm: { enabled: true },
      ha: { enabled: true, admissionControl: { policy: 'slots', hostFailuresToTolerate: 1 } },
    });
    expect(downs.map((e) => e.host)).toEqual(['dc1/c1/h-004', 'dc1/c1/h-003']);
    const skipped = events.filter((e) => e.type === 'host.power-skipped');
    // Both remaining hosts were candidates (12.5 % and 0 %): each named once, not every pass.
    expect(skipped.map((e) => e.host)).toEqual(['dc1/c1/h-002', 'dc1/c1/h-001']);
    expect(String(skipped[0]!.why)).toMatch(/^DPM keeps it on: HA could then absorb 0 host failure\(s\), below 1/);
  });

  it('keeps a host whose VMs would fit nowhere under the vCPU:pCPU cap', () => {
    // 2 hosts × 8 cores × 8 vCPUs per core = 64 vCPUs each; 40 VMs × 2 vCPU = 80 vCPUs > 64,
    // though demand (3200 MHz, 20 % of one host) and memory (16 GiB) would fit.
    const { downs, events } = run({ hosts: 2, vms: constant(40, 0.02, 0.1), dpm: { enabled: true } });
    expect(downs).toEqual([]);
    expect(String(events.find((e) => e.type === 'host.power-skipped')?.why)).toMatch(/8 of 20 VMs .* would fit on none of the 1 hosts staying on \(vCPU:pCPU cap 8/);
  });
});

describe('calendar windows keep exactly keepHosts and keepPct', () => {
  // 4 equal hosts, light load: nothing but the window's own figures limits the power-downs.
  const downsAt20 = (keep: Record<string, number>) =>
    run({ hosts: 4, vms: constant(4, 0.05), duration: '22h', schedule: [{ from: '20:00', to: '06:00', ...keep }] }).downs.filter((e) => e.t >= 20 * 3_600_000 && e.t < 20 * 3_600_000 + 5 * 60_000).length;

  it('keepHosts 1 and 2 leave 1 and 2 hosts on', () => {
    expect(downsAt20({ keepHosts: 1 })).toBe(3);
    expect(downsAt20({ keepHosts: 2 })).toBe(2);
  });

  it('keepPct 50 keeps 2 of 4 equal hosts (50 % exactly); 50.1 keeps 3; 0 keeps none beyond keepHosts', () => {
    expect(downsAt20({ keepPct: 50 })).toBe(2);
    expect(downsAt20({ keepPct: 50.1 })).toBe(1);
    expect(downsAt20({ keepPct: 0, keepHosts: 1 })).toBe(3);
  });

  it('with both, the larger wins: keepHosts 3 over keepPct 25, keepPct 75 over keepHosts 1', () => {
    expect(downsAt20({ keepHosts: 3, keepPct: 25 })).toBe(1);
    expect(downsAt20({ keepHosts: 1, keepPct: 75 })).toBe(1);
  });

  it('a window over midnight wakes the hosts at its end less their boot time (06:00 − 5 min)', () => {
    const { events } = run({ hosts: 4, vms: constant(4, 0.05), duration: '22h', schedule: [{ from: '20:00', to: '06:00', keepHosts: 1 }] });
    const boots = events.filter((e) => e.type === 'host.power' && e.to === 'booting');
    // The run starts Monday 00:00: the window of Sunday night ends at 06:00 (woken at 05:55), Monday's starts at 20:00.
    expect(boots.map((e) => e.t)).toEqual([5 * 3_600_000 + 55 * 60_000, 5 * 3_600_000 + 55 * 60_000, 5 * 3_600_000 + 55 * 60_000]);
  });
});

describe('a power-down that cannot finish', () => {
  it('is given up at once when a VM fits nowhere (a must anti-affinity rule): the host serves again, saying why', () => {
    const { r, events, violations } = run({
      hosts: 2,
      vms: constant(2, 0.1),
      rules: [{ name: 'apart', type: 'anti-affinity', vms: ['vm'] }],
      events: [{ at: '1h', type: 'power-off', host: 'dc1/c1/h-002' }],
    });
    const aborted = events.find((e) => e.type === 'host.standby-aborted');
    expect(aborted).toMatchObject({ t: 3_600_000, host: 'dc1/c1/h-002', reason: 'power-off', vmsLeft: 1, after: 0 });
    expect(String(aborted!.why)).toMatch(/^dc1\/c1\/vm-002 fits on no other host: .*anti-affinity/);
    expect(r.world.hosts.state[1]).toBe(0);
    expect(events.some((e) => e.type === 'host.power' && e.host === 'dc1/c1/h-002')).toBe(false);
    expect(violations).toEqual([]);
  });
});

describe('power management invariants (fast-check)', () => {
  it('no VM on a non-serving host, no host entering standby beyond the limit, energy by state sums to the total', () => {
    fc.assert(
      fc.property(
        fc.record({
          hosts: fc.integer({ min: 2, max: 6 }),
          vms: fc.integer({ min: 1, max: 40 }),
          cpu: fc.double({ min: 0.01, max: 0.6, noNaN: true }),
          dpm: fc.boolean(),
          window: fc.option(fc.record({ from: fc.integer({ min: 0, max: 23 }), to: fc.integer({ min: 0, max: 23 }), keep: fc.integer({ min: 1, max: 3 }) })),
          fail: fc.option(fc.integer({ min: 1, max: 20 })),
          maint: fc.option(fc.integer({ min: 1, max: 20 })),
          drs: fc.boolean(),
        }),
        (p) => {
          const hh = (n: number) => String(n).padStart(2, '0');
          const events: unknown[] = [];
          if (p.fail !== null) events.push({ at: `${p.fail}h`, type: 'host-failure', host: 'dc1/c1/h-001', repairAfter: '3h' });
          if (p.maint !== null) events.push({ at: `${p.maint}h`, type: 'maintenance', host: `dc1/c1/h-${hh(Math.min(p.hosts, 2)).padStart(3, '0')}`, duration: '2h' });
          const { r, events: seen, violations } = run({
            hosts: p.hosts,
            vms: constant(p.vms, p.cpu),
            dpm: { enabled: p.dpm },
            schedule: p.window === null ? [] : [{ from: `${hh(p.window.from)}:00`, to: `${hh(p.window.to)}:00`, keepHosts: p.window.keep }],
            ha: { enabled: true, admissionControl: { policy: 'slots', hostFailuresToTolerate: 1 } },
            drs: p.drs,
            events,
            duration: '1d',
          });
          expect(violations).toEqual([]);
          const since = new Map<string, number>();
          for (const e of seen) {
            if (e.type === 'host.standby-entering') since.set(String(e.host), e.t);
            if (e.type === 'host.standby-evacuated' || e.type === 'host.standby-aborted') {
              expect(e.t - (since.get(String(e.host)) as number)).toBeLessThanOrEqual(STANDBY_EVACUATION_LIMIT_MS);
              since.delete(String(e.host));
            }
          }
          const H = r.world.hosts;
          for (const [host, t] of since) {
            const h = H.ids.indexOf(host);
            if (H.state[h] === HOST_ENTERING_STANDBY) expect(r.world.durationMs - t).toBeLessThanOrEqual(STANDBY_EVACUATION_LIMIT_MS);
          }
          const S = HOST_STATES.length;
          for (let h = 0; h < H.n; h++) {
            let sum = 0;
            for (let s = 0; s < S; s++) sum += H.energyByStateInt[h * S + s];
            expect(sum).toBeCloseTo(H.energyInt[h], 3);
          }
        },
      ),
      { numRuns: 25, seed: 18 },
    );
  }, 240_000);
});
