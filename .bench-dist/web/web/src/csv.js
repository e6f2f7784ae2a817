/** CSV text for the export buttons (RFC 4180 quoting; numbers as they are). Pure. */
function cell(v) {
    if (v === null || v === undefined)
        return '';
    if (typeof v === 'number')
        return Number.isFinite(v) ? String(v) : '';
    const s = String(v);
    return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
export function toCsv(header, rows) {
    const lines = [header.map(cell).join(',')];
    for (const r of rows)
        lines.push(r.map(cell).join(','));
    return `${lines.join('\n')}\n`;
}
