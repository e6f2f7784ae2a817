/**
 * Worker-thread entry for runs split by cluster: runs the clusters it is sent, one at a time,
 * posting progress and then the cluster's output or the error's message. Loaded from dist/.
 */
import { parentPort } from 'node:worker_threads';
import { runCluster } from './cluster-run.js';
const port = parentPort;
if (port === null)
    throw new Error('src/run/cluster-thread.ts is a worker-thread entry, not a program');
port.on('message', (req) => {
    let reply;
    try {
        const output = runCluster(req, (simMs) => port.postMessage({ kind: 'progress', cluster: req.cluster, simMs }));
        reply = { kind: 'done', output };
    }
    catch (err) {
        reply = { kind: 'failed', cluster: req.cluster, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
});
//# sourceMappingURL=cluster-thread.js.map