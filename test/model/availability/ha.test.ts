/**
 * HA against hand-computed and published behaviour (DOMAIN.md, Failures and HA): detection and
 * boot times, restart priorities, admission control at power-on (slot policy), VMs waiting for
 * capacity, repair, isolation responses, and the long-run availability of a VM whose host fails
 * and is repaired at exponential times.
 */
import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '../../../src/model/observer.js';
import { DOWN_REASONS } from '../../../src/model/lifecycle.js';
import { simulate, type SimulationResult } from '../../../src/run/simulate.js';
import { scenarioFrom } from '../../helpers/sim.js';

interface HaOptions {
  hosts?: number;
  cores?: number;
  memoryGiB?: number;
  policy?: 'slots' | 'percentage' | 'failover-hosts' | 'disabled';
  failoverHosts?: string[];
  haEnabled?: boolean;
  isolationResponse?: 'leave-powered-on' | 'power-off';
  duration?: string;
  step?: string;
  events?: unknown[];
  hostGroups?: unknown[];
  maxMemoryOvercommit?: number | null;
  seed?: number;
}

/** One cluster `c1` of equal hosts `h-001…`; templates and VM groups as given. */
function haScenario(templates: Record<string, unknown>, vms: unknown[], o: HaOptions = {}) {
  return scenarioFrom({
    name: 'ha',
    seed: o.seed ?? 1,
    duration: o.duration ?? '4h',
    step: o.step ?? '1m',
    templates,
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'first-fit', maxVcpuPerCore: 8, maxMemoryOvercommit: o.maxMemoryOvercommit === undefined ? 1.5 : o.maxMemoryOvercommit },
        ha: {
          enabled: o.haEnabled ?? true,
          isolationResponse: o.isolationResponse ?? 'leave-powered-on',
          admissionControl: { policy: o.policy ?? 'disabled', failoverHosts: o.failoverHosts ?? [] },
        },
        hosts: o.hostGroups ?? [
          {
            name: 'h',
            count: o.hosts ?? 4,
            sockets: 1,
            coresPerSocket: o.cores ?? 16,
            mhz: 2000,
            memoryGiB: o.memoryGiB ?? 64,
            hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 },
          },
        ],
        vms,
      },
    ],
    events: o.events ?? [],
  });
}

function run(s: ReturnType<typeof haScenario>): { r: SimulationResult; events: ModelEvent[] } {
  const events: ModelEvent[] = [];
  const r = simulate(s, { attach: () => ({ observers: [{ event: (e) => events.push(e) }] }) });
  return { r, events };
}

const fullyReserved = (gib: number, priority = 'medium', boot = '60s') => ({
  vcpus: 2,
  memoryGiB: gib,
  memory: { reservationGiB: gib },
  haPriority: priority,
  bootTime: boot,
});

describe('HA restart after a host failure', () => {
  it('restarts the failed host’s VMs after detection (15 s) and boot (60 s): 75 s down each', () => {
    // 4 hosts × 64 GiB; 8 VMs of 15 GiB fully reserved (+ their overhead, under 1 GiB): first-fit
    // puts 4 on h-001 and 4 on h-002. h-001 fails at 1h: its 4 VMs are down 15 s (host-failure),
    // then boot 60 s on h-003.
    const s = haScenario({ vm: fullyReserved(15) }, [{ name: 'vm', count: 8, template: 'vm', workload: { type: 'constant', cpu: 0.2 } }], {
      events: [{ at: '1h', type: 'host-failure', host: 'dc1/c1/h-001' }],
    });
    const { r, events } = run(s);
    const o = r.model.outages;
    const V = r.world.vms;
    const hit = [0, 1, 2, 3].map((v) => V.ids[v]);
    for (let v = 0; v < 8; v++) {
      const expected = v < 4 ? 75_000 : 0;
      expect(o.downMsAt(v, r.world.durationMs)).toBe(expected);
    }
    expect(o.reasonMsAt(0, DOWN_REASONS.indexOf('host-failure'), r.world.durationMs)).toBe(15_000);
    expect(o.reasonMsAt(0, DOWN_REASONS.indexOf('restarting'), r.world.durationMs)).toBe(60_000);
    const restarted = events.filter((e) => e.type === 'vm.restarted');
    expect(restarted.map((e) => e.vm).sort()).toEqual([...hit].sort());
    expect(restarted.every((e) => e.t === 3_600_000 + 75_000 && e.downMs === 75_000)).toBe(true);
    // Availability over the 4 h run: 1 − 75 s / 4 h.
    expect(o.availability(0, r.world.durationMs)).toBeCloseTo(1 - 75 / 14_400, 12);
    expect(r.headline.availability.hostFailures).toBe(1);
    expect(r.headline.availability.restarts).toBe(4);
    expect(r.headline.availability.worstRecoveryS).toBe(75);
  });

  it('restarts higher priorities first: when only some fit, high gets the room and low waits', () => {
    // 2 hosts × 64 GiB, VMs of 15 GiB fully reserved. h-001: 2 low + 2 high; h-002: 3 medium.
    // h-001 fails: room for one more on h-002 → the first high VM restarts; the rest wait.
    const s = haScenario(
      { hi: fullyReserved(15, 'high'), lo: fullyReserved(15, 'low'), mid: fullyReserved(15, 'medium') },
      [
        { name: 'lo', count: 2, template: 'lo', workload: { type: 'constant', cpu: 0.1 } },
        { name: 'hi', count: 2, template: 'hi', workload: { type: 'constant', cpu: 0.1 } },
        { name: 'mid', count: 3, template: 'mid', workload: { type: 'constant', cpu: 0.1 } },
      ],
      { hosts: 2, events: [{ at: '1h', type: 'host-failure', host: 'dc1/c1/h-001', repairAfter: '1h' }] },
    );
    const { r, events } = run(s);
    const first = events.find((e) => e.type === 'vm.restarting');
    expect(first?.vm).toBe('dc1/c1/hi-001');
    expect(first?.t).toBe(3_600_000 + 15_000);
    // hi-002 and both lo wait until the repair at 2h, then restart (high first) and boot 60 s.
    const V = r.world.vms;
    const idx = (id: string) => V.ids.indexOf(id);
    const end = r.world.durationMs;
    const waiting = DOWN_REASONS.indexOf('waiting-for-capacity');
    expect(r.model.outages.reasonMsAt(idx('dc1/c1/hi-001'), waiting, end)).toBe(0);
    for (const id of ['dc1/c1/hi-002', 'dc1/c1/lo-001', 'dc1/c1/lo-002']) {
      // Down from 1h to 2h + 60 s: 15 s host-failure, 3585 s waiting, 60 s restarting.
      expect(r.model.outages.downMsAt(idx(id), end)).toBe(3_660_000);
      expect(r.model.outages.reasonMsAt(idx(id), waiting, end)).toBe(3_585_000);
    }
    // Back-off: retries 2, 4, 8, 16 min after the first attempt, all failing (4 retries, 5 attempts).
    const failed = events.filter((e) => e.type === 'ha.restart-failed' && e.vm === 'dc1/c1/lo-001');
    expect(failed.map((e) => (e.t - 3_615_000) / 60_000)).toEqual([0, 2, 6, 14, 30]);
    expect(r.headline.availability.byPriority.high.vms).toBe(2);
  });

  it('does not restart VMs whose priority is disabled: they wait for their host to be repaired', () => {
    const s = haScenario({ off: fullyReserved(8, 'disabled') }, [{ name: 'off', count: 1, template: 'off', workload: { type: 'constant', cpu: 0.1 } }], {
      hosts: 2,
      events: [{ at: '1h', type: 'host-failure', host: 'dc1/c1/h-001', repairAfter: '30m' }],
    });
    const { r } = run(s);
    const end = r.world.durationMs;
    // 15 s undetected, then not protected until the repair at 1h30, then a 60 s boot on h-001.
    expect(r.model.outages.downMsAt(0, end)).toBe(30 * 60_000 + 60_000);
    expect(r.model.outages.reasonMsAt(0, DOWN_REASONS.indexOf('not-protected'), end)).toBe(30 * 60_000 - 15_000);
    expect(r.world.hosts.ids[r.world.vms.host[0]]).toBe('dc1/c1/h-001');
  });

  it('without HA a failed host’s VMs stay down until its repair, then power on there again', () => {
    const s = haScenario({ vm: fullyReserved(8) }, [{ name: 'vm', count: 2, template: 'vm', workload: { type: 'constant', cpu: 0.1 } }], {
      haEnabled: false,
      hosts: 2,
      events: [{ at: '1h', type: 'host-failure', host: 'dc1/c1/h-001', repairAfter: '2h' }],
    });
    const { r } = run(s);
    for (let v = 0; v < 2; v++) expect(r.model.outages.downMsAt(v, r.world.durationMs)).toBe(2 * 3_600_000 + 60_000);
    expect(r.headline.availability.restarts).toBe(0);
  });
});

describe('admission control', () => {
  it('slot policy: hosts of 4, 3 and 3 slots (2 GHz / 2 GB) tolerate one failure by admitting 6 VMs, refusing the 7th', () => {
    // DOMAIN.md worked example: slot = largest CPU reservation (2000 MHz) and largest memory
    // reservation (2 GiB, plus the VM's overhead). Host A 8000 MHz → 4 slots; B and C 6000 MHz →
    // 3 slots each (memory, 64 GiB, does not bind). 10 slots; keeping the largest host's 4 for
    // one failure leaves 6 for VMs: the 7th and 8th power-ons are refused.
    const host = (name: string, cores: number) => ({
      name,
      count: 1,
      sockets: 1,
      coresPerSocket: cores,
      mhz: 1000,
      memoryGiB: 64,
      hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 },
    });
    const s = haScenario(
      { vm: { vcpus: 1, memoryGiB: 2, cpu: { reservationMHz: 2000 }, memory: { reservationGiB: 2 } } },
      [{ name: 'vm', count: 8, template: 'vm', workload: { type: 'constant', cpu: 0.1 } }],
      { policy: 'slots', hostGroups: [host('a', 8), host('b', 6), host('c', 6)] },
    );
    const { r } = run(s);
    expect(r.placement.placed).toBe(6);
    expect(r.placement.unplaced.map((u) => r.world.vms.ids[u.vm])).toEqual(['dc1/c1/vm-007', 'dc1/c1/vm-008']);
    expect(r.placement.unplaced[0]?.reason).toBe(
      `HA admission control (slots): 7 slots needed, 6 of 10 available after keeping 4 for 1 host failure(s) (slot 2000 MHz / ${Math.round(2048 + (r.world.vms.overheadMiB[0]))} MiB)`,
    );
    // The cluster now tolerates exactly one host failure: losing A leaves 6 slots for 6 VMs.
    expect(r.ha.admission.failover(0).tolerates).toBe(1);
  });

  it('host failures to tolerate = 1 on 4 equal hosts: no single host failure keeps a VM down longer than detection + boot', () => {
    for (let failed = 1; failed <= 4; failed++) {
      // 16 GiB VMs reserving all their memory: each 64 GiB host has 3 slots after overhead; the
      // policy admits 9 of the 12 slots' worth, so any one host's VMs fit on the other three.
      const s = haScenario({ vm: fullyReserved(16) }, [{ name: 'vm', count: 16, template: 'vm', workload: { type: 'constant', cpu: 0.2 } }], {
        policy: 'slots',
        events: [{ at: '1h', type: 'host-failure', host: `dc1/c1/h-00${failed}` }],
      });
      const { r } = run(s);
      expect(r.placement.unplaced.length).toBeGreaterThan(0);
      for (let v = 0; v < r.world.vms.n; v++) expect(r.model.outages.downMsAt(v, r.world.durationMs)).toBeLessThanOrEqual(75_000);
      expect(r.headline.availability.vmsDownAtEnd).toBe(0);
    }
  });

  it('with admission control disabled a full cluster powers everything on, and after a failure some VMs wait', () => {
    const s = haScenario({ vm: fullyReserved(16) }, [{ name: 'vm', count: 16, template: 'vm', workload: { type: 'constant', cpu: 0.2 } }], {
      policy: 'disabled',
      events: [{ at: '1h', type: 'host-failure', host: 'dc1/c1/h-001' }],
    });
    const { r } = run(s);
    expect(r.placement.unplaced.length).toBe(16 - r.placement.placed);
    const waiting = DOWN_REASONS.indexOf('waiting-for-capacity');
    let waited = 0;
    for (let v = 0; v < r.world.vms.n; v++) if (r.model.outages.reasonMsAt(v, waiting, r.world.durationMs) > 0) waited++;
    expect(waited).toBeGreaterThan(0);
    expect(r.headline.availability.vmsDownAtEnd).toBe(waited);
  });

  it('failover hosts stay empty at power-on and take the restarts', () => {
    const s = haScenario({ vm: fullyReserved(16) }, [{ name: 'vm', count: 6, template: 'vm', workload: { type: 'constant', cpu: 0.2 } }], {
      policy: 'failover-hosts',
      failoverHosts: ['dc1/c1/h-004'],
      events: [{ at: '1h', type: 'host-failure', host: 'dc1/c1/h-001' }],
    });
    const events: ModelEvent[] = [];
    const r = simulate(s, { attach: () => ({ observers: [{ event: (e) => events.push(e) }] }) });
    const restarts = events.filter((e) => e.type === 'vm.restarting');
    expect(restarts.length).toBeGreaterThan(0);
    expect(restarts.every((e) => e.host === 'dc1/c1/h-004')).toBe(true);
  });
});

describe('host isolation', () => {
  it('leave powered on: VMs keep running; power off: they go down at detection and restart elsewhere', () => {
    const base = { vm: fullyReserved(16) };
    const vms = [{ name: 'vm', count: 2, template: 'vm', workload: { type: 'constant', cpu: 0.2 } }];
    const events = [{ at: '1h', type: 'host-isolation', host: 'dc1/c1/h-001', duration: '10m' }];
    const stay = run(haScenario(base, vms, { events })).r;
    expect(stay.model.outages.downMsAt(0, stay.world.durationMs)).toBe(0);
    const off = run(haScenario(base, vms, { events, isolationResponse: 'power-off' })).r;
    // Declared isolated after 15 s: powered off, restarted at once elsewhere, 60 s boot.
    expect(off.model.outages.downMsAt(0, off.world.durationMs)).toBe(60_000);
    expect(off.model.outages.reasonMsAt(0, DOWN_REASONS.indexOf('restarting'), off.world.durationMs)).toBe(60_000);
    expect(off.world.hosts.ids[off.world.vms.host[0]]).not.toBe('dc1/c1/h-001');
  });
});

describe('long-run availability with exponential failures', () => {
  it('converges to (MTBF − boot) / (MTBF + MTTR) for a VM alone on its host, within 4 standard errors', () => {
    // One host, one VM. Host up time ~ Exp(50 h), repair ~ Exp(5 h); the VM is down for the
    // repair and then its 60 s boot (with one host, HA has nowhere else to restart it, so the
    // detection time overlaps the repair). Alternating renewal: availability
    // A = (MTBF − boot) / (MTBF + MTTR) = (50 − 1/60) / 55 = 0.908788 (the issue's
    // MTBF / (MTBF + MTTR + detection + restart) = 50 / 55.0208 = 0.908747 agrees to 4e-5).
    // Standard error of the ratio estimate over n cycles: with D = R + boot and C = U + R,
    // Var(D − a·C) = (1 − a)²·MTTR² + a²·MTBF² (a = 1 − A), SE = sqrt(Var / n) / E[C].
    const s = haScenario({ vm: fullyReserved(8) }, [{ name: 'vm', count: 1, template: 'vm', workload: { type: 'constant', cpu: 0.1 } }], {
      hosts: 1,
      duration: '8000d',
      step: '1d',
      hostGroups: [
        {
          name: 'h',
          count: 1,
          sockets: 1,
          coresPerSocket: 8,
          mhz: 2000,
          memoryGiB: 64,
          failures: { timeBetweenFailures: { distribution: 'exponential', meanHours: 50 }, repair: { distribution: 'exponential', meanHours: 5 } },
        },
      ],
    });
    const { r } = run(s);
    const A = (50 - 1 / 60) / 55;
    const a = 1 - A;
    const n = (8000 * 24) / 55;
    const se = Math.sqrt(((1 - a) ** 2 * 25 + a ** 2 * 2500) / n) / 55;
    const measured = r.model.outages.availability(0, r.world.durationMs);
    expect(Math.abs(measured - A)).toBeLessThan(4 * se);
    expect(Math.abs(measured - 50 / (55 + 75 / 3600))).toBeLessThan(4 * se);
    // The observed MTBF and MTTR agree with the fitted means within the same kind of band.
    const failures = r.ha.hostFailCount[0];
    expect(failures).toBeGreaterThan(n * 0.85);
    expect(failures).toBeLessThan(n * 1.15);
  });
});

describe('guest OS failures and VM monitoring', () => {
  it('VM monitoring resets a failed guest after 30 s of silence, then it boots (60 s): 90 s per failure', () => {
    const s = haScenario(
      { vm: { ...fullyReserved(8), guestFailures: { meanHoursBetween: 24 } } },
      [{ name: 'vm', count: 4, template: 'vm', workload: { type: 'constant', cpu: 0.1 } }],
      { duration: '30d', step: '1h' },
    );
    const { r, events } = run(s);
    const failed = events.filter((e) => e.type === 'vm.guest-failed');
    const restarted = events.filter((e) => e.type === 'vm.guest-restarted');
    // About 30 d / 24 h = 30 failures per VM: 120 expected over 4 VMs (Poisson, sd ≈ 11).
    expect(failed.length).toBeGreaterThan(80);
    expect(failed.length).toBeLessThan(160);
    expect(restarted.every((e) => e.downMs === 90_000)).toBe(true);
    const vmFailure = DOWN_REASONS.indexOf('vm-failure');
    for (let v = 0; v < 4; v++) {
      const n = failed.filter((e) => e.vm === r.world.vms.ids[v]).length;
      const open = r.world.vms.state[v] === 2 ? 1 : 0;
      const downMs = r.model.outages.reasonMsAt(v, vmFailure, r.world.durationMs);
      expect(downMs).toBeLessThanOrEqual(n * 90_000);
      expect(downMs).toBeGreaterThan((n - open - 0.5) * 90_000);
    }
  });

  it('without HA an administrator restarts the guest after 4 h', () => {
    const s = haScenario(
      { vm: { ...fullyReserved(8), guestFailures: { meanHoursBetween: 48 } } },
      [{ name: 'vm', count: 2, template: 'vm', workload: { type: 'constant', cpu: 0.1 } }],
      { duration: '30d', step: '1h', haEnabled: false },
    );
    const { events } = run(s);
    const restarted = events.filter((e) => e.type === 'vm.guest-restarted');
    expect(restarted.length).toBeGreaterThan(0);
    expect(restarted.every((e) => e.downMs === 4 * 3_600_000)).toBe(true);
  });
});
