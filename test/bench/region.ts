/**
 * The hyperscale region (`npm run bench -- --region`): the scenario of `dcsim generate region`
 * (src/inventory/region.ts), or its first `clusters` clusters, run for `days` simulated days split
 * by cluster on `workers` threads into a report folder, in a fresh process (bench.ts runs
 * `--case region …`). Measured, not estimated:
 * - wall time from build to the committed folder (thread start-up, placement, the runs, the
 *   merge and every report file);
 * - peak memory: the process's peak RSS from the kernel (getrusage ru_maxrss), which covers the
 *   main thread and every worker thread (they share the process), so it is their sum;
 * - RSS as each cluster completes (sampled in the main thread, idle while the threads run), and
 *   the main thread's live heap after a full collection (run with --expose-gc): what the merge
 *   keeps per cluster, to see whether memory grows with the clusters done.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REGION_DEFAULTS, regionScenario } from '../../src/inventory/region.js';
import { runSplitToFolder } from '../../src/run/split-run.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { tempDir } from '../helpers/sim.js';

export interface RegionFigures {
  readonly clusters: number;
  readonly hosts: number;
  readonly vms: number;
  readonly steps: number;
  readonly seconds: number;
  /** CPU time of the process (user + system, every thread), seconds: what the run costs however loaded the machine is. */
  readonly cpuSeconds: number;
  readonly peakRssMiB: number;
  /** RSS (MiB) after the k-th cluster completed, k = 1 … clusters. */
  readonly rssByClustersDone: readonly number[];
  /** The main thread's live heap (MiB, after a full collection) after the k-th cluster completed: what the merge holds. */
  readonly heapByClustersDone: readonly number[];
  readonly outputMiB: number;
}

const MiB = 1024 * 1024;

function folderBytes(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) n += statSync(join(dir, name)).size;
  return n;
}

export async function regionCase(clusters: number, days: number, workers: number): Promise<RegionFigures> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const raw = regionScenario({ ...REGION_DEFAULTS, clusters, duration: `${days}d` });
  const scenario = parseScenarioText(JSON.stringify(raw), 'region.yaml', process.cwd());
  const out = join(tempDir('bench-region'), 'report');
  const rss: number[] = [];
  const heap: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc;
  await runSplitToFolder(scenario, {
    outDir: out,
    force: true,
    wallClock: () => performance.now(),
    tag: 'bench',
    workers,
    onClusterDone: () => {
      rss.push(process.memoryUsage.rss() / MiB);
      gc?.();
      heap.push(process.memoryUsage().heapUsed / MiB);
    },
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const spec = scenario.spec;
  return {
    clusters,
    hosts: clusters * REGION_DEFAULTS.hostsPerCluster,
    vms: clusters * REGION_DEFAULTS.vmsPerCluster,
    steps: Math.round(spec.duration / spec.step),
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // ru_maxrss is in KiB on Linux.
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    rssByClustersDone: rss,
    heapByClustersDone: gc === undefined ? [] : heap,
    outputMiB: folderBytes(out) / MiB,
  };
}
