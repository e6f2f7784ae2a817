/**
 * The library API: stepping, the read-only view, events, and actions under the models' rules —
 * refused actions change nothing; policies as code change placements and a failing one stops
 * the run cleanly with a partial result.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/api/simulation-api.js';
import { loadPolicy } from '../../src/api/policy.js';
import type { ModelEvent } from '../../src/model/observer.js';
import { scenarioFrom, SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
import { writeFileSync } from 'node:fs';

function scenario(extra: Record<string, unknown> = {}, reservedGiB = 8) {
  return scenarioFrom({
    name: 'api',
    duration: '4h',
    step: '5m',
    templates: { t: { vcpus: 2, memoryGiB: 8, memory: { reservationGiB: reservedGiB }, dirtyRateMiBps: 0 } },
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'first-fit', maxVcpuPerCore: 8, maxMemoryOvercommit: 1.5 },
        rules: [{ name: 'apart', type: 'anti-affinity', vms: ['db'] }],
        hosts: [{ name: 'h', count: 4, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 } }],
        vms: [
          { name: 'db', count: 2, template: 't', workload: { type: 'constant', cpu: 0.3, memory: 0.3 } },
          { name: 'app', count: 6, template: 't', workload: { type: 'constant', cpu: 0.2, memory: 0.3 } },
        ],
        ...extra,
      },
    ],
  });
}

describe('stepping and the view', () => {
  it('runs to a time, steps event by event, and shows hosts and VMs as plain objects', () => {
    const sim = createSimulation(scenario());
    sim.runUntil(3_600_000);
    expect(sim.now).toBeLessThanOrEqual(3_600_000);
    expect(sim.view.now).toBe(sim.now);
    const before = sim.now;
    expect(sim.step()).toBe(true);
    expect(sim.now).toBeGreaterThanOrEqual(before);
    const db1 = sim.view.vm('dc1/c1/db-001');
    expect(db1?.state).toBe('running');
    expect(db1?.host).toBe('dc1/c1/h-001');
    // Anti-affinity put db-002 elsewhere (first-fit: h-002).
    expect(sim.view.vm('dc1/c1/db-002')?.host).toBe('dc1/c1/h-002');
    expect(sim.view.hosts().map((h) => h.state)).toEqual(['on', 'on', 'on', 'on']);
    const r = sim.finish();
    expect(r.headline.vmsPlaced).toBe(8);
  });
});

describe('actions', () => {
  it('refuses a migration that breaks anti-affinity, and nothing changes', () => {
    const sim = createSimulation(scenario({}, 2));
    const events: ModelEvent[] = [];
    sim.onEvent((e) => events.push(e));
    sim.runUntil(60_000);
    const H = sim.sim.world.hosts;
    const vcpusBefore = Array.from(H.vcpus);
    const r = sim.migrate('dc1/c1/db-002', 'dc1/c1/h-001');
    expect(r).toEqual({ ok: false, error: { code: 'rule', message: 'host dc1/c1/h-001 refuses VM dc1/c1/db-002: anti-affinity rule' } });
    expect(Array.from(H.vcpus)).toEqual(vcpusBefore);
    expect(sim.view.vm('dc1/c1/db-002')?.host).toBe('dc1/c1/h-002');
    expect(sim.sim.migrator.active()).toBe(0);
    expect(events.at(-1)).toMatchObject({ type: 'action', action: 'migrate', target: 'dc1/c1/db-002', ok: false });
  });

  it('migrates a VM that may move: it runs on the destination after switch-over', () => {
    const sim = createSimulation(scenario());
    sim.runUntil(60_000);
    expect(sim.migrate('dc1/c1/app-001', 'dc1/c1/h-004')).toEqual({ ok: true });
    expect(sim.view.vm('dc1/c1/app-001')?.migrating).toBe(true);
    sim.runUntil(120_000);
    expect(sim.view.vm('dc1/c1/app-001')?.host).toBe('dc1/c1/h-004');
  });

  it('refuses unknown ids and bad values with typed errors', () => {
    const sim = createSimulation(scenario());
    expect(sim.migrate('dc1/c1/nope', 'dc1/c1/h-001')).toMatchObject({ ok: false, error: { code: 'unknown-vm' } });
    expect(sim.powerOffHost('dc1/c1/h-009')).toMatchObject({ ok: false, error: { code: 'unknown-host' } });
    expect(sim.setCpuShares('dc1/c1/app-001', -3)).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
    expect(sim.setClusterPolicy('dc1/c1', { drsThreshold: 9 })).toMatchObject({ ok: false, error: { code: 'invalid-value' } });
  });

  it('powering off a host with VMs evacuates it first; with N+1 slots and no room to spare it is refused', () => {
    const sim = createSimulation(scenario());
    sim.runUntil(60_000);
    expect(sim.powerOffHost('dc1/c1/h-002')).toEqual({ ok: true });
    sim.runUntil(600_000);
    expect(sim.view.host('dc1/c1/h-002')?.state).toBe('standby');
    expect(sim.view.vms().every((v) => v.state === 'running')).toBe(true);

    // HA with slots (tolerate 1): 8 VMs of 8 GiB reserved use 8 slots of 4 × 7; removing hosts
    // until the remaining slots cannot absorb a failure is refused.
    const ha = createSimulation(scenario({ ha: { enabled: true, admissionControl: { policy: 'slots', hostFailuresToTolerate: 1 } } }));
    ha.runUntil(60_000);
    expect(ha.powerOffHost('dc1/c1/h-004')).toEqual({ ok: true });
    ha.runUntil(600_000);
    const second = ha.powerOffHost('dc1/c1/h-003');
    expect(second).toMatchObject({ ok: false, error: { code: 'admission-control' } });
    expect(ha.view.host('dc1/c1/h-003')?.state).toBe('on');
  });

  it('a CPU reservation increase that breaks admission control is refused and reverted', () => {
    const sim = createSimulation(scenario({ ha: { enabled: true, admissionControl: { policy: 'slots', hostFailuresToTolerate: 1 } } }));
    sim.runUntil(60_000);
    const V = sim.sim.world.vms;
    // 16000 MHz a host: a 9000 MHz reservation makes the slot so large that 8 VMs no longer fit after a failure.
    const r = sim.setCpuReservation('dc1/c1/app-001', 9000);
    expect(r).toMatchObject({ ok: false, error: { code: 'admission-control' } });
    expect(V.cpuReservationMhz[2]).toBe(0);
    expect(sim.setCpuReservation('dc1/c1/app-001', 500)).toEqual({ ok: true });
    expect(V.cpuReservationMhz[2]).toBe(500);
  });

  it('failHost takes the host down with its VMs; without HA they wait for repairHost', () => {
    const sim = createSimulation(scenario());
    sim.runUntil(60_000);
    expect(sim.failHost('dc1/c1/h-001')).toEqual({ ok: true });
    expect(sim.view.vm('dc1/c1/db-001')?.state).toBe('down');
    expect(sim.failHost('dc1/c1/h-001')).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    expect(sim.repairHost('dc1/c1/h-001')).toEqual({ ok: true });
    sim.runUntil(600_000);
    expect(sim.view.vm('dc1/c1/db-001')?.state).toBe('running');
  });
});

describe('policies as code', () => {
  it('the shipped pack-by-power policy packs VMs onto the most power-efficient host', async () => {
    const loaded = await loadPolicy('policies/pack-by-power.mjs', SCENARIOS_DIR);
    const s = scenarioFrom({
      name: 'pol',
      duration: '1h',
      templates: { t: { vcpus: 2, memoryGiB: 4 } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'spread' },
          hosts: [
            { name: 'old', count: 2, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, power: { idleW: 200, maxW: 400 } },
            { name: 'new', count: 2, sockets: 1, coresPerSocket: 8, mhz: 2000, memoryGiB: 64, power: { idleW: 80, maxW: 300 } },
          ],
          vms: [{ name: 'vm', count: 6, template: 't', workload: { type: 'constant', cpu: 0.1 } }],
        },
      ],
    });
    const spread = createSimulation(s).finish();
    const packed = createSimulation(s, { policies: { '*': loaded } }).finish();
    const hostsUsed = (r: typeof spread) => new Set(Array.from(r.world.vms.host)).size;
    expect(hostsUsed(spread)).toBe(4);
    // All six on new-001: the lowest idle watts per core, then the fullest.
    expect(hostsUsed(packed)).toBe(1);
    expect(packed.world.hosts.ids[packed.world.vms.host[0]]).toBe('dc1/c1/new-001');
  });

  it('a throwing policy stops the run cleanly with the error and its stack', async () => {
    const dir = tempDir('policy');
    const file = path.join(dir, 'broken.mjs');
    writeFileSync(file, "export default { scoreHost() { throw new Error('no idea where to put it'); } };\n");
    const loaded = await loadPolicy(file, dir);
    const r = createSimulation(scenario(), { policies: { 'dc1/c1': loaded } }).finish();
    expect(r.stopped?.t).toBe(0);
    expect(r.stopped?.reason).toBe(`policy ${file} failed in scoreHost at t=0 ms: no idea where to put it`);
    expect(r.stopped?.detail).toContain('broken.mjs');
  });
});
