/**
 * A run split by cluster: each cluster is simulated on its own on a worker thread, and the
 * report folder is merged from their outputs in cluster order. Its files are the same bytes as
 * those of the run simulated in one piece, but for summary.json's `run` block, which says how
 * the run went (wall time, events its kernels fired, threads): clusters are
 * independent domains, datacenter figures are folds of per-cluster parts in cluster order, and
 * the event log's order is canonical (an instant's events cluster by cluster).
 */
import fs from 'node:fs';
import path from 'node:path';
import { AtomicDir } from '../output/atomic-dir.js';
import { interleaveCsv } from '../output/csv-interleave.js';
import { EventSink, REPORT_EVENTS } from '../output/event-sink.js';
import { StreamFile } from '../output/stream-file.js';
import type { HeadlineFigures, Report } from '../report/schema.js';
import type { Scenario } from '../scenario/scenario.js';
import type { ClusterRunOutput, ClusterRunRequest } from './cluster-run.js';
import { instantsOf, mergeClusterEvents } from './merge-events.js';
import { clusterAlone, splitBlockers } from './cluster-split.js';
import { writeResultFiles } from './result-files.js';
import { threadEntry, WorkerPool } from '../threads/index.js';

/** The clusters of the scenario cannot run apart; `reasons` says why. */
export class SplitError extends Error {
  constructor(readonly reasons: readonly string[]) {
    super(`cannot split the run by cluster: ${reasons.join('; ')}`);
  }
}

export interface SplitRunOptions {
  readonly outDir: string;
  readonly force: boolean;
  readonly seed?: number | string;
  readonly wallClock: () => number;
  /** Worker threads (at most one per cluster); unused when `execute` is given. */
  readonly workers: number;
  readonly tag: string;
  /** Simulated time every cluster has reached (ms). */
  readonly onProgress?: (simMs: number, durationMs: number) => void;
  /** Called as each cluster's output arrives (threads only), e.g. to watch memory as clusters complete. */
  readonly onClusterDone?: (cluster: number) => void;
  /**
   * Where the clusters are simulated (default: `workers` threads of this process). Each output's
   * files must be in the folder its request names; outputs come back in request order.
   */
  readonly execute?: ClusterExecutor;
}

/**
 * Simulates each request's cluster somewhere (threads here, workers of a queue elsewhere);
 * `workers`: how many threads or processes did.
 */
export type ClusterExecutor = (
  requests: readonly ClusterRunRequest[],
  durationMs: number,
  onProgress?: (simMs: number, durationMs: number) => void,
) => Promise<{ readonly outputs: ClusterRunOutput[]; readonly workers: number }>;

export interface SplitRunResult {
  readonly report: Report;
  /** The datacenter's headline, unrounded (as the run in one piece gives it). */
  readonly headline: HeadlineFigures;
  readonly workers: number;
}


export async function runSplitToFolder(scenario: Scenario, o: SplitRunOptions): Promise<SplitRunResult> {
  const blockers = splitBlockers(scenario);
  if (blockers.length > 0) throw new SplitError(blockers);
  const started = o.wallClock();
  const spec = scenario.spec;
  const dir = new AtomicDir(o.outDir, o.force, o.tag);
  try {
    const scratch = dir.file('.clusters');
    const runHosts = spec.clusters.reduce((n, c) => n + c.hosts.reduce((m, g) => m + g.count, 0), 0);
    // Each thread gets its cluster only (its traces, its events), not the whole scenario.
    const requests: ClusterRunRequest[] = spec.clusters.map((_, ci) => ({
      scenario: clusterAlone(scenario, ci),
      cluster: ci,
      ...(o.seed !== undefined ? { seed: o.seed } : {}),
      dir: path.join(scratch, String(ci)),
      runHosts,
    }));
    const threads = Math.max(1, Math.min(o.workers, requests.length));
    const execute: ClusterExecutor = o.execute ?? (async (r, d, p) => ({ outputs: await runClustersOnThreads(r, threads, d, p, o.onClusterDone), workers: threads }));
    const { outputs, workers } = await execute(requests, spec.duration, o.onProgress);
    const first = outputs[0] as ClusterRunOutput;
    // Facts every cluster shares (sampling instants; no stop, as policies do not split; no
    // disaster recovery, which does not split either) are taken from the first.
    const blocks = first.facts.t.length;
    interleaveCsv(dir.file('timeseries-cluster.csv'), outputs.map((x) => ({ file: x.clusterCsv, rowsPerBlock: 1 })), blocks);
    if (first.hostCsv !== null) {
      interleaveCsv(
        dir.file('timeseries-host.csv'),
        outputs.map((x) => ({ file: x.hostCsv as string, rowsPerBlock: x.part.hosts.length })),
        blocks,
      );
    }
    const events = new EventSink(spec.outputs.events ? new StreamFile(dir.file('events.ndjson')) : null, scenario.startEpochMs, REPORT_EVENTS);
    mergeClusterEvents(outputs.map((x) => ({ cluster: x.cluster, events: instantsOf(x.eventsFile) })), events);
    events.close();
    const parts = outputs.map((x) => x.part);
    const { report, headline } = writeResultFiles(dir, {
      scenario,
      facts: first.facts,
      parts,
      vmsCsv: (function* () {
        for (const x of outputs) yield fs.readFileSync(x.vmsCsv, 'utf8');
      })(),
      events,
      // Each cluster's kernel fires its own clock events (steps, samples, meter readings).
      eventsFired: outputs.reduce((n, x) => n + x.eventsFired, 0),
      split: { clusters: outputs.length, workers },
      dr: first.dr,
      datastores: outputs.flatMap((x) => x.datastores),
      wallTimeMs: o.wallClock() - started,
    });
    fs.rmSync(scratch, { recursive: true, force: true });
    dir.commit();
    return { report, headline, workers };
  } catch (err) {
    dir.abort();
    throw err;
  }
}

/**
 * Run the requests on `size` threads of the worker pool; outputs in request order. The first
 * cluster that fails stops the others (the run cannot be merged without it); its error names it.
 * A thread stops once nothing is left for it, so memory comes back as the clusters complete.
 */
export async function runClustersOnThreads(
  requests: readonly ClusterRunRequest[],
  size: number,
  durationMs: number,
  onProgress?: (simMs: number, durationMs: number) => void,
  onClusterDone?: (cluster: number) => void,
): Promise<ClusterRunOutput[]> {
  const pool = new WorkerPool<ClusterRunRequest, ClusterRunOutput, number>(threadEntry(import.meta.url, 'cluster-thread.js'), size, { stopIdle: true });
  // Simulated time each request's cluster has reached; the run has reached the least of them.
  const reached = requests.map(() => 0);
  try {
    return await Promise.all(
      requests.map(async (req, k) => {
        let output: ClusterRunOutput;
        try {
          output = await pool.run(req, (simMs) => {
            reached[k] = simMs;
            onProgress?.(Math.min(...reached), durationMs);
          });
        } catch (err) {
          throw new Error(`cluster ${req.scenario.spec.clusters[0]?.name ?? req.cluster}: ${err instanceof Error ? err.message : String(err)}`);
        }
        reached[k] = durationMs;
        onClusterDone?.(req.cluster);
        return output;
      }),
    );
  } finally {
    await pool.close();
  }
}
