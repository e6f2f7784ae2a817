/**
 * The checkpoint of a sweep in the making: a hidden folder beside the output folder,
 * `.<name>.sweep-<sweep id>`, holding `runs.ndjson` (one finished run per line, appended and
 * fsynced as runs finish) and `points/<point>/report.json` for each point's replication 0
 * (written and fsynced before its run's line). Running the same command again reads it and
 * skips finished runs; a line cut short by a crash is ignored. When the sweep is complete the
 * folder is finished off and renamed into place as the output folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeDirs, OutputWriteError } from '../output/atomic-dir.js';
import { stableJson } from '../output/json.js';
export const JOURNAL = 'runs.ndjson';
/** The checkpoint folder of sweep `id` whose output goes to `outDir`. */
export function checkpointDir(outDir, id) {
    return path.join(path.dirname(outDir), `.${path.basename(outDir)}.sweep-${id}`);
}
export function reportFile(dir, pointId) {
    return path.join(dir, 'points', pointId, 'report.json');
}
/** Writes `data` to `file` durably: temp file, fsync, rename. */
export function writeDurable(file, data) {
    const tmp = `${file}.tmp-${process.pid}`;
    const fd = fs.openSync(tmp, 'w');
    try {
        fs.writeSync(fd, data);
        fs.fsyncSync(fd);
    }
    finally {
        fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
}
/** Temp files of writes cut short by a crash (`*.tmp-<pid>`), anywhere in the checkpoint. */
function removeTempFiles(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, entry.name);
        if (entry.isDirectory())
            removeTempFiles(p);
        else if (/\.tmp-\d+$/.test(entry.name))
            fs.rmSync(p, { force: true });
    }
}
function isRecord(x) {
    if (typeof x !== 'object' || x === null)
        return false;
    const r = x;
    return typeof r['run'] === 'string' && typeof r['point'] === 'number' && typeof r['replication'] === 'number' && typeof r['seed'] === 'number' && typeof r['metrics'] === 'object' && r['metrics'] !== null;
}
export class Journal {
    dir;
    /** Finished runs by run id (the first line wins when a run appears twice). */
    done = new Map();
    fd = null;
    /**
     * Opens (creating) the checkpoint in `dir`. `expected` maps each run id of the sweep to its
     * point id, and whether it carries a report; a line for another run, or whose report file
     * is missing, is not taken.
     */
    constructor(dir, expected) {
        this.dir = dir;
        try {
            makeDirs(dir);
        }
        catch (err) {
            if (err instanceof OutputWriteError)
                throw err;
            throw new OutputWriteError(dir, err.message);
        }
        removeTempFiles(dir);
        const file = path.join(dir, JOURNAL);
        if (!fs.existsSync(file))
            return;
        const text = fs.readFileSync(file, 'utf8');
        const complete = text.endsWith('\n') ? text : text.slice(0, text.lastIndexOf('\n') + 1);
        for (const line of complete.split('\n')) {
            if (line.trim() === '')
                continue;
            let rec;
            try {
                rec = JSON.parse(line);
            }
            catch {
                continue;
            }
            if (!isRecord(rec) || this.done.has(rec.run))
                continue;
            const want = expected.get(rec.run);
            if (want === undefined)
                continue;
            if (want.withReport && !fs.existsSync(reportFile(dir, want.pointId)))
                continue;
            this.done.set(rec.run, rec);
        }
        // Rewrite without a torn last line, so appends start on a line of their own.
        if (complete.length !== text.length)
            writeDurable(file, complete);
    }
    /** Records a finished run: its report first (when it has one), then its line, fsynced. */
    append(record, pointId, report) {
        if (this.done.has(record.run))
            return;
        if (report !== null) {
            const file = reportFile(this.dir, pointId);
            makeDirs(path.dirname(file));
            writeDurable(file, stableJson(report));
        }
        if (this.fd === null)
            this.fd = fs.openSync(path.join(this.dir, JOURNAL), 'a');
        fs.writeSync(this.fd, `${JSON.stringify(record)}\n`);
        fs.fsyncSync(this.fd);
        this.done.set(record.run, record);
    }
    readReport(pointId) {
        return JSON.parse(fs.readFileSync(reportFile(this.dir, pointId), 'utf8'));
    }
    close() {
        if (this.fd !== null)
            fs.closeSync(this.fd);
        this.fd = null;
    }
}
//# sourceMappingURL=journal.js.map