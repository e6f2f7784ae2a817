/**
 * JSON.stringify(value, null, gap) in pieces, so a report larger than V8's longest string
 * (2^29 - 24 characters, about 512 MiB: a region of 2 M VMs gives a report.json of about
 * 1.8 GB) can still be written: the pieces, joined, are exactly the bytes JSON.stringify gives
 * (a property test holds them to it). Arrays longer than BIG and the outer levels of objects
 * and arrays are walked here; everything below is handed to JSON.stringify whole and re-indented (JSON
 * text has no raw newline inside a string, so every newline it holds is a line break).
 * Apart from the file writer (json-stream.ts), so the lab's browser bundle writes report.html
 * with the same pieces.
 */
const BIG = 64;
/**
 * Items of a walked array stringified together, at most: a piece then holds at most RUN items'
 * text (a VM row is a few hundred bytes), far below V8's longest string.
 */
const RUN = 128;
/**
 * Objects and arrays of any length above this depth are walked too: report.html's data holds
 * the report two levels down (`{ reports: [report] }`), so its VM rows sit at depth 3, below a
 * one-element array; stringified whole, a region's report overflows V8's longest string.
 */
const WALKED_DEPTH = 4;

type Json = unknown;

/** What JSON.stringify does to a value before writing it: toJSON, and undefined for what it leaves out. */
function prepared(holder: Json, key: string, value: Json): Json {
  void holder;
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function')
    return (value as { toJSON: (k: string) => Json }).toJSON(key);
  return value;
}

function omitted(v: Json): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/** The pieces of JSON.stringify(value, null, gap) (gap: '' for compact, '  ' for two spaces). */
export function* jsonPieces(value: Json, gap = ''): Generator<string> {
  const v = prepared(undefined, '', value);
  if (omitted(v)) throw new TypeError('jsonPieces: nothing to write (the value is undefined, a function or a symbol)');
  yield* walk(v, gap, '', 0);
}

/** Whether walk() takes v apart (a long array, or an object or array above WALKED_DEPTH) rather than stringifying it whole. */
function isBig(v: Json, depth: number): boolean {
  return Array.isArray(v) ? v.length > BIG || (v.length > 0 && depth < WALKED_DEPTH) : v !== null && typeof v === 'object' && depth < WALKED_DEPTH;
}

/** A value JSON.stringify would call toJSON on again (prepared() already called it once). */
function hasToJson(v: Json): boolean {
  return v !== null && typeof v === 'object' && typeof (v as { toJSON?: unknown }).toJSON === 'function';
}

function* walk(v: Json, gap: string, indent: string, depth: number): Generator<string> {
  if (!isBig(v, depth)) {
    const text = JSON.stringify(v, null, gap) as string;
    yield indent === '' ? text : text.replace(/\n/g, `\n${indent}`);
    return;
  }
  const inner = indent + gap;
  const open = gap === '' ? '' : `\n${inner}`;
  const sep = gap === '' ? ',' : `,\n${inner}`;
  if (Array.isArray(v)) {
    yield `[${open}`;
    // Items that would be stringified whole go in runs of up to RUN to one JSON.stringify: the
    // array's text is then the run's text without its brackets, re-indented, as JSON.stringify
    // indents an array's items (a region's series and rows are millions of small items, and one
    // call and one piece each cost more than the writing).
    const run: Json[] = [];
    const flush = function* (): Generator<string> {
      const text = JSON.stringify(run, null, gap) as string;
      const body = gap === '' ? text.slice(1, -1) : text.slice(2 + gap.length, -2);
      yield indent === '' ? body : body.replace(/\n/g, `\n${indent}`);
      run.length = 0;
    };
    for (let k = 0; k < v.length; k++) {
      const item = prepared(v, String(k), v[k]);
      const whole = omitted(item) || (!isBig(item, depth + 1) && !hasToJson(item));
      if (whole) {
        if (run.length === 0 && k > 0) yield sep;
        run.push(omitted(item) ? null : item);
        if (run.length === RUN) yield* flush();
        continue;
      }
      if (run.length > 0) yield* flush();
      if (k > 0) yield sep;
      yield* walk(item, gap, inner, depth + 1);
    }
    if (run.length > 0) yield* flush();
    yield gap === '' ? ']' : `\n${indent}]`;
    return;
  }
  const colon = gap === '' ? ':' : ': ';
  let first = true;
  for (const key of Object.keys(v as object)) {
    const item = prepared(v, key, (v as Record<string, Json>)[key]);
    if (omitted(item)) continue;
    yield first ? `{${open}` : sep;
    first = false;
    yield `${JSON.stringify(key)}${colon}`;
    yield* walk(item, gap, inner, depth + 1);
  }
  yield first ? '{}' : gap === '' ? '}' : `\n${indent}}`;
}
