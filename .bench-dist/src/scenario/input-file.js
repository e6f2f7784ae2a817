/**
 * What dcsim agrees to read: regular files of a bounded size. A device (`/dev/zero`), a FIFO
 * or a socket would hang a read or grow memory without end, and a file of gigabytes would be
 * held whole in memory; both are refused before a byte is read, naming the file and the limit.
 */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
/** Scenario, overlay and report files: far above any real one (the largest shipped is ~20 KB). */
export const MAX_SCENARIO_BYTES = 64 * 1024 * 1024;
/** One trace file: traces are held in memory as 4-byte samples, so ~0.5 GB of text is plenty. */
export const MAX_TRACE_BYTES = 512 * 1024 * 1024;
/** Why `location` cannot be read as an input file of at most `maxBytes`, or null when it can. */
export function inputFileProblem(location, maxBytes) {
    let st;
    try {
        st = statSync(location);
    }
    catch (err) {
        return fsReason(err);
    }
    if (st.isDirectory())
        return 'it is a folder, not a file';
    if (!st.isFile())
        return 'it is not a regular file (a device, pipe or socket); dcsim reads only regular files';
    if (st.size > maxBytes)
        return `it is ${mib(st.size)}, over the ${mib(maxBytes)} limit for this kind of file`;
    return null;
}
/**
 * Reads a regular file of at most `maxBytes` (checked on the open file, so a file swapped for a
 * device in between is still refused). Throws `InputFileError` with the reason.
 */
export function readInputFile(location, maxBytes) {
    const before = inputFileProblem(location, maxBytes);
    if (before !== null)
        throw new InputFileError(before);
    let fd;
    try {
        fd = openSync(location, 'r');
    }
    catch (err) {
        throw new InputFileError(fsReason(err));
    }
    try {
        const st = fstatSync(fd);
        if (!st.isFile())
            throw new InputFileError('it is not a regular file');
        if (st.size > maxBytes)
            throw new InputFileError(`it is ${mib(st.size)}, over the ${mib(maxBytes)} limit for this kind of file`);
        const buf = Buffer.alloc(st.size);
        let at = 0;
        while (at < st.size) {
            const n = readSync(fd, buf, at, st.size - at, at);
            if (n === 0)
                break;
            at += n;
        }
        return buf.subarray(0, at);
    }
    finally {
        closeSync(fd);
    }
}
/** UTF-8 text of an input file (invalid bytes are an `InputFileError`). */
export function readInputText(location, maxBytes) {
    const bytes = readInputFile(location, maxBytes);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new InputFileError('it is not UTF-8 text');
    }
}
export class InputFileError extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
    }
}
function fsReason(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return 'no such file';
    if (code === 'EISDIR')
        return 'it is a folder, not a file';
    if (code === 'EACCES' || code === 'EPERM')
        return 'permission denied';
    if (code === 'ENOTDIR')
        return 'a part of the path is not a folder';
    return code ?? err.message;
}
function mib(n) {
    return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}
//# sourceMappingURL=input-file.js.map