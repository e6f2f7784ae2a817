export function memoPerReport(compute) {
    const memo = new WeakMap();
    return (report, key) => {
        let cache = memo.get(report);
        if (!cache) {
            cache = new Map();
            memo.set(report, cache);
        }
        let v = cache.get(key);
        if (v === undefined) {
            v = compute(report, key);
            cache.set(key, v);
        }
        return v;
    };
}
//# sourceMappingURL=memo.js.map