/**
 * Shared helpers for model, metrics, report, run and CLI tests: scenarios built from plain
 * objects (JSON is valid YAML, so parseScenarioText reads it), a sample sink that keeps copies
 * of every frame, host VM-list walking, and temporary folders.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SampleFrame } from '../../src/metrics/frame.js';
import type { SampleSink } from '../../src/metrics/recorder.js';
import type { World } from '../../src/model/world.js';
import { simulate, type SimulateOptions, type SimulationResult } from '../../src/run/simulate.js';
import { parseScenarioText, type Scenario } from '../../src/scenario/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** /work/main: the project root. */
export const ROOT = resolve(here, '../..');
/** The shipped scenarios and their traces. */
export const SCENARIOS_DIR = join(ROOT, 'scenarios');

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

/** A scenario from YAML text, with traces resolved against `baseDir` (default: scenarios/). */
export function scenarioOf(text: string, baseDir: string = SCENARIOS_DIR): Scenario {
  return parseScenarioText(text, 'test.yaml', baseDir);
}

/** A scenario from a plain object (written as JSON, which the YAML loader reads). */
export function scenarioFrom(spec: Record<string, unknown>, baseDir: string = SCENARIOS_DIR): Scenario {
  return scenarioOf(JSON.stringify(spec), baseDir);
}

export interface OneHostOptions {
  cores?: number;
  mhz?: number;
  memoryGiB?: number;
  idleW?: number;
  maxW?: number;
  hosts?: number;
  duration?: string;
  step?: string;
  interval?: string;
  start?: string;
  seed?: number | string;
  algorithm?: 'first-fit' | 'best-fit' | 'spread' | 'round-robin' | 'pack';
  maxVcpuPerCore?: number | null;
  maxMemoryOvercommit?: number | null;
  /** hypervisor.readyPerRun; 0 unless given (see clusterScenario). */
  readyPerRun?: number;
}

/**
 * One cluster of identical hosts (1 socket × `cores`, no hypervisor CPU overhead) running the
 * given VM groups; templates are named in `templates`. The run-queue wait below saturation is off
 * (readyPerRun 0) unless `readyPerRun` is given: the tests built on this helper hand-compute
 * figures of other models (CPU shares, energy, memory), where every VM runs all its demand until
 * the host saturates; the wait's own tests are test/model/cpu/run-queue.test.ts and
 * ready-curve.test.ts.
 */
export function clusterScenario(
  templates: Record<string, unknown>,
  vms: Array<Record<string, unknown>>,
  o: OneHostOptions = {},
): Scenario {
  return scenarioFrom({
    name: 't',
    seed: o.seed ?? 1,
    start: o.start ?? '2026-03-02T00:00:00Z', // a Monday
    duration: o.duration ?? '1d',
    step: o.step ?? '5m',
    templates,
    clusters: [
      {
        name: 'c1',
        placement: {
          algorithm: o.algorithm ?? 'first-fit',
          maxVcpuPerCore: o.maxVcpuPerCore === undefined ? 4 : o.maxVcpuPerCore,
          maxMemoryOvercommit: o.maxMemoryOvercommit === undefined ? 1.5 : o.maxMemoryOvercommit,
        },
        hosts: [
          {
            name: 'h',
            count: o.hosts ?? 1,
            sockets: 1,
            coresPerSocket: o.cores ?? 8,
            mhz: o.mhz ?? 1000,
            memoryGiB: o.memoryGiB ?? 64,
            hypervisor: { cpuOverheadPct: 0, readyPerRun: o.readyPerRun ?? 0 },
            power: { idleW: o.idleW ?? 100, maxW: o.maxW ?? 300 },
          },
        ],
        vms,
      },
    ],
    outputs: o.interval !== undefined ? { interval: o.interval } : {},
  });
}

/** A copy of one sample frame (the recorder reuses its arrays). */
export interface FrameCopy {
  t0: number;
  t1: number;
  host: { demandMhz: number[]; grantedMhz: number[]; utilPct: number[]; readyPct: number[]; powerW: number[]; energyWh: number[] };
  cluster: { grantedMhz: number[]; utilPct: number[]; readyMeanPct: number[]; energyWh: number[] };
  /** Cumulative host energy integrals (W·ms) read from the world at this sample. */
  energyInt: number[];
}

/** A sink that copies every frame it sees; `attach` plugs it into simulate(). */
export class FrameLog implements SampleSink {
  readonly frames: FrameCopy[] = [];
  private world: World | null = null;

  readonly attach = (world: World): { sinks: SampleSink[] } => {
    this.world = world;
    return { sinks: [this] };
  };

  onSample(f: SampleFrame): void {
    this.frames.push({
      t0: f.t0,
      t1: f.t1,
      host: {
        demandMhz: Array.from(f.host.demandMhz),
        grantedMhz: Array.from(f.host.grantedMhz),
        utilPct: Array.from(f.host.utilPct),
        readyPct: Array.from(f.host.readyPct),
        powerW: Array.from(f.host.powerW),
        energyWh: Array.from(f.host.energyWh),
      },
      cluster: {
        grantedMhz: Array.from(f.cluster.grantedMhz),
        utilPct: Array.from(f.cluster.utilPct),
        readyMeanPct: Array.from(f.cluster.readyMeanPct),
        energyWh: Array.from(f.cluster.energyWh),
      },
      energyInt: this.world ? Array.from(this.world.hosts.energyInt) : [],
    });
  }
}

/** simulate() with a FrameLog attached. */
export function simulateLogged(scenario: Scenario, options: SimulateOptions = {}): { result: SimulationResult; log: FrameLog } {
  const log = new FrameLog();
  const result = simulate(scenario, { ...options, attach: log.attach });
  return { result, log };
}

/**
 * The VMs on host h, by walking its intrusive list from firstVm through next; throws if the
 * list loops (more entries than VMs exist) or its prev links disagree.
 */
export function vmsOnHost(world: World, h: number): number[] {
  const V = world.vms;
  const out: number[] = [];
  let prev = -1;
  for (let v = world.hosts.firstVm[h]; v >= 0; v = V.next[v]) {
    if (out.length > V.n) throw new Error(`host ${h}: VM list loops`);
    if ((V.prev[v]) !== prev) throw new Error(`host ${h}: VM ${v} has prev ${V.prev[v]}, expected ${prev}`);
    out.push(v);
    prev = v;
  }
  return out;
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dcsim-${prefix}-`));
}
