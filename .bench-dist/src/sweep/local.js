/**
 * A sweep on this machine: the runs not in the checkpoint yet, in run-id order, on `workers`
 * worker threads (one run per thread at a time), or in this thread when workers = 1. Each
 * finished run goes to the journal at once, so an interrupted sweep loses at most the runs in
 * flight. A run that throws is a failure; the others go on.
 */
import { executeClusterRun, executeRun, mergeClusterRuns, scenarioOf, taskOf } from './execute.js';
import { ThreadPool } from './pool.js';
/**
 * With `splitClusters`, each run's clusters are simulated apart (each its own thread task) and
 * merged into the run's outcome, the same as the run in one piece.
 */
export async function runLocal(plan, journal, workers, onProgress, splitClusters = false) {
    const clusters = (task) => scenarioOf(task).spec.clusters.map((_, ci) => ci);
    const inThread = (task) => splitClusters ? mergeClusterRuns(task, clusters(task).map((ci) => executeClusterRun(task, ci))) : executeRun(task);
    const fromCheckpoint = journal.done.size;
    const todo = plan.runs.map((_, k) => k).filter((k) => !journal.done.has(plan.runs[k].id));
    const failures = [];
    onProgress(journal.done.size, 0);
    if (workers <= 1 || (todo.length <= 1 && !splitClusters)) {
        for (const k of todo) {
            const task = taskOf(plan, k);
            try {
                const o = inThread(task);
                journal.append(o.record, task.pointId, o.report);
            }
            catch (err) {
                failures.push({ run: task.runId, error: err instanceof Error ? err.message : String(err) });
            }
            onProgress(journal.done.size, failures.length);
        }
    }
    else {
        const pool = new ThreadPool(splitClusters ? workers : Math.min(workers, todo.length));
        try {
            await Promise.all(todo.map(async (k) => {
                const task = taskOf(plan, k);
                try {
                    const o = splitClusters
                        ? mergeClusterRuns(task, await Promise.all(clusters(task).map((ci) => pool.runCluster(task, ci))))
                        : await pool.run(task);
                    journal.append(o.record, task.pointId, o.report);
                }
                catch (err) {
                    failures.push({ run: task.runId, error: err instanceof Error ? err.message : String(err) });
                }
                onProgress(journal.done.size, failures.length);
            }));
        }
        finally {
            await pool.close();
        }
    }
    failures.sort((a, b) => (a.run < b.run ? -1 : a.run > b.run ? 1 : 0));
    return { fromCheckpoint, computed: journal.done.size - fromCheckpoint, failures };
}
//# sourceMappingURL=local.js.map