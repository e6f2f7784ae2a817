/**
 * Migrator: pre-copy timing on a real run (DOMAIN.md, Placement and balancing: send all RAM at
 * the link's bandwidth; vMotion reserves a full core at 10 GbE), the VM on its source until the
 * switch-over, destination capacity held from the start, host failures mid-migration,
 * concurrency limits, and identical records for identical runs.
 */
import { describe, expect, it } from 'vitest';
import { VM_MIGRATING, VM_RUNNING } from '../../../src/model/lifecycle.js';
import { brokenInvariants, buildRun, clusterOf, type Run } from './harness.js';

const MiB_PER_GBIT = 1e9 / 8 / 1048576; // MiB/s in one Gbit/s

/** Two (or more) 8-core hosts, `count` quiet 2-vCPU VMs of 4 GiB packed first-fit on host 0. */
function twoHosts(o: { count?: number; dirty?: number; hosts?: number; perHost?: number; perCluster?: number; nonConvergence?: string; workload?: Record<string, unknown> } = {}): Run {
  return buildRun(
    clusterOf({
      hosts: o.hosts ?? 2,
      templates: { vm: { vcpus: 2, memoryGiB: 4, dirtyRateMiBps: o.dirty ?? 0 } },
      vms: [{ name: 'vm', count: o.count ?? 1, template: 'vm', workload: o.workload ?? { type: 'constant', cpu: 0.5 } }],
      drs: { maxConcurrentPerHost: o.perHost ?? 2, maxConcurrentPerCluster: o.perCluster ?? 8 },
      migration: o.nonConvergence !== undefined ? { nonConvergence: o.nonConvergence, maxRounds: 5 } : {},
    }),
  );
}

describe('Migrator.start on an idle 10 GbE link', () => {
  it('takes 4096 MiB / (10 Gbit/s in MiB/s) for a 4 GiB VM that dirties nothing, and runs on the source until then', () => {
    const run = twoHosts();
    const { world, kernel, migrator, events } = run;
    const V = world.vms;
    const H = world.hosts;
    expect(V.host[0]).toBe(0);
    kernel.runUntil(1000);
    expect(migrator.start(0, 1, 'test', 1000)).toBeNull();
    const expectedMs = (4096 * 1000) / ((10 * 1e9) / 8 / 1048576);
    const rec = migrator.records[0]!;
    expect(rec.durationMs).toBeCloseTo(expectedMs, 9);
    expect(rec).toMatchObject({ vm: 0, from: 0, to: 1, rounds: 1, transferredMiB: 4096, downtimeMs: 0, converged: true, outcome: 'running' });
    expect(events.find((e) => e.type === 'migration.started')).toMatchObject({ vm: V.ids[0], from: H.ids[0], to: H.ids[1], reason: 'test' });
    // The destination's capacity is held from the start; the VM is still listed (and runs) on the source.
    expect(V.state[0]).toBe(VM_MIGRATING);
    expect(V.destHost[0]).toBe(1);
    expect(Array.from(H.vcpus)).toEqual([2, 2]);
    expect(Array.from(H.vmCount)).toEqual([1, 0]);
    // vMotion reserves a full core for 10 GbE on both hosts (DOMAIN.md).
    expect(Array.from(H.migrationMhz)).toEqual([1000, 1000]);
    expect(Array.from(H.migrationsActive)).toEqual([1, 1]);
    expect(migrator.active()).toBe(1);
    expect(migrator.isMigrating(0)).toBe(true);

    const done = 1000 + Math.ceil(expectedMs);
    kernel.runUntil(done - 1);
    expect(V.host[0]).toBe(0);
    expect(V.state[0]).toBe(VM_MIGRATING);
    expect(brokenInvariants(run)).toEqual([]);
    kernel.runUntil(done + 1);
    expect(V.host[0]).toBe(1);
    expect(V.state[0]).toBe(VM_RUNNING);
    expect(V.destHost[0]).toBe(-1);
    expect(V.migrations[0]).toBe(1);
    expect(Array.from(H.vcpus)).toEqual([0, 2]);
    expect(Array.from(H.vmCount)).toEqual([0, 1]);
    expect(Array.from(H.migrationMhz)).toEqual([0, 0]);
    expect(Array.from(H.migrationsActive)).toEqual([0, 0]);
    expect(migrator.completed).toBe(1);
    expect(migrator.active()).toBe(0);
    expect(rec.outcome).toBe('completed');
    expect(rec.endedAt).toBe(done);
    expect(events.find((e) => e.type === 'migration.completed')).toMatchObject({ t: done, vm: V.ids[0], rounds: 1, transferredMiB: 4096, downtimeMs: 0, reason: 'test' });
    expect(brokenInvariants(run)).toEqual([]);
  });

  it('gives each of two concurrent migrations out of one host half the link', () => {
    const run = twoHosts({ count: 2, hosts: 3 });
    const { migrator, kernel } = run;
    expect(migrator.start(0, 1, 'test', 0)).toBeNull();
    expect(migrator.start(1, 2, 'test', 0)).toBeNull();
    const one = (4096 * 1000) / (10 * MiB_PER_GBIT);
    expect(migrator.records[0]!.durationMs).toBeCloseTo(one, 9);
    expect(migrator.records[1]!.durationMs).toBeCloseTo(2 * one, 9);
    kernel.runUntil(10_000);
    expect(migrator.completed).toBe(2);
    expect(brokenInvariants(run)).toEqual([]);
  });

  it('keeps a busy VM paused no longer than maxDowntime (30 ms) and records that pause', () => {
    const run = twoHosts({ dirty: 200, workload: { type: 'constant', cpu: 1 } });
    run.migrator.start(0, 1, 'test', 0);
    const rec = run.migrator.records[0]!;
    expect(rec.rounds).toBeGreaterThan(1);
    expect(rec.downtimeMs).toBeGreaterThan(0);
    expect(rec.downtimeMs).toBeLessThanOrEqual(30);
    run.kernel.runUntil(60_000);
    expect(run.world.vms.migrationDowntimeMs[0]).toBe(rec.downtimeMs);
  });

  it('aborts a migration that does not converge: the VM stays on its source and the destination is released', () => {
    // 1 GbE (≈119 MiB/s) against a guest dirtying 500 MiB/s: never converges in 5 rounds.
    const run = buildRun(
      clusterOf({
        nicGbps: 1,
        templates: { vm: { vcpus: 2, memoryGiB: 4, dirtyRateMiBps: 500 } },
        vms: [{ name: 'vm', count: 1, template: 'vm', workload: { type: 'constant', cpu: 1, memory: 0.5 } }],
        migration: { nonConvergence: 'abort', maxRounds: 5 },
      }),
    );
    expect(run.migrator.start(0, 1, 'test', 0)).toBeNull();
    run.kernel.runUntil(600_000);
    expect(run.migrator.aborted).toBe(1);
    expect(run.world.vms.host[0]).toBe(0);
    expect(run.world.vms.state[0]).toBe(VM_RUNNING);
    expect(Array.from(run.world.hosts.vcpus)).toEqual([2, 0]);
    expect(run.events.find((e) => e.type === 'migration.aborted')).toMatchObject({ why: 'did not converge' });
    expect(brokenInvariants(run)).toEqual([]);
  });
});

describe('Migrator.onHostDown', () => {
  it('destination failure mid-migration leaves the VM running on its source and frees the destination', () => {
    const run = twoHosts();
    const { world, kernel, migrator } = run;
    migrator.start(0, 1, 'test', 0);
    kernel.runUntil(1000);
    migrator.onHostDown(1, 1000);
    expect(world.vms.host[0]).toBe(0);
    expect(world.vms.state[0]).toBe(VM_RUNNING);
    expect(world.vms.destHost[0]).toBe(-1);
    expect(Array.from(world.hosts.vcpus)).toEqual([2, 0]);
    expect(run.events.at(-1)).toMatchObject({ type: 'migration.aborted', why: 'destination failed' });
    kernel.runUntil(60_000);
    expect(world.vms.host[0]).toBe(0);
    expect(migrator.completed).toBe(0);
    expect(migrator.aborted).toBe(1);
    expect(brokenInvariants(run)).toEqual([]);
  });

  it("source failure releases the destination's reservation and leaves the VM running on the source for HA to take down", () => {
    const run = twoHosts({ count: 3, hosts: 3 });
    const { world, kernel, migrator } = run;
    const H = world.hosts;
    // Put VM 2 on host 1 first, so host 1 has something of its own.
    migrator.start(2, 1, 'test', 0);
    kernel.runUntil(10_000);
    const before = H.vcpus[1];
    migrator.start(0, 1, 'test', 10_000);
    expect(H.vcpus[1]).toBe(before! + 2);
    kernel.runUntil(11_000);
    migrator.onHostDown(0, 11_000);
    expect(H.vcpus[1]).toBe(before);
    expect(world.vms.host[0]).toBe(0);
    expect(world.vms.state[0]).toBe(VM_RUNNING);
    expect(run.events.at(-1)).toMatchObject({ type: 'migration.aborted', why: 'source failed' });
    expect(brokenInvariants(run)).toEqual([]);
  });
});

describe('Migrator.start refusals', () => {
  it('refuses a second migration on a host at maxConcurrentPerHost, and one more in a cluster at maxConcurrentPerCluster', () => {
    const perHost = twoHosts({ count: 2, hosts: 3, perHost: 1 });
    expect(perHost.migrator.start(0, 1, 'test', 0)).toBeNull();
    expect(perHost.migrator.start(1, 2, 'test', 0)).toMatch(/already has 1 concurrent migrations \(maxConcurrentPerHost 1\)/);
    const perCluster = twoHosts({ count: 8, hosts: 4, perCluster: 1 });
    // All 8 VMs are on host 0 (cap 4 vCPUs/core × 8 cores = 32 vCPUs); host 0 has a slot left, the cluster not.
    expect(perCluster.migrator.start(0, 1, 'test', 0)).toBeNull();
    expect(perCluster.migrator.start(1, 2, 'test', 0)).toMatch(/maxConcurrentPerCluster 1/);
    expect(brokenInvariants(perCluster)).toEqual([]);
  });

  it('refuses a VM that is not running, a move to its own host, and a destination the filters reject', () => {
    const run = buildRun(
      clusterOf({
        hosts: 2,
        maxVcpuPerCore: 1,
        templates: { vm: { vcpus: 4, memoryGiB: 4 } },
        vms: [{ name: 'vm', count: 4, template: 'vm', workload: { type: 'constant', cpu: 0.5 } }],
      }),
    );
    // 8 cores × 1 vCPU/core: two 4-vCPU VMs per host, both hosts full.
    expect(Array.from(run.world.vms.host)).toEqual([0, 0, 1, 1]);
    expect(run.migrator.start(0, 0, 'test', 0)).toMatch(/already runs on destination/);
    expect(run.migrator.start(0, 1, 'test', 0)).toMatch(/rejects VM .*: vCPU:pCPU cap/);
    const free = twoHosts({ hosts: 2 });
    free.migrator.start(0, 1, 'test', 0);
    expect(free.migrator.start(0, 1, 'test', 0)).toMatch(/is not running \(migrating\)/);
  });
});

describe('Migrator determinism', () => {
  it('two identical runs with busy, changing VMs give identical records and events', () => {
    const once = (): { records: unknown; events: unknown } => {
      const run = twoHosts({ count: 6, hosts: 3, dirty: 120, workload: { type: 'uniform', min: 0.1, max: 0.9 } });
      const { kernel, migrator } = run;
      for (let k = 0; k < 6; k++) {
        kernel.runUntil(k * 400_000 + 1);
        const v = k % 6;
        const to = ((run.world.vms.host[v]) + 1) % 3;
        migrator.start(v, to, 'test', kernel.now);
      }
      kernel.runUntil(3_600_000);
      expect(brokenInvariants(run)).toEqual([]);
      return { records: structuredClone(migrator.records), events: structuredClone(run.events) };
    };
    const a = once();
    expect(a).toEqual(once());
    expect((a.records as unknown[]).length).toBe(6);
  });
});
