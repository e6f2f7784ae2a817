/** The key of a VM group in `Scenario.traces`. */
export function traceKey(clusterIndex, vmGroupIndex) {
    return `${clusterIndex}/${vmGroupIndex}`;
}
/**
 * Freezes plain objects and arrays recursively, so later phases cannot change their shared
 * input, and returns the same value. Typed arrays cannot be frozen (JavaScript forbids it)
 * and a Map's entries stay settable at run time, so those are protected by their read-only
 * types only; their contents are still visited.
 */
export function deepFreeze(value) {
    const seen = new Set();
    const visit = (v) => {
        if (typeof v !== 'object' || v === null || seen.has(v) || ArrayBuffer.isView(v))
            return;
        seen.add(v);
        if (v instanceof Map) {
            for (const entry of v.values())
                visit(entry);
            return;
        }
        for (const key of Object.keys(v))
            visit(v[key]);
        Object.freeze(v);
    };
    visit(value);
    return value;
}
//# sourceMappingURL=scenario.js.map