/**
 * Sweep benchmark: the same local sweep (scenarios/overcommit-sweep.yaml, fewer replications)
 * on 1 worker (in the main thread) and on 2 worker threads, each in a fresh process (bench.ts
 * runs `--case sweep <workers> <replications>`), so neither starts with warmed-up code. The
 * time includes what a user waits for: thread start-up, the runs and the journal.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadScenario } from '../../src/scenario/index.js';
import { Journal } from '../../src/sweep/journal.js';
import { runLocal } from '../../src/sweep/local.js';
import { planSweep } from '../../src/sweep/plan.js';
import { SCENARIOS_DIR, tempDir } from '../helpers/sim.js';
export async function timeOnce(replications, workers) {
    // SCENARIOS_DIR is dist/scenarios when compiled: the scenarios folder is then one level up.
    const near = join(SCENARIOS_DIR, 'overcommit-sweep.yaml');
    const file = existsSync(near) ? near : join(dirname(dirname(SCENARIOS_DIR)), 'scenarios', 'overcommit-sweep.yaml');
    const plan = planSweep(loadScenario(file), file, { replications });
    const dir = join(tempDir('bench-sweep'), 'ckpt');
    const expected = new Map(plan.runs.map((r) => [r.id, { pointId: plan.points[r.point].id, withReport: r.replication === 0 }]));
    const journal = new Journal(dir, expected);
    const t0 = performance.now();
    const out = await runLocal(plan, journal, workers, () => undefined);
    const ms = performance.now() - t0;
    journal.close();
    rmSync(dir, { recursive: true, force: true });
    if (out.failures.length > 0)
        throw new Error(`bench sweep: ${out.failures.length} run(s) failed: ${out.failures[0]?.error}`);
    return { ms, runs: plan.runs.length };
}
/** One sweep in this process: its wall time and run count. */
export async function sweepCase(workers, replications) {
    return timeOnce(replications, workers);
}
//# sourceMappingURL=sweep.js.map