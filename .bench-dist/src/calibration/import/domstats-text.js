import { parseNodeinfo, parseVirtTopHeader } from './proc-files.js';
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const DOMAIN = /^Domain:\s*'(.*)'\s*$/;
const TS = /^#\s*ts=(\S*)(?:\s+seq=(\S+))?\s*$/;
/** Parses domstats text into snapshots; malformed lines are logged with their line number. */
export function parseDomstatsText(text, file, log, o = {}) {
    const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const snaps = [];
    let cur = null;
    let dom = null;
    let ignored = 0;
    let nodeinfo = null;
    const start = (tMs, line, seq = null) => {
        const s = { tMs, seq, line, domains: new Map() };
        snaps.push(s);
        return s;
    };
    lines.forEach((raw, i) => {
        const n = i + 1;
        const line = raw.trimEnd();
        if (line.trim() === '') {
            dom = null;
            return;
        }
        const ts = TS.exec(line.trim());
        if (ts) {
            dom = null;
            const v = Number(ts[1]);
            if (!NUMBER.test(ts[1]) || !Number.isFinite(v)) {
                log.malformed(file, n, `expected "# ts=<unix ms>", found ${JSON.stringify(line.slice(0, 40))}`);
                cur = null;
            }
            else
                cur = start(v, n, ts[2] ?? null);
            return;
        }
        if (line.trim().startsWith('#'))
            return; // comments, "# end_ts=..."
        const indented = /^\s/.test(line);
        if (indented && dom !== null) {
            const at = line.indexOf('=');
            if (at < 0) {
                log.malformed(file, n, `expected "key=value" inside a Domain block, found ${JSON.stringify(line.trim().slice(0, 40))}`);
                return;
            }
            const key = line.slice(0, at).trim();
            const value = line.slice(at + 1).trim();
            if (key === '')
                log.malformed(file, n, 'expected a field name before "="');
            else if (NUMBER.test(value))
                dom.set(key, Number(value));
            return;
        }
        dom = null;
        if (line.startsWith('Domain:')) {
            const m = DOMAIN.exec(line);
            if (!m || m[1] === '') {
                log.malformed(file, n, `expected "Domain: 'NAME'", found ${JSON.stringify(line.slice(0, 40))}`);
                return;
            }
            const name = m[1];
            if (cur === null || (cur.domains.has(name) && cur.tMs === null))
                cur = start(null, n);
            else if (cur.domains.has(name)) {
                log.malformed(file, n, `domain '${name}' appears twice in the snapshot that starts at line ${cur.line}; the second block is skipped`);
                dom = new Map();
                return;
            }
            dom = new Map();
            cur.domains.set(name, dom);
            return;
        }
        const top = parseVirtTopHeader(line);
        if (top)
            nodeinfo = top;
        else if (/^\s*CPU model:/.test(line))
            nodeinfo = parseNodeinfo(lines.slice(i, i + 9).join('\n')) ?? nodeinfo;
        ignored++;
    });
    if (ignored > 0)
        log.skip(`line that is not domstats output (${file}, skipped)`, ignored);
    const untimed = snaps.filter((s) => s.tMs === null).length;
    const interval = o.intervalMs ?? 10_000;
    if (untimed > 1)
        log.note(`${file}: snapshots have no "# ts=" lines; taken to be ${interval / 1000} s apart`);
    const snapshots = snaps
        .filter((s) => s.domains.size > 0 || s.tMs !== null)
        .map((s, k) => ({ tMs: s.tMs ?? k * interval, line: s.line, seq: s.seq, domains: s.domains, host: null }));
    return { file, hostName: o.hostName ?? 'host', nodeinfo, snapshots, absoluteTime: untimed === 0 && snapshots.length > 0 };
}
//# sourceMappingURL=domstats-text.js.map