/**
 * What an interrupted run leaves behind, with the real process (dist/src/cli/bin.js): SIGINT and
 * SIGTERM remove the temp folder and exit 130 / 143; a SIGKILL leaves it, and the next run
 * writing beside it removes it because its process no longer exists. A temp folder of a process
 * that is still alive, and a hidden folder that merely looks like one, are left alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempLeftovers, workdirWithDefault } from '../helpers/cli.js';
import { ROOT } from '../helpers/sim.js';
const BIN = join(ROOT, 'dist', 'src', 'cli', 'bin.js');
/** default.yaml lengthened to 60 days: several seconds of simulation, long enough to interrupt. */
function longScenario(cwd) {
    const text = readFileSync(join(cwd, 'default.yaml'), 'utf8').replace(/^duration: .*$/m, 'duration: 60d');
    writeFileSync(join(cwd, 'long.yaml'), text);
}
async function waitFor(cond, timeoutMs) {
    const until = Date.now() + timeoutMs;
    while (!cond()) {
        if (Date.now() > until)
            throw new Error('timed out waiting');
        await new Promise((r) => setTimeout(r, 50));
    }
}
/** Starts `dcsim run long.yaml`, waits until it writes its temp folder, sends `signal`. */
async function interrupted(cwd, signal) {
    const child = spawn(process.execPath, [BIN, 'run', 'long.yaml', '--out', 'out/long'], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d.toString()));
    const exited = new Promise((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    await waitFor(() => existsSync(join(cwd, 'out')) && tempLeftovers(join(cwd, 'out')).length > 0, 30_000);
    await new Promise((r) => setTimeout(r, 300));
    child.kill(signal);
    const r = await exited;
    return { ...r, stderr, leftovers: tempLeftovers(join(cwd, 'out')) };
}
describe('an interrupted run', { timeout: 120_000 }, () => {
    it('SIGINT removes the temp folder, writes no report and exits 130', async () => {
        const cwd = workdirWithDefault();
        longScenario(cwd);
        const r = await interrupted(cwd, 'SIGINT');
        expect(r.code).toBe(130);
        expect(r.stderr).toContain('interrupted (SIGINT): removed 1 unfinished output(s)');
        expect(r.leftovers).toEqual([]);
        expect(existsSync(join(cwd, 'out', 'long'))).toBe(false);
    });
    it('SIGTERM does the same and exits 143', async () => {
        const cwd = workdirWithDefault();
        longScenario(cwd);
        const r = await interrupted(cwd, 'SIGTERM');
        expect(r.code).toBe(143);
        expect(r.leftovers).toEqual([]);
    });
    it('SIGKILL leaves the temp folder; the next run beside it removes it, and leaves a live process\'s and a look-alike alone', async () => {
        const cwd = workdirWithDefault();
        longScenario(cwd);
        const r = await interrupted(cwd, 'SIGKILL');
        expect(r.signal).toBe('SIGKILL');
        expect(r.leftovers).toHaveLength(1);
        // A temp folder of this (live) process, and a user's folder named like a temp folder.
        const live = join(cwd, 'out', `.other.tmp-${process.pid}`);
        mkdirSync(live);
        writeFileSync(join(live, '.dcsim-output'), JSON.stringify({ writtenBy: 'dcsim', kind: 'run report', state: 'in-progress', pid: process.pid, entries: [] }));
        const lookalike = join(cwd, 'out', '.notes.tmp-999999999');
        mkdirSync(lookalike);
        writeFileSync(join(lookalike, 'mine.txt'), 'keep');
        const next = await runCli(['run', 'default.yaml', '--out', 'out/default', '--quiet'], cwd);
        expect(next.code).toBe(0);
        expect(tempLeftovers(join(cwd, 'out')).sort()).toEqual([`.notes.tmp-999999999`, `.other.tmp-${process.pid}`]);
        expect(readdirSync(lookalike)).toEqual(['mine.txt']);
        expect(existsSync(join(cwd, 'out', 'default', 'report.json'))).toBe(true);
    });
});
//# sourceMappingURL=interrupt.test.js.map