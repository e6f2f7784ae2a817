/**
 * Scenario paths for sweeps: `clusters[0].placement.maxVcpuPerCore` parsed to segments, the
 * friendly aliases (`cpu.overcommit`, `memory.overcommit`) expanded against a scenario, and an
 * override applied to the raw (not yet validated) scenario object. Validation of the value is
 * left to the scenario loader, which sees the overridden document like any other.
 */
export class PathError extends Error {
}
const KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
/** `a.b[0]["odd key"].c` → ['a', 'b', 0, 'odd key', 'c']; throws PathError on bad syntax. */
export function parsePath(text) {
    const out = [];
    let i = 0;
    const fail = (why) => {
        throw new PathError(`bad path '${text}': ${why} at character ${i + 1}`);
    };
    if (text.length === 0)
        fail('empty path');
    while (i < text.length) {
        const c = text[i];
        if (c === '[') {
            // An index, or a JSON string (which may itself hold ']').
            const m = /^\[(?:(\d+)|("(?:[^"\\]|\\.)*"))\]/.exec(text.slice(i));
            if (!m)
                fail(`expected an index or a "quoted key" inside [ ]`);
            const [all, index, quoted] = m;
            out.push(index !== undefined ? Number(index) : JSON.parse(quoted));
            i += all.length;
        }
        else {
            if (c === '.') {
                if (out.length === 0)
                    fail("a path cannot start with '.'");
                i++;
            }
            else if (out.length > 0)
                fail("expected '.' or '['");
            const m = KEY.exec(text.slice(i));
            if (!m)
                fail('expected a key');
            out.push(m[0]);
            i += m[0].length;
        }
    }
    return out;
}
/** Inverse of parsePath, in the loader's notation (`clusters[0].placement`). */
export function formatPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else if (/^[A-Za-z_$][A-Za-z0-9_$-]*$/.test(seg))
            s += s === '' ? seg : `.${seg}`;
        else
            s += `[${JSON.stringify(seg)}]`;
    }
    return s;
}
/** Aliases: a friendly name → the field it sets in every cluster's placement. */
export const ALIASES = {
    'cpu.overcommit': { field: 'maxVcpuPerCore', description: "every cluster's placement.maxVcpuPerCore (vCPU:pCPU cap)" },
    'memory.overcommit': { field: 'maxMemoryOvercommit', description: "every cluster's placement.maxMemoryOvercommit" },
};
/**
 * The concrete paths a parameter name sets in this raw scenario: an alias fans out to every
 * cluster; any other name is a path set as written.
 */
export function targetsOf(name, raw) {
    const alias = ALIASES[name];
    if (alias === undefined) {
        const path = parsePath(name);
        if (path[0] === 'seed')
            throw new PathError("'seed' cannot be swept: replications take their seeds from the root seed (use --replications and --seed)");
        if (path[0] === 'sweep')
            throw new PathError("the sweep section cannot be swept");
        return [path];
    }
    const clusters = isRecord(raw) ? raw['clusters'] : undefined;
    const n = Array.isArray(clusters) ? clusters.length : 0;
    if (n === 0)
        throw new PathError(`'${name}' sets ${alias.description}, but the scenario has no clusters`);
    return Array.from({ length: n }, (_, k) => ['clusters', k, 'placement', alias.field]);
}
function isRecord(x) {
    return typeof x === 'object' && x !== null && !Array.isArray(x);
}
/** A deep copy of `raw` with every assignment applied in order. */
export function withAssignments(raw, assignments) {
    const root = structuredClone(raw);
    for (const a of assignments)
        setAt(root, a.path, a.value);
    return root;
}
/**
 * Sets `value` at `path` in `root` (in place). Missing objects on the way are created (the
 * schema then names any unknown key with a suggestion); indexes must exist; a path through a
 * value that is neither a mapping nor a list is an error.
 */
export function setAt(root, path, value) {
    if (path.length === 0)
        throw new PathError('an empty path sets nothing');
    let at = root;
    for (let k = 0; k < path.length; k++) {
        const seg = path[k];
        const last = k === path.length - 1;
        const where = formatPath(path.slice(0, k)) || '(root)';
        if (typeof seg === 'number') {
            if (!Array.isArray(at))
                throw new PathError(`${where} is not a list, so [${seg}] does not exist`);
            if (seg >= at.length)
                throw new PathError(`${where} has ${at.length} entr${at.length === 1 ? 'y' : 'ies'}, so [${seg}] is out of range`);
            if (last)
                at[seg] = value;
            else
                at = at[seg];
        }
        else {
            if (!isRecord(at))
                throw new PathError(`${where} is not a mapping, so it has no key '${seg}'`);
            if (last)
                at[seg] = value;
            else {
                if (at[seg] === undefined || at[seg] === null)
                    at[seg] = {};
                at = at[seg];
            }
        }
    }
}
/** Parses one value as written: numbers, true / false, null, else text ("quoted" forces text). */
export function parseValue(text) {
    const t = text.trim();
    if (/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(t))
        return Number(t);
    if (t === 'true')
        return true;
    if (t === 'false')
        return false;
    if (t === 'null')
        return null;
    if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'"))))
        return t.slice(1, -1);
    return t;
}
/** How a value is shown in labels and CSV cells. */
export function showValue(v) {
    return v === null ? 'null' : String(v);
}
//# sourceMappingURL=paths.js.map