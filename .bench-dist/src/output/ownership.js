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
/** The output exists and may be replaced only with --force. */
export class OutputExistsError extends Error {
    dir;
    constructor(dir, what = 'output folder') {
        super(`${what} ${dir} already exists (use --force to replace it)`);
        this.dir = dir;
    }
}
/** The output could not be written (a folder on the way cannot be made, no permission, …). */
export class OutputWriteError extends Error {
    dir;
    constructor(dir, reason) {
        super(`cannot write ${dir}: ${reason}`);
        this.dir = dir;
    }
}
/** Something is at the output path that dcsim did not write: refused whatever the flags. */
export class OutputNotOursError extends Error {
    target;
    constructor(target, what) {
        super(`${target} ${what}; dcsim replaces only what it wrote itself, so nothing was touched (choose another output path, or move it away yourself)`);
        this.target = target;
    }
}
/** Every entry below `dir`, relative, folders ending in `/`, sorted; the marker itself left out. */
export function listEntries(dir) {
    const out = [];
    const walk = (rel) => {
        for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
            const name = rel === '' ? e.name : `${rel}/${e.name}`;
            if (name === MARKER)
                continue;
            if (e.isDirectory()) {
                out.push(`${name}/`);
                walk(name);
            }
            else
                out.push(name);
        }
    };
    walk('');
    return out.sort();
}
/** The marker of `dir`, or null when there is none (or it is not dcsim's). */
export function readMarker(dir) {
    const file = path.join(dir, MARKER);
    try {
        if (!fs.lstatSync(file).isFile())
            return null;
        const m = JSON.parse(fs.readFileSync(file, 'utf8'));
        if (m.writtenBy !== 'dcsim' || !Array.isArray(m.entries))
            return null;
        return m;
    }
    catch {
        return null;
    }
}
/** Writes the marker of `dir` listing what is in it now. */
export function writeMarker(dir, kind, state) {
    const marker = { writtenBy: 'dcsim', kind, state, pid: process.pid, entries: state === 'complete' ? listEntries(dir) : [] };
    fs.writeFileSync(path.join(dir, MARKER), `${JSON.stringify(marker, null, 1)}\n`);
}
function sample(names) {
    const shown = names.slice(0, 3).map((n) => `'${n}'`).join(', ');
    return names.length > 3 ? `${shown} and ${names.length - 3} more` : shown;
}
function describeNonFolder(target, st) {
    if (st.isSymbolicLink()) {
        let to = '?';
        try {
            to = fs.readlinkSync(target);
        }
        catch {
            /* the link's target stays unknown */
        }
        return `is a symbolic link (to ${to})`;
    }
    if (st.isFile())
        return `is a regular file (${st.size} bytes), not a folder dcsim wrote`;
    return 'is a device, socket or pipe, not a folder dcsim wrote';
}
/**
 * What is at `target`, the folder an output is about to replace: `absent`, `empty` (an empty
 * folder: nothing to lose, written into without --force) or `ours` (a folder dcsim wrote, only
 * with `force`). Anything else throws `OutputNotOursError` or `OutputExistsError`.
 */
export function checkReplaceableFolder(target, force) {
    let st;
    try {
        st = fs.lstatSync(target);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return 'absent';
        throw new OutputWriteError(target, err.code ?? err.message);
    }
    if (!st.isDirectory())
        throw new OutputNotOursError(target, describeNonFolder(target, st));
    let names;
    try {
        names = fs.readdirSync(target).sort();
    }
    catch (err) {
        throw new OutputWriteError(target, err.code ?? err.message);
    }
    if (names.length === 0)
        return 'empty';
    const marker = readMarker(target);
    if (marker === null) {
        throw new OutputNotOursError(target, `holds ${names.length} entr${names.length === 1 ? 'y' : 'ies'} (${sample(names)}) and no ${MARKER} marker, so it is not a folder dcsim wrote`);
    }
    const listed = new Set(marker.entries);
    const foreign = listEntries(target).filter((e) => !listed.has(e));
    if (foreign.length > 0) {
        throw new OutputNotOursError(target, `was written by dcsim but now also holds ${foreign.length} entr${foreign.length === 1 ? 'y' : 'ies'} it did not write (${sample(foreign)})`);
    }
    if (!force)
        throw new OutputExistsError(target);
    return 'ours';
}
/**
 * Checks that the single file `target` may be written: absent, or a regular file whose first
 * bytes `isOwned` recognises as dcsim's (then only with `force`, unless `force` is undefined:
 * commands that always rebuild their own file).
 */
export function checkReplaceableFile(target, force, isOwned, what = 'file') {
    let st;
    try {
        st = fs.lstatSync(target);
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return 'absent';
        throw new OutputWriteError(target, err.code ?? err.message);
    }
    if (st.isDirectory())
        throw new OutputNotOursError(target, `is a folder, not a ${what} dcsim wrote`);
    if (!st.isFile())
        throw new OutputNotOursError(target, describeNonFolder(target, st));
    const fd = fs.openSync(target, 'r');
    let head;
    try {
        const buf = Buffer.alloc(4096);
        head = buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0)).toString('utf8');
    }
    finally {
        fs.closeSync(fd);
    }
    if (!isOwned(head))
        throw new OutputNotOursError(target, `is a file (${st.size} bytes) that is not a ${what} dcsim wrote`);
    if (force === false)
        throw new OutputExistsError(target, 'output file');
    return 'ours';
}
/** An output that was refused or could not be written: exit code 4 at the command line. */
export function isOutputError(err) {
    return err instanceof OutputExistsError || err instanceof OutputWriteError || err instanceof OutputNotOursError;
}
//# sourceMappingURL=ownership.js.map