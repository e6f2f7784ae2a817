/**
 * Runs a scenario file into a report folder through runToFolder, naming the file relative to
 * the project root (as the CLI does from there), with an injected wall clock.
 */
import { join, relative } from 'node:path';
import { runToFolder } from '../../src/run/run-to-folder.js';
import { loadScenario } from '../../src/scenario/index.js';
import { ROOT, SCENARIOS_DIR } from './sim.js';
export const DEFAULT_SCENARIO = join(SCENARIOS_DIR, 'default.yaml');
/** Files every run writes with the default outputs (a run may write more, e.g. a viewer page). */
export const REPORT_FILES = [
    'events.ndjson',
    'report.json',
    'summary.json',
    'timeseries-cluster.csv',
    'timeseries-host.csv',
    'vms.csv',
];
/** A clock that advances by `stepMs` on every read, starting at `startMs`. */
export function fakeClock(startMs, stepMs) {
    let t = startMs - stepMs;
    return () => (t += stepMs);
}
export function runFile(file, outDir, wallClock = fakeClock(0, 1)) {
    const scenario = loadScenario(relative(ROOT, file), file);
    return runToFolder(scenario, { outDir, force: false, wallClock, tag: 'test' });
}
//# sourceMappingURL=default-run.js.map