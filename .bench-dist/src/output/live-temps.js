/**
 * The temp files and folders this process is writing right now, so that an interrupted
 * process (SIGINT / SIGTERM) removes them before it exits. Only the CLI's entry point calls
 * `removeLiveTemps`; everything that makes a temp path registers it here and forgets it once
 * it is renamed into place or removed.
 */
import fs from 'node:fs';
const live = new Set();
export function registerLiveTemp(p) {
    live.add(p);
}
export function forgetLiveTemp(p) {
    live.delete(p);
}
/** Removes every temp path still registered (synchronously: it runs in a signal handler). */
export function removeLiveTemps() {
    const removed = [];
    for (const p of [...live].sort()) {
        try {
            fs.rmSync(p, { recursive: true, force: true });
            removed.push(p);
        }
        catch {
            /* already gone, or not removable: the next run beside it removes it */
        }
        live.delete(p);
    }
    return removed;
}
export function liveTemps() {
    return [...live];
}
//# sourceMappingURL=live-temps.js.map