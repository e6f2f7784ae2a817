/**
 * Worker-thread entry: runs the tasks the pool sends (whole runs, or one cluster of a run), one at a time, and posts back each
 * outcome or the error's message. Loaded from dist/ (see pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { executeClusterRun, executeRun, type ClusterOutcome, type RunOutcome, type RunTask } from './execute.js';

export interface ThreadRequest {
  readonly seq: number;
  readonly task: RunTask;
  /** Set for one cluster of the run (a sweep split by cluster). */
  readonly cluster?: number;
}

export type ThreadReply =
  | { readonly seq: number; readonly ok: true; readonly outcome: RunOutcome | ClusterOutcome }
  | { readonly seq: number; readonly ok: false; readonly error: string };

const port = parentPort;
if (port === null) throw new Error('src/sweep/thread.ts is a worker-thread entry, not a program');
port.on('message', (req: ThreadRequest) => {
  let reply: ThreadReply;
  try {
    reply = { seq: req.seq, ok: true, outcome: req.cluster === undefined ? executeRun(req.task) : executeClusterRun(req.task, req.cluster) };
  } catch (err) {
    reply = { seq: req.seq, ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
