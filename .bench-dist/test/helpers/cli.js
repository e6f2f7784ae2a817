/**
 * In-process CLI harness: main(argv, io) with captured stdout/stderr, a fake wall clock and a
 * temporary working folder holding a copy of a scenario.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { fakeClock } from './default-run.js';
import { SCENARIOS_DIR, tempDir } from './sim.js';
export function cliIo(cwd, out) {
    return {
        stdout: (t) => {
            out.stdout += t;
        },
        stderr: (t) => {
            out.stderr += t;
        },
        wallClock: fakeClock(1_000_000, 7),
        cwd,
        isTTY: false,
        columns: 80,
        tag: 'cli-test',
    };
}
export async function runCli(argv, cwd, overrides = {}) {
    const out = { stdout: '', stderr: '' };
    const code = await main(argv, { ...cliIo(cwd, out), ...overrides });
    return { code, ...out };
}
/** A temp working folder with scenarios/default.yaml copied in as default.yaml. */
export function workdirWithDefault() {
    const dir = tempDir('cli');
    copyFileSync(join(SCENARIOS_DIR, 'default.yaml'), join(dir, 'default.yaml'));
    return dir;
}
/** Leftover temp folders (".<name>.tmp-<tag>") in a folder. */
export function tempLeftovers(dir) {
    return readdirSync(dir).filter((n) => /^\..*\.tmp-/.test(n));
}
//# sourceMappingURL=cli.js.map