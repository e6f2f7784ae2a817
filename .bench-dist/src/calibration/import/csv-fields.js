/**
 * Splitting delimited lines for the tabular importers: quoted fields ("a, b" and "" escapes)
 * as RFC 4180, one line at a time (a field spanning lines is reported by the caller as a
 * malformed line), and strict number parsing.
 */
/** Fields of one line; `null` when a quote is left open. */
export function splitFields(line, sep) {
    const out = [];
    let field = '';
    let quoted = false;
    let i = 0;
    while (i < line.length) {
        const c = line[i];
        if (quoted) {
            if (c === '"' && line[i + 1] === '"') {
                field += '"';
                i += 2;
                continue;
            }
            if (c === '"')
                quoted = false;
            else
                field += c;
            i++;
            continue;
        }
        if (c === '"' && field.trim() === '') {
            quoted = true;
            field = '';
        }
        else if (line.startsWith(sep, i)) {
            out.push(field);
            field = '';
            i += sep.length;
            continue;
        }
        else
            field += c;
        i++;
    }
    if (quoted)
        return null;
    out.push(field);
    return out;
}
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A finite number written plainly (no thousands separators), or undefined. */
export function parseNumber(text) {
    if (text === undefined)
        return undefined;
    const t = text.trim();
    if (!NUMBER.test(t))
        return undefined;
    const v = Number(t);
    return Number.isFinite(v) ? v : undefined;
}
/** Lines of a text without a byte-order mark, CR and trailing blank lines. */
export function textLines(text) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    while (lines.length > 0 && lines[lines.length - 1].trim() === '')
        lines.pop();
    return lines;
}
//# sourceMappingURL=csv-fields.js.map