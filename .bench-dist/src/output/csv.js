/**
 * CSV through csv-stringify (quoting, escaping), with numbers formatted at a fixed precision
 * so that outputs are byte-identical across runs and platforms.
 */
import { stringify } from 'csv-stringify/sync';
import { StreamFile } from './stream-file.js';
/** Fixed decimals, no "-0", and an empty cell for NaN (not computable). */
export function num(x, decimals = 3) {
    if (Number.isNaN(x))
        return '';
    const s = x.toFixed(decimals);
    return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}
export class CsvFile {
    out;
    constructor(file, header) {
        this.out = new StreamFile(file);
        this.out.write(stringify([header]));
    }
    rows(rows) {
        if (rows.length > 0)
            this.out.write(stringify(rows));
    }
    close() {
        this.out.close();
    }
}
//# sourceMappingURL=csv.js.map