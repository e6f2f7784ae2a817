import { MAX_SCENARIO_BYTES, readInputText } from '../scenario/input-file.js';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { renderPath } from '../scenario/errors.js';
import { problemsFromIssues } from '../scenario/issue-problems.js';
import { ScenarioEvent } from '../scenario/schema.js';
import { DatacenterSimulation } from './simulation-api.js';
export const Overlay = z
    .object({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'expected a name of letters, digits, ".", "_" or "-"').optional(),
    description: z.string().default(''),
    events: z.array(ScenarioEvent).default([]),
    clusters: z
        .array(z
        .object({
        id: z.string(),
        maxVcpuPerCore: z.number().positive().nullable().optional(),
        maxMemoryOvercommit: z.number().positive().nullable().optional(),
        drsThreshold: z.number().int().min(1).max(5).optional(),
        dpmTargetUtilPct: z.number().min(1).max(100).optional(),
    })
        .strict())
        .default([]),
    powerOffHosts: z.array(z.string()).default([]),
})
    .strict();
export class OverlayError extends Error {
    name = 'OverlayError';
}
/** Read and validate an overlay file; every problem names the file and the path in it. */
export function readOverlay(file) {
    let raw;
    try {
        raw = parseYaml(readInputText(file, MAX_SCENARIO_BYTES));
    }
    catch (err) {
        throw new OverlayError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const r = Overlay.safeParse(raw ?? {});
    if (!r.success) {
        const lines = problemsFromIssues(r.error.issues, Overlay, raw).map((p) => `  ${file}: ${renderPath(p.path)}: ${p.message}`);
        throw new OverlayError(`${file}: ${lines.length} problem${lines.length === 1 ? '' : 's'}\n${lines.join('\n')}`);
    }
    return { ...r.data, name: r.data.name ?? path.basename(file).replace(/\.(ya?ml|json)$/i, '') };
}
/**
 * Apply an overlay to a simulation at its current time: events are scheduled from now, policy
 * changes and power-offs happen now, each recorded as an `action` event. Returns the refusals.
 */
export function applyOverlay(sim, overlay) {
    const api = DatacenterSimulation.wrap(sim);
    const t = sim.now;
    const refused = [];
    const note = (what, r) => {
        if (!r.ok)
            refused.push(`${what}: ${r.error.message}`);
    };
    sim.model.emit({ t, type: 'action', action: 'whatif', target: overlay.name, ok: true, why: null, description: overlay.description });
    const hosts = new Set(sim.world.hosts.ids);
    const vms = new Set(sim.world.vms.ids);
    overlay.events.forEach((e, i) => {
        const bad = ('host' in e && !hosts.has(e.host)) || ('vm' in e && e.vm !== undefined && !vms.has(e.vm));
        if (bad)
            refused.push(`events[${i}]: unknown host or VM id`);
        else
            sim.scripted.add(e, t + e.at);
    });
    for (const c of overlay.clusters) {
        const { id, ...change } = c;
        note(`clusters ${id}`, api.setClusterPolicy(id, change));
    }
    for (const h of overlay.powerOffHosts)
        note(`powerOffHosts ${h}`, api.powerOffHost(h));
    return refused;
}
//# sourceMappingURL=overlay.js.map