/**
 * A sweep point's verdict as the frontier grid and the points table show it: met, failed (by
 * which objectives, named shortly) or not binding, and the lines of its cell. Plain functions,
 * no DOM.
 */
import { num } from './format.js';
export const BOUND = {
    none: 'nothing bound',
    cpuCap: 'bound by the vCPU cap',
    memoryCap: 'bound by the memory cap',
    reservations: 'bound by reservations',
    rules: 'bound by rules',
    hostWidth: 'bound by host width',
};
/** "cpuReady.p95OfVmP95Pct<5" → "CPU ready"; other metrics by their last name. */
export function objectiveShort(text) {
    if (text.startsWith('cpuReady'))
        return 'CPU ready';
    if (text.startsWith('memory.peakSwapped') || text.startsWith('memory.swapped'))
        return 'swap';
    if (text.startsWith('availability'))
        return 'availability';
    if (text.startsWith('vmsUnplaceable'))
        return 'unplaceable VMs';
    const m = /^([A-Za-z.]+)/.exec(text);
    return (m?.[1] ?? text).split('.').pop();
}
/**
 * A point's state: not binding when none of its settings changed the placement (it only
 * repeats another point), else met or failed; a setting that did not bind there is noted
 * beside the verdict (cellLines), so the cell never vouches for it.
 */
export function cellState(p, parameters) {
    if (parameters > 0 && p.notBinding.length >= parameters)
        return 'not-binding';
    return p.meets ? 'met' : 'failed';
}
export function mean(p, metric) {
    return p.stats[metric]?.mean ?? null;
}
/** The cell's text: verdict, then the achieved density. */
export function cellLines(p, parameters) {
    const state = cellState(p, parameters);
    const verdict = state === 'met' ? 'met' : state === 'failed' ? `fails ${p.failing.map(objectiveShort).join(', ')}` : `not binding (${p.notBinding.join(', ')})`;
    const hosts = mean(p, 'density.hostsInUse');
    const vcpu = mean(p, 'density.vcpuPerCore');
    const lines = [verdict];
    if (hosts !== null && vcpu !== null)
        lines.push(`${num(hosts)} hosts · ${num(vcpu)} vCPU/core`);
    lines.push(BOUND[p.boundBy]);
    if (state !== 'not-binding' && p.notBinding.length > 0)
        lines.push(`not binding: ${p.notBinding.join(', ')}`);
    return lines;
}
