/**
 * One cluster of a run split by cluster, as a queue worker runs it (`dcsim worker`): the
 * scenario is rebuilt from the job (the file's text, through the loader), the cluster is
 * simulated on a worker thread into a temporary folder, and its files and output go to Redis.
 *
 * Only a complete attempt is visible: files go to keys named by this attempt's token, and the
 * output that names them is stored last, with HSETNX in one MULTI. A worker killed mid-cluster
 * leaves at most some pieces under its token (they expire; the coordinator deletes the run's
 * keys when it is done); BullMQ's stalled-job check hands the job to another worker, which
 * simulates the cluster again from the start (clusters are deterministic, so it gives the
 * same bytes). An attempt that finds an output already stored skips the simulation.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import type { ClusterRunOutput } from '../run/cluster-run.js';
import { clusterAlone } from '../run/cluster-split.js';
import { runClustersOnThreads } from '../run/split-run.js';
import { parseScenarioText, type Scenario } from '../scenario/index.js';
import { VERSION } from '../version.js';
import { KEEP_SECONDS, uploadFile } from './file-transfer.js';
import { splitFileKey, splitOutputsKey } from './queue-keys.js';

/** A cluster job: plain data (BullMQ stores it as JSON). */
export interface ClusterTask {
  readonly dcsim: string;
  /** The split run's id (split-queue.ts). */
  readonly runId: string;
  readonly cluster: number;
  readonly seed?: number | string;
  /** The scenario file's name (for messages) and text; trace files are resolved in baseDir, so a worker on another machine needs the same path. */
  readonly file: string;
  readonly baseDir: string;
  readonly text: string;
  readonly runHosts: number;
}

/** What a worker stores for a cluster: its output, with Redis keys in place of its file paths. */
export interface StoredClusterOutput extends Omit<ClusterRunOutput, 'eventsFile' | 'clusterCsv' | 'hostCsv' | 'vmsCsv'> {
  readonly files: { readonly events: string; readonly cluster: string; readonly host: string | null; readonly vms: string };
  /** `host:pid` of the worker process that simulated it. */
  readonly worker: string;
}

/*
 * A cluster's output crosses Redis as JSON, which has no Infinity or NaN (a figure with nothing
 * to measure, such as the lowest free memory of a cluster with no host on, is Infinity until the
 * fold): they are written as {"$number": "Infinity"} and read back, so the merge sees what a
 * worker thread would have handed it.
 */
const NUMBER_TAG = '$number';

export function encodeOutput(o: StoredClusterOutput): string {
  return JSON.stringify(o, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { [NUMBER_TAG]: String(v) } : v));
}

export function decodeOutput(text: string): StoredClusterOutput {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const tag = (v as Record<string, unknown>)[NUMBER_TAG];
      if (typeof tag === 'string' && Object.keys(v).length === 1) return Number(tag);
    }
    return v;
  }) as StoredClusterOutput;
}

/** Scenarios already loaded by this worker (the most recent few runs). */
const loaded = new Map<string, Scenario>();

function scenarioOf(task: ClusterTask): Scenario {
  let s = loaded.get(task.runId);
  if (s === undefined) {
    s = parseScenarioText(task.text, task.file, task.baseDir);
    if (loaded.size >= 4) loaded.delete(loaded.keys().next().value as string);
    loaded.set(task.runId, s);
  }
  return s;
}

/** Simulates the task's cluster and stores it; false when an output was stored before (nothing simulated). */
export async function processClusterTask(conn: Redis, task: ClusterTask): Promise<boolean> {
  if (task.dcsim !== VERSION) throw new Error(`cluster ${task.cluster} of run ${task.runId} was planned by dcsim ${task.dcsim}; this is dcsim ${VERSION}`);
  const outputs = splitOutputsKey(task.runId);
  if ((await conn.hexists(outputs, String(task.cluster))) === 1) return false;
  const scenario = scenarioOf(task);
  const dir = mkdtempSync(path.join(tmpdir(), 'dcsim-cluster-'));
  try {
    const [out] = await runClustersOnThreads(
      [{ scenario: clusterAlone(scenario, task.cluster), cluster: task.cluster, ...(task.seed !== undefined ? { seed: task.seed } : {}), dir, runHosts: task.runHosts }],
      1,
      scenario.spec.duration,
    );
    const output = out as ClusterRunOutput;
    const token = randomUUID();
    const key = (name: string): string => splitFileKey(task.runId, task.cluster, token, name);
    const files = { events: key('events'), cluster: key('cluster.csv'), host: output.hostCsv === null ? null : key('host.csv'), vms: key('vms.csv') };
    await uploadFile(conn, output.eventsFile, files.events);
    await uploadFile(conn, output.clusterCsv, files.cluster);
    await uploadFile(conn, output.vmsCsv, files.vms);
    if (output.hostCsv !== null && files.host !== null) await uploadFile(conn, output.hostCsv, files.host);
    const { eventsFile: _e, clusterCsv: _c, hostCsv: _h, vmsCsv: _v, ...rest } = output;
    const stored: StoredClusterOutput = { ...rest, files, worker: `${hostname()}:${process.pid}` };
    const replies = await conn.multi().hsetnx(outputs, String(task.cluster), encodeOutput(stored)).expire(outputs, KEEP_SECONDS).exec();
    const failed = replies?.find(([err]) => err !== null);
    if (replies === null || failed) throw new Error(`storing cluster ${task.cluster} of run ${task.runId} failed: ${failed ? String(failed[0]) : 'transaction aborted'}`);
    // Another attempt stored first (this one was taken for stalled but lived): drop this one's files.
    if (replies[0]?.[1] === 0) await conn.del(...Object.values(files).filter((k): k is string => k !== null));
    return true;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
