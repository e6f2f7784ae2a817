/**
 * When a lab action takes effect, so that the exported scenario reproduces the session.
 */
import { PRIORITY_MODEL } from '../model/datacenter.js';
/**
 * The earliest instant after `now` at which a scripted event scheduled now fires in the same
 * order as one scheduled at the run's start: the kernel orders equal times by priority, then
 * by scheduling order, so the instant must hold no other pending event of the scripted
 * events' priority (those scheduled before it would fire first here, after it from the file).
 * Events of other priorities keep their order either way.
 */
export function actionInstant(sim) {
    const pending = sim.kernel.snapshot().queue.events;
    const taken = new Set();
    for (const e of pending)
        if (e.priority === PRIORITY_MODEL)
            taken.add(e.time);
    let t = sim.now + 1;
    while (taken.has(t))
        t++;
    return t;
}
/** Simulated time as d hh:mm:ss from the run's start. */
export function clock(ms) {
    const s = Math.floor(ms / 1000);
    const d = Math.floor(s / 86400);
    const hh = String(Math.floor((s % 86400) / 3600)).padStart(2, '0');
    const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    return `${d > 0 ? `day ${d + 1} ` : ''}${hh}:${mm}:${ss}`;
}
//# sourceMappingURL=action-instant.js.map