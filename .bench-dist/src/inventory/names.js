/**
 * Inventory names made into scenario names (they become parts of ids such as
 * dc1/cluster-a/esx-003, so only letters, digits, ".", "_" and "-"), kept distinct.
 */
/** `name` with every other character replaced by "-", never empty, starting with a letter or digit. */
export function scenarioName(name, fallback) {
    const s = name.trim().replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '').replace(/-+$/, '');
    return s === '' ? fallback : s;
}
/** Hands out names unique within one scope: a repeated one gets "-2", "-3", … */
export class NameScope {
    used = new Set();
    take(name) {
        let out = name;
        for (let k = 2; this.used.has(out.toLowerCase()); k++)
            out = `${name}-${k}`;
        this.used.add(out.toLowerCase());
        return out;
    }
}
//# sourceMappingURL=names.js.map