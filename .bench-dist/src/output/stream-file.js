/**
 * A buffered, synchronous file writer: rows are appended to an in-memory chunk and flushed in
 * large writes, so a long run streams to disk instead of holding its series in memory.
 */
import fs from 'node:fs';
const FLUSH_BYTES = 1 << 20;
export class StreamFile {
    file;
    fd;
    chunks = [];
    size = 0;
    constructor(file) {
        this.file = file;
        this.fd = fs.openSync(file, 'w');
    }
    write(text) {
        this.chunks.push(text);
        this.size += text.length;
        if (this.size >= FLUSH_BYTES)
            this.flush();
    }
    flush() {
        if (this.chunks.length === 0)
            return;
        fs.writeSync(this.fd, this.chunks.join(''));
        this.chunks = [];
        this.size = 0;
    }
    close() {
        this.flush();
        fs.closeSync(this.fd);
    }
}
//# sourceMappingURL=stream-file.js.map