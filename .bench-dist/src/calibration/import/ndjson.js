import { EMPTY_HOST_READINGS } from '../snapshot.js';
import { EndRecord, HeaderRecord, SampleRecord } from '../collect/format.js';
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
function numericMap(rec) {
    const out = new Map();
    for (const [k, v] of Object.entries(rec)) {
        if (typeof v === 'number' && Number.isFinite(v))
            out.set(k, v);
        else if (typeof v === 'string' && NUMBER.test(v.trim()))
            out.set(k, Number(v));
    }
    return out;
}
function issueText(issues) {
    const first = issues[0];
    if (!first)
        return 'invalid record';
    const where = first.path.length > 0 ? `${first.path.map(String).join('.')}: ` : '';
    return `${where}${first.message}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`;
}
export function parseCollectorNdjson(text, file, log) {
    let host = 'host';
    let nodeinfo = null;
    let header = false;
    const snapshots = [];
    const missing = new Map();
    text.split(/\r?\n/).forEach((raw, i) => {
        const n = i + 1;
        if (raw.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(raw);
        }
        catch (err) {
            log.malformed(file, n, `expected one JSON object per line: ${err.message}`);
            return;
        }
        const type = typeof value === 'object' && value !== null ? value.type : undefined;
        if (type === 'header') {
            const h = HeaderRecord.safeParse(value);
            if (!h.success)
                return log.malformed(file, n, `header: ${issueText(h.error.issues)}`);
            if (header)
                log.note(`${file}: several header lines; the last one (line ${n}) names the host`);
            header = true;
            host = h.data.host;
            nodeinfo = h.data.nodeinfo ? { ...h.data.nodeinfo, from: 'virsh nodeinfo' } : null;
            for (const m of h.data.missing)
                missing.set(`at start: ${m}`, 1);
        }
        else if (type === 'sample') {
            const s = SampleRecord.safeParse(value);
            if (!s.success)
                return log.malformed(file, n, `sample: ${issueText(s.error.issues)}`);
            const d = s.data;
            const domains = new Map(Object.entries(d.domstats).map(([name, rec]) => [name, numericMap(rec)]));
            const hostReadings = {
                ...EMPTY_HOST_READINGS,
                tMs: d.hostTMs ?? d.tMs,
                meminfoKiB: d.meminfo ? new Map(Object.entries(d.meminfo)) : null,
                cpuTicks: d.stat ? [...d.stat.cpu, 0, 0, 0, 0, 0, 0].slice(0, 10) : null,
                cpuCount: d.stat?.cpus ?? null,
                vmstat: d.vmstat ? new Map(Object.entries(d.vmstat)) : null,
                ksm: d.ksm ? new Map(Object.entries(d.ksm)) : null,
                zswap: d.zswap ? new Map(Object.entries(d.zswap).map(([k, v]) => [k, String(v)])) : null,
            };
            for (const m of d.missing)
                missing.set(m, (missing.get(m) ?? 0) + 1);
            snapshots.push({ tMs: d.tMs, line: n, seq: String(d.seq), domains, host: hostReadings });
        }
        else if (type === 'end') {
            const e = EndRecord.safeParse(value);
            if (!e.success)
                log.malformed(file, n, `end: ${issueText(e.error.issues)}`);
        }
        else
            log.malformed(file, n, `expected "type" to be header, sample or end, found ${JSON.stringify(type ?? null)}`);
    });
    if (!header)
        log.note(`${file}: no header line; host name and nodeinfo unknown`);
    for (const [m, count] of missing)
        log.note(`${file}: missing in ${count} sample${count === 1 ? '' : 's'}: ${m}`);
    return { file, hostName: host, nodeinfo, snapshots, absoluteTime: true };
}
//# sourceMappingURL=ndjson.js.map