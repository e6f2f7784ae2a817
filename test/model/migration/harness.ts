/**
 * A run assembled by hand, as simulate() does, for migration and balancing tests: world,
 * kernel, datacenter (placed), migrator, maintenance, balancer, and every lifecycle event kept.
 * Also the bookkeeping invariants both test folders check.
 */
import { Kernel } from '../../../src/engine/index.js';
import { Balancer } from '../../../src/model/balancer/drs.js';
import { Maintenance } from '../../../src/model/balancer/maintenance.js';
import { buildWorld } from '../../../src/model/build.js';
import { Datacenter } from '../../../src/model/datacenter.js';
import { Migrator } from '../../../src/model/migration/migrator.js';
import type { ModelEvent, ModelObserver } from '../../../src/model/observer.js';
import type { ClusterInfo, World } from '../../../src/model/world.js';
import type { Scenario } from '../../../src/scenario/index.js';
import { scenarioFrom } from '../../helpers/sim.js';

export interface Run {
  world: World;
  kernel: Kernel;
  dc: Datacenter;
  migrator: Migrator;
  maintenance: Maintenance;
  balancer: Balancer;
  events: ModelEvent[];
}

/** Build and place; `onEvent` sees each lifecycle event as it is emitted (the run is complete by then). */
export function buildRun(scenario: Scenario, onEvent?: (e: ModelEvent, run: Run) => void): Run {
  const { world, workload, memory } = buildWorld(scenario);
  const kernel = new Kernel();
  const events: ModelEvent[] = [];
  let run: Run | null = null;
  const observer: ModelObserver = {
    event(e) {
      events.push(e);
      if (run !== null) onEvent?.(e, run);
    },
  };
  const dc = new Datacenter(world, workload, memory, kernel, [observer]);
  const migrator = new Migrator(dc);
  const maintenance = new Maintenance(dc, migrator);
  const balancer = new Balancer(dc, migrator, maintenance);
  dc.start();
  run = { world, kernel, dc, migrator, maintenance, balancer, events };
  return run;
}

export interface ClusterSpec {
  hosts?: number;
  cores?: number;
  mhz?: number;
  memoryGiB?: number;
  nicGbps?: number;
  maxVcpuPerCore?: number | null;
  algorithm?: string;
  templates: Record<string, unknown>;
  vms: Array<Record<string, unknown>>;
  rules?: Array<Record<string, unknown>>;
  drs?: Record<string, unknown>;
  migration?: Record<string, unknown>;
  /** Extra host groups after the first (same shape as the scenario's). */
  moreHosts?: Array<Record<string, unknown>>;
  duration?: string;
}

/** One cluster "c1" of identical hosts (no hypervisor CPU overhead) with the given VMs and settings. */
export function clusterOf(s: ClusterSpec): Scenario {
  return scenarioFrom({
    name: 't',
    seed: 7,
    start: '2026-03-02T00:00:00Z',
    duration: s.duration ?? '1d',
    step: '5m',
    templates: s.templates,
    clusters: [
      {
        name: 'c1',
        placement: {
          algorithm: s.algorithm ?? 'first-fit',
          maxVcpuPerCore: s.maxVcpuPerCore === undefined ? 4 : s.maxVcpuPerCore,
          maxMemoryOvercommit: 1.5,
        },
        hosts: [
          {
            name: 'h',
            count: s.hosts ?? 2,
            sockets: 1,
            coresPerSocket: s.cores ?? 8,
            mhz: s.mhz ?? 1000,
            memoryGiB: s.memoryGiB ?? 64,
            nicGbps: s.nicGbps ?? 10,
            hypervisor: { cpuOverheadPct: 0 },
          },
          ...(s.moreHosts ?? []),
        ],
        vms: s.vms,
        rules: s.rules ?? [],
        drs: s.drs ?? {},
        migration: s.migration ?? {},
      },
    ],
  });
}

/** VMs on host h, by its list. */
export function listed(world: World, h: number): number[] {
  const out: number[] = [];
  for (let v = world.hosts.firstVm[h]; v >= 0; v = world.vms.next[v]) out.push(v);
  return out;
}

/**
 * Every bookkeeping invariant of placement under migration; returns the broken ones (empty when
 * all hold): each placed VM in exactly its host's list; a host's vCPUs, memory and reservations
 * equal to its VMs' plus those migrating in; caps and capacity respected; migrating ⇔ destination
 * set; migration counters equal to the migrations in flight and within the limits; no two
 * anti-affinity members on one host; must VM-host rules kept.
 */
export function brokenInvariants(run: Run): string[] {
  const { world, migrator } = run;
  const H = world.hosts;
  const V = world.vms;
  const bad: string[] = [];
  const seen = new Int32Array(V.n);
  const vcpus = new Float64Array(H.n);
  const mem = new Float64Array(H.n);
  const resMhz = new Float64Array(H.n);
  const resMiB = new Float64Array(H.n);
  const active = new Int32Array(H.n);
  const add = (v: number, h: number): void => {
    vcpus[h] = (vcpus[h]) + (V.vcpus[v]);
    mem[h] = (mem[h]) + (V.memoryMiB[v]);
    resMhz[h] = (resMhz[h]) + (V.cpuReservationMhz[v]);
    resMiB[h] = (resMiB[h]) + (V.memReservationMiB[v]) + (V.overheadMiB[v]);
  };
  for (let h = 0; h < H.n; h++) {
    const vms = listed(world, h);
    if (vms.length !== H.vmCount[h]) bad.push(`host ${h}: vmCount ${H.vmCount[h]} but ${vms.length} listed`);
    for (const v of vms) {
      seen[v] = (seen[v]) + 1;
      if (V.host[v] !== h) bad.push(`VM ${v} listed on ${h} but host ${V.host[v]}`);
      add(v, h);
    }
  }
  for (let v = 0; v < V.n; v++) {
    const placed = (V.host[v]) >= 0;
    if (seen[v] !== (placed ? 1 : 0)) bad.push(`VM ${v} in ${seen[v]} host lists`);
    const dest = V.destHost[v];
    if ((dest >= 0) !== (V.state[v] === 1)) bad.push(`VM ${v}: state ${V.state[v]} with destination ${dest}`);
    if (dest >= 0) {
      add(v, dest);
      active[dest] = (active[dest]) + 1;
      active[V.host[v]] = (active[V.host[v]]) + 1;
    }
  }
  for (let h = 0; h < H.n; h++) {
    const c = world.clusters[H.cluster[h]] as ClusterInfo;
    const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));
    if (H.vcpus[h] !== vcpus[h]) bad.push(`host ${h}: vcpus ${H.vcpus[h]} ≠ ${vcpus[h]}`);
    if (!near(H.configuredMiB[h], mem[h])) bad.push(`host ${h}: configuredMiB ${H.configuredMiB[h]} ≠ ${mem[h]}`);
    if (!near(H.reservedMhz[h], resMhz[h])) bad.push(`host ${h}: reservedMhz ≠ Σ`);
    if (!near(H.reservedMiB[h], resMiB[h])) bad.push(`host ${h}: reservedMiB ≠ Σ`);
    if ((H.vcpus[h]) > c.placement.maxVcpuPerCore * (H.cores[h]) + 1e-9) bad.push(`host ${h}: vCPU cap exceeded`);
    if ((H.configuredMiB[h]) > c.placement.maxMemoryOvercommit * (H.memoryMiB[h]) + 1e-6) bad.push(`host ${h}: memory cap exceeded`);
    if ((H.reservedMhz[h]) > (H.usableMhz[h]) + 1e-9) bad.push(`host ${h}: CPU reservations exceed capacity`);
    if ((H.reservedMiB[h]) > (H.memoryMiB[h]) - (H.overheadMiB[h]) + 1e-6) bad.push(`host ${h}: memory reservations exceed capacity`);
    if (H.migrationsActive[h] !== active[h]) bad.push(`host ${h}: migrationsActive ${H.migrationsActive[h]} ≠ ${active[h]} in flight`);
    if ((H.migrationsActive[h]) > c.drs.maxConcurrentPerHost) bad.push(`host ${h}: ${H.migrationsActive[h]} migrations > limit`);
    if (H.migrationsActive[h] === 0 && H.migrationMhz[h] !== 0) bad.push(`host ${h}: migration CPU without migrations`);
  }
  world.clusters.forEach((c, ci) => {
    if (migrator.activeIn(ci) > c.drs.maxConcurrentPerCluster) bad.push(`cluster ${ci}: ${migrator.activeIn(ci)} migrations > limit`);
    for (const rule of c.rules) {
      if (rule.kind === 'anti-affinity') {
        const hosts = new Set<number>();
        for (const v of rule.vms) {
          const h = V.host[v];
          if (h < 0) continue;
          if (hosts.has(h)) bad.push(`anti-affinity ${rule.name}: two members on host ${h}`);
          hosts.add(h);
        }
      } else if (rule.kind === 'vm-host' && rule.mandatory) {
        for (const v of rule.vms) {
          const h = V.host[v];
          if (h >= 0 && ((rule.hostMask as Uint8Array)[h - c.hostStart] === 1) === rule.negate) bad.push(`vm-host ${rule.name}: VM ${v} on host ${h}`);
        }
      }
    }
  });
  return bad;
}
