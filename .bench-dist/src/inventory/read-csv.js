/**
 * One RVTools tab exported as CSV (RFC 4180: quoted fields may hold the delimiter, doubled quotes
 * and line breaks). The delimiter is the one of "," ";" or tab found most often outside quotes in
 * the header line: RVTools "Export all to csv" writes commas, but files re-saved by a spreadsheet
 * in a decimal-comma locale use semicolons.
 */
import { InventoryError } from './table.js';
function detectDelimiter(text) {
    const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
    let quoted = false;
    for (const ch of text) {
        if (ch === '"')
            quoted = !quoted;
        else if (!quoted && (ch === '\n' || ch === '\r'))
            break;
        else if (!quoted && counts.has(ch))
            counts.set(ch, counts.get(ch) + 1);
    }
    let best = ',';
    for (const [d, n] of counts)
        if (n > counts.get(best))
            best = d;
    return best;
}
/** Records of the CSV text, each with the line on which it starts (1-based). */
function records(text, delimiter, source, tab) {
    const out = [];
    let fields = [];
    let field = '';
    let quoted = false;
    let line = 1;
    let start = 1;
    let atFieldStart = true;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quoted) {
            if (ch === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            }
            else if (ch === '"')
                quoted = false;
            else {
                if (ch === '\n')
                    line++;
                field += ch;
            }
            continue;
        }
        if (ch === '"' && atFieldStart) {
            quoted = true;
            atFieldStart = false;
        }
        else if (ch === delimiter) {
            fields.push(field);
            field = '';
            atFieldStart = true;
        }
        else if (ch === '\n' || ch === '\r') {
            if (ch === '\r' && text[i + 1] === '\n')
                i++;
            fields.push(field);
            if (fields.some((f) => f !== ''))
                out.push({ line: start, fields });
            fields = [];
            field = '';
            line++;
            start = line;
            atFieldStart = true;
        }
        else {
            field += ch;
            atFieldStart = false;
        }
    }
    if (quoted)
        throw new InventoryError(source, tab, start, null, 'a quoted field is not closed before the end of the file');
    fields.push(field);
    if (fields.some((f) => f !== ''))
        out.push({ line: start, fields });
    return out;
}
/** The table of one CSV file; `source` names the file in messages. */
export function readCsvTable(text, tab, source) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const recs = records(body, detectDelimiter(body), source, tab);
    const head = recs[0];
    if (head === undefined)
        throw new InventoryError(source, tab, null, null, 'the file is empty: expected a header row of column names');
    const rows = recs.slice(1).map((r) => ({ line: r.line, cells: r.fields }));
    return { tab, source, headers: head.fields.map((h) => h.trim()), rows };
}
//# sourceMappingURL=read-csv.js.map