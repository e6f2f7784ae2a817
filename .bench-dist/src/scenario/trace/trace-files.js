/**
 * Finding and reading trace files. The only trace code that touches the file system.
 */
import { readdirSync, statSync } from 'node:fs';
import { InputFileError, MAX_TRACE_BYTES, readInputFile } from '../input-file.js';
import { join } from 'node:path';
/** Plain UTF-16 code-unit order, the same on every machine and locale. */
export function compareNames(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/**
 * Whether a folder entry is trace data: hidden files (`.DS_Store`, `.gitkeep`) and Markdown
 * notes (`README.md`, which documents a trace's origin) are not. Names may contain spaces.
 */
export function isTraceFileName(name) {
    return !name.startsWith('.') && !name.toLowerCase().endsWith('.md');
}
function isFile(abs) {
    try {
        return statSync(abs).isFile();
    }
    catch {
        return false;
    }
}
/** The trace files of a folder (regular files, symlinks followed), sorted by {@link compareNames}. */
export function listTraceFolder(absDir) {
    return readdirSync(absDir)
        .filter((name) => isTraceFileName(name) && isFile(join(absDir, name)))
        .sort(compareNames);
}
function describeFsError(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    return err.message;
}
/** Classifies an absolute trace path as a file, a folder (with its trace files) or an error. */
export function inspectTracePath(abs) {
    try {
        const stat = statSync(abs);
        if (stat.isFile())
            return { kind: 'file' };
        if (stat.isDirectory())
            return { kind: 'folder', names: listTraceFolder(abs) };
        return { kind: 'error', message: 'is neither a file nor a folder (a device, pipe or socket); dcsim reads only regular files' };
    }
    catch (err) {
        return { kind: 'error', message: describeFsError(err) };
    }
}
/** Reads a trace file as UTF-8 text, or returns why it could not be read. */
export function readTraceText(abs) {
    try {
        return { text: readInputFile(abs, MAX_TRACE_BYTES).toString('utf8') };
    }
    catch (err) {
        return { error: err instanceof InputFileError ? err.reason : describeFsError(err) };
    }
}
//# sourceMappingURL=trace-files.js.map