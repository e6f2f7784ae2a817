/**
 * placeInitial invariants over random clusters (fast-check): caps respected on every host,
 * every VM placed or reported (conservation), intrusive host lists consistent, and a reported
 * VM really fits on no host of its cluster.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../src/model/build.js';
import { attachVm, placeInitial, rejectCode } from '../../src/model/placement/initial.js';
import { scenarioFrom, vmsOnHost } from '../helpers/sim.js';

const hostGroupArb = fc.record({
  count: fc.integer({ min: 1, max: 3 }),
  sockets: fc.integer({ min: 1, max: 2 }),
  coresPerSocket: fc.integer({ min: 1, max: 8 }),
  mhz: fc.constantFrom(1000, 2000, 2600),
  memoryGiB: fc.constantFrom(8, 16, 32, 64, 128),
});

const templateArb = fc.record({
  vcpus: fc.integer({ min: 1, max: 12 }),
  memoryGiB: fc.constantFrom(0.5, 1, 2, 4, 8, 16, 32),
  cpu: fc.record({ reservationMHz: fc.constantFrom(0, 0, 500, 2000) }),
  memory: fc.record({ reservationGiB: fc.constantFrom(0, 0, 0.5) }),
});

const clusterArb = fc.record({
  placement: fc.record({
    algorithm: fc.constantFrom('first-fit', 'best-fit', 'spread', 'round-robin', 'filter-weigher'),
    maxVcpuPerCore: fc.constantFrom(null, 0.5, 1, 2, 4),
    maxMemoryOvercommit: fc.constantFrom(null, 0.5, 1, 1.5),
  }),
  hosts: fc.array(hostGroupArb, { minLength: 1, maxLength: 2 }),
  vms: fc.array(fc.record({ count: fc.integer({ min: 1, max: 12 }), template: fc.integer({ min: 0, max: 3 }) }), {
    minLength: 1,
    maxLength: 4,
  }),
});

const specArb = fc.record({
  templates: fc.array(templateArb, { minLength: 4, maxLength: 4 }),
  clusters: fc.array(clusterArb, { minLength: 1, maxLength: 2 }),
});

type SpecIn = typeof specArb extends fc.Arbitrary<infer T> ? T : never;

function toScenario(s: SpecIn) {
  return scenarioFrom({
    name: 'p',
    duration: '1h',
    templates: Object.fromEntries(s.templates.map((t, i) => [`t${i}`, t])),
    clusters: s.clusters.map((c, ci) => ({
      name: `c${ci}`,
      placement: c.placement,
      hosts: c.hosts.map((h, gi) => ({ name: `h${gi}`, ...h })),
      vms: c.vms.map((g, gi) => ({ name: `g${gi}`, count: g.count, template: `t${g.template}`, workload: { type: 'constant', cpu: 0.5 } })),
    })),
  });
}

describe('placeInitial (property, random clusters)', () => {
  it('keeps every host within its caps: vCPUs ≤ cap × cores, configured memory ≤ cap × memory, reservations within capacity', () => {
    fc.assert(
      fc.property(specArb, (s) => {
        const { world } = buildWorld(toScenario(s));
        placeInitial(world);
        const H = world.hosts;
        for (const c of world.clusters) {
          for (let h = c.hostStart; h < c.hostEnd; h++) {
            expect(H.vcpus[h]!).toBeLessThanOrEqual(c.placement.maxVcpuPerCore * H.cores[h]! + 1e-9);
            expect(H.configuredMiB[h]!).toBeLessThanOrEqual(c.placement.maxMemoryOvercommit * H.memoryMiB[h]! + 1e-6);
            expect(H.reservedMhz[h]!).toBeLessThanOrEqual(H.usableMhz[h]! + 1e-9);
            expect(H.reservedMiB[h]!).toBeLessThanOrEqual(H.memoryMiB[h]! - H.overheadMiB[h]! + 1e-9);
            for (const v of vmsOnHost(world, h)) expect(world.vms.vcpus[v]!).toBeLessThanOrEqual(H.cores[h]!);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('places or reports every VM exactly once: placed + unplaced = total, each placed VM on one host list of its own cluster', () => {
    fc.assert(
      fc.property(specArb, (s) => {
        const { world } = buildWorld(toScenario(s));
        const out = placeInitial(world);
        const V = world.vms;
        const H = world.hosts;
        expect(out.placed + out.unplaced.length).toBe(V.n);
        const onList = new Int32Array(V.n).fill(-1);
        for (let h = 0; h < H.n; h++) {
          const list = vmsOnHost(world, h);
          expect(list.length).toBe(H.vmCount[h]);
          let vcpus = 0;
          let mem = 0;
          for (const v of list) {
            expect(onList[v]).toBe(-1); // on no other list
            onList[v] = h;
            vcpus += V.vcpus[v]!;
            mem += V.memoryMiB[v]!;
            expect(V.cluster[v]).toBe(H.cluster[h]);
          }
          expect(H.vcpus[h]).toBe(vcpus);
          expect(H.configuredMiB[h]).toBeCloseTo(mem, 6);
        }
        const unplaced = new Set(out.unplaced.map((u) => u.vm));
        expect(unplaced.size).toBe(out.unplaced.length);
        for (let v = 0; v < V.n; v++) {
          expect(onList[v]).toBe(V.host[v]); // -1 for both when unplaced
          expect(unplaced.has(v)).toBe(V.host[v] === -1);
        }
        // Unplaced VMs are reported in VM order.
        const order = out.unplaced.map((u) => u.vm);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });

  it('reports a VM only when no host of its cluster can take it, even after the others were placed', () => {
    // Placing more VMs only fills hosts, so a VM that fit nowhere at its turn fits nowhere at the end.
    fc.assert(
      fc.property(specArb, (s) => {
        const { world } = buildWorld(toScenario(s));
        const out = placeInitial(world);
        for (const u of out.unplaced) {
          const c = world.clusters[world.vms.cluster[u.vm]!]!;
          expect(u.reason.startsWith('no host fits: ')).toBe(true);
          for (let h = c.hostStart; h < c.hostEnd; h++) expect(rejectCode(world, c, h, u.vm)).toBeGreaterThan(0);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('places first-fit VMs where a plain scan (first host that accepts, no shortcuts) would', () => {
    // Reference: for each VM in order, the lowest-index host of its cluster with rejectCode 0.
    fc.assert(
      fc.property(specArb, (s) => {
        const firstFit = { ...s, clusters: s.clusters.map((c) => ({ ...c, placement: { ...c.placement, algorithm: 'first-fit' as const } })) };
        const { world } = buildWorld(toScenario(firstFit));
        placeInitial(world);
        const ref = buildWorld(toScenario(firstFit)).world;
        for (const c of ref.clusters) {
          for (let v = c.vmStart; v < c.vmEnd; v++) {
            for (let h = c.hostStart; h < c.hostEnd; h++) {
              if (rejectCode(ref, c, h, v) === 0) {
                attachVm(ref, v, h);
                break;
              }
            }
          }
        }
        expect(Array.from(world.vms.host)).toEqual(Array.from(ref.vms.host));
      }),
      { numRuns: 100 },
    );
  });

  it('places round-robin VMs where a plain rotation would: the first accepting host from the one after the last used', () => {
    fc.assert(
      fc.property(specArb, (s) => {
        const rr = { ...s, clusters: s.clusters.map((c) => ({ ...c, placement: { ...c.placement, algorithm: 'round-robin' as const } })) };
        const { world } = buildWorld(toScenario(rr));
        placeInitial(world);
        const ref = buildWorld(toScenario(rr)).world;
        for (const c of ref.clusters) {
          const n = c.hostEnd - c.hostStart;
          let next = 0;
          for (let v = c.vmStart; v < c.vmEnd; v++) {
            for (let k = 0; k < n; k++) {
              const h = c.hostStart + ((next + k) % n);
              if (rejectCode(ref, c, h, v) === 0) {
                attachVm(ref, v, h);
                next = (h - c.hostStart + 1) % n;
                break;
              }
            }
          }
        }
        expect(Array.from(world.vms.host)).toEqual(Array.from(ref.vms.host));
      }),
      { numRuns: 100 },
    );
  });
});
