import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_HOST_FAILURE } from '../event-kinds.js';
import { HOST_FAILED } from '../lifecycle.js';
import { sampleHours } from './failure-distribution.js';
const MS_PER_HOUR = 3_600_000;
export class FailureInjector {
    dc;
    ha;
    models;
    seeds;
    counters;
    /** Observed time up and time to repair, per host group, for MTBF / MTTR. */
    failures;
    repairMsSum;
    constructor(dc, ha, modelOf, seedOf) {
        this.dc = dc;
        this.ha = ha;
        const H = dc.world.hosts;
        this.models = dc.world.hostGroups.map((_g, i) => modelOf(i));
        this.seeds = new Int32Array(H.n);
        this.counters = new Float64Array(H.n);
        this.failures = new Int32Array(dc.world.hostGroups.length);
        this.repairMsSum = new Float64Array(dc.world.hostGroups.length);
        for (let h = 0; h < H.n; h++)
            this.seeds[h] = seedOf(`failures/${H.ids[h]}`);
        dc.kernel.on(KIND_HOST_FAILURE, (h) => this.onFailure(h));
    }
    draw(h, d) {
        const { hours, used } = sampleHours(d, this.seeds[h], this.counters[h]);
        this.counters[h] = this.counters[h] + used;
        // Whole milliseconds, at least one: events stay on the integer clock.
        return Math.max(1, Math.round(hours * MS_PER_HOUR));
    }
    start() {
        const H = this.dc.world.hosts;
        for (let h = 0; h < H.n; h++)
            this.scheduleNext(h, this.dc.kernel.now);
    }
    scheduleNext(h, from) {
        const m = this.models[this.dc.world.hosts.hostGroup[h]];
        if (!m)
            return;
        const at = from + this.draw(h, m.timeBetweenFailures);
        if (at < this.dc.world.durationMs)
            this.dc.kernel.schedule(at, KIND_HOST_FAILURE, h, 0, 0, PRIORITY_MODEL);
    }
    onFailure(h) {
        const t = this.dc.kernel.now;
        const H = this.dc.world.hosts;
        const g = H.hostGroup[h];
        const m = this.models[g];
        // A host already down (scripted failure, domain failure) skips this one and draws the next.
        if (H.state[h] === HOST_FAILED) {
            this.scheduleNext(h, t);
            return;
        }
        const repair = this.draw(h, m.repair);
        this.failures[g] = this.failures[g] + 1;
        this.repairMsSum[g] = this.repairMsSum[g] + repair;
        this.ha.failHost(h, t, repair, 'random');
        // The next failure is drawn from the repair on: time between failures is time up.
        this.scheduleNext(h, t + repair);
    }
}
//# sourceMappingURL=failure-injector.js.map