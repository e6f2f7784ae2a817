/**
 * Interleaves CSV files written apart into one, block by block: the header once, then for each
 * block (an output interval) the next rows of each input in order. Used to merge the series of
 * clusters run apart into the file one simulation writes (a cluster's rows of an interval, in
 * cluster order). Rows hold no line breaks (ids, numbers and state names only).
 */
import { LineReader } from './line-reader.js';
import { StreamFile } from './stream-file.js';
/** Write `out` from `inputs`, whose headers must agree and which must hold `blocks` blocks each. */
export function interleaveCsv(out, inputs, blocks) {
    const readers = inputs.map((i) => new LineReader(i.file));
    const writer = new StreamFile(out);
    try {
        const headers = readers.map((r) => r.line());
        if (headers.some((h) => h !== headers[0]))
            throw new Error(`interleaveCsv: the inputs' headers differ (${inputs.map((i) => i.file).join(', ')})`);
        if (headers[0] !== null && headers[0] !== undefined)
            writer.write(headers[0]);
        for (let b = 0; b < blocks; b++) {
            readers.forEach((r, k) => {
                const rows = inputs[k].rowsPerBlock;
                for (let j = 0; j < rows; j++) {
                    const line = r.line();
                    if (line === null)
                        throw new Error(`interleaveCsv: ${r.file} ends at block ${b} of ${blocks}`);
                    writer.write(line);
                }
            });
        }
        for (const r of readers)
            if (r.line() !== null)
                throw new Error(`interleaveCsv: ${r.file} has more than ${blocks} blocks`);
    }
    finally {
        writer.close();
        for (const r of readers)
            r.close();
    }
}
//# sourceMappingURL=csv-interleave.js.map