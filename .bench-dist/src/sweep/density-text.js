/** Short names of the binding constraints. */
export const BINDING_WORDS = {
    none: 'nothing (every host had room)',
    cpuCap: 'the vCPU:pCPU cap',
    memoryCap: 'the memory cap',
    reservations: 'reservations',
    rules: 'placement rules',
    hostWidth: 'host width (VMs wider than a host)',
};
const cap = (x) => (x === null ? 'no cap' : `cap ${trim(x)}`);
/** 4 → "4", 1.25 → "1.25", 1.2345 → "1.23". */
export function trim(x) {
    return String(Math.round(x * 100) / 100);
}
/** "5 of 20 hosts in use (15 spare, left on)". */
export function hostsInUseText(d, hosts) {
    const spare = d.hostsSpare > 0 ? ` (${d.hostsSpare} spare, ${{ on: 'left on, their idle energy counted', standby: 'put in standby, only their standby draw counted', mixed: 'on in some clusters, in standby in others' }[d.spareHosts]})` : '';
    return `${d.hostsInUse} of ${hosts} hosts in use${spare}`;
}
/** The counts of placements per binding constraint, largest first: "memory cap 103, none 25". */
export function boundByText(d) {
    const names = { none: 'none', cpuCap: 'vCPU cap', memoryCap: 'memory cap', reservations: 'reservations', rules: 'rules', hostWidth: 'host width' };
    const parts = Object.entries(d.boundBy)
        .map(([k, n]) => [k, n + (d.unplacedBoundBy[k] ?? 0)])
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([k, n]) => `${names[k]} ${n}`);
    return parts.length === 0 ? 'no placements' : parts.join(', ');
}
/** Two terminal lines: hosts in use and ratios beside the caps, and the binding counts. */
export function renderDensity(d, hosts) {
    return (`  density     at placement: ${hostsInUseText(d, hosts)}\n` +
        `              vCPU:pCPU ${d.vcpuPerCore.toFixed(2)} (busiest host ${d.busiestVcpuPerCore.toFixed(2)}, ${cap(d.maxVcpuPerCore)})` +
        `   memory ${d.memoryOvercommit.toFixed(2)} (busiest ${d.busiestMemoryOvercommit.toFixed(2)}, ${cap(d.maxMemoryOvercommit)})\n` +
        `              bound by ${BINDING_WORDS[d.binding]}; placements by binding constraint: ${boundByText(d)}\n`);
}
//# sourceMappingURL=density-text.js.map