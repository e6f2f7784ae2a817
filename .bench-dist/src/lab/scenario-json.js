/**
 * A loaded Scenario as JSON and back, so the lab page gets exactly what `dcsim run` loads (the
 * scenario is parsed and checked once, in Node) without shipping the loader to the browser.
 * Non-finite numbers (an uncapped limit is Infinity) and -0 survive as {"$n": "…"}.
 */
import { deepFreeze } from '../scenario/scenario.js';
function encodeNumber(_key, value) {
    if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0)))
        return { $n: Object.is(value, -0) ? '-0' : String(value) };
    return value;
}
function decodeNumber(_key, value) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        const keys = Object.keys(value);
        if (keys.length === 1 && keys[0] === '$n')
            return Number(value.$n);
    }
    return value;
}
export function scenarioToJson(s) {
    return {
        spec: JSON.parse(JSON.stringify(s.spec, encodeNumber)),
        file: s.file,
        sha256: s.sha256,
        startEpochMs: s.startEpochMs,
        warnings: [...s.warnings],
        traces: [...s.traces].map(([key, vms]) => ({
            key,
            vms: vms.map((t) => ({ source: t.source, timesMs: Array.from(t.timesMs), cpu: Array.from(t.cpu), memActive: t.memActive ? Array.from(t.memActive) : null, refMhz: t.refMhz, startEpochMs: t.startEpochMs })),
        })),
    };
}
export function scenarioFromJson(j) {
    const spec = JSON.parse(JSON.stringify(j.spec), decodeNumber);
    const traces = new Map();
    for (const { key, vms } of j.traces) {
        // Shared arrays stay shared: VMs replaying one file get one array, as the loader gives them.
        const bySource = new Map();
        traces.set(key, vms.map((t) => {
            const seen = bySource.get(t.source);
            if (seen)
                return seen;
            const d = { source: t.source, timesMs: Float64Array.from(t.timesMs), cpu: Float32Array.from(t.cpu), memActive: t.memActive ? Float32Array.from(t.memActive) : null, refMhz: t.refMhz ?? null, startEpochMs: t.startEpochMs ?? null };
            bySource.set(t.source, d);
            return d;
        }));
    }
    return { spec: deepFreeze(spec), file: j.file, sha256: j.sha256, startEpochMs: j.startEpochMs, traces, warnings: [...j.warnings] };
}
//# sourceMappingURL=scenario-json.js.map