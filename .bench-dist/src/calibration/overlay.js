/**
 * Scenario overlays: the fitted parameters as a small YAML file that applies to any scenario.
 *
 *   dcsimOverlay: 1
 *   description: fitted by dcsim calibrate on trace.ndjson
 *   hostGroups:          # merged into every host group whose hypervisor.flavour is kvm
 *     hypervisor:
 *       cpuOverheadPct: 3.1
 *       memory: { ksm: { enabled: true, pagesToScan: 125, sleepMs: 20 } }
 *   templates:           # merged into every template
 *     memory: { sharing: { zeroPct: 6.2 } }
 *
 * Merging is deep for mappings; a value (or a list) in the overlay replaces the scenario's.
 * The merged scenario goes through the normal loader, which checks every value.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
export const OVERLAY_VERSION = 1;
const Mapping = z.record(z.string(), z.unknown());
export const OverlaySchema = z
    .object({
    dcsimOverlay: z.literal(OVERLAY_VERSION),
    description: z.string().optional(),
    hostGroups: Mapping.optional().meta({ description: 'Merged into every KVM host group.' }),
    templates: Mapping.optional().meta({ description: 'Merged into every template.' }),
})
    .strict();
export class OverlayError extends Error {
}
function isObj(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
/** `base` with `over` merged in (a new object; neither input changes). */
export function deepMerge(base, over) {
    if (!isObj(base) || !isObj(over))
        return structuredClone(over);
    const out = structuredClone(base);
    for (const [k, v] of Object.entries(over))
        out[k] = k in out ? deepMerge(out[k], v) : structuredClone(v);
    return out;
}
/** Overlays merged left to right (later ones win). */
export function combineOverlays(...overlays) {
    let out = { dcsimOverlay: OVERLAY_VERSION };
    for (const o of overlays)
        out = deepMerge(out, o);
    return out;
}
/** Parses overlay YAML; every problem at once, each with its path. */
export function parseOverlay(text, file) {
    let raw;
    try {
        raw = parse(text);
    }
    catch (err) {
        throw new OverlayError(`${file}: not valid YAML: ${err.message.split('\n')[0] ?? ''}`);
    }
    const r = OverlaySchema.safeParse(raw);
    if (!r.success) {
        const lines = r.error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
        throw new OverlayError(`${lines.join('\n')}\n(an overlay has dcsimOverlay: 1 and optional description, hostGroups and templates)`);
    }
    return r.data;
}
/** Whether a host group (raw scenario object) is a KVM one. */
function isKvm(group) {
    return isObj(group) && isObj(group.hypervisor) && group.hypervisor.flavour === 'kvm';
}
/**
 * The scenario object with the overlay applied; throws OverlayError when the overlay sets host
 * groups and the scenario has no KVM host group to take them.
 */
export function applyOverlay(spec, overlay) {
    const out = structuredClone(spec);
    let kvm = 0;
    if (overlay.hostGroups && Object.keys(overlay.hostGroups).length > 0) {
        const clusters = Array.isArray(out.clusters) ? out.clusters : [];
        for (const c of clusters) {
            if (!isObj(c) || !Array.isArray(c.hosts))
                continue;
            c.hosts = c.hosts.map((g) => {
                if (!isKvm(g))
                    return g;
                kvm++;
                return deepMerge(g, overlay.hostGroups);
            });
        }
        if (kvm === 0)
            throw new OverlayError('the overlay sets host groups, but the scenario has no host group with hypervisor.flavour: kvm');
    }
    if (overlay.templates && isObj(out.templates)) {
        for (const [name, t] of Object.entries(out.templates))
            out.templates[name] = deepMerge(t, overlay.templates);
    }
    return out;
}
/**
 * Rewrites the trace paths of a scenario object read from `fromDir` so they resolve from
 * `toDir` (a merged scenario written elsewhere still finds its traces).
 */
export function rebaseTracePaths(spec, fromDir, toDir) {
    const out = structuredClone(spec);
    for (const c of Array.isArray(out.clusters) ? out.clusters : []) {
        if (!isObj(c) || !Array.isArray(c.vms))
            continue;
        for (const g of c.vms) {
            if (!isObj(g) || !isObj(g.workload) || g.workload.type !== 'trace' || typeof g.workload.path !== 'string')
                continue;
            const abs = resolve(fromDir, g.workload.path);
            const rel = relative(toDir, abs);
            g.workload.path = isAbsolute(rel) ? abs : rel.split('\\').join('/');
        }
    }
    return out;
}
//# sourceMappingURL=overlay.js.map