/**
 * Worker-thread entry: runs the tasks the pool sends (whole runs, or one cluster of a run), one at a time, and posts back each
 * outcome or the error's message. Loaded from dist/ (see pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import { executeClusterRun, executeRun } from './execute.js';
const port = parentPort;
if (port === null)
    throw new Error('src/sweep/thread.ts is a worker-thread entry, not a program');
port.on('message', (req) => {
    let reply;
    try {
        reply = { seq: req.seq, ok: true, outcome: req.cluster === undefined ? executeRun(req.task) : executeClusterRun(req.task, req.cluster) };
    }
    catch (err) {
        reply = { seq: req.seq, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
});
//# sourceMappingURL=thread.js.map