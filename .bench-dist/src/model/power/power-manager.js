import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_DPM_PASS } from '../event-kinds.js';
import { HOST_ON, HOST_STANDBY } from '../lifecycle.js';
import { chainEnd, MS_PER_MIN, windowActiveAt, windowSpans } from './power-windows.js';
import { standbyCandidates, standbyRefusal } from './standby-candidates.js';
const PASS = 0;
const WINDOW_START = 1;
const WINDOW_END = 2;
export class PowerManager {
    dc;
    power;
    admission;
    prevDemand;
    prevConsumed;
    prevT;
    /** Per cluster: since when some host has been above the range (NaN: not now); when last above it. */
    highSince;
    lastHigh;
    /** Per host: since when it has been below the range (NaN: not now). */
    lowSince;
    /** Per host: a power-down was already found impossible in this low spell (reported once). */
    skipped;
    /** Per cluster: the window in force (-1: none). */
    window;
    /** Hosts put into standby by the calendar (woken at the window's end). */
    byCalendar;
    load;
    constructor(dc, power, admission) {
        this.dc = dc;
        this.power = power;
        this.admission = admission;
        const H = dc.world.hosts;
        const nc = dc.world.clusters.length;
        this.prevDemand = new Float64Array(H.n);
        this.prevConsumed = new Float64Array(H.n);
        this.prevT = new Float64Array(H.n);
        this.load = new Float64Array(H.n);
        this.highSince = new Float64Array(nc).fill(NaN);
        this.lastHigh = new Float64Array(nc).fill(-Infinity);
        this.lowSince = new Float64Array(H.n).fill(NaN);
        this.skipped = new Uint8Array(H.n);
        this.window = new Int32Array(nc).fill(-1);
        this.byCalendar = new Uint8Array(H.n);
        dc.kernel.on(KIND_DPM_PASS, (c, what, w) => {
            const t = dc.kernel.now;
            if (what === PASS)
                this.pass(c, t);
            else if (what === WINDOW_START)
                this.windowStart(c, w, t);
            else
                this.windowEnd(c, t);
        });
    }
    managed(cl) {
        return cl.power.dpm.enabled || cl.power.schedule.length > 0;
    }
    start() {
        const { world, kernel } = this.dc;
        world.clusters.forEach((cl, c) => {
            if (!this.managed(cl))
                return;
            kernel.schedule(kernel.now + cl.power.dpm.intervalMs, KIND_DPM_PASS, c, PASS, 0, PRIORITY_MODEL);
            cl.power.schedule.forEach((w, wi) => this.scheduleWindows(c, wi, w));
        });
    }
    /** Every start and end of window `wi` within the run, as events. */
    scheduleWindows(c, wi, w) {
        const { world, kernel } = this.dc;
        const start = world.startEpochMs;
        const boot = this.maxBootMs(c);
        for (const s of windowSpans(w, start, start + world.durationMs)) {
            // Hosts boot ahead of the end so that they serve when the window closes.
            const wake = s.toMs - boot;
            if (wake <= s.fromMs)
                continue;
            kernel.schedule(Math.max(0, s.fromMs - start), KIND_DPM_PASS, c, WINDOW_START, wi, PRIORITY_MODEL);
            if (wake - start > 0 && wake - start < world.durationMs)
                kernel.schedule(wake - start, KIND_DPM_PASS, c, WINDOW_END, wi, PRIORITY_MODEL);
        }
    }
    maxBootMs(c) {
        const cl = this.dc.world.clusters[c];
        let m = 0;
        for (let h = cl.hostStart; h < cl.hostEnd; h++)
            m = Math.max(m, this.dc.world.hosts.bootMs[h]);
        return m;
    }
    /** Loads of hosts that are on since the last pass into this.load (NaN for others); the cluster's peak. */
    readLoads(cl, t) {
        const H = this.dc.world.hosts;
        let peak = 0;
        for (let h = cl.hostStart; h < cl.hostEnd; h++) {
            const dt = t - this.prevT[h];
            const d = dt > 0 ? (H.demandInt[h] - this.prevDemand[h]) / dt : H.demandMhz[h];
            const m = dt > 0 ? (H.consumedInt[h] - this.prevConsumed[h]) / dt : H.consumedMiB[h];
            this.prevDemand[h] = H.demandInt[h];
            this.prevConsumed[h] = H.consumedInt[h];
            this.prevT[h] = t;
            if (H.state[h] !== HOST_ON) {
                this.load[h] = NaN;
                continue;
            }
            const mem = H.memoryMiB[h] - H.overheadMiB[h];
            const l = Math.max(d / H.usableMhz[h], m / mem) * 100;
            this.load[h] = l;
            if (l > peak)
                peak = l;
        }
        return peak;
    }
    pass(c, t) {
        const { world, kernel } = this.dc;
        const cl = world.clusters[c];
        const dpm = cl.power.dpm;
        for (let h = cl.hostStart; h < cl.hostEnd; h++)
            this.dc.flushHost(h, t);
        const peak = this.readLoads(cl, t);
        const lowPct = dpm.targetPct - dpm.tolerancePct;
        for (let h = cl.hostStart; h < cl.hostEnd; h++) {
            const l = this.load[h];
            if (!Number.isNaN(l) && l < lowPct) {
                if (Number.isNaN(this.lowSince[h]))
                    this.lowSince[h] = t - dpm.intervalMs;
            }
            else {
                this.lowSince[h] = NaN;
                this.skipped[h] = 0;
            }
        }
        const high = peak > dpm.targetPct + dpm.tolerancePct;
        if (high) {
            this.lastHigh[c] = t;
            if (Number.isNaN(this.highSince[c]))
                this.highSince[c] = t - dpm.intervalMs;
        }
        else
            this.highSince[c] = NaN;
        if (high && t - this.highSince[c] >= dpm.powerOnAfterMs) {
            const why = `demand: a host at ${peak.toFixed(0)} % for ${Math.round((t - this.highSince[c]) / MS_PER_MIN)} min`;
            if (this.wakeOne(cl, t, why))
                this.highSince[c] = NaN;
        }
        else if (!high && t - this.lastHigh[c] >= dpm.powerOffAfterMs) {
            const w = this.window[c];
            if (w >= 0)
                this.applyWindow(c, cl.power.schedule[w], t, false);
            else if (dpm.enabled)
                this.dpmPowerOff(c, t);
        }
        kernel.schedule(t + dpm.intervalMs, KIND_DPM_PASS, c, PASS, 0, PRIORITY_MODEL);
    }
    /** Candidates in the order DPM tries them (standby-candidates.ts), loads from the last pass. */
    candidates(cl, eligible) {
        return standbyCandidates(this.dc.world, cl, (h) => this.power.goingDown(h), (h) => this.load[h], eligible);
    }
    dpmPowerOff(c, t) {
        const cl = this.dc.world.clusters[c];
        const dpm = cl.power.dpm;
        const ready = (h) => !Number.isNaN(this.lowSince[h]) &&
            t - this.lowSince[h] >= dpm.powerOffAfterMs &&
            t - this.power.abortedAt[h] >= dpm.powerOffAfterMs;
        for (const h of this.candidates(cl, ready)) {
            const why = this.canRemove(cl, c, h, dpm.targetPct);
            const H = this.dc.world.hosts;
            if (why !== null) {
                if (this.skipped[h] === 0)
                    this.dc.emit({ t, type: 'host.power-skipped', host: H.ids[h], why: `DPM keeps it on: ${why}` });
                this.skipped[h] = 1;
                continue;
            }
            const reason = `dpm: ${this.load[h].toFixed(0)} % load, below ${dpm.targetPct - dpm.tolerancePct} % for ${Math.round((t - this.lowSince[h]) / MS_PER_MIN)} min`;
            if (this.power.powerDown(h, t, reason, 'dpm') === null)
                this.lowSince[h] = NaN;
        }
    }
    canRemove(cl, c, h, limitPct) {
        return standbyRefusal(this.dc.world, this.admission, cl, c, h, limitPct, (k) => this.power.goingDown(k));
    }
    /** Wake one standby host of the cluster (the lowest index; a host still going down first). */
    wakeOne(cl, t, reason) {
        const H = this.dc.world.hosts;
        for (const pick of [(h) => this.power.goingDown(h), (h) => H.state[h] === HOST_STANDBY]) {
            for (let h = cl.hostStart; h < cl.hostEnd; h++) {
                if (!pick(h) || this.power.retired[h] === 1)
                    continue;
                if (this.power.powerUp(h, t, reason) === null) {
                    this.byCalendar[h] = 0;
                    return true;
                }
            }
        }
        return false;
    }
    /** HA has VMs waiting in cluster c: wake every standby host there. */
    capacityNeeded(c, t) {
        const cl = this.dc.world.clusters[c];
        if (!this.managed(cl))
            return;
        const H = this.dc.world.hosts;
        for (let h = cl.hostStart; h < cl.hostEnd; h++)
            if (H.state[h] === HOST_STANDBY || this.power.goingDown(h)) {
                this.power.powerUp(h, t, 'HA: VMs waiting for capacity');
                this.byCalendar[h] = 0;
            }
    }
    windowStart(c, wi, t) {
        const cl = this.dc.world.clusters[c];
        this.window[c] = wi;
        this.applyWindow(c, cl.power.schedule[wi], t, true);
    }
    /** Put hosts into standby until window w's keepHosts / keepPct is reached; `report`: name a host that cannot go. */
    applyWindow(c, w, t, report) {
        const cl = this.dc.world.clusters[c];
        const H = this.dc.world.hosts;
        let total = 0;
        let onCap = 0;
        let on = 0;
        for (let h = cl.hostStart; h < cl.hostEnd; h++) {
            total += H.usableMhz[h];
            if (H.state[h] === HOST_ON && !this.power.goingDown(h)) {
                onCap += H.usableMhz[h];
                on++;
            }
        }
        const keepHosts = w.keepHosts ?? (w.keepPct === null ? 1 : 0);
        const keepCap = ((w.keepPct ?? 0) / 100) * total;
        const limit = cl.power.dpm.targetPct + cl.power.dpm.tolerancePct;
        const until = new Date(chainEnd(cl.power.schedule, this.dc.world.startEpochMs + t)).toISOString().slice(0, 16);
        for (const h of this.candidates(cl, () => true)) {
            if (on <= keepHosts)
                return;
            if (onCap - H.usableMhz[h] < keepCap - 1e-9)
                continue;
            const why = this.canRemove(cl, c, h, limit);
            if (why !== null) {
                if (report)
                    this.dc.emit({ t, type: 'host.power-skipped', host: H.ids[h], why: `window keeps ${on} hosts on, not ${keepHosts}: ${why}` });
                return;
            }
            if (this.power.powerDown(h, t, `power-window: keep ${keepHosts} host(s)${w.keepPct === null ? '' : ` and ${w.keepPct} % of capacity`} until ${until}Z`, 'power-window') === null) {
                this.byCalendar[h] = 1;
                on--;
                onCap -= H.usableMhz[h];
            }
        }
    }
    windowEnd(c, t) {
        const cl = this.dc.world.clusters[c];
        // Another window continues where this one ends: the hosts stay down.
        if (windowActiveAt(cl.power.schedule, this.dc.world.startEpochMs + t + this.maxBootMs(c)))
            return;
        this.window[c] = -1;
        for (let h = cl.hostStart; h < cl.hostEnd; h++) {
            if (this.byCalendar[h] !== 1)
                continue;
            this.byCalendar[h] = 0;
            this.power.powerUp(h, t, 'power-window: window ends');
        }
    }
}
//# sourceMappingURL=power-manager.js.map