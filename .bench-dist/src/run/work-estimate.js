/**
 * Defaults: 2 × 10⁹ VM-steps is a few minutes of simulation at the measured 11 M VM-steps/s
 * (README, "Performance") and many times any shipped scenario; 4 GB of outputs is more than a
 * report viewer opens.
 */
export const DEFAULT_LIMITS = { vmSteps: 2e9, outputBytes: 4e9 };
const HOST_ROW_BYTES = 230;
const CLUSTER_ROW_BYTES = 265;
const VM_ROW_BYTES = 210;
/** report.json and report.html each hold the cluster and host series once more. */
const REPORT_COPIES = 2;
/** The viewer's code inside report.html. */
const VIEWER_BYTES = 1e6;
export function estimateWork(spec) {
    let vms = 0;
    let hosts = 0;
    for (const c of spec.clusters) {
        for (const g of c.hosts)
            hosts += g.count;
        for (const g of c.vms)
            vms += g.count;
    }
    const clusters = spec.clusters.length;
    const steps = Math.ceil(spec.duration / spec.step);
    const intervals = Math.ceil(spec.duration / (spec.outputs.interval ?? spec.step));
    const seriesBytes = intervals * (clusters * CLUSTER_ROW_BYTES + (spec.outputs.hostSeries ? hosts * HOST_ROW_BYTES : 0));
    return {
        vms,
        hosts,
        clusters,
        steps,
        intervals,
        vmSteps: vms * steps,
        outputBytes: seriesBytes * (1 + REPORT_COPIES) + vms * VM_ROW_BYTES * (1 + REPORT_COPIES) + VIEWER_BYTES,
    };
}
/** Why the run is beyond the limits (empty: within them). */
export function overLimits(e, limits = DEFAULT_LIMITS) {
    const out = [];
    if (e.vmSteps > limits.vmSteps) {
        out.push(`${count(e.vms)} VMs × ${count(e.steps)} steps = ${count(e.vmSteps)} VM-steps, over the limit of ${count(limits.vmSteps)}`);
    }
    if (e.outputBytes > limits.outputBytes) {
        out.push(`about ${bytes(e.outputBytes)} of outputs (${count(e.intervals)} intervals × ${count(e.hosts)} hosts and ${count(e.clusters)} cluster(s)), over the limit of ${bytes(limits.outputBytes)}`);
    }
    return out;
}
/** One line for the terminal: what the run will do. */
export function describeWork(e) {
    return `${count(e.vms)} VMs on ${count(e.hosts)} hosts, ${count(e.steps)} steps (${count(e.vmSteps)} VM-steps), about ${bytes(e.outputBytes)} of outputs`;
}
function count(n) {
    if (n >= 1e6)
        return n.toExponential(2).replace('e+', '×10^');
    return Math.round(n).toLocaleString('en-US');
}
function bytes(n) {
    const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
    let u = 0;
    while (n >= 1000 && u < units.length - 1) {
        n /= 1000;
        u++;
    }
    return `${n >= 100 || u === 0 ? Math.round(n) : n.toFixed(1)} ${units[u]}`;
}
//# sourceMappingURL=work-estimate.js.map