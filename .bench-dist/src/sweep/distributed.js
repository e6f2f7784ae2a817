/**
 * A distributed sweep's coordinator (`dcsim sweep --queue`): enqueues the runs not finished
 * yet as BullMQ jobs (job id = sweep id + run id, so enqueuing twice adds one job; jobs that
 * failed in an earlier attempt are retried), then collects results from Redis into the local
 * checkpoint as they arrive, until every run has a result or has failed for good. The jobs are
 * processed by `dcsim worker` processes, anywhere.
 */
import { Queue } from 'bullmq';
import { taskOf } from './execute.js';
import { jobIdOf, QUEUE_NAME, reportsKey, resultsKey } from './queue-keys.js';
const CHUNK = 500;
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Copies the results of `runIds` (and their reports) from Redis into the journal. */
async function collect(conn, plan, journal, runIds) {
    const byId = new Map(plan.runs.map((r) => [r.id, r]));
    for (let k = 0; k < runIds.length; k += CHUNK) {
        const ids = runIds.slice(k, k + CHUNK);
        const texts = await conn.hmget(resultsKey(plan.id), ...ids);
        for (let j = 0; j < ids.length; j++) {
            const text = texts[j];
            const run = byId.get(ids[j]);
            if (text === null || text === undefined || run === undefined)
                continue;
            const record = JSON.parse(text);
            const pointId = plan.points[run.point].id;
            let report = null;
            if (run.replication === 0) {
                const r = await conn.hget(reportsKey(plan.id), pointId);
                if (r === null)
                    continue; // stored in the same transaction; absent only if deleted by hand
                report = JSON.parse(r);
            }
            journal.append(record, pointId, report);
        }
    }
}
async function failuresOf(queue, plan, journal) {
    if ((await queue.getFailedCount()) === 0)
        return [];
    const prefix = `${plan.id}-`;
    const jobs = (await queue.getFailed(0, -1));
    return jobs
        .filter((j) => j !== undefined && typeof j.id === 'string' && j.id.startsWith(prefix) && !journal.done.has(j.id.slice(prefix.length)))
        .map((j) => ({ run: j.id.slice(prefix.length), error: j.failedReason ?? 'failed' }))
        .sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0));
}
/** `conn`: a connected client (see connectRedis); the caller closes it. */
export async function runOnQueue(conn, plan, journal, options) {
    const queue = new Queue(QUEUE_NAME, { connection: conn });
    try {
        const inRedis = await conn.hkeys(resultsKey(plan.id));
        await collect(conn, plan, journal, inRedis.filter((id) => !journal.done.has(id)));
        const fromCheckpoint = journal.done.size;
        const todo = plan.runs.map((r, k) => ({ r, k })).filter(({ r }) => !journal.done.has(r.id));
        // Runs that failed for good in an earlier attempt of this sweep get another chance.
        const prefix = `${plan.id}-`;
        if ((await queue.getFailedCount()) > 0)
            for (const job of await queue.getFailed(0, -1))
                if (job && typeof job.id === 'string' && job.id.startsWith(prefix) && !journal.done.has(job.id.slice(prefix.length)))
                    await job.retry('failed');
        for (let k = 0; k < todo.length; k += CHUNK)
            await queue.addBulk(todo.slice(k, k + CHUNK).map(({ r, k: index }) => ({
                name: 'run',
                data: taskOf(plan, index),
                opts: {
                    jobId: jobIdOf(plan.id, r.id),
                    attempts: options.attempts ?? 3,
                    backoff: { type: 'exponential', delay: 1000 },
                    removeOnComplete: true,
                    removeOnFail: { age: 7 * 24 * 3600 },
                },
            })));
        if (todo.length > 0)
            options.log(`sweep ${plan.id}: ${todo.length} run(s) on queue ${QUEUE_NAME}; start workers with: dcsim worker --queue <url>`);
        let failures = [];
        let seen = -1;
        for (let tick = 0;; tick++) {
            const n = await conn.hlen(resultsKey(plan.id));
            if (n !== seen) {
                seen = n;
                const ids = await conn.hkeys(resultsKey(plan.id));
                await collect(conn, plan, journal, ids.filter((id) => !journal.done.has(id)));
            }
            if (tick % 4 === 0 || journal.done.size + failures.length >= plan.runs.length)
                failures = await failuresOf(queue, plan, journal);
            options.onProgress(journal.done.size, failures.length);
            if (journal.done.size + failures.length >= plan.runs.length)
                break;
            await sleep(options.pollMs ?? 200);
        }
        return { fromCheckpoint, computed: journal.done.size - fromCheckpoint, failures };
    }
    finally {
        await queue.close();
    }
}
//# sourceMappingURL=distributed.js.map