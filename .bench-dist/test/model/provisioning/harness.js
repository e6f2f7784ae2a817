import { simulate } from '../../../src/run/simulate.js';
import { scenarioFrom, SCENARIOS_DIR } from '../../helpers/sim.js';
export function labScenario(templates, vms, o = {}) {
    return scenarioFrom({
        name: 'lab',
        seed: o.seed ?? 1,
        start: '2026-03-02T00:00:00Z',
        duration: o.duration ?? '4h',
        step: o.step ?? '5m',
        templates,
        datastores: o.sharedDatastores ?? [],
        clusters: [
            {
                name: 'c1',
                placement: { algorithm: 'first-fit', maxVcpuPerCore: o.maxVcpuPerCore === undefined ? 4 : o.maxVcpuPerCore, maxMemoryOvercommit: 1.5 },
                ha: { enabled: o.ha ?? false },
                datastores: o.datastores ?? [],
                hosts: [
                    {
                        name: 'h',
                        count: o.hosts ?? 2,
                        sockets: 1,
                        coresPerSocket: o.cores ?? 16,
                        mhz: 2000,
                        memoryGiB: o.memoryGiB ?? 64,
                        hypervisor: { cpuOverheadPct: 0, memoryOverheadMiB: 0 },
                    },
                ],
                vms,
            },
        ],
        events: o.events ?? [],
    }, o.baseDir ?? SCENARIOS_DIR);
}
export function runLab(s) {
    const events = [];
    const r = simulate(s, { attach: () => ({ observers: [{ event: (e) => events.push(e) }] }) });
    return { r, events };
}
/** Events of one type, optionally for one VM. */
export function ofType(events, type, vm) {
    return events.filter((e) => e.type === type && (vm === undefined || e.vm === vm));
}
/** Index of a VM by id. */
export function vmIndex(r, id) {
    const v = r.world.vms.ids.indexOf(id);
    if (v < 0)
        throw new Error(`no VM ${id}`);
    return v;
}
export const HOUR = 3_600_000;
export const MINUTE = 60_000;
//# sourceMappingURL=harness.js.map