/**
 * The sampling logic of `dcsim collect`, with everything it touches injected (a `Probe`), so
 * tests drive it with recorded command outputs and a fake clock. Per sample: one
 * `virsh domstats --raw` (one fork: the only command per sample, to keep the collector's own
 * CPU small), then the host files read directly (no fork). `virsh nodeinfo` and the hostname
 * once, into the header. A source that fails is named in the sample's `missing` list and the
 * collector goes on. Samples follow a drift-free schedule (sample k at start + k·interval); a
 * sample that overruns its slot skips the slots it missed.
 */
import { parseCounters, parseMeminfo, parseNodeinfo, parseProcStat } from '../import/proc-files.js';
import { COLLECT_FORMAT, COLLECT_VERSION, ndjsonLine } from './format.js';
export const DOMSTATS_ARGS = ['domstats', '--raw', '--state', '--cpu-total', '--balloon', '--vcpu', '--block', '--interface'];
const KSM_DIR = '/sys/kernel/mm/ksm';
const ZSWAP_PARAMS = '/sys/module/zswap/parameters';
const ZSWAP_DEBUG = '/sys/kernel/debug/zswap';
const VMSTAT_KEYS = new Set(['pswpin', 'pswpout', 'zswpin', 'zswpout', 'pgmajfault']);
function firstLine(s) {
    return s.trim().split('\n')[0]?.trim() ?? '';
}
function why(r) {
    if (r.error !== undefined)
        return r.error;
    return `exit ${String(r.code)}${firstLine(r.stderr) ? `: ${firstLine(r.stderr)}` : ''}`;
}
/** The numeric and text files of a sysfs folder as name → text. */
function readFolder(probe, dir, missing, what) {
    const l = probe.list(dir);
    if ('error' in l) {
        missing.push(`${what}: ${dir}: ${l.error}`);
        return undefined;
    }
    const out = {};
    let failed = 0;
    for (const name of [...l.names].sort()) {
        const r = probe.readText(`${dir}/${name}`);
        if ('error' in r)
            failed++;
        else
            out[name] = r.text.trim();
    }
    if (failed > 0)
        missing.push(`${what}: ${failed} file(s) of ${dir} unreadable`);
    return out;
}
function virshArgs(o, args) {
    return [...(o.connect !== undefined ? ['-c', o.connect] : []), ...args];
}
/** The header line: host name, nodeinfo and what was missing at start. */
export async function headerRecord(probe, o) {
    const missing = [];
    const h = probe.readText('/proc/sys/kernel/hostname');
    if ('error' in h)
        missing.push(`hostname: ${h.error}`);
    const node = await probe.run('virsh', virshArgs(o, ['nodeinfo']));
    const info = node.code === 0 ? parseNodeinfo(node.stdout) : null;
    if (node.code !== 0)
        missing.push(`virsh nodeinfo: ${why(node)}`);
    return {
        type: 'header',
        format: COLLECT_FORMAT,
        version: COLLECT_VERSION,
        host: 'text' in h ? h.text.trim() || 'host' : 'host',
        intervalMs: o.intervalMs,
        startedMs: probe.now(),
        virsh: ['virsh', ...virshArgs(o, [])],
        nodeinfo: info ? { cpus: info.cpus, mhz: info.mhz, memoryKiB: info.memoryKiB } : null,
        missing,
    };
}
/** One sample record. */
export async function sampleRecord(probe, o, seq) {
    const missing = [];
    const tMs = probe.now();
    const rec = { type: 'sample', seq, tMs };
    const ds = await probe.run('virsh', virshArgs(o, DOMSTATS_ARGS));
    const domstats = {};
    if (ds.code === 0) {
        for (const block of splitDomains(ds.stdout))
            domstats[block.name] = block.fields;
    }
    else
        missing.push(`virsh domstats: ${why(ds)}`);
    rec.hostTMs = probe.now();
    rec.domstats = domstats;
    const mem = probe.readText('/proc/meminfo');
    if ('error' in mem)
        missing.push(`/proc/meminfo: ${mem.error}`);
    else
        rec.meminfo = Object.fromEntries(parseMeminfo(mem.text).value);
    const stat = probe.readText('/proc/stat');
    if ('error' in stat)
        missing.push(`/proc/stat: ${stat.error}`);
    else {
        const p = parseProcStat(stat.text).value;
        if (p.ticks)
            rec.stat = { cpu: p.ticks, cpus: p.cpus };
        else
            missing.push('/proc/stat: no cpu line');
    }
    const vm = probe.readText('/proc/vmstat');
    if ('error' in vm)
        missing.push(`/proc/vmstat: ${vm.error}`);
    else
        rec.vmstat = Object.fromEntries([...parseCounters(vm.text, ' ').value].filter(([k]) => VMSTAT_KEYS.has(k)));
    const ksm = readFolder(probe, KSM_DIR, missing, 'ksm');
    if (ksm)
        rec.ksm = Object.fromEntries(Object.entries(ksm).filter(([, v]) => /^\d+$/.test(v)).map(([k, v]) => [k, Number(v)]));
    const zp = readFolder(probe, ZSWAP_PARAMS, missing, 'zswap parameters');
    const zd = zp && /^[Y1]/i.test(zp.enabled ?? '') ? readFolder(probe, ZSWAP_DEBUG, missing, 'zswap debugfs') : undefined;
    if (zp || zd)
        rec.zswap = { ...(zp ?? {}), ...(zd ?? {}) };
    rec.tookMs = probe.now() - tMs;
    rec.missing = missing;
    return rec;
}
/** `virsh domstats --raw` output → domain name → field → verbatim value (numbers stay exact). */
export function splitDomains(text) {
    const out = [];
    let cur = null;
    for (const raw of text.split(/\r?\n/)) {
        const m = /^Domain:\s*'(.*)'\s*$/.exec(raw.trim());
        if (m) {
            cur = {};
            out.push({ name: m[1], fields: cur });
            continue;
        }
        const at = raw.indexOf('=');
        if (cur !== null && /^\s/.test(raw) && at > 0)
            cur[raw.slice(0, at).trim()] = raw.slice(at + 1).trim();
    }
    return out;
}
/** Runs the collector until its duration, sample count or signal says stop; returns samples taken. */
export async function collect(probe, o) {
    o.write(ndjsonLine(await headerRecord(probe, o)));
    const start = probe.now();
    let slot = 0;
    let samples = 0;
    for (;;) {
        if (o.signal?.aborted)
            break;
        if (o.durationMs !== undefined && probe.now() - start >= o.durationMs)
            break;
        if (o.maxSamples !== undefined && samples >= o.maxSamples)
            break;
        const rec = await sampleRecord(probe, o, samples);
        o.write(ndjsonLine(rec));
        samples++;
        slot++;
        const now = probe.now();
        const behind = Math.floor((now - start) / o.intervalMs);
        if (behind >= slot)
            slot = behind + 1; // overran: skip the missed slots
        const next = start + slot * o.intervalMs;
        if (o.durationMs !== undefined && next - start >= o.durationMs)
            break;
        if (o.maxSamples !== undefined && samples >= o.maxSamples)
            break;
        if (next > now)
            await probe.sleep(next - now, o.signal);
    }
    o.write(ndjsonLine({ type: 'end', tMs: probe.now(), samples }));
    return samples;
}
//# sourceMappingURL=collector.js.map