/**
 * fast-check arbitraries for memory-reclamation property tests: small hosts (4–16 GiB, ESXi or
 * KVM, every reclamation switch and rate random) and VM mixes sized to overcommit them, with
 * random touched / active memory, sharing, compressibility, reservations, limits and balloon drivers.
 */
import fc from 'fast-check';
import { workloadArb } from './random-scenario.js';

const frac = fc.integer({ min: 0, max: 100 }).map((x) => x / 100);

/**
 * Workloads whose active memory moves: diurnal with a different memoryHigh (active memory rises
 * toward the peak hour and falls after it), and the generated workloads of random-scenario.ts
 * (fixed active memory, changing CPU).
 */
export const memWorkloadArb: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  workloadArb,
  fc.record({
    type: fc.constant('diurnal'),
    low: frac,
    high: frac,
    peakHour: fc.integer({ min: 0, max: 23 }),
    memory: frac,
    memoryHigh: frac,
    phase: fc.constantFrom('aligned', 'random'),
  }).map((w) => ({ ...w, low: Math.min(w.low, w.high), high: Math.max(w.low, w.high) })),
);

const pct = (min: number, max: number): fc.Arbitrary<number> => fc.integer({ min, max });

const hostMemoryArb = fc.record({
  interVmSharing: fc.boolean(),
  shareScanTime: fc.constantFrom('2m', '10m', '60m'),
  ksm: fc.record({
    enabled: fc.boolean(),
    pagesToScan: fc.constantFrom(100, 1000, 10_000),
    sleepMs: fc.constantFrom(1, 20, 200),
    maxPageSharing: fc.constantFrom(2, 256),
    // A host that starts merged, by less or more than its content allows.
    initialPagesSharing: fc.constantFrom(0, 0, 5_000, 500_000),
  }),
  balloon: fc.record({
    enabled: fc.constantFrom(true, false, undefined),
    maxPct: pct(0, 80),
    rateMiBps: fc.constantFrom(1, 16, 64, 512),
  }),
  idleTaxPct: pct(0, 99),
  compression: fc.record({ enabled: fc.constantFrom(true, false, undefined), cachePct: pct(0, 30) }),
  zswap: fc.record({
    enabled: fc.boolean(),
    compressor: fc.constantFrom('lz4', 'lzo', 'zstd'),
    allocator: fc.constantFrom('zsmalloc', 'zbud', 'z3fold'),
    maxPoolPct: pct(0, 40),
  }),
  swap: fc.record({ bandwidthMiBps: fc.constantFrom(1, 20, 200, 2000), latencyMs: fc.constantFrom(0.05, 0.2, 5) }),
  tick: fc.constantFrom('1s', '5s', '30s'),
});

/** The part of a scenario that is the hosts: flavour, size, hypervisor memory settings. */
export const memHostArb = fc.record({
  flavour: fc.constantFrom('esxi', 'kvm'),
  count: fc.integer({ min: 1, max: 2 }),
  memoryGiB: fc.constantFrom(4, 8, 12, 16),
  overheadMiB: fc.constantFrom(undefined, 0, 256),
  memory: hostMemoryArb,
});

export const memTemplateArb = fc
  .record({
    vcpus: fc.integer({ min: 1, max: 4 }),
    memoryGiB: fc.constantFrom(0.5, 1, 2, 3, 4),
    reservedFrac: fc.constantFrom(0, 0, 0, 0.25, 0.5, 1),
    limitFrac: fc.constantFrom(null, null, null, 0.3, 0.6, 0.9),
    shares: fc.constantFrom('low', 'normal', 'high', 300),
    balloonDriver: fc.boolean(),
    zeroPct: pct(0, 30),
    intraPct: pct(0, 20),
    interPct: pct(0, 40),
    compressiblePct: pct(0, 100),
    touchedPct: pct(0, 100),
    touchRateMiBps: fc.constantFrom(1, 32, 256),
    touchSeconds: fc.constantFrom(5, 60, 600),
    guestOs: fc.constantFrom('linux', 'windows'),
    // Stated mergeable content (reclaim/ksm-content.ts) instead of the fixed fractions, half the time.
    content: fc.option(fc.record({ zeroPct: pct(0, 40), sharedPct: pct(0, 50) }), { nil: undefined }),
  })
  .map((t) => ({
    vcpus: t.vcpus,
    memoryGiB: t.memoryGiB,
    guestOs: t.guestOs,
    memory: {
      reservationGiB: t.limitFrac === null ? t.memoryGiB * t.reservedFrac : t.memoryGiB * Math.min(t.reservedFrac, t.limitFrac),
      limitGiB: t.limitFrac === null ? null : t.memoryGiB * t.limitFrac,
      shares: t.shares,
      balloonDriver: t.balloonDriver,
      sharing: { zeroPct: t.zeroPct, intraPct: t.intraPct, interPct: t.interPct },
      ...(t.content !== undefined ? { content: t.content } : {}),
      compressiblePct: t.compressiblePct,
      touchedPct: t.touchedPct,
      touchRateMiBps: t.touchRateMiBps,
      touchSeconds: t.touchSeconds,
    },
  }));

export const memGroupArb = fc.record({
  count: fc.integer({ min: 1, max: 6 }),
  template: fc.integer({ min: 0, max: 2 }),
  workload: memWorkloadArb,
});

export interface MemSpecParts {
  host: { flavour: string; count: number; memoryGiB: number; overheadMiB: number | undefined; memory: Record<string, unknown> };
  templates: Array<Record<string, unknown>>;
  groups: Array<{ count: number; template: number; workload: Record<string, unknown> }>;
  hysteresisPct: number;
  seed: number;
  /** Model step: 5 min, or 1 h so that active memory jumps in big steps. */
  step: string;
}

export const memPartsArb: fc.Arbitrary<MemSpecParts> = fc.record({
  host: memHostArb,
  templates: fc.array(memTemplateArb, { minLength: 3, maxLength: 3 }),
  groups: fc.array(memGroupArb, { minLength: 1, maxLength: 4 }),
  hysteresisPct: fc.constantFrom(0, 10, 50),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  step: fc.constantFrom('5m', '5m', '1h'),
});

/**
 * A scenario object from the parts: one cluster, placement caps off (all VMs placed unless their
 * reservations do not fit), the parts' step, one sample per step. `extra` appends groups after the others
 * (their ids and workload seeds leave the first groups' unchanged).
 */
export function memSpecOf(p: MemSpecParts, duration: string, extra: MemSpecParts['groups'] = []): Record<string, unknown> {
  const hv: Record<string, unknown> = { flavour: p.host.flavour, cpuOverheadPct: 0, memory: stripUndefined(p.host.memory) };
  if (p.host.overheadMiB !== undefined) hv.memoryOverheadMiB = p.host.overheadMiB;
  const templates = Object.fromEntries(p.templates.map((t, i) => [`t${i}`, t]));
  const groups = [...p.groups, ...extra].map((g, i) => ({ name: `g${i}`, count: g.count, template: `t${g.template}`, workload: g.workload }));
  return {
    name: 'mem-prop',
    seed: p.seed,
    start: '2026-03-02T00:00:00Z',
    duration,
    step: p.step,
    templates,
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'first-fit', maxVcpuPerCore: null, maxMemoryOvercommit: null },
        memoryState: { hysteresisPct: p.hysteresisPct },
        hosts: [
          {
            name: 'h',
            count: p.host.count,
            sockets: 1,
            coresPerSocket: 8,
            mhz: 2000,
            memoryGiB: p.host.memoryGiB,
            hypervisor: hv,
          },
        ],
        vms: groups,
      },
    ],
    outputs: { interval: p.step },
  };
}

/** JSON drops undefined anyway; this keeps nested records clean for reading failures. */
function stripUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(o)) as Record<string, unknown>;
}

/**
 * Larger hosts (32 or 64 GiB) and VMs of 1–8 GiB: overcommit from none to a few times the host,
 * where minFree (~1–1.3 GiB) is small beside the host, as on real servers. On 4–16 GiB hosts
 * minFree is 6–22 % of RAM and the free-memory thresholds dominate what can be reclaimed.
 */
export const memServerPartsArb: fc.Arbitrary<MemSpecParts> = fc
  .record({
    parts: memPartsArb,
    memoryGiB: fc.constantFrom(32, 64),
    sizes: fc.array(fc.constantFrom(1, 2, 4, 6, 8), { minLength: 3, maxLength: 3 }),
  })
  .map(({ parts, memoryGiB, sizes }) => ({
    ...parts,
    host: { ...parts.host, memoryGiB },
    templates: parts.templates.map((t, i) => {
      const old = t.memoryGiB as number;
      const size = sizes[i];
      const mem = t.memory as Record<string, unknown>;
      const scale = (x: unknown): unknown => (typeof x === 'number' ? (x / old) * size : x);
      return { ...t, memoryGiB: size, memory: { ...mem, reservationGiB: scale(mem.reservationGiB), limitGiB: scale(mem.limitGiB) } };
    }),
  }));
