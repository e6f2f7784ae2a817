/**
 * Helpers for the memory-reclamation tests: one-cluster scenarios with a chosen hypervisor
 * memory configuration, a model built and started by hand (to read the arrays at any simulated
 * instant), a run that mirrors simulate() while handing its sinks the memory arrays, and the
 * invariant checks of the identity in src/model/memory/memory-arrays.ts.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kernel } from '../../src/engine/index.js';
import type { SampleFrame } from '../../src/metrics/frame.js';
import { Recorder, type SampleSink } from '../../src/metrics/recorder.js';
import { buildWorld } from '../../src/model/build.js';
import { Datacenter } from '../../src/model/datacenter.js';
import type { MemoryArrays } from '../../src/model/memory/memory-arrays.js';
import type { World } from '../../src/model/world.js';
import type { Scenario } from '../../src/scenario/index.js';
import { ROOT, scenarioFrom } from './sim.js';

export const PAGE_BYTES = 4096;
export const PAGE_MIB = PAGE_BYTES / (1024 * 1024);

export interface MemHostOptions {
  flavour?: 'esxi' | 'kvm';
  memoryGiB?: number;
  count?: number;
  cores?: number;
  /** Host memory kept by the hypervisor (MiB); 0 by default so hand arithmetic stays simple. */
  overheadMiB?: number;
  /** HostMemory fields (schema.ts), passed through as written. */
  memory?: Record<string, unknown>;
}

export interface MemScenarioOptions {
  host?: MemHostOptions;
  duration?: string;
  step?: string;
  interval?: string;
  seed?: number;
  hysteresisPct?: number;
}

/**
 * One cluster of identical hosts (no hypervisor CPU overhead, no per-VM extra overhead, placement
 * caps off, first-fit) running `vms`; templates as written (Template fields of schema.ts).
 */
export function memScenario(
  templates: Record<string, unknown>,
  vms: Array<Record<string, unknown>>,
  o: MemScenarioOptions = {},
): Scenario {
  const h = o.host ?? {};
  return scenarioFrom({
    name: 'mem',
    seed: o.seed ?? 1,
    start: '2026-03-02T00:00:00Z',
    duration: o.duration ?? '1h',
    step: o.step ?? '5m',
    templates,
    clusters: [
      {
        name: 'c1',
        placement: { algorithm: 'first-fit', maxVcpuPerCore: null, maxMemoryOvercommit: null },
        memoryState: { hysteresisPct: o.hysteresisPct ?? 10 },
        hosts: [
          {
            name: 'h',
            count: h.count ?? 1,
            sockets: 1,
            coresPerSocket: h.cores ?? 16,
            mhz: 2000,
            memoryGiB: h.memoryGiB ?? 32,
            hypervisor: {
              flavour: h.flavour ?? 'esxi',
              cpuOverheadPct: 0,
              memoryOverheadMiB: h.overheadMiB ?? 0,
              memory: h.memory ?? {},
            },
          },
        ],
        vms,
      },
    ],
    outputs: o.interval !== undefined ? { interval: o.interval } : {},
  });
}

export interface Started {
  world: World;
  memory: MemoryArrays;
  kernel: Kernel;
  dc: Datacenter;
}

/** Build, place and start the model without a recorder; advance it with kernel.runUntil(t). */
export function startModel(scenario: Scenario): Started {
  const { world, workload, memory } = buildWorld(scenario);
  const kernel = new Kernel();
  const dc = new Datacenter(world, workload, memory, kernel, []);
  dc.start();
  return { world, memory, kernel, dc };
}

/** A sink that sees the frame together with the model's arrays. */
export type MemorySampleCheck = (frame: SampleFrame, world: World, memory: MemoryArrays) => void;

/**
 * The steps of simulate() (build → Datacenter → Recorder → start → runUntil(duration) → finish),
 * with a sink that is also handed the memory arrays, which simulate()'s `attach` cannot reach.
 */
export function runWithMemorySink(scenario: Scenario, check: MemorySampleCheck): Started {
  const { world, workload, memory } = buildWorld(scenario);
  const kernel = new Kernel();
  const dc = new Datacenter(world, workload, memory, kernel, []);
  const sink: SampleSink = { onSample: (f) => check(f, world, memory) };
  const intervalMs = scenario.spec.outputs.interval ?? scenario.spec.step;
  const recorder = new Recorder(dc, kernel, intervalMs, [sink]);
  dc.start();
  recorder.start();
  kernel.runUntil(world.durationMs);
  recorder.finish(world.durationMs);
  dc.flushAll(world.durationMs);
  return { world, memory, kernel, dc };
}

/** Resident memory of VM v by the identity: touched − shared − ballooned − compressedSaved − swapped. */
export function residentOf(world: World, m: MemoryArrays, v: number): number {
  const VM = m.vm;
  return (
    (world.vms.touchedMiB[v]) -
    (VM.sharedMiB[v]) -
    (VM.balloonMiB[v]) -
    ((VM.compressedMiB[v]) - (VM.compressedStoredMiB[v])) -
    (VM.swappedMiB[v])
  );
}

/** Memory of VM v taken by ballooning, compression (saved part) and swap: what a reservation forbids. */
export function reclaimedByHostOf(m: MemoryArrays, v: number): number {
  const VM = m.vm;
  return (
    (VM.balloonMiB[v]) +
    ((VM.compressedMiB[v]) - (VM.compressedStoredMiB[v])) +
    (VM.swappedMiB[v])
  );
}

/** VMs placed on host h (the intrusive list). */
export function vmsOf(world: World, h: number): number[] {
  const out: number[] = [];
  for (let v = world.hosts.firstVm[h]; v >= 0; v = world.vms.next[v]) out.push(v);
  return out;
}

/** Σ over host h of VM overhead + resident, plus KSM metadata: what the host's RAM holds for guests. */
export function hostHeld(world: World, m: MemoryArrays, h: number): number {
  let sum = m.host.ksmMetadataMiB[h];
  for (const v of vmsOf(world, h)) sum += (world.vms.overheadMiB[v]) + residentOf(world, m, v);
  return sum;
}

/** RAM available to guests on host h: memory less the hypervisor's overhead. */
export function hostCapacity(world: World, h: number): number {
  return (world.hosts.memoryMiB[h]) - (world.hosts.overheadMiB[h]);
}

/** Free memory of host h as the reclaimer counts it. */
export function hostFree(world: World, m: MemoryArrays, h: number): number {
  return hostCapacity(world, h) - hostHeld(world, m, h);
}

export const EPS_ID = 1e-6;
export const EPS_NEG = 1e-9;

/**
 * Every violated invariant of the memory model at this instant, as readable strings (empty when
 * all hold). `strictReservation` also requires resident ≥ min(reservation, touched), i.e. that
 * not even page sharing takes a reserved VM below its reservation.
 */
export function memoryViolations(world: World, m: MemoryArrays, where: string, strictReservation = false): string[] {
  const out: string[] = [];
  const V = world.vms;
  const VM = m.vm;
  const HS = m.hostSettings;
  const HM = m.host;
  for (let h = 0; h < world.hosts.n; h++) {
    const esxi = (world.hosts.flavour[h]) === 0;
    let pool = 0;
    for (const v of vmsOf(world, h)) {
      const id = `${where} vm ${v}`;
      const touched = V.touchedMiB[v];
      const resident = residentOf(world, m, v);
      const parts: Array<[string, number]> = [
        ['touched', touched],
        ['resident', resident],
        ['shared', VM.sharedMiB[v]],
        ['ballooned', VM.balloonMiB[v]],
        ['compressed', VM.compressedMiB[v]],
        ['compressedStored', VM.compressedStoredMiB[v]],
        ['compressedSaved', (VM.compressedMiB[v]) - (VM.compressedStoredMiB[v])],
        ['swapped', VM.swappedMiB[v]],
        ['blocked', VM.blockedMiB[v]],
        ['stall', VM.stall[v]],
      ];
      for (const [name, x] of parts) if (!(x >= -EPS_NEG)) out.push(`${id}: ${name} = ${x} < 0`);
      // The identity, rebuilt from its terms: the compressed pages' stored bytes are part of resident.
      const sum = resident + (VM.sharedMiB[v]) + (VM.balloonMiB[v]) +
        ((VM.compressedMiB[v]) - (VM.compressedStoredMiB[v])) + (VM.swappedMiB[v]);
      if (Math.abs(sum - touched) > EPS_ID) out.push(`${id}: identity off by ${sum - touched}`);
      if (resident < (VM.compressedStoredMiB[v]) - EPS_ID) out.push(`${id}: resident ${resident} < compressed cache ${VM.compressedStoredMiB[v]}`);
      if (touched > (V.memoryMiB[v]) + EPS_ID) out.push(`${id}: touched ${touched} > memory ${V.memoryMiB[v]}`);
      // An operator's balloon target (balloon-target.ts) may take more than maxPct: memory − target.
      const target = m.vmSettings.balloonTargetMiB[v];
      const maxBalloon = Math.max((HS.balloonMaxFrac[h]) * (V.memoryMiB[v]), Number.isFinite(target) ? (V.memoryMiB[v]) - target : 0);
      if ((VM.balloonMiB[v]) > maxBalloon + EPS_ID) out.push(`${id}: ballooned ${VM.balloonMiB[v]} > maxPct × memory or memory − target ${maxBalloon}`);
      if ((m.vmSettings.balloonDriver[v]) === 0 && (VM.balloonMiB[v]) > 0) out.push(`${id}: ballooned ${VM.balloonMiB[v]} without a balloon driver`);
      if (esxi) {
        const cap = (HS.cacheFrac[h]) * (V.memoryMiB[v]);
        if ((VM.compressedStoredMiB[v]) > cap + EPS_ID) out.push(`${id}: compression cache ${VM.compressedStoredMiB[v]} > cachePct × memory ${cap}`);
      }
      pool += VM.compressedStoredMiB[v];
      const floor = Math.min(V.memReservationMiB[v], touched);
      if (touched - reclaimedByHostOf(m, v) < floor - EPS_ID) out.push(`${id}: balloon/compression/swap took it below its reservation (${touched - reclaimedByHostOf(m, v)} < ${floor})`);
      if (strictReservation && resident < floor - EPS_ID) out.push(`${id}: resident ${resident} < min(reservation, touched) ${floor}`);
    }
    if (!esxi) {
      const cap = (HS.zswapPoolFrac[h]) * (world.hosts.memoryMiB[h]);
      if (pool > cap + EPS_ID) out.push(`${where} host ${h}: zswap pool ${pool} > maxPoolPct × RAM ${cap}`);
    }
    const held = hostHeld(world, m, h);
    const cap = hostCapacity(world, h);
    if (held > cap + EPS_ID) out.push(`${where} host ${h}: resident + overheads ${held} > physical memory ${cap} (state ${world.hosts.memState[h]})`);
    if (Math.abs(held - (world.hosts.consumedMiB[h])) > EPS_ID) out.push(`${where} host ${h}: consumedMiB ${world.hosts.consumedMiB[h]} ≠ Σ resident + overheads ${held}`);
    for (const [name, a] of Object.entries(HM) as Array<[string, Float64Array | Uint8Array]>) {
      if (!((a[h]) >= -EPS_NEG)) out.push(`${where} host ${h}: memory.host.${name} = ${a[h]} < 0`);
    }
  }
  return out;
}

/** Total memory reclaimed on all hosts now: shared + ballooned + compressed (original size) + swapped. */
export function totalReclaimed(m: MemoryArrays): number {
  let s = 0;
  const H = m.host;
  for (let h = 0; h < H.sharedMiB.length; h++) {
    s += (H.sharedMiB[h]) + (H.balloonMiB[h]) + (H.compressedMiB[h]) + (H.swappedMiB[h]);
  }
  return s;
}

/** /work/shared: DOMAIN.md and the published data files. */
export const SHARED_DIR = resolve(ROOT, '../shared');

/** Rows of a CSV file (RFC 4180 quoting) as objects keyed by the header's column names. */
export function readCsv(path: string): Array<Record<string, string>> {
  const text = readFileSync(path, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      field = '';
      if (row.some((x) => x !== '')) rows.push(row);
      row = [];
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  const [header, ...body] = rows;
  if (header === undefined) return [];
  return body.map((r) => Object.fromEntries(header.map((name, i) => [name, r[i] ?? ''])));
}
