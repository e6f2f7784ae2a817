/**
 * DRS-style load balancing (DOMAIN.md, Placement and balancing): every `drs.interval` a pass per
 * cluster makes the mandatory moves first — evacuating hosts in maintenance, then VMs that break
 * a rule where a host satisfying it exists — and then, at threshold ≥ 2, balancing moves while
 * the host-load standard deviation exceeds the threshold's tolerance plus the drift the imbalance
 * shows between passes by itself (policy.ts). Each balancing move is the single best one from the
 * most loaded host, taken only if it lowers the deviation by at least the minimum goodness (the
 * tolerance over the hosts on, policy.ts) and by more than that drift, and pays back its migration
 * cost: Gulati et al. 2012 count a move's benefit only over the time the load stays as it is, and
 * an improvement smaller than the drift is gone by the next pass. Moves off a host at 81 % or more
 * skip the minimum (its VMs gain CPU from any move). A VM DRS moved in the last 3 passes is left alone.
 */
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_DRS_PASS } from '../event-kinds.js';
import { HOST_ON, VM_RUNNING } from '../lifecycle.js';
import { migrationReject } from '../migration/destination.js';
import { estimateMigration } from '../migration/estimate.js';
import { rulesFilter } from '../placement/filters.js';
import { hostLoads, imbalance, imbalanceAfterMove, usageImbalance } from './imbalance.js';
import { Maintenance } from './maintenance.js';
import { hostHasSlot, passView, pickDestination, startMove } from './moves.js';
import { imbalanceTolerance, minGoodness, paysBack } from './policy.js';
/** A VM DRS moved is not moved again for balance within this many passes (no ping-pong). */
export const RECENT_PASSES = 3;
/**
 * Host load from which its VMs start to queue for CPU (ready time rises well before 100 %: the
 * DPM range's top, 81 %, DOMAIN.md Power and energy); moves off such a host skip the minimum goodness.
 */
const CONTENDED = 0.81;
/**
 * Per pass, the remembered imbalance drift shrinks by this factor: a wobble seen once is
 * forgotten over about 20 passes (0.9^20 ≈ 0.12).
 */
const DRIFT_DECAY = 0.9;
/** Moves that lower the deviation by less than this are float noise, not gains. */
const MIN_GAIN = 1e-9;
export class Balancer {
    dc;
    migrator;
    maintenance;
    /** Imbalance measured at each cluster's latest pass (NaN before the first). */
    latest;
    passes;
    /** Per VM: the pass (of its cluster) in which DRS last moved it. */
    movedAt;
    /** Per cluster: the imbalance the last pass left (NaN before), its drift since, hosts on then. */
    expected;
    drift;
    hostsOn;
    loads = new Float64Array(0);
    /**
     * Registers the pass handler and schedules each DRS-enabled cluster's first pass one interval
     * from now. Pass the run's Maintenance when one exists (there can be only one per kernel).
     */
    constructor(dc, migrator, maintenance) {
        this.dc = dc;
        this.migrator = migrator;
        const { world, kernel } = dc;
        this.latest = new Float64Array(world.clusters.length).fill(NaN);
        this.passes = new Int32Array(world.clusters.length);
        this.movedAt = new Int32Array(world.vms.n).fill(-RECENT_PASSES - 1);
        this.expected = new Float64Array(world.clusters.length).fill(NaN);
        this.drift = new Float64Array(world.clusters.length);
        this.hostsOn = new Int32Array(world.clusters.length);
        this.maintenance = maintenance ?? new Maintenance(dc, migrator);
        kernel.on(KIND_DRS_PASS, (ci) => this.onPass(ci));
        world.clusters.forEach((c, ci) => {
            if (c.drs.enabled)
                kernel.schedule(kernel.now + c.drs.intervalMs, KIND_DRS_PASS, ci, 0, 0, PRIORITY_MODEL);
        });
    }
    /** The imbalance (host-load standard deviation) cluster ci had at its latest pass. */
    imbalanceOf(ci) {
        return this.latest[ci];
    }
    /** The imbalance cluster ci has now (whether or not DRS runs there). */
    measure(ci) {
        const cluster = this.dc.world.clusters[ci];
        const n = cluster.hostEnd - cluster.hostStart;
        if (this.loads.length < n)
            this.loads = new Float64Array(n);
        hostLoads(this.dc.world, cluster, this.loads);
        return imbalance(this.loads, n);
    }
    enterMaintenance(h, t, durationMs) {
        return this.maintenance.enter(h, t, durationMs);
    }
    exitMaintenance(h, t) {
        return this.maintenance.exit(h, t);
    }
    onPass(ci) {
        const t = this.dc.kernel.now;
        this.runPass(ci, t);
        const c = this.dc.world.clusters[ci];
        this.dc.kernel.schedule(t + c.drs.intervalMs, KIND_DRS_PASS, ci, 0, 0, PRIORITY_MODEL);
    }
    /** One DRS pass over cluster ci at t; returns the number of migrations it started. */
    runPass(ci, t) {
        const before = this.migrator.records.length;
        const pass = ++this.passes[ci];
        this.latest[ci] = this.measure(ci);
        const view = passView(this.dc.world, ci);
        this.trackDrift(view);
        this.maintenance.evacuate(ci, t, view);
        this.fixRules(view, t);
        if (view.cluster.drs.threshold >= 2)
            this.balance(view, pass, t);
        this.expected[ci] = usageImbalance(view.usage);
        return this.migrator.records.length - before;
    }
    /**
     * How much the imbalance moves between passes by itself: the change from what the last pass
     * left (its moves counted) to what this pass finds, as a maximum that decays by DRIFT_DECAY
     * per pass. Passes across a host power change are not counted: that change is structural.
     */
    trackDrift(view) {
        const { ci, cluster } = view;
        const H = this.dc.world.hosts;
        let on = 0;
        for (let h = cluster.hostStart; h < cluster.hostEnd; h++)
            if (H.state[h] === HOST_ON)
                on++;
        const now = usageImbalance(view.usage);
        const prev = this.expected[ci];
        const decayed = this.drift[ci] * DRIFT_DECAY;
        this.drift[ci] = !Number.isNaN(prev) && on === this.hostsOn[ci] ? Math.max(decayed, Math.abs(now - prev)) : decayed;
        this.hostsOn[ci] = on;
    }
    /** The imbalance drift cluster ci shows between passes (trackDrift). */
    driftOf(ci) {
        return this.drift[ci];
    }
    clusterFull(view) {
        return this.migrator.activeIn(view.ci) >= view.cluster.drs.maxConcurrentPerCluster;
    }
    /** VMs on hosts that are on and break a rule, moved where it holds (must rules first relax should ones). */
    fixRules(view, t) {
        const { world } = this.dc;
        const V = world.vms;
        const H = world.hosts;
        const { cluster } = view;
        for (let v = cluster.vmStart; v < cluster.vmEnd; v++) {
            if (world.vmRules.get(v) === undefined || V.state[v] !== VM_RUNNING)
                continue;
            const h = V.host[v];
            if (h < 0 || H.state[h] !== HOST_ON || !hostHasSlot(world, cluster, h))
                continue;
            const mustBroken = rulesFilter(world, cluster, h, v, false) !== 0;
            if (!mustBroken && rulesFilter(world, cluster, h, v, true) === 0)
                continue;
            if (this.clusterFull(view))
                return;
            let withShould = true;
            let d = pickDestination(world, view, v, true);
            if (d.host < 0 && mustBroken && !d.fits) {
                withShould = false;
                d = pickDestination(world, view, v, false);
            }
            if (d.host >= 0)
                startMove(this.dc, this.migrator, view, v, d.host, 'rule', withShould, t);
        }
    }
    /** Balancing moves from the most loaded host while the deviation exceeds the tolerance. */
    balance(view, pass, t) {
        const { world } = this.dc;
        const H = world.hosts;
        const V = world.vms;
        const { cluster, usage } = view;
        const tolerance = imbalanceTolerance(cluster.drs.threshold);
        let capacityMhz = 0;
        let on = 0;
        for (let h = cluster.hostStart; h < cluster.hostEnd; h++)
            if (H.state[h] === HOST_ON) {
                capacityMhz += H.usableMhz[h];
                on++;
            }
        const minGain = Math.max(minGoodness(cluster.drs.threshold, on), this.drift[view.ci]);
        for (;;) {
            const before = usageImbalance(usage);
            // An imbalance within the tolerance plus the drift may be gone by the next pass on its own.
            if (!(before > tolerance + this.drift[view.ci]) || this.clusterFull(view))
                return;
            const from = this.mostLoaded(view);
            if (from < 0 || !hostHasSlot(world, cluster, from))
                return;
            let bestVm = -1;
            let bestTo = -1;
            // A contended source gains CPU for its VMs from any move; elsewhere small moves are noise.
            const k = from - cluster.hostStart;
            const contended = Math.max(usage.cpu[k], usage.mem[k]) >= CONTENDED;
            let bestAfter = before - (contended ? MIN_GAIN : Math.max(MIN_GAIN, minGain));
            for (let v = H.firstVm[from]; v >= 0; v = V.next[v]) {
                if (V.state[v] !== VM_RUNNING || pass - this.movedAt[v] <= RECENT_PASSES)
                    continue;
                for (let h = cluster.hostStart; h < cluster.hostEnd; h++) {
                    if (h === from || !hostHasSlot(world, cluster, h) || migrationReject(world, cluster, h, v, true) !== 0)
                        continue;
                    const after = imbalanceAfterMove(world, cluster, usage, v, from, h);
                    if (!(after < bestAfter))
                        continue;
                    const est = estimateMigration(world, v, from, h);
                    if (!est.plan.converged)
                        continue;
                    if (!paysBack(before - after, capacityMhz, cluster.drs.paybackMs, est.cpuMhzFrom + est.cpuMhzTo, est.plan.durationMs))
                        continue;
                    bestVm = v;
                    bestTo = h;
                    bestAfter = after;
                }
            }
            if (bestVm < 0)
                return;
            if (startMove(this.dc, this.migrator, view, bestVm, bestTo, 'balance', true, t) !== null)
                return;
            this.movedAt[bestVm] = pass;
        }
    }
    /** The host with the highest load in the view (lowest index on ties), -1 when none is on. */
    mostLoaded(view) {
        const { cluster, usage } = view;
        let best = -1;
        let load = -Infinity;
        for (let k = 0; k < usage.cpu.length; k++) {
            const l = Math.max(usage.cpu[k], usage.mem[k]);
            if (l > load) {
                best = cluster.hostStart + k;
                load = l;
            }
        }
        return best;
    }
}
//# sourceMappingURL=drs.js.map