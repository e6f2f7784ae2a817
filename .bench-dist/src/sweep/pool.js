/**
 * A fixed pool of worker threads that run sweep tasks, each thread one task at a time. Tasks
 * are handed out in the order they were submitted; results come back in completion order (the
 * caller sorts by run id). A thread that dies takes only its current task with it (that task
 * fails) and is replaced.
 */
import { Worker } from 'node:worker_threads';
import { threadEntry } from '../run/thread-entry.js';
/** A run that threw: its message, for the sweep's failure list. */
export class RunFailedError extends Error {
}
export class ThreadPool {
    size;
    slots = [];
    queue = [];
    entry;
    closed = false;
    constructor(size) {
        this.size = size;
        this.entry = threadEntry(import.meta.url, 'thread.js');
        for (let k = 0; k < size; k++)
            this.slots.push(this.spawn());
    }
    spawn() {
        const slot = { worker: new Worker(this.entry), busy: null, seq: 0 };
        slot.worker.on('message', (reply) => {
            const job = slot.busy;
            if (job === null || reply.seq !== slot.seq)
                return;
            slot.busy = null;
            if (reply.ok)
                job.resolve(reply.outcome);
            else
                job.reject(new RunFailedError(reply.error));
            this.pump();
        });
        const lost = (why) => {
            const job = slot.busy;
            slot.busy = null;
            const at = this.slots.indexOf(slot);
            if (!this.closed && at >= 0)
                this.slots[at] = this.spawn();
            job?.reject(new RunFailedError(`worker thread stopped: ${why}`));
            this.pump();
        };
        slot.worker.on('error', (err) => lost(err.message));
        slot.worker.on('exit', (code) => {
            if (!this.closed)
                lost(`exit code ${code}`);
        });
        return slot;
    }
    pump() {
        for (const slot of this.slots) {
            if (slot.busy !== null)
                continue;
            const next = this.queue.shift();
            if (next === undefined)
                return;
            slot.busy = next;
            slot.seq++;
            slot.worker.postMessage({ seq: slot.seq, task: next.task, ...(next.cluster !== undefined ? { cluster: next.cluster } : {}) });
        }
    }
    run(task) {
        return this.submit(task, undefined);
    }
    /** One cluster of the run, simulated on its own. */
    runCluster(task, cluster) {
        return this.submit(task, cluster);
    }
    submit(task, cluster) {
        if (this.closed)
            return Promise.reject(new Error('thread pool is closed'));
        return new Promise((resolve, reject) => {
            this.queue.push({ task, cluster, resolve, reject });
            this.pump();
        });
    }
    async close() {
        this.closed = true;
        for (const p of this.queue.splice(0))
            p.reject(new Error('thread pool closed'));
        await Promise.all(this.slots.map((s) => s.worker.terminate()));
    }
}
//# sourceMappingURL=pool.js.map