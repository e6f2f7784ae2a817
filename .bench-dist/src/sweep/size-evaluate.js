/**
 * One evaluation of `dcsim size`: the scenario at n hosts, R replications with the sweep's
 * replication seeds (the same seeds at every n: common random numbers), judged on the
 * objectives. Runs in this thread, or on a thread pool when one is given.
 */
import { VERSION } from '../version.js';
import { replicationSeed } from './expand.js';
import { executeRun } from './execute.js';
import { pointResults } from './results.js';
export function hostCountTask(s, n, r) {
    return {
        dcsim: VERSION,
        sweepId: s.id,
        runId: `n${n}-r${String(r).padStart(2, '0')}`,
        pointId: `n${n}`,
        point: n,
        replication: r,
        seed: replicationSeed(s.rootSeed, r),
        file: s.file,
        baseDir: s.baseDir,
        base: s.base,
        assignments: [{ path: s.hostsPath, value: n }],
        withReport: false,
    };
}
/** Judges R runs' records at n hosts. */
export function judge(s, n, records) {
    const [result] = pointResults([{ index: 0, id: `n${n}`, values: [n] }], records.map((r) => ({ ...r, point: 0 })), s.objectives, s.basis);
    const r = result;
    return { hosts: n, result: r, meets: r.failing.length === 0 };
}
export function hostCountEvaluator(s, pool, onEvaluated) {
    return async (n) => {
        const tasks = Array.from({ length: s.replications }, (_, r) => hostCountTask(s, n, r));
        const records = pool !== null ? (await Promise.all(tasks.map((t) => pool.run(t)))).map((o) => o.record) : tasks.map((t) => executeRun(t).record);
        const e = judge(s, n, records);
        onEvaluated?.(e);
        return e;
    };
}
//# sourceMappingURL=size-evaluate.js.map