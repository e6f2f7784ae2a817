/** At most this many malformed lines are listed per file; the rest are counted. */
export const MAX_PROBLEMS_PER_FILE = 50;
export class ImportLog {
    listed = [];
    perFile = new Map();
    skips = new Map();
    noteList = [];
    /** A malformed line: reported, and the line is left out. */
    malformed(file, line, message) {
        const n = (this.perFile.get(file) ?? 0) + 1;
        this.perFile.set(file, n);
        if (n <= MAX_PROBLEMS_PER_FILE)
            this.listed.push({ file, line: Math.max(1, line), message });
    }
    /** Something left out for a reason ("interval with a counter reset"); counted, not listed. */
    skip(reason, n = 1) {
        if (n > 0)
            this.skips.set(reason, (this.skips.get(reason) ?? 0) + n);
    }
    note(text) {
        if (!this.noteList.includes(text))
            this.noteList.push(text);
    }
    /** Number of malformed lines seen (listed or not). */
    get malformedCount() {
        let n = 0;
        for (const v of this.perFile.values())
            n += v;
        return n;
    }
    /** Listed problems, with one "and N more" entry per file past the cap. */
    problems() {
        const out = [...this.listed];
        for (const [file, n] of this.perFile) {
            if (n > MAX_PROBLEMS_PER_FILE) {
                const more = n - MAX_PROBLEMS_PER_FILE;
                out.push({ file, line: 1, message: `and ${more} more malformed line${more === 1 ? '' : 's'} in this file` });
            }
        }
        return out;
    }
    /** The summary: malformed lines per file, then skip counts, then notes. */
    notes() {
        const out = [];
        for (const [file, n] of this.perFile)
            out.push(`${file}: ${n} malformed line${n === 1 ? '' : 's'} skipped`);
        for (const [reason, n] of this.skips)
            out.push(`${n} × ${reason}`);
        return [...out, ...this.noteList];
    }
}
//# sourceMappingURL=import-log.js.map