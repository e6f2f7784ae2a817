/**
 * The Bitbrains GWA-T-12 file shared/data/bitbrains/gwa-t12-faststorage-vm.csv (1 VM, 30 days,
 * 8,619 rows at ~300 s, 1 core provisioned at 2,599.999309 MHz; from atlarge-research/opendc test
 * resources), replayed as imported (`format: gwa-bitbrains`, no hand edits) on one host of another
 * speed, and the file's own time-weighted sum of "CPU usage [MHZ]" read straight from its text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simulate } from '../run/simulate.js';
import { parseScenarioText } from '../scenario/index.js';

export const BITBRAINS_FILE = 'bitbrains/gwa-t12-faststorage-vm.csv';

/** Σ usage(i) × (t(i+1) − t(i)), the last row held 300 s (the file's step); times are Unix seconds. */
export function fileMhzSeconds(path: string): { mhzS: number; spanS: number } {
  const rows = readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split(';'));
  let sum = 0;
  for (let i = 0; i < rows.length; i++) {
    const t = Number(rows[i]![0]);
    const next = i + 1 < rows.length ? Number(rows[i + 1]![0]) : t + 300;
    sum += Number(rows[i]![3]) * (next - t);
  }
  const spanS = Number(rows[rows.length - 1]![0]) + 300 - Number(rows[0]![0]);
  return { mhzS: sum, spanS };
}

export interface BitbrainsRun {
  /** Host MHz per core → MHz·s granted to the file's VM on that host. */
  readonly granted: ReadonlyMap<number, number>;
  readonly reference: number;
}

export const HOST_MHZ = [3200, 2000] as const;
const runs = new Map<string, BitbrainsRun>();

/**
 * One run, two clusters of one 2-core host each (3.2 and 2.0 GHz cores), the file's VM on each,
 * over the file's span; memoised so both cases share it.
 */
export function bitbrainsRun(dataDir: string): BitbrainsRun {
  const hit = runs.get(dataDir);
  if (hit !== undefined) return hit;
  const path = join(dataDir, BITBRAINS_FILE);
  const ref = fileMhzSeconds(path);
  const spec = {
    name: 'validation-bitbrains',
    seed: 1,
    start: '2026-03-02T00:00:00Z',
    duration: `${ref.spanS}s`,
    // A 1 s step: the file's intervals are 299, 300, 301 … s, so every sample boundary is a step.
    step: '1s',
    templates: { bb: { vcpus: 1, memoryGiB: 2 } },
    clusters: HOST_MHZ.map((mhz) => ({
      name: `c${mhz}`,
      placement: { algorithm: 'first-fit' },
      hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 2, mhz, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 300 } }],
      vms: [{ name: 'bb', count: 1, template: 'bb', workload: { type: 'trace', format: 'gwa-bitbrains', path } }],
    })),
  };
  const { world } = simulate(parseScenarioText(JSON.stringify(spec), 'validation-bitbrains.yaml', dataDir));
  const run: BitbrainsRun = {
    granted: new Map(HOST_MHZ.map((mhz, i) => [mhz, (world.hosts.grantedInt[i]) / 1000] as const)),
    reference: ref.mhzS,
  };
  runs.set(dataDir, run);
  return run;
}
