/**
 * Reads the trace files of every `type: trace` VM group, so the model never opens files.
 *
 * Each file is read and parsed at most once per load (cached by format and absolute path);
 * VMs replaying the same file share one TraceData and its arrays.
 */
import { join, posix, resolve } from 'node:path';
import { traceKey } from '../scenario.js';
import { csvTrace, gwaTrace, planetLabTrace } from './read-trace.js';
import { alignToGroupStart } from './align.js';
import { inspectTracePath } from './trace-files.js';
import { traceWarnings } from './trace-warnings.js';
/** The files a trace `path` stands for, or a problem message. */
function candidates(w, ctx) {
    const abs = resolve(ctx.baseDir, w.path);
    const found = inspectTracePath(abs);
    if (found.kind === 'error')
        return `cannot use trace path '${w.path}': ${found.message} (resolved to ${abs})`;
    if (found.kind === 'file')
        return [{ abs, source: w.path, display: join(ctx.displayDir, w.path) }];
    if (w.format === 'csv')
        return `expected a CSV file, found a folder at '${w.path}'`;
    if (found.names.length === 0) {
        return `found no trace files in folder '${w.path}' (hidden files and *.md files are skipped)`;
    }
    const folder = w.path.replace(/[\\/]+$/, '');
    return found.names.map((name) => ({
        abs: join(abs, name),
        source: posix.join(folder, name),
        display: join(ctx.displayDir, folder, name),
    }));
}
/** The files a group of `count` VMs reads: one each, or reused in order; `string` if too few. */
function assign(w, count, files) {
    if (w.format === 'csv')
        return files; // every VM of the group replays the one file
    if (files.length >= count)
        return files.slice(0, count);
    if (w.reuse)
        return files;
    const n = files.length;
    return (`found ${n} trace file${n === 1 ? '' : 's'} at '${w.path}' but the group has ${count} VMs, ` +
        'which need one file each; add files, lower count, or set reuse: true');
}
/** Loads every trace group of `spec`. Never throws for bad input: problems are returned. */
export function loadTraces(spec, ctx) {
    const result = { traces: new Map(), problems: [], fileProblems: [], warnings: [] };
    const readers = { planetlab: planetLabTrace(), csv: csvTrace(), 'gwa-bitbrains': gwaTrace() };
    spec.clusters.forEach((cluster, c) => {
        cluster.vms.forEach((group, v) => {
            const w = group.workload;
            if (w.type !== 'trace')
                return;
            const at = (...rest) => ['clusters', c, 'vms', v, 'workload', ...rest];
            const reader = readers[w.format];
            const files = candidates(w, ctx);
            if (typeof files === 'string') {
                result.problems.push({ path: at('path'), message: files });
                return;
            }
            const used = assign(w, group.count, files);
            if (typeof used === 'string') {
                result.problems.push({ path: at('path'), message: used });
                // Still read the files that exist, so their malformed lines come out in the same run.
                for (const f of files)
                    reader.read(f, w, result.fileProblems);
                return;
            }
            const data = used.map((f) => reader.read(f, w, result.fileProblems));
            if (data.some((d) => d === null))
                return;
            const perFile = alignToGroupStart(data);
            result.traces.set(traceKey(c, v), Array.from({ length: group.count }, (_, i) => perFile[i % perFile.length]));
            result.warnings.push(...traceWarnings(w, perFile, ctx, at));
        });
    });
    return result;
}
//# sourceMappingURL=load-traces.js.map