/**
 * What dcsim may replace. Every folder dcsim writes carries a marker file, `.dcsim-output`,
 * listing every entry it wrote. `--force` replaces a folder only when that marker is there and
 * the folder holds nothing else: a folder of the user's files, a folder dcsim wrote into which
 * the user added a file, a regular file, a symbolic link or a device are refused, untouched,
 * with what was found. Single files dcsim writes (pages, checkpoints, traces, scenarios) are
 * recognised by their own content (`isOwned`), checked the same way before they are replaced.
 */
import fs from 'node:fs';
import path from 'node:path';

export const MARKER = '.dcsim-output';

/** The marker's content: who wrote the folder and every entry in it (folders end in `/`). */
export interface OutputMarker {
  readonly writtenBy: 'dcsim';
  /** What the folder is: run report, sweep, calibration, … */
  readonly kind: string;
  /** `in-progress` while a temp folder is filled; `complete` once it is in place. */
  readonly state: 'in-progress' | 'complete';
  /** Process that wrote it (a temp folder of a process that no longer exists is stale). */
  readonly pid: number;
  readonly entries: readonly string[];
}

/** The output exists and may be replaced only with --force. */
export class OutputExistsError extends Error {
  constructor(
    readonly dir: string,
    what: 'output folder' | 'output file' = 'output folder',
  ) {
    super(`${what} ${dir} already exists (use --force to replace it)`);
  }
}

/** The output could not be written (a folder on the way cannot be made, no permission, …). */
export class OutputWriteError extends Error {
  constructor(
    readonly dir: string,
    reason: string,
  ) {
    super(`cannot write ${dir}: ${reason}`);
  }
}

/** Something is at the output path that dcsim did not write: refused whatever the flags. */
export class OutputNotOursError extends Error {
  constructor(
    readonly target: string,
    what: string,
  ) {
    super(`${target} ${what}; dcsim replaces only what it wrote itself, so nothing was touched (choose another output path, or move it away yourself)`);
  }
}

/** Every entry below `dir`, relative, folders ending in `/`, sorted; the marker itself left out. */
export function listEntries(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const name = rel === '' ? e.name : `${rel}/${e.name}`;
      if (name === MARKER) continue;
      if (e.isDirectory()) {
        out.push(`${name}/`);
        walk(name);
      } else out.push(name);
    }
  };
  walk('');
  return out.sort();
}

/** The marker of `dir`, or null when there is none (or it is not dcsim's). */
export function readMarker(dir: string): OutputMarker | null {
  const file = path.join(dir, MARKER);
  try {
    if (!fs.lstatSync(file).isFile()) return null;
    const m = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<OutputMarker>;
    if (m.writtenBy !== 'dcsim' || !Array.isArray(m.entries)) return null;
    return m as OutputMarker;
  } catch {
    return null;
  }
}

/** Writes the marker of `dir` listing what is in it now. */
export function writeMarker(dir: string, kind: string, state: OutputMarker['state']): void {
  const marker: OutputMarker = { writtenBy: 'dcsim', kind, state, pid: process.pid, entries: state === 'complete' ? listEntries(dir) : [] };
  fs.writeFileSync(path.join(dir, MARKER), `${JSON.stringify(marker, null, 1)}\n`);
}

/**
 * Lists `file`, just written by dcsim into a folder dcsim wrote (a complete marker beside it),
 * in that folder's marker, so a later --force may replace the folder with it (`dcsim runway
 * --report` and `dcsim rightsize` add files to a run's report folder). Only that name is added:
 * a file the user put there stays unlisted and keeps the folder safe from --force. A folder
 * without dcsim's marker is left as it is.
 */
export function recordInMarker(file: string): void {
  const dir = path.dirname(file);
  const marker = readMarker(dir);
  const name = path.basename(file);
  if (marker === null || marker.state !== 'complete' || marker.entries.includes(name)) return;
  const updated: OutputMarker = { ...marker, entries: [...marker.entries, name].sort() };
  fs.writeFileSync(path.join(dir, MARKER), `${JSON.stringify(updated, null, 1)}\n`);
}

function sample(names: readonly string[]): string {
  const shown = names.slice(0, 3).map((n) => `'${n}'`).join(', ');
  return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}

function describeNonFolder(target: string, st: fs.Stats): string {
  if (st.isSymbolicLink()) {
    let to = '?';
    try {
      to = fs.readlinkSync(target);
    } catch {
      /* the link's target stays unknown */
    }
    return `is a symbolic link (to ${to})`;
  }
  if (st.isFile()) return `is a regular file (${st.size} bytes), not a folder dcsim wrote`;
  return 'is a device, socket or pipe, not a folder dcsim wrote';
}

/** What is at `target` (not following a link), or null when nothing is; another failure is an OutputWriteError. */
function statOrAbsent(target: string): fs.Stats | null {
  try {
    return fs.lstatSync(target);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new OutputWriteError(target, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
}

/**
 * What is at `target`, the folder an output is about to replace: `absent`, `empty` (an empty
 * folder: nothing to lose, written into without --force) or `ours` (a folder dcsim wrote, only
 * with `force`). Anything else throws `OutputNotOursError` or `OutputExistsError`.
 */
export function checkReplaceableFolder(target: string, force: boolean): 'absent' | 'empty' | 'ours' {
  const st = statOrAbsent(target);
  if (st === null) return 'absent';
  if (!st.isDirectory()) throw new OutputNotOursError(target, describeNonFolder(target, st));
  let names: string[];
  try {
    names = fs.readdirSync(target).sort();
  } catch (err) {
    throw new OutputWriteError(target, (err as NodeJS.ErrnoException).code ?? (err as Error).message);
  }
  if (names.length === 0) return 'empty';
  const marker = readMarker(target);
  if (marker === null) {
    throw new OutputNotOursError(target, `holds ${names.length} entr${names.length === 1 ? 'y' : 'ies'} (${sample(names)}) and no ${MARKER} marker, so it is not a folder dcsim wrote`);
  }
  const listed = new Set(marker.entries);
  const foreign = listEntries(target).filter((e) => !listed.has(e));
  if (foreign.length > 0) {
    throw new OutputNotOursError(target, `was written by dcsim but now also holds ${foreign.length} entr${foreign.length === 1 ? 'y' : 'ies'} it did not write (${sample(foreign)})`);
  }
  if (!force) throw new OutputExistsError(target);
  return 'ours';
}

/**
 * Checks that the single file `target` may be written: absent, or a regular file whose first
 * bytes `isOwned` recognises as dcsim's (then only with `force`, unless `force` is undefined:
 * commands that always rebuild their own file).
 */
export function checkReplaceableFile(target: string, force: boolean | undefined, isOwned: (head: string) => boolean, what = 'file'): 'absent' | 'ours' {
  const st = statOrAbsent(target);
  if (st === null) return 'absent';
  if (st.isDirectory()) throw new OutputNotOursError(target, `is a folder, not a ${what} dcsim wrote`);
  if (!st.isFile()) throw new OutputNotOursError(target, describeNonFolder(target, st));
  const fd = fs.openSync(target, 'r');
  let head: string;
  try {
    const buf = Buffer.alloc(4096);
    head = buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
  if (!isOwned(head)) throw new OutputNotOursError(target, `is a file (${st.size} bytes) that is not a ${what} dcsim wrote`);
  if (force === false) throw new OutputExistsError(target, 'output file');
  return 'ours';
}

/** An output that was refused or could not be written: exit code 4 at the command line. */
export function isOutputError(err: unknown): err is OutputExistsError | OutputWriteError | OutputNotOursError {
  return err instanceof OutputExistsError || err instanceof OutputWriteError || err instanceof OutputNotOursError;
}
