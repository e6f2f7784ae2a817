import { hostWith } from '../trace.js';
import { parseNumber, splitFields, textLines } from './csv-fields.js';
const REQUIRED = ['pages_shared', 'pages_sharing'];
export function parseKsmCsv(text, file, log) {
    const lines = textLines(text);
    const header = splitFields(lines[0] ?? '', ',')?.map((h) => h.trim()) ?? [];
    const col = (name) => header.indexOf(name);
    const missing = REQUIRED.filter((n) => col(n) < 0);
    if (lines.length === 0 || missing.length > 0) {
        log.malformed(file, 1, `expected a header with ${REQUIRED.join(' and ')}, found ${JSON.stringify((lines[0] ?? '').slice(0, 60))}`);
        return [];
    }
    const rows = [];
    for (let i = 1; i < lines.length; i++) {
        const n = i + 1;
        const raw = lines[i];
        if (raw.trim() === '')
            continue;
        const f = splitFields(raw, ',');
        if (f === null) {
            log.malformed(file, n, 'a quoted field is not closed on this line');
            continue;
        }
        if (f.length !== header.length) {
            log.malformed(file, n, `expected ${header.length} comma-separated fields, found ${f.length}`);
            continue;
        }
        const get = (name) => (col(name) >= 0 ? f[col(name)] : undefined);
        const shared = parseNumber(get('pages_shared'));
        const sharing = parseNumber(get('pages_sharing'));
        if (shared === undefined || sharing === undefined || shared < 0 || sharing < 0) {
            log.malformed(file, n, `expected whole page counts in pages_shared and pages_sharing, found ${JSON.stringify(get('pages_shared'))} and ${JSON.stringify(get('pages_sharing'))}`);
            continue;
        }
        const page = parseNumber(get('page_size_bytes')) ?? 4096;
        const savedMiB = (sharing * page) / 2 ** 20;
        const derived = parseNumber(get('derived_saved_MiB'));
        if (derived !== undefined && Math.abs(derived - savedMiB) > 0.1) {
            log.note(`${file}:${n}: derived_saved_MiB ${derived} differs from pages_sharing × page size = ${savedMiB.toFixed(1)} MiB`);
        }
        const unshared = parseNumber(get('pages_unshared'));
        rows.push({
            line: n,
            description: (get('host_description') ?? '').trim(),
            date: (get('date') ?? '').trim(),
            pagesShared: shared,
            pagesSharing: sharing,
            pagesUnshared: unshared ?? null,
            pageSizeBytes: page,
            savedMiB,
        });
    }
    return rows;
}
/** Each row as a host with one KSM reading at t = 0. */
export function ksmRowsToHosts(rows) {
    const one = (v) => ({ t: Float64Array.of(0), v: Float64Array.of(v) });
    return rows.map((r) => hostWith({ name: `ksm-line-${r.line}`, cpus: null, mhz: null, memoryMiB: null, notes: [`${r.date}: ${r.description}`] }, [], {
        ksmPagesSharing: one(r.pagesSharing),
        ksmPagesShared: one(r.pagesShared),
    }));
}
//# sourceMappingURL=ksm-csv.js.map