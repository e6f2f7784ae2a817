export class History {
    constructor(clusters) {
        /** Points over the focus, computed once each (the charts read them every frame). */
        this.points = [];
        this.pointsFocus = null;
        this.rows = Array.from({ length: clusters }, () => []);
    }
    add(rows) {
        for (const r of rows)
            this.rows[r.cluster]?.push(r);
    }
    /** Interval k over the focus, from the cache. */
    at(k, focus) {
        if (focus !== this.pointsFocus) {
            this.points = [];
            this.pointsFocus = focus;
        }
        // Only complete intervals (every cluster's row in) are cached.
        while (this.points.length < this.length)
            this.points.push(this.point(this.points.length, focus));
        return this.points[k] ?? this.point(k, focus);
    }
    /** Intervals every cluster has a row for. */
    get length() {
        let n = Infinity;
        for (const r of this.rows)
            n = Math.min(n, r.length);
        return Number.isFinite(n) ? n : 0;
    }
    /** Interval k over the clusters in `focus` (all when null): sums, ready weighted by demand. */
    point(k, focus) {
        const list = focus === null ? this.rows.map((r) => r[k]) : [this.rows[focus]?.[k]];
        let capacityMhz = 0, demandMhz = 0, grantedMhz = 0, ready = 0, p95 = 0, vmsDown = 0, failover = Infinity, powerW = 0, energyWh = 0, consumedMiB = 0, memoryMiB = 0, balloonMiB = 0, swappedMiB = 0, t = 0;
        for (const r of list) {
            if (!r)
                continue;
            t = r.t;
            capacityMhz += r.capacityMhz;
            demandMhz += r.demandMhz;
            grantedMhz += r.grantedMhz;
            ready += r.readyMeanPct * r.demandMhz;
            p95 = Math.max(p95, r.readyP95Pct);
            vmsDown += r.vmsDown;
            if (Number.isFinite(r.failoverHosts))
                failover = Math.min(failover, r.failoverHosts);
            powerW += r.powerW;
            energyWh += r.energyWh;
            consumedMiB += r.consumedMiB;
            memoryMiB += r.memoryMiB;
            balloonMiB += r.balloonMiB;
            swappedMiB += r.swappedMiB;
        }
        return {
            t, capacityMhz, demandMhz, grantedMhz,
            readyMeanPct: demandMhz > 0 ? ready / demandMhz : 0,
            readyP95Pct: p95, vmsDown, failoverHosts: Number.isFinite(failover) ? failover : NaN,
            powerW, energyWh, consumedMiB, memoryMiB, balloonMiB, swappedMiB,
        };
    }
    /** Totals so far over the clusters in focus: energy (kWh), mean ready, peak ready p95, peak power. */
    totals(focus) {
        let energy = 0, ready = 0, weight = 0, peak = 0, power = 0;
        for (let k = 0; k < this.length; k++) {
            const p = this.at(k, focus);
            energy += p.energyWh;
            ready += p.readyMeanPct * p.demandMhz;
            weight += p.demandMhz;
            peak = Math.max(peak, p.readyP95Pct);
            power = Math.max(power, p.powerW);
        }
        return { energyKWh: energy / 1000, meanReadyPct: weight > 0 ? ready / weight : 0, peakP95Pct: peak, peakPowerKW: power / 1000 };
    }
}
