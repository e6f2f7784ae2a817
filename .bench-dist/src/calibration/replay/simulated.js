export class SimulatedSink {
    world;
    cells;
    series;
    hostIndex;
    vmIndex;
    vmNames;
    prevGranted;
    cell = 0;
    constructor(world, hostGroups, vmGroups, cells) {
        this.world = world;
        this.cells = cells;
        const byHostGroup = new Map(world.hostGroups.map((g) => [g.name, g.hostStart]));
        const byVmGroup = new Map(world.groups.map((g) => [g.id.split('/').pop(), g.vmStart]));
        this.hostIndex = hostGroups.map((g) => {
            const h = byHostGroup.get(g);
            if (h === undefined)
                throw new Error(`internal error: host group ${g} is not in the replay world`);
            return h;
        });
        this.vmNames = [...vmGroups];
        this.vmIndex = vmGroups.map((g) => {
            const v = byVmGroup.get(g);
            if (v === undefined)
                throw new Error(`internal error: VM group ${g} is not in the replay world`);
            return v;
        });
        const nan = () => new Float64Array(cells).fill(NaN);
        this.series = {
            hosts: hostGroups.map((host) => ({ host, cpu: nan(), steal: nan(), ksm: nan(), swap: nan(), swapIn: nan(), swapOut: nan(), balloon: nan(), zswap: nan() })),
            vmGrantedCores: new Map(vmGroups.map((g) => [g, nan()])),
            vmReadyPct: new Map(vmGroups.map((g) => [g, nan()])),
        };
        this.prevGranted = new Float64Array(vmGroups.length);
    }
    onSample(f) {
        const k = this.cell++;
        if (k >= this.cells)
            return;
        const H = this.world.hosts;
        const V = this.world.vms;
        const dt = f.t1 - f.t0;
        this.hostIndex.forEach((h, i) => {
            const s = this.series.hosts[i];
            const cap = H.capacityMhz[h];
            const overhead = cap - H.usableMhz[h] + H.foreignMhz[h];
            s.cpu[k] = cap > 0 ? ((f.host.grantedMhz[h] + overhead) / cap) * 100 : NaN;
            s.steal[k] = f.host.readyPct[h];
            s.ksm[k] = f.host.sharedMiB[h];
            s.swap[k] = f.host.swappedMiB[h];
            s.swapIn[k] = f.host.swapInMiBps[h];
            s.swapOut[k] = f.host.swapOutMiBps[h];
            s.balloon[k] = f.host.balloonMiB[h];
            s.zswap[k] = f.host.compressedMiB[h];
        });
        this.vmIndex.forEach((v, i) => {
            const name = this.vmNames[i];
            const host = V.host[v];
            const granted = V.grantedInt[v];
            const coreMhz = host >= 0 ? H.coreMhz[host] : NaN;
            this.series.vmGrantedCores.get(name)[k] = (granted - this.prevGranted[i]) / dt / coreMhz;
            this.series.vmReadyPct.get(name)[k] = f.vm.readyPct[v];
            this.prevGranted[i] = granted;
        });
    }
}
//# sourceMappingURL=simulated.js.map