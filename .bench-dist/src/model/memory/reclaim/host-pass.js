export function newScratch() {
    return { weights: new Float64Array(64), caps: new Float64Array(64), out: new Float64Array(64), keyCount: new Int32Array(16) };
}
/** Grow the scratch to hold n VMs and `keys` sharing keys (doubling, so growth is amortised). */
export function ensureScratch(s, n, keys) {
    if (n > s.weights.length) {
        const size = Math.max(n, s.weights.length * 2);
        s.weights = new Float64Array(size);
        s.caps = new Float64Array(size);
        s.out = new Float64Array(size);
    }
    if (keys > s.keyCount.length)
        s.keyCount = new Int32Array(Math.max(keys, s.keyCount.length * 2));
}
/** Resident memory of VM v: touched less everything reclaimed (compressed pages' stored bytes stay). */
export function residentMiB(world, mem, v) {
    const VM = mem.vm;
    return (world.vms.touchedMiB[v] -
        VM.sharedMiB[v] -
        VM.balloonMiB[v] -
        (VM.compressedMiB[v] - VM.compressedStoredMiB[v]) -
        VM.swappedMiB[v]);
}
/** What VM v can still give: resident memory above its reservation that is not a compressed page. */
export function availableMiB(p, v) {
    const V = p.world.vms;
    const floor = Math.min(V.memReservationMiB[v], V.touchedMiB[v]);
    return Math.max(0, residentMiB(p.world, p.mem, v) - p.mem.vm.compressedStoredMiB[v] - floor);
}
/**
 * Share of VM v's reclaimed pages that are in its working set. Host-level reclamation picks
 * pages without knowing which the guest uses (ESXi swaps randomly chosen pages), and the
 * guest's accesses spread over its touched memory as its active share, so the hot share of a
 * reclaimed pool is active / touched.
 */
export function hotShare(world, v) {
    const V = world.vms;
    const touched = V.touchedMiB[v];
    return touched > 0 ? Math.min(1, V.activeMiB[v] / touched) : 0;
}
/**
 * Idle-memory-tax weights into scratch.weights: VMs with more idle memory per share give first.
 * Source: ESXi Mem.IdleTax (idle memory tax; Waldspurger, "Memory Resource Management in VMware
 * ESX Server", OSDI 2002).
 */
export function taxWeights(p) {
    const V = p.world.vms;
    const tax = p.mem.hostSettings.idleTax[p.h];
    const k = 1 / (1 - tax);
    for (let j = 0; j < p.n; j++) {
        const v = p.vms[j];
        const touched = V.touchedMiB[v];
        const active = touched > 0 ? Math.min(1, V.activeMiB[v] / touched) : 1;
        p.scratch.weights[j] = (residentMiB(p.world, p.mem, v) * (active + k * (1 - active))) / p.mem.vmSettings.shares[v];
    }
}
//# sourceMappingURL=host-pass.js.map