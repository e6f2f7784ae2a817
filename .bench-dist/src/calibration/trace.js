/**
 * The normalized calibration trace: what every importer produces and replay and fit read.
 * Times are ms from the trace start (`startEpochMs`, when the format has absolute time).
 * Cumulative counters are already differenced: a rate holds over [t0, t1); a gauge is a
 * reading at t. An empty series means the source did not have that figure.
 */
export const EMPTY_RATE = { t0: new Float64Array(0), t1: new Float64Array(0), v: new Float64Array(0) };
export const EMPTY_GAUGE = { t: new Float64Array(0), v: new Float64Array(0) };
export const NO_SETTINGS = {
    ksmRun: null,
    ksmPagesToScan: null,
    ksmSleepMs: null,
    zswapEnabled: null,
    zswapCompressor: null,
    zswapMaxPoolPct: null,
};
export const TRACE_FORMATS = ['ndjson', 'domstats', 'capture-dir', 'prometheus', 'ksm-csv', 'bitbrains', 'planetlab', 'generic-csv'];
/** Formats a problem as `file:line: message`, the way the scenario loader does. */
export function formatImportProblem(p) {
    return `${p.file}:${p.line}: ${p.message}`;
}
/** Number of readings in a series. */
export function seriesLength(s) {
    return s.v.length;
}
/** A host trace with only what `part` gives; every other series empty. */
export function hostWith(info, vms, part = {}) {
    return {
        info,
        settings: NO_SETTINGS,
        vms,
        cpuBusyPct: EMPTY_RATE,
        stealPct: EMPTY_RATE,
        ksmPagesSharing: EMPTY_GAUGE,
        ksmPagesShared: EMPTY_GAUGE,
        swapUsedMiB: EMPTY_GAUGE,
        swapInMiBps: EMPTY_RATE,
        swapOutMiBps: EMPTY_RATE,
        zswapPoolMiB: EMPTY_GAUGE,
        memAvailableMiB: EMPTY_GAUGE,
        ...part,
    };
}
/** A VM trace with only what `part` gives; every other series empty. */
export function vmWith(name, part = {}) {
    return {
        name,
        vcpus: null,
        memoryMiB: null,
        cpuCores: EMPTY_RATE,
        cpuRefMhz: null,
        stealCores: EMPTY_RATE,
        balloonMiB: EMPTY_GAUGE,
        rssMiB: EMPTY_GAUGE,
        guestUsedMiB: EMPTY_GAUGE,
        diskReadMiBps: EMPTY_RATE,
        diskWriteMiBps: EMPTY_RATE,
        netRxMiBps: EMPTY_RATE,
        netTxMiBps: EMPTY_RATE,
        ...part,
    };
}
/** Host info with nothing known but the name. */
export function unknownHost(name, note) {
    return { name, cpus: null, mhz: null, memoryMiB: null, notes: [note] };
}
//# sourceMappingURL=trace.js.map