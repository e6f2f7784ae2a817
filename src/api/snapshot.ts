/**
 * Checkpoint / restore of a whole simulation by walking its object graph.
 *
 * captureGraph(root) records the state reachable from `root` as JSON-safe nodes. restoreGraph(twin,
 * snap) writes it into a twin: a graph built from the same inputs by the same code (same classes,
 * property names and wiring), typically fresh. The twin's objects are reused in place, so the
 * closures it was built with (event handlers, listeners) stay wired to it. The contract:
 *
 * - Walked: own string-keyed data properties, enumerable or not. Symbol keys, accessors (own or
 *   inherited getters) and `#private` fields are not walked: keep no simulation state in them.
 * - Functions are not state: recorded as {"$f":1} and never written; the twin keeps its own (in
 *   Maps: its function under the same key; in Sets and Map keys: its functions, in order).
 *   State held in closures (e.g. seedrandom generators) is therefore invisible: keep it as data.
 * - Identity: objects get ids in breadth-first order from the root, so sharing and cycles survive.
 *   Restore pairs each snapshot object with a twin object. Properties of class instances, and of
 *   plain objects reached from the root through properties only, are wiring: the twin's object
 *   there is the counterpart, and another kind or another sharing there (the snapshot shares an
 *   object where the twin has two, or the reverse) is a SnapshotShapeError. Array elements, Map
 *   values (under the same key) and properties of plain records inside them are data: they only
 *   hint, once the wiring is paired, most agreeing hints first. Set members and Map keys are
 *   paired only through other paths. So the twin must be freshly built (its wiring unchanged),
 *   and a property must not be re-pointed at run time to another existing class instance.
 * - Class instances are never created: each needs a counterpart of the same class name. Plain data
 *   (plain or null-prototype objects, arrays, Maps, Sets, typed arrays) without one is rebuilt.
 * - Numbers: finite ones are JSON numbers (JSON.stringify prints the shortest form that parses back
 *   to the same double); NaN, ±Infinity and -0 are {"$n":"NaN"}; undefined, bigint and symbols from
 *   Symbol.for are {"$u":1}, {"$b":"12"}, {"$s":"key"}.
 * - Typed arrays, ArrayBuffer, DataView: unpadded base64url of their bytes (platform byte order,
 *   little-endian everywhere Node runs in practice), copied in bulk into the twin's when kind and
 *   length agree. A different length (a buffer grown at run time) puts a new one in the writable
 *   slot; it no longer shares the twin's buffer with other views. Another kind is an error.
 * - Arrays: length and elements written in place; holes become undefined.
 * - Plain objects: written in place; keys absent from the snapshot deleted (functions kept), key
 *   order made the snapshot's. Class instances: the same, but key order stays the constructor's.
 * - Maps and Sets: cleared and refilled in snapshot order. Own properties of Map/Set/array
 *   subclasses are not walked.
 * - Frozen or read-only: writing an equal value is a no-op, anything else an error.
 * - Other built-ins (Date, RegExp, Error, Promise, WeakMap, boxed primitives, SharedArrayBuffer …)
 *   and event emitters (streams, sockets, file handles) are SnapshotShapeErrors naming the path.
 * - `skip(obj, key)` excludes a property from both walks; it must answer alike for both graphs.
 */
import { bytesEqual, decodeBase64urlInto, encodeBase64url } from './base64url.js';

export type SkipFn = (obj: object, key: string) => boolean;

export interface GraphOptions {
  readonly skip?: SkipFn;
}

export interface GraphSnapshot {
  readonly format: 'dcsim-graph';
  readonly version: 1;
  readonly nodes: unknown[];
}

/** The graph cannot be captured, or the twin does not have the snapshot's shape; `path` says where. */
export class SnapshotShapeError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'SnapshotShapeError';
  }
}

type Enc = number | string | boolean | null | { readonly [marker: string]: unknown };
type Props = [string, Enc][];
type Node =
  | { t: 'class'; c: string; p: Props }
  | { t: 'plain' | 'null'; p: Props }
  | { t: 'array' | 'set'; v: Enc[] }
  | { t: 'map'; e: [Enc, Enc][] }
  | { t: 'typed'; k: string; n: number; b: string }
  | { t: 'buffer' | 'view'; n: number; b: string };
type Kind = Node['t'];
type Typed = ArrayBufferView & { readonly length: number };

const FN: Enc = Object.freeze({ $f: 1 });
const UNDEF: Enc = Object.freeze({ $u: 1 });
/** A slot the twin does not have (missing property, index past the end, Set member). */
const NOTHING = Symbol('nothing');
const SPECIAL: Record<string, number> = { NaN, Infinity, '-Infinity': -Infinity, '-0': -0 };

const TYPED_CTORS = new Map<string, new (n: number) => Typed>();
const TYPED_KIND = new Map<object, string>(); // prototype → kind
for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, BigInt64Array, BigUint64Array, (globalThis as Record<string, unknown>).Float16Array]) {
  if (typeof C !== 'function') continue;
  TYPED_CTORS.set(C.name, C as new (n: number) => Typed);
  TYPED_KIND.set(C.prototype as object, C.name);
}

function typedKind(a: object): string {
  for (let p = Object.getPrototypeOf(a) as object | null; p !== null; p = Object.getPrototypeOf(p) as object | null) {
    const k = TYPED_KIND.get(p);
    if (k !== undefined) return k;
  }
  return 'TypedArray';
}

function className(o: object): string {
  const proto = Object.getPrototypeOf(o) as object | null;
  const d = proto && Object.getOwnPropertyDescriptor(proto, 'constructor');
  return d && typeof d.value === 'function' ? (d.value as { name: string }).name : '';
}

/**
 * Node's EventEmitter.prototype (streams, sockets and file handles derive from it), known by its
 * constructor's name and methods rather than by importing node:events, so this module also runs
 * in a browser (the lab's worker forks from checkpoints).
 */
function isEmitterPrototype(p: object): boolean {
  const c = Object.getOwnPropertyDescriptor(p, 'constructor')?.value as { name?: string } | undefined;
  const own = (k: string): boolean => typeof Object.getOwnPropertyDescriptor(p, k)?.value === 'function';
  return typeof c === 'function' && c.name === 'EventEmitter' && own('emit') && own('on') && own('removeListener');
}

const unsupportedCache = new WeakMap<object, string | null>();
/** The built-in class (or EventEmitter) this prototype derives from, or null when it is plain state. */
function unsupported(proto: object): string | null {
  let why = unsupportedCache.get(proto);
  if (why !== undefined) return why;
  why = null;
  for (let p: object | null = proto; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
    if (isEmitterPrototype(p)) {
      why = 'EventEmitter';
      break;
    }
    const c = Object.getOwnPropertyDescriptor(p, 'constructor')?.value as unknown;
    if (typeof c === 'function' && /\{\s*\[native code\]\s*\}$/.test(Function.prototype.toString.call(c))) {
      why = c.name || 'object';
      break;
    }
  }
  unsupportedCache.set(proto, why);
  return why;
}

/** The node kind an object would have, or null for unsupported objects. */
function kindOf(o: object): Kind | null {
  if (Array.isArray(o)) return 'array';
  if (ArrayBuffer.isView(o)) return o instanceof DataView ? 'view' : 'typed';
  if (o instanceof ArrayBuffer) return 'buffer';
  if (o instanceof Map) return 'map';
  if (o instanceof Set) return 'set';
  const proto = Object.getPrototypeOf(o) as object | null;
  if (proto === null) return 'null';
  if (proto === Object.prototype) return 'plain';
  return unsupported(proto) === null ? 'class' : null;
}

function describe(v: unknown): string {
  if (v === NOTHING) return 'nothing';
  if (v === null || v === undefined) return String(v);
  if (typeof v === 'function') return 'a function';
  if (typeof v === 'string') return `string ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
  if (typeof v !== 'object') return `${typeof v} ${Object.is(v, -0) ? '-0' : String(v)}`;
  switch (kindOf(v)) {
    case 'array': return `array of length ${(v as unknown[]).length}`;
    case 'typed': return `${typedKind(v)} of length ${(v as Typed).length}`;
    case 'view': return `DataView of ${(v as DataView).byteLength} bytes`;
    case 'buffer': return `ArrayBuffer of ${(v as ArrayBuffer).byteLength} bytes`;
    case 'map': return `Map of size ${(v as Map<unknown, unknown>).size}`;
    case 'set': return `Set of size ${(v as Set<unknown>).size}`;
    case 'plain': return 'plain object';
    case 'null': return 'null-prototype object';
    case 'class': return `instance of ${className(v) || '(anonymous class)'}`;
    default: {
      const base = unsupported(Object.getPrototypeOf(v) as object);
      const name = className(v) || 'object';
      if (name === base) return `built-in ${name}`;
      return `${name} (extends ${base === 'EventEmitter' ? base : `built-in ${base}`})`;
    }
  }
}

function expected(n: Node): string {
  switch (n.t) {
    case 'class': return `instance of ${n.c || '(anonymous class)'}`;
    case 'typed': return `${n.k} of length ${n.n}`;
    case 'view': return `DataView of ${n.n} bytes`;
    case 'buffer': return `ArrayBuffer of ${n.n} bytes`;
    case 'plain': return 'plain object';
    case 'null': return 'null-prototype object';
    case 'array': return 'array';
    case 'map': return 'Map';
    case 'set': return 'Set';
  }
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function keyLabel(k: unknown, i: number): string {
  if (typeof k === 'string') return JSON.stringify(k);
  return typeof k === 'number' || typeof k === 'boolean' || typeof k === 'bigint' ? String(k) : `keys[${i}]`;
}

function bytesOf(o: object): Uint8Array {
  if (o instanceof ArrayBuffer) return new Uint8Array(o);
  const v = o as ArrayBufferView;
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

/** Marks a value prim() cannot encode: an object or an unregistered symbol. */
const MISS = Symbol('miss');

/** Encodes a primitive or a function. */
function prim(v: unknown): Enc | typeof MISS {
  switch (typeof v) {
    case 'number': return Number.isFinite(v) && !Object.is(v, -0) ? v : { $n: Object.is(v, -0) ? '-0' : String(v) };
    case 'string':
    case 'boolean': return v;
    case 'undefined': return UNDEF;
    case 'bigint': return { $b: v.toString() };
    case 'function': return FN;
    case 'symbol': {
      const key = Symbol.keyFor(v);
      return key === undefined ? MISS : { $s: key };
    }
    default: return v === null ? null : MISS;
  }
}

function invalid(detail: string): Error {
  return new Error(`invalid graph snapshot: ${detail}`);
}

function decode(e: Enc): unknown {
  if (e === null || typeof e !== 'object') return e;
  if (typeof e.$n === 'string' && Object.hasOwn(SPECIAL, e.$n)) return SPECIAL[e.$n];
  if (e.$u === 1) return undefined;
  if (typeof e.$b === 'string') return BigInt(e.$b);
  if (typeof e.$s === 'string') return Symbol.for(e.$s);
  throw invalid(`unknown value ${JSON.stringify(e)}`);
}

const refOf = (e: Enc): number | undefined =>
  e !== null && typeof e === 'object' && typeof e.$r === 'number' ? e.$r : undefined;
const isFn = (e: Enc): boolean => e !== null && typeof e === 'object' && e.$f === 1;

/** Records the state reachable from `root`. Throws SnapshotShapeError on unsupported objects. */
export function captureGraph(root: object, options: GraphOptions = {}): GraphSnapshot {
  if (root === null || typeof root !== 'object') throw new TypeError('captureGraph: root must be an object');
  const skip = options.skip;
  const ids = new Map<object, number>();
  const objects: object[] = [];
  const paths: string[] = [];
  const ref = (v: unknown, path: string): Enc => {
    if (typeof v !== 'object' || v === null) {
      throw new SnapshotShapeError(path, `${describe(v)} is not supported (only symbols from Symbol.for are); exclude it with skip`);
    }
    let id = ids.get(v);
    if (id === undefined) {
      if (kindOf(v) === null) throw new SnapshotShapeError(path, `${describe(v)} is not supported; exclude it with skip`);
      id = objects.length;
      ids.set(v, id);
      objects.push(v);
      paths.push(path);
    }
    return { $r: id };
  };
  const val = (v: unknown, path: string): Enc => {
    const e = prim(v);
    return e !== MISS ? e : ref(v, path);
  };
  const props = (o: object, path: string): Props => {
    const p: Props = [];
    for (const key of Object.getOwnPropertyNames(o)) {
      const d = Object.getOwnPropertyDescriptor(o, key) as PropertyDescriptor;
      if (!('value' in d) || skip?.(o, key)) continue;
      const e = prim(d.value);
      p.push([key, e !== MISS ? e : ref(d.value, childPath(path, key))]);
    }
    return p;
  };
  const encode = (o: object, path: string): Node => {
    const t = kindOf(o) as Kind;
    switch (t) {
      case 'class': return { t, c: className(o), p: props(o, path) };
      case 'plain':
      case 'null': return { t, p: props(o, path) };
      case 'array': {
        const a = o as unknown[];
        const v = new Array<Enc>(a.length);
        for (let i = 0; i < a.length; i++) {
          const e = prim(a[i]); // the path is only built for objects: arrays of numbers stay cheap
          v[i] = e !== MISS ? e : ref(a[i], `${path}[${i}]`);
        }
        return { t, v };
      }
      case 'set': return { t, v: [...(o as Set<unknown>)].map((x, i) => val(x, `${path}.values[${i}]`)) };
      case 'map': return {
        t,
        e: [...(o as Map<unknown, unknown>)].map(([k, x], i): [Enc, Enc] =>
          [val(k, `${path}.keys[${i}]`), val(x, `${path}.get(${keyLabel(k, i)})`)]),
      };
      case 'typed': return { t, k: typedKind(o), n: (o as Typed).length, b: encodeBase64url(bytesOf(o)) };
      case 'view':
      case 'buffer': return { t, n: bytesOf(o).length, b: encodeBase64url(bytesOf(o)) };
    }
  };
  ref(root, 'root');
  const nodes: Node[] = [];
  for (let id = 0; id < objects.length; id++) nodes.push(encode(objects[id], paths[id]));
  return { format: 'dcsim-graph', version: 1, nodes };
}

/**
 * Writes the state in `snap` into `root`, a twin of the captured graph (see the contract above).
 * On a SnapshotShapeError the twin may be partly written: build a fresh one before retrying.
 */
export function restoreGraph(root: object, snap: GraphSnapshot, options: GraphOptions = {}): void {
  if (root === null || typeof root !== 'object') throw new TypeError('restoreGraph: root must be an object');
  new Restorer(checkSnapshot(snap), options.skip).run(root);
}

function checkSnapshot(s: GraphSnapshot): readonly Node[] {
  if (s === null || typeof s !== 'object' || s.format !== 'dcsim-graph' || s.version !== 1
    || !Array.isArray(s.nodes) || s.nodes.length === 0) {
    throw invalid('expected {format: "dcsim-graph", version: 1, nodes: [...]}');
  }
  s.nodes.forEach((n, i) => {
    if (!validNode(n as Record<string, unknown> | null)) throw invalid(`node ${i} is malformed`);
  });
  return s.nodes as Node[];
}

function validNode(n: Record<string, unknown> | null): boolean {
  if (n === null || typeof n !== 'object') return false;
  const pairs = (x: unknown): x is unknown[][] => Array.isArray(x) && x.every((e) => Array.isArray(e) && e.length === 2);
  const props = (x: unknown): boolean => pairs(x) && x.every((e) => typeof e[0] === 'string');
  const bytes = (): boolean => Number.isSafeInteger(n.n) && (n.n as number) >= 0 && typeof n.b === 'string';
  switch (n.t) {
    case 'class': return typeof n.c === 'string' && props(n.p);
    case 'plain':
    case 'null': return props(n.p);
    case 'array':
    case 'set': return Array.isArray(n.v);
    case 'map': return pairs(n.e);
    case 'typed': return TYPED_CTORS.has(n.k as string) && bytes();
    case 'buffer':
    case 'view': return bytes();
    default: return false;
  }
}

/** A slot of the twin that will hold snapshot object `id`, written once every object is paired. */
interface Pending {
  readonly id: number;
  readonly path: string;
  readonly cand: unknown; // what the twin held there
  readonly write: ((v: object) => void) | null;
}

/** Writes a property, leaving equal values alone so that frozen objects restore when unchanged. */
function writeProp(o: object, key: string, v: unknown, path: string): void {
  const d = Object.getOwnPropertyDescriptor(o, key);
  if (d !== undefined && 'value' in d) {
    if (Object.is(d.value, v)) return;
    if (d.writable) {
      (o as Record<string, unknown>)[key] = v;
      return;
    }
  } else if (d === undefined && Object.isExtensible(o)) {
    Object.defineProperty(o, key, { value: v, writable: true, enumerable: true, configurable: true });
    return;
  }
  const was = d ? describe(d.value) : 'nothing';
  throw new SnapshotShapeError(path, `cannot write ${describe(v)} over ${was}: the property is read-only or the object frozen`);
}

class Restorer {
  private readonly twin: (object | undefined)[] = []; // id → the twin's object
  private readonly paths: string[] = []; // id → where it was paired
  private readonly claimed = new Map<object, number>(); // twin object → id paired with (or displaced by)
  private readonly wiring: boolean[] = []; // id → paired through wiring (its properties are wiring too)
  private readonly fill: number[] = [];
  private weak: { id: number; cand: object; path: string }[] = [];
  private readonly pending: Pending[] = [];
  private readonly finalizers: (() => void)[] = [];

  constructor(
    private readonly nodes: readonly Node[],
    private readonly skip: SkipFn | undefined,
  ) {}

  run(root: object): void {
    const how = compat(this.node(0), root);
    if (how !== 'same') {
      throw new SnapshotShapeError('root', how === 'replace' ? `expected ${expected(this.node(0))}, found ${describe(root)}` : how);
    }
    this.claim(0, root, 'root', true, true);
    let head = 0;
    let unresolved = 0;
    for (;;) {
      while (head < this.fill.length) this.fillNode(this.fill[head++]);
      if (this.weak.length > 0) {
        this.acceptHints();
        continue;
      }
      while (unresolved < this.pending.length && this.twin[this.pending[unresolved].id] !== undefined) unresolved++;
      if (unresolved === this.pending.length) break;
      this.rebuild(this.pending[unresolved]);
    }
    for (const p of this.pending) p.write?.(this.twin[p.id] as object);
    for (const f of this.finalizers) f();
  }

  private node(id: number): Node {
    if (!(Number.isInteger(id) && id >= 0 && id < this.nodes.length)) throw invalid(`reference to missing node ${id}`);
    return this.nodes[id];
  }

  private claim(id: number, o: object, path: string, own: boolean, wiring: boolean): void {
    this.twin[id] = o;
    this.paths[id] = path;
    this.wiring[id] = wiring;
    if (own) this.claimed.set(o, id);
    this.fill.push(id);
  }

  /** A slot holding snapshot object `id`; wiring pairs it with the twin's object at once. */
  private slot(id: number, cand: unknown, path: string, write: ((v: object) => void) | null, wiring: boolean): void {
    this.node(id);
    if (cand !== null && typeof cand === 'object') {
      if (wiring) {
        const v = this.pair(id, cand, path);
        if (v !== cand && write) this.pending.push({ id, path, cand, write });
        return;
      }
      if (this.twin[id] === undefined) this.weak.push({ id, cand, path });
    }
    this.pending.push({ id, path, cand, write });
  }

  private pair(id: number, cand: object, path: string): object {
    const have = this.twin[id];
    if (have !== undefined) {
      if (have === cand || this.claimed.get(cand) === id) return have;
      throw new SnapshotShapeError(path, `expected the same object as ${this.paths[id]}, found a distinct ${describe(cand)}`);
    }
    const other = this.claimed.get(cand);
    if (other !== undefined) {
      const detail = `found the same ${describe(cand)} as ${this.paths[other]}, where the snapshot has distinct objects`;
      throw new SnapshotShapeError(path, detail);
    }
    const node = this.node(id);
    const how = compat(node, cand);
    if (how === 'same') {
      this.claim(id, cand, path, true, true);
      return cand;
    }
    if (how !== 'replace') throw new SnapshotShapeError(path, how);
    this.claimed.set(cand, id);
    const o = create(node);
    this.claim(id, o, path, false, true);
    return o;
  }

  /** Pairs by array/Map hints, the pairs most hints agree on first. */
  private acceptHints(): void {
    const batch = this.weak;
    this.weak = [];
    const votes = new Map<number, Map<object, number>>();
    for (const h of batch) {
      let m = votes.get(h.id);
      if (m === undefined) votes.set(h.id, (m = new Map()));
      m.set(h.cand, (m.get(h.cand) ?? 0) + 1);
    }
    const ranked = batch.map((h, i) => ({ h, i, n: votes.get(h.id)?.get(h.cand) ?? 0 }));
    ranked.sort((x, y) => y.n - x.n || x.i - y.i);
    for (const { h } of ranked) {
      if (this.twin[h.id] === undefined && !this.claimed.has(h.cand) && compat(this.node(h.id), h.cand) === 'same') {
        this.claim(h.id, h.cand, h.path, true, false);
      }
    }
  }

  /** A snapshot object with no counterpart: plain data is rebuilt, a class instance is an error. */
  private rebuild(p: Pending): void {
    const node = this.node(p.id);
    if (node.t === 'class') {
      const c = p.cand;
      const by = c !== null && typeof c === 'object' ? this.claimed.get(c) : undefined;
      const found = by === undefined ? describe(c) : `${describe(c)} already paired with ${this.paths[by]}`;
      throw new SnapshotShapeError(p.path, `expected ${expected(node)}, found ${found}; restore never creates class `
        + 'instances, so each needs a counterpart in the twin at a property, array element or Map value');
    }
    this.claim(p.id, create(node), p.path, false, false);
  }

  private fillNode(id: number): void {
    const o = this.twin[id] as object;
    const node = this.nodes[id];
    const path = this.paths[id];
    switch (node.t) {
      case 'class':
      case 'plain':
      case 'null': return this.fillProps(o, node.p, path, node.t !== 'class', node.t === 'class' || this.wiring[id]);
      case 'array': return this.fillArray(o as unknown[], node.v, path);
      case 'map': return this.fillMap(o as Map<unknown, unknown>, node.e, path);
      case 'set': return this.fillSet(o as Set<unknown>, node.v, path);
      default: {
        const bytes = bytesOf(o);
        if (node.b.length !== Math.ceil((bytes.length * 4) / 3) || decodeBase64urlInto(node.b, bytes) !== bytes.length) {
          throw invalid(`${path}: the base64 data does not hold ${bytes.length} bytes`);
        }
      }
    }
  }

  private fillProps(o: object, p: Props, path: string, plain: boolean, wiring: boolean): void {
    const skip = this.skip;
    const keys = new Set<string>();
    for (const [key, enc] of p) {
      keys.add(key);
      if (isFn(enc) || skip?.(o, key)) continue;
      const kp = childPath(path, key);
      const d = Object.getOwnPropertyDescriptor(o, key);
      if (d !== undefined && !('value' in d)) throw new SnapshotShapeError(kp, 'expected a data property, found an accessor');
      const id = refOf(enc);
      if (id === undefined) {
        writeProp(o, key, decode(enc), kp);
        continue;
      }
      // Add a missing key now, so that it takes its place in the key order.
      if (d === undefined) writeProp(o, key, undefined, kp);
      this.slot(id, d === undefined ? NOTHING : d.value, kp, (v) => writeProp(o, key, v, kp), wiring);
    }
    for (const key of Object.getOwnPropertyNames(o)) {
      if (keys.has(key) || skip?.(o, key)) continue;
      const d = Object.getOwnPropertyDescriptor(o, key) as PropertyDescriptor;
      if (!('value' in d) || typeof d.value === 'function') continue;
      if (!d.configurable) {
        throw new SnapshotShapeError(childPath(path, key), 'cannot delete a read-only property the snapshot does not have');
      }
      delete (o as Record<string, unknown>)[key];
    }
    if (plain) reorder(o, p, skip);
  }

  private fillArray(a: unknown[], v: Enc[], path: string): void {
    const orig = a.slice();
    const fast = Object.isExtensible(a);
    if (fast) a.length = v.length;
    else writeProp(a, 'length', v.length, `${path}.length`);
    for (let i = 0; i < v.length; i++) {
      const enc = v[i];
      const id = refOf(enc);
      if (id !== undefined) {
        const ip = `${path}[${i}]`;
        this.slot(id, i < orig.length ? orig[i] : NOTHING, ip, (x) => writeProp(a, String(i), x, ip), false);
      } else if (isFn(enc)) {
        const had = i < orig.length ? orig[i] : NOTHING;
        if (typeof had !== 'function') throw new SnapshotShapeError(`${path}[${i}]`, `expected a function to keep, found ${describe(had)}`);
      } else if (fast) a[i] = decode(enc);
      else writeProp(a, String(i), decode(enc), `${path}[${i}]`);
    }
  }

  /** A member: a value, or the snapshot object to look up once paired. */
  private member(enc: Enc, path: string, cand: unknown, fns: Iterator<unknown>): { v: unknown } | { id: number } {
    const id = refOf(enc);
    if (id !== undefined) {
      this.slot(id, cand, path, null, false);
      return { id };
    }
    if (!isFn(enc)) return { v: decode(enc) };
    const f = typeof cand === 'function' ? cand : fns.next().value;
    if (typeof f !== 'function') throw new SnapshotShapeError(path, `expected a function to keep, found ${describe(cand)}`);
    return { v: f };
  }

  private value(m: { v: unknown } | { id: number }): unknown {
    return 'v' in m ? m.v : this.twin[m.id];
  }

  private fillMap(m: Map<unknown, unknown>, e: [Enc, Enc][], path: string): void {
    const orig = new Map(m);
    const fnKeys = [...orig.keys()].filter((k) => typeof k === 'function').values();
    const none = [].values();
    const entries = e.map(([ke, ve], i) => {
      const key = this.member(ke, `${path}.keys[${i}]`, NOTHING, fnKeys);
      const known = 'v' in key || this.twin[key.id] !== undefined;
      const k = this.value(key);
      const cand = known && orig.has(k) ? orig.get(k) : NOTHING;
      return [key, this.member(ve, `${path}.get(${keyLabel(k, i)})`, cand, none)] as const;
    });
    this.finalizers.push(() => {
      m.clear();
      for (const [k, v] of entries) m.set(this.value(k), this.value(v));
    });
  }

  private fillSet(s: Set<unknown>, v: Enc[], path: string): void {
    const fns = [...s].filter((x) => typeof x === 'function').values();
    const members = v.map((enc, i) => this.member(enc, `${path}.values[${i}]`, NOTHING, fns));
    this.finalizers.push(() => {
      s.clear();
      for (const x of members) s.add(this.value(x));
    });
  }
}

/** 'same': restore in place; 'replace': same kind, other size, so a new one; else the mismatch. */
function compat(n: Node, o: object): 'same' | 'replace' | string {
  const k = kindOf(o);
  const mismatch = `expected ${expected(n)}, found ${describe(o)}`;
  switch (n.t) {
    case 'class': return k === 'class' && className(o) === n.c ? 'same' : mismatch;
    case 'typed':
      if (k !== 'typed' || typedKind(o) !== n.k) return mismatch;
      return (o as Typed).length === n.n ? 'same' : 'replace';
    case 'buffer':
    case 'view':
      if (k !== n.t) return mismatch;
      return (o as ArrayBuffer).byteLength === n.n ? 'same' : 'replace';
    default: return k === n.t ? 'same' : mismatch;
  }
}

function create(n: Node): object {
  switch (n.t) {
    case 'plain': return {};
    case 'null': return Object.create(null) as object;
    case 'array': return [];
    case 'map': return new Map();
    case 'set': return new Set();
    case 'typed': return new (TYPED_CTORS.get(n.k) as new (len: number) => Typed)(n.n);
    case 'buffer': return new ArrayBuffer(n.n);
    case 'view': return new DataView(new ArrayBuffer(n.n));
    case 'class': throw new Error('unreachable: class instances are never created');
  }
}

/** Gives a plain object the snapshot's key order (deleting and redefining keys), when it differs. */
function reorder(o: object, p: Props, skip: SkipFn | undefined): void {
  const names = Object.getOwnPropertyNames(o);
  if (names.length === p.length && names.every((k, i) => k === p[i][0])) return;
  const want = p.map((e) => e[0]).filter((k) => Object.hasOwn(o, k) && !skip?.(o, k));
  const wanted = new Set(want);
  const have = Object.getOwnPropertyNames(o).filter((k) => wanted.has(k));
  if (have.every((k, i) => k === want[i]) || !Object.isExtensible(o)) return;
  const descs = want.map((k) => Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor);
  if (descs.some((d) => !d.configurable)) return;
  want.forEach((k, i) => {
    delete (o as Record<string, unknown>)[k];
    Object.defineProperty(o, k, descs[i]);
  });
}

/**
 * The first difference between two graphs, or undefined when they are equal: same kinds and
 * classes, primitives equal by Object.is (NaN equals NaN, -0 differs from 0), typed arrays
 * equal bytewise, Maps and Sets equal in iteration order, same sharing; functions match any
 * function. For checking a restored twin against the original.
 */
export function diffGraphs(a: unknown, b: unknown, options: GraphOptions = {}): string | undefined {
  const skip = options.skip;
  const aToB = new Map<object, object>();
  const bToA = new Map<object, object>();
  const queue: [object, object, string][] = [];
  const same = (x: unknown, y: unknown, path: string): string | undefined => {
    if (typeof x === 'function' && typeof y === 'function') return undefined;
    const xo = x !== null && typeof x === 'object';
    const yo = y !== null && typeof y === 'object';
    if (!xo || !yo) return !xo && !yo && Object.is(x, y) ? undefined : `${path}: ${describe(x)} vs ${describe(y)}`;
    const mx = aToB.get(x as object);
    const my = bToA.get(y as object);
    if (mx === undefined && my === undefined) {
      aToB.set(x as object, y as object);
      bToA.set(y as object, x as object);
      queue.push([x as object, y as object, path]);
      return undefined;
    }
    return mx === y ? undefined : `${path}: sharing differs (${describe(x)} vs ${describe(y)})`;
  };
  const dataKeys = (o: object): string[] => Object.getOwnPropertyNames(o).filter((k) =>
    'value' in (Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor) && !skip?.(o, k));
  const node = (x: object, y: object, path: string): string | undefined => {
    const kind = kindOf(x);
    if (kind !== kindOf(y) || (kind === 'class' && className(x) !== className(y))
      || (kind === 'typed' && typedKind(x) !== typedKind(y)) || kind === null) {
      return x === y ? undefined : `${path}: ${describe(x)} vs ${describe(y)}`;
    }
    switch (kind) {
      case 'class':
      case 'plain':
      case 'null': {
        const kx = dataKeys(x);
        const ky = dataKeys(y);
        if (kx.join('\0') !== ky.join('\0')) return `${path}: keys [${kx.join(', ')}] vs [${ky.join(', ')}]`;
        for (const k of kx) {
          const d = same((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], childPath(path, k));
          if (d) return d;
        }
        return undefined;
      }
      case 'map': {
        const ex = [...(x as Map<unknown, unknown>)];
        const ey = [...(y as Map<unknown, unknown>)];
        if (ex.length !== ey.length) return `${path}: ${describe(x)} vs ${describe(y)}`;
        for (let i = 0; i < ex.length; i++) {
          const d = same(ex[i][0], ey[i][0], `${path}.keys[${i}]`)
            ?? same(ex[i][1], ey[i][1], `${path}.get(${keyLabel(ex[i][0], i)})`);
          if (d) return d;
        }
        return undefined;
      }
      case 'array':
      case 'set': {
        const ex = [...(x as Iterable<unknown>)];
        const ey = [...(y as Iterable<unknown>)];
        if (ex.length !== ey.length) return `${path}: ${describe(x)} vs ${describe(y)}`;
        for (let i = 0; i < ex.length; i++) {
          const d = same(ex[i], ey[i], kind === 'array' ? `${path}[${i}]` : `${path}.values[${i}]`);
          if (d) return d;
        }
        return undefined;
      }
      default:
        return bytesEqual(bytesOf(x), bytesOf(y)) ? undefined : `${path}: ${describe(x)} and ${describe(y)} differ in content`;
    }
  };
  let d = same(a, b, 'root');
  for (let i = 0; d === undefined && i < queue.length; i++) d = node(...queue[i]);
  return d;
}
