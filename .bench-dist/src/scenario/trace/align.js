export function alignToGroupStart(traces) {
    const starts = traces.map((t) => t.startEpochMs).filter((s) => s !== null);
    if (starts.length === 0)
        return [...traces];
    const origin = Math.min(...starts);
    return traces.map((t) => {
        const offset = t.startEpochMs === null ? 0 : t.startEpochMs - origin;
        if (offset <= 0)
            return t;
        const n = t.timesMs.length;
        const timesMs = new Float64Array(n + 1);
        const cpu = new Float32Array(n + 1);
        const memActive = t.memActive === null ? null : new Float32Array(n + 1);
        for (let i = 0; i < n; i++) {
            timesMs[i + 1] = t.timesMs[i] + offset;
            cpu[i + 1] = t.cpu[i];
            if (memActive !== null)
                memActive[i + 1] = t.memActive[i];
        }
        return { ...t, timesMs, cpu, memActive, startEpochMs: origin };
    });
}
//# sourceMappingURL=align.js.map