/**
 * CPU demand in MHz from a workload level. Two meanings of a level:
 * - relative (refMhz = 0): a fraction of the VM's vCPUs × the core MHz of the host it runs on,
 *   so the same level asks for more cycles on a faster host (the convention of PlanetLab files,
 *   which record utilisation of the machine they ran on);
 * - absolute (refMhz > 0): a fraction of a fixed reference capacity in MHz, so demand is the
 *   same number of cycles wherever the VM runs and a migration to a host of another speed keeps
 *   the work (GWA-T-12 Bitbrains files record "CPU usage [MHZ]": DOMAIN.md, Bitbrains / Materna
 *   traces; OpenDC replays them so, with a host's busy cores = MHz used / host core MHz).
 * Either way a VM cannot use more than vCPUs × the host's core MHz (one core per vCPU thread).
 */
/** MHz wanted by a VM at `level` with reference `refMhz` (0 = relative) and vCPU capacity `capMhz`. */
export function demandMhz(level, refMhz, capMhz) {
    const want = level * (refMhz > 0 ? refMhz : capMhz);
    return want < capMhz ? want : capMhz;
}
//# sourceMappingURL=demand.js.map