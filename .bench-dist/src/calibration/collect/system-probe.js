/**
 * The real machine behind the collector's Probe: commands through child_process (no shell),
 * files through fs, the wall clock and timers. Only `dcsim collect` uses it.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
function reason(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return code ?? err.message;
}
export function systemProbe(timeoutMs = 30_000) {
    return {
        run: (command, args) => new Promise((done) => {
            execFile(command, [...args], { timeout: timeoutMs, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
                if (err && typeof err.code === 'string') {
                    const code = err.code;
                    done({ code: null, stdout: '', stderr: '', error: code === 'ENOENT' ? `${command}: not installed (ENOENT)` : `${command}: ${code}` });
                }
                else
                    done({ code: err ? (err.code ?? 1) : 0, stdout, stderr });
            });
        }),
        readText: (path) => {
            try {
                return { text: readFileSync(path, 'utf8') };
            }
            catch (err) {
                return { error: reason(err) };
            }
        },
        list: (path) => {
            try {
                return { names: readdirSync(path) };
            }
            catch (err) {
                return { error: reason(err) };
            }
        },
        now: () => Date.now(),
        sleep: async (ms, signal) => {
            try {
                await delay(ms, undefined, signal ? { signal } : {});
            }
            catch {
                // aborted: return early
            }
        },
    };
}
//# sourceMappingURL=system-probe.js.map