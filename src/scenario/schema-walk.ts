/**
 * Finds the zod schema that governs a path in the raw data, so messages can name the keys
 * an object accepts ("did you mean …?") and recognise named types such as `Duration`.
 *
 * Reads zod 4's `_zod.def` structure; only the node kinds the scenario schema uses are
 * followed, anything else ends the walk with `undefined`.
 */
import type { z } from 'zod';

/** The parts of zod 4's definition objects that the walk reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** Wrappers that do not change which keys or elements a value has. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'catch', 'readonly', 'nonoptional']);

/**
 * Every schema on the way from `schema` through wrappers and pipe inputs, outermost first;
 * the last one is the structural node (object, array, union, string, …).
 */
export function unwrapChain(schema: z.ZodType): z.ZodType[] {
  const chain = [schema];
  let current = schema;
  for (;;) {
    const def = defOf(current);
    const next = WRAPPERS.has(def.type) ? def.innerType : def.type === 'pipe' ? def.in : undefined;
    if (next === undefined) return chain;
    chain.push(next);
    current = next;
  }
}

function structural(schema: z.ZodType): z.ZodType {
  const chain = unwrapChain(schema);
  return chain[chain.length - 1] as z.ZodType;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** For a union of objects, the option that applies to `raw` (by discriminator, else by key). */
function pickOption(def: Def, raw: unknown, key: PropertyKey | undefined): z.ZodType | undefined {
  const options = (def.options ?? []).map(structural);
  if (def.discriminator !== undefined && isPlainObject(raw)) {
    const tag = raw[def.discriminator];
    return options.find((o) => {
      const field = defOf(o).shape?.[def.discriminator as string];
      return field !== undefined && (defOf(structural(field)).values ?? []).includes(tag);
    });
  }
  if (key === undefined) return undefined;
  return options.find((o) => defOf(o).shape?.[String(key)] !== undefined);
}

/** One step down: the schema of `raw[key]` given the schema of `raw`. */
function child(schema: z.ZodType, raw: unknown, key: PropertyKey): z.ZodType | undefined {
  let node = structural(schema);
  let def = defOf(node);
  if (def.type === 'union') {
    const option = pickOption(def, raw, key);
    if (option === undefined) return undefined;
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
export function schemaAt(root: z.ZodType, rawRoot: unknown, path: readonly PropertyKey[]): z.ZodType | undefined {
  let schema: z.ZodType | undefined = root;
  let raw = rawRoot;
  for (const key of path) {
    if (schema === undefined) return undefined;
    schema = child(schema, raw, key);
    raw = valueAt(raw, [key]);
  }
  return schema;
}

/** The keys an object schema at `path` accepts, in declaration order; `[]` if not an object. */
export function knownKeys(root: z.ZodType, rawRoot: unknown, path: readonly PropertyKey[]): string[] {
  const schema = schemaAt(root, rawRoot, path);
  if (schema === undefined) return [];
  let node = structural(schema);
  const def = defOf(node);
  if (def.type === 'union') {
    const raw = valueAt(rawRoot, path);
    const option = pickOption(def, raw, undefined);
    if (option === undefined) return [];
    node = option;
  }
  return Object.keys(defOf(node).shape ?? {});
}

/** The raw value at `path`, or `undefined` when the path does not exist. */
export function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value = raw;
  for (const key of path) {
    if (Array.isArray(value) && typeof key === 'number') value = value[key];
    else if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key)) value = value[key as string];
    else return undefined;
  }
  return value;
}

/** Whether `path` ends at a key that is absent from an object that does exist. */
export function isMissingKey(raw: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(raw, path.slice(0, -1));
  const key = path[path.length - 1] as PropertyKey;
  return isPlainObject(parent) && !Object.prototype.hasOwnProperty.call(parent, key);
}

/**
 * Whether `schema` is, or wraps, `named` (e.g. the exported `Duration`). Compared by
 * definition object, which `.meta()` and `.describe()` copies share with their original.
 */
export function wraps(schema: z.ZodType | undefined, named: z.ZodType): boolean {
  if (schema === undefined) return false;
  const target = defOf(named);
  return unwrapChain(schema).some((s) => defOf(s) === target);
}
