#!/usr/bin/env node
/** Process entry point: the only place that hands the real process to the CLI. */
import { removeLiveTemps } from '../output/live-temps.js';
import { main } from './main.js';
/**
 * Ctrl-C and SIGTERM remove the temp files and folders of outputs being written, then exit
 * with 128 + the signal number, as shells report a process ended by that signal. Commands that
 * stop gracefully on a signal (`worker`, `collect`) register their own handler and are left to
 * it. What a SIGKILL leaves is removed by the next dcsim writing beside it (README, "Outputs").
 */
function onSignal(signal, code) {
    process.on(signal, () => {
        if (process.listenerCount(signal) > 1)
            return;
        const removed = removeLiveTemps();
        process.stderr.write(`\ninterrupted (${signal})${removed.length > 0 ? `: removed ${removed.length} unfinished output(s)` : ''}\n`);
        process.exit(code);
    });
}
// Only commands that hand control back to the event loop while they work (a run between its
// chunks, sweeps and split runs while threads compute) can run a handler in time; the others
// (calibrate, replay, …) keep Node's default and stop at once, and what they leave is removed by
// the next dcsim writing beside it, as after a SIGKILL.
if (['run', 'whatif', 'sweep'].includes(process.argv[2] ?? '')) {
    onSignal('SIGINT', 130);
    onSignal('SIGTERM', 143);
}
const code = await main(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    wallClock: () => performance.now(),
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    columns: process.stderr.columns ?? 80,
    tag: String(process.pid),
});
process.exitCode = code;
//# sourceMappingURL=bin.js.map