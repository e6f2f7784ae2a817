import { HOST_ENTERING_STANDBY, HOST_ON, hostServes } from '../lifecycle.js';
import { evacuationFits } from './evacuation-fit.js';
/** Host h's load now (%): the larger of CPU demand / usable CPU and consumed / usable memory. */
export function loadNow(world, h) {
    const H = world.hosts;
    const mem = H.memoryMiB[h] - H.overheadMiB[h];
    return Math.max(H.demandMhz[h] / H.usableMhz[h], H.consumedMiB[h] / mem) * 100;
}
/**
 * Hosts of `cl` that are on, not going down and `eligible`, in the order they are tried: empty
 * first, then the least loaded (`load`, % — NaN falls back to the load now), then the fewest
 * VMs; ties to the highest index (low indices stay on).
 */
export function standbyCandidates(world, cl, goingDown, load, eligible) {
    const H = world.hosts;
    const out = [];
    for (let h = cl.hostEnd - 1; h >= cl.hostStart; h--)
        if (H.state[h] === HOST_ON && !goingDown(h) && eligible(h))
            out.push(h);
    const loadOf = (h) => {
        const l = load(h);
        return Number.isNaN(l) ? loadNow(world, h) : l;
    };
    return out.sort((a, b) => {
        const ea = H.vmCount[a] === 0 ? 0 : 1;
        const eb = H.vmCount[b] === 0 ? 0 : 1;
        return ea - eb || loadOf(a) - loadOf(b) || H.vmCount[a] - H.vmCount[b] || b - a;
    });
}
/**
 * Null when host h of cluster c may go to standby: at least `minHostsOn` hosts stay on, they
 * run at or under `limitPct` with the cluster's whole demand, its VMs (with those of hosts
 * already entering standby) fit on them, and HA admission control holds without it; else why not.
 */
export function standbyRefusal(world, admission, cl, c, h, limitPct, goingDown) {
    const H = world.hosts;
    let on = 0;
    let cpu = 0;
    let mem = 0;
    let demand = 0;
    let consumed = 0;
    for (let k = cl.hostStart; k < cl.hostEnd; k++) {
        if (!hostServes(H.state[k]))
            continue;
        demand += H.demandMhz[k];
        consumed += H.consumedMiB[k];
        if (H.state[k] !== HOST_ON || goingDown(k) || k === h)
            continue;
        on++;
        cpu += H.usableMhz[k];
        mem += H.memoryMiB[k] - H.overheadMiB[k];
    }
    if (on < cl.power.dpm.minHostsOn)
        return `minHostsOn is ${cl.power.dpm.minHostsOn}`;
    if (cpu <= 0)
        return 'no other host is on';
    const cpuPct = (demand / cpu) * 100;
    const memPct = (consumed / mem) * 100;
    if (cpuPct > limitPct || memPct > limitPct)
        return `the ${on} other hosts would run at CPU ${cpuPct.toFixed(0)} % / memory ${memPct.toFixed(0)} %, above ${limitPct} %`;
    // Hosts already being emptied for standby send their VMs to the same staying hosts.
    const leaving = [h];
    for (let k = cl.hostStart; k < cl.hostEnd; k++)
        if (H.state[k] === HOST_ENTERING_STANDBY)
            leaving.push(k);
    const fit = evacuationFits(world, cl, leaving, (k) => !goingDown(k));
    if (fit !== null)
        return fit;
    return admission.allowsRemoving(c, h);
}
//# sourceMappingURL=standby-candidates.js.map