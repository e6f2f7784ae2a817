/**
 * Reads a text file line by line in 1 MiB reads, without holding it in memory (files merged
 * after a run split by cluster can be as large as the run's outputs).
 */
import fs from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
/** Reads a file line by line without holding it in memory. */
export class LineReader {
    file;
    fd;
    buf = Buffer.alloc(1 << 20);
    // A character split across two reads is completed by the next one.
    decoder = new StringDecoder('utf8');
    rest = '';
    lines = [];
    next = 0;
    eof = false;
    constructor(file) {
        this.file = file;
        this.fd = fs.openSync(file, 'r');
    }
    /** The next line with its newline, or null at the end. */
    line() {
        while (this.next >= this.lines.length) {
            if (this.eof) {
                if (this.rest === '')
                    return null;
                const last = this.rest;
                this.rest = '';
                return `${last}\n`;
            }
            const n = fs.readSync(this.fd, this.buf, 0, this.buf.length, null);
            if (n === 0) {
                this.eof = true;
                continue;
            }
            const text = this.rest + this.decoder.write(this.buf.subarray(0, n));
            const parts = text.split('\n');
            this.rest = parts.pop();
            this.lines = parts;
            this.next = 0;
        }
        return `${this.lines[this.next++]}\n`;
    }
    close() {
        fs.closeSync(this.fd);
    }
}
//# sourceMappingURL=line-reader.js.map