function defOf(schema) {
    return schema._zod.def;
}
/** Wrappers that do not change which keys or elements a value has. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);
/**
 * Every schema on the way from `schema` through wrappers and pipe inputs, outermost first;
 * the last one is the structural node (object, array, union, string, …).
 */
export function unwrapChain(schema) {
    const chain = [schema];
    let current = schema;
    for (;;) {
        const def = defOf(current);
        const next = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
        if (next === undefined)
            return chain;
        chain.push(next);
        current = next;
    }
}
function structural(schema) {
    const chain = unwrapChain(schema);
    return chain[chain.length - 1];
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** For a union of objects, the option that applies to `raw` (by discriminator, else by key). */
function pickOption(def, raw, key) {
    const options = (def.options ?? []).map(structural);
    if (def.discriminator !== undefined && isPlainObject(raw)) {
        const tag = raw[def.discriminator];
        return options.find((o) => {
            const field = defOf(o).shape?.[def.discriminator];
            return field !== undefined && (defOf(structural(field)).values ?? []).includes(tag);
        });
    }
    if (key === undefined)
        return undefined;
    return options.find((o) => defOf(o).shape?.[String(key)] !== undefined);
}
/** One step down: the schema of `raw[key]` given the schema of `raw`. */
function child(schema, raw, key) {
    let node = structural(schema);
    let def = defOf(node);
    if (def.type === 'union') {
        const option = pickOption(def, raw, key);
        if (option === undefined)
            return undefined;
        node = option;
        def = defOf(node);
    }
    switch (def.type) {
        case 'object':
            return def.shape?.[String(key)];
        case 'array':
            return typeof key === 'number' ? def.element : undefined;
        case 'record':
            return def.valueType;
        default:
            return undefined;
    }
}
/**
 * The schema at `path` inside `root`, choosing union options by the raw data; `undefined`
 * when the path leaves the schema.
 */
export function schemaAt(root, rawRoot, path) {
    let schema = root;
    let raw = rawRoot;
    for (const key of path) {
        if (schema === undefined)
            return undefined;
        schema = child(schema, raw, key);
        raw = valueAt(raw, [key]);
    }
    return schema;
}
/** The keys an object schema at `path` accepts, in declaration order; `[]` if not an object. */
export function knownKeys(root, rawRoot, path) {
    const schema = schemaAt(root, rawRoot, path);
    if (schema === undefined)
        return [];
    let node = structural(schema);
    const def = defOf(node);
    if (def.type === 'union') {
        const raw = valueAt(rawRoot, path);
        const option = pickOption(def, raw, undefined);
        if (option === undefined)
            return [];
        node = option;
    }
    return Object.keys(defOf(node).shape ?? {});
}
/** The raw value at `path`, or `undefined` when the path does not exist. */
export function valueAt(raw, path) {
    let value = raw;
    for (const key of path) {
        if (Array.isArray(value) && typeof key === 'number')
            value = value[key];
        else if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key))
            value = value[key];
        else
            return undefined;
    }
    return value;
}
/** Whether `path` ends at a key that is absent from an object that does exist. */
export function isMissingKey(raw, path) {
    if (path.length === 0)
        return false;
    const parent = valueAt(raw, path.slice(0, -1));
    const key = path[path.length - 1];
    return isPlainObject(parent) && !Object.prototype.hasOwnProperty.call(parent, key);
}
/**
 * Whether `schema` is, or wraps, `named` (e.g. the exported `Duration`). Compared by
 * definition object, which `.meta()` and `.describe()` copies share with their original.
 */
export function wraps(schema, named) {
    if (schema === undefined)
        return false;
    const target = defOf(named);
    return unwrapChain(schema).some((s) => defOf(s) === target);
}
//# sourceMappingURL=schema-walk.js.map