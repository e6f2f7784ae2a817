/**
 * A capture folder as data/kvm/libvirt-qemu/capture-calib (made by its scripts/capture.sh):
 * `domstats-groups.txt` (or `domstats-all.txt`) plus host files sampled at the same instants,
 * each snapshot starting with `# ts=<unix ms> seq=<n>`: `host-meminfo.txt` (/proc/meminfo),
 * `host-stat.txt` (/proc/stat), `host-ksm.txt` (name=value of /sys/kernel/mm/ksm/*), and
 * optionally `host-vmstat.txt` (/proc/vmstat) and `virsh nodeinfo` output, as `nodeinfo.txt` or
 * where scripts/run.sh writes it, `static/virsh-nodeinfo.txt` (the host's CPU MHz comes only
 * from there; without it the import says so). Host
 * snapshots are joined to domstats snapshots by seq (by order when there is no seq).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_HOST_READINGS } from '../snapshot.js';
import { parseDomstatsText } from './domstats-text.js';
import { parseCounters, parseMeminfo, parseNodeinfo, parseProcStat } from './proc-files.js';
export const CAPTURE_DOMSTATS_FILES = ['domstats-groups.txt', 'domstats-all.txt'];
/** Where `virsh nodeinfo` output may be, first found wins (scripts/run.sh writes the second). */
export const NODEINFO_FILES = ['nodeinfo.txt', 'static/virsh-nodeinfo.txt', 'virsh-nodeinfo.txt'];
/** Splits a file into `# ts=... seq=...` segments; text before the first marker is reported. */
export function segments(text, file, log) {
    const out = [];
    let cur = null;
    const flush = () => {
        if (cur)
            out.push({ tMs: cur.tMs, seq: cur.seq, line: cur.line, body: cur.body.join('\n') });
    };
    text.split(/\r?\n/).forEach((raw, i) => {
        const m = /^#\s*ts=(\d+)(?:\s+seq=(\S+))?\s*$/.exec(raw.trim());
        if (m) {
            flush();
            cur = { tMs: Number(m[1]), seq: m[2] ?? String(out.length), line: i + 2, body: [] };
        }
        else if (raw.trim().startsWith('#')) {
            if (/^#\s*ts=/.test(raw.trim()))
                log.malformed(file, i + 1, `expected "# ts=<unix ms> seq=<n>", found ${JSON.stringify(raw.trim().slice(0, 40))}`);
        }
        else if (cur === null) {
            if (raw.trim() !== '')
                log.malformed(file, i + 1, 'expected a "# ts=<unix ms> seq=<n>" line before the first reading');
        }
        else
            cur.body.push(raw);
    });
    flush();
    return out;
}
function readOptional(dir, name) {
    const p = join(dir, name);
    return existsSync(p) ? readFileSync(p, 'utf8') : null;
}
/** Parses each segment with `parse`, logging bad lines at their place in the file. */
function bySeq(dir, name, log, parse) {
    const out = new Map();
    const text = readOptional(dir, name);
    if (text === null) {
        log.note(`${name} not in the capture folder: its figures are missing`);
        return out;
    }
    for (const s of segments(text, name, log)) {
        const p = parse(s.body);
        for (const b of p.bad)
            log.malformed(join(dir, name), s.line + b.line - 1, b.message);
        out.set(s.seq, { tMs: s.tMs, value: p.value });
    }
    return out;
}
/** Imports a capture folder into one snapshot set (its domstats plus host readings). */
export function importCaptureDir(dir, log, hostName = 'host') {
    const name = CAPTURE_DOMSTATS_FILES.find((f) => existsSync(join(dir, f)));
    if (name === undefined) {
        log.malformed(dir, 1, `expected ${CAPTURE_DOMSTATS_FILES.join(' or ')} in the capture folder`);
        return { file: dir, hostName, nodeinfo: null, snapshots: [], absoluteTime: false };
    }
    const file = join(dir, name);
    const set = parseDomstatsText(readFileSync(file, 'utf8'), file, log, { hostName });
    const meminfo = bySeq(dir, 'host-meminfo.txt', log, parseMeminfo);
    const stat = bySeq(dir, 'host-stat.txt', log, parseProcStat);
    const ksm = bySeq(dir, 'host-ksm.txt', log, (b) => parseCounters(b, '='));
    const vmstat = bySeq(dir, 'host-vmstat.txt', log, (b) => parseCounters(b, ' '));
    const nodeFile = NODEINFO_FILES.find((f) => existsSync(join(dir, f)));
    const nodeText = nodeFile === undefined ? null : readFileSync(join(dir, nodeFile), 'utf8');
    const node = nodeText !== null ? parseNodeinfo(nodeText) : null;
    if (nodeFile === undefined)
        log.note(`no ${NODEINFO_FILES.join(' or ')} in the capture folder: the host's CPU MHz is unknown`);
    else if (node?.mhz == null)
        log.note(`${nodeFile}: no CPU frequency found: the host's CPU MHz is unknown`);
    const snapshots = set.snapshots.map((s, k) => {
        const seq = s.seq ?? String(k);
        const m = meminfo.get(seq);
        const st = stat.get(seq);
        const ks = ksm.get(seq);
        const vs = vmstat.get(seq);
        const tMs = m?.tMs ?? st?.tMs ?? ks?.tMs;
        const host = tMs === undefined
            ? null
            : {
                ...EMPTY_HOST_READINGS,
                tMs,
                meminfoKiB: m?.value ?? null,
                cpuTicks: st?.value.ticks ?? null,
                cpuCount: st?.value.cpus ?? null,
                ksm: ks?.value ?? null,
                vmstat: vs?.value ?? null,
            };
        return { ...s, host };
    });
    return { ...set, snapshots, nodeinfo: node ?? set.nodeinfo };
}
//# sourceMappingURL=capture-dir.js.map