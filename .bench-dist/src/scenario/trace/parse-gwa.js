/**
 * Grid Workloads Archive GWA-T-12 (Bitbrains) VM files as published: fields separated by ";"
 * (followed by a tab in the published files), header `Timestamp [ms]; CPU cores; CPU capacity
 * provisioned [MHZ]; CPU usage [MHZ]; CPU usage [%]; Memory capacity provisioned [KB]; Memory
 * usage [KB]; Disk read throughput [KB/s]; Disk write throughput [KB/s]; Network received
 * throughput [KB/s]; Network transmitted throughput [KB/s]` (data/bitbrains/README.md; DOMAIN.md,
 * Bitbrains / Materna traces). The timestamps are Unix seconds despite the header (read as ms
 * only when too large to be seconds). CPU usage [MHZ] is absolute demand: it is kept in MHz
 * (as a fraction of the first row's provisioned capacity, `refMhz`), never capped at the
 * provisioned capacity, so a VM replays the same cycles on a host of any speed.
 * Times are made relative to the first row: the file's first sample is the run start.
 */
import { capProblems, contentLines, quoteFound } from './lines.js';
/** Every column of a GWA-T-12 file, by its header name (case and spacing ignored). */
const KNOWN = {
    time: 'Timestamp [ms]',
    cores: 'CPU cores',
    capMhz: 'CPU capacity provisioned [MHZ]',
    useMhz: 'CPU usage [MHZ]',
    usePct: 'CPU usage [%]',
    memKb: 'Memory capacity provisioned [KB]',
    memUseKb: 'Memory usage [KB]',
    diskRd: 'Disk read throughput [KB/s]',
    diskWr: 'Disk write throughput [KB/s]',
    netRx: 'Network received throughput [KB/s]',
    netTx: 'Network transmitted throughput [KB/s]',
};
/** Unix seconds beyond this (year 5138) must be milliseconds. */
const MAX_SECONDS = 1e11;
const NUMBER = /^[+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const squash = (s) => s.trim().replace(/\s+/g, ' ').toLowerCase();
/** Column index of each known header name; a problem for a column that is not one of them. */
function readHeader(line) {
    const names = line.split(';').map((h) => h.trim());
    const at = new Map();
    const byName = new Map(Object.entries(KNOWN).map(([k, n]) => [squash(n), k]));
    for (let i = 0; i < names.length; i++) {
        const key = byName.get(squash(names[i]));
        if (key === undefined) {
            return { line: 1, message: `column ${i + 1} ${quoteFound(names[i])} is not a GWA-T-12 column; expected names from: ${Object.values(KNOWN).join('; ')}` };
        }
        at.set(key, i);
    }
    for (const need of ['time', 'useMhz']) {
        if (!at.has(need))
            return { line: 1, message: `expected a "${KNOWN[need]}" column in the GWA-T-12 header, found ${quoteFound(line.trim())}` };
    }
    return { at, width: names.length };
}
/** Parses one file's text; every malformed row is reported (capped, see `capProblems`). */
export function parseGwaTrace(text) {
    const lines = contentLines(text);
    const empty = { timesMs: new Float64Array(0), cpu: new Float32Array(0), memActive: null, refMhz: 1, startEpochMs: null, problems: [] };
    const header = lines[0] === undefined ? { line: 1, message: 'expected the GWA-T-12 header, found an empty file' } : readHeader(lines[0]);
    if (!('at' in header))
        return { ...empty, problems: [header] };
    const { at, width } = header;
    const rows = [];
    const problems = [];
    const field = (f, k) => {
        const i = at.get(k);
        if (i === undefined)
            return undefined;
        const s = f[i].trim();
        return NUMBER.test(s) ? Number(s) : `expected a number >= 0 in "${KNOWN[k]}", found ${quoteFound(s)}`;
    };
    let prev = -Infinity;
    for (let r = 1; r < lines.length; r++) {
        const f = lines[r].split(';');
        if (f.length !== width) {
            problems.push({ line: r + 1, message: `expected ${width} fields separated by ";", found ${f.length}` });
            continue;
        }
        const values = ['time', 'useMhz', 'capMhz', 'memKb', 'memUseKb'].map((k) => field(f, k));
        const bad = values.find((v) => typeof v === 'string');
        if (bad !== undefined) {
            problems.push({ line: r + 1, message: bad });
            continue;
        }
        const [t, use, cap, mem, memUse] = values;
        if (!(t > prev)) {
            problems.push({ line: r + 1, message: `expected the timestamp to increase, found ${t} after ${prev}` });
            continue;
        }
        prev = t;
        rows.push({ t: t, use: use, cap: cap ?? 0, mem: mem ?? 0, memUse: memUse ?? 0 });
    }
    if (rows.length === 0 && problems.length === 0)
        problems.push({ line: 1, message: 'expected at least one data row after the header, found none' });
    if (problems.length > 0)
        return { ...empty, problems: capProblems(problems) };
    const first = rows[0];
    const scale = first.t > MAX_SECONDS ? 1 : 1000;
    const peak = rows.reduce((m, r) => Math.max(m, r.use), 0);
    const refMhz = first.cap > 0 ? first.cap : peak > 0 ? peak : 1;
    const hasMem = at.has('memKb') && at.has('memUseKb');
    return {
        timesMs: Float64Array.from(rows, (r) => Math.round((r.t - first.t) * scale)),
        cpu: Float32Array.from(rows, (r) => r.use / refMhz),
        memActive: hasMem ? Float32Array.from(rows, (r) => (r.mem > 0 ? Math.min(1, r.memUse / r.mem) : 0)) : null,
        refMhz,
        startEpochMs: first.t * scale,
        problems: [],
    };
}
//# sourceMappingURL=parse-gwa.js.map