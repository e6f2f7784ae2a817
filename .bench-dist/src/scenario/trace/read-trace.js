import { parseCsvTrace } from './parse-csv.js';
import { parseGwaTrace } from './parse-gwa.js';
import { parsePlanetLab } from './parse-planetlab.js';
import { holdFromStart } from './sample-at.js';
import { readTraceText } from './trace-files.js';
/** PlanetLab/CoMon files are sampled every 5 minutes. */
export const PLANETLAB_INTERVAL_MS = 300_000;
function toProblems(display, problems) {
    return problems.map((p) => (p.line === undefined ? { file: display, path: '', message: p.message } : { file: display, path: '', line: p.line, message: p.message }));
}
/** Reads and parses each absolute path once; later calls return the same arrays (or `null`). */
function cachedParser(parse) {
    const cache = new Map();
    return (file, sink) => {
        if (cache.has(file.abs))
            return cache.get(file.abs);
        let samples = null;
        const read = readTraceText(file.abs);
        if ('error' in read) {
            sink.push({ file: file.display, path: '', message: `cannot read trace file: ${read.error}` });
        }
        else {
            const parsed = parse(read.text);
            if (parsed.problems.length > 0)
                sink.push(...toProblems(file.display, parsed.problems));
            else
                samples = { timesMs: parsed.timesMs, cpu: parsed.cpu, memActive: parsed.memActive, refMhz: parsed.refMhz, startEpochMs: parsed.startEpochMs };
        }
        cache.set(file.abs, samples);
        return samples;
    };
}
/** Keeps one TraceData per (source, timing), so VMs replaying the same file share it. */
function dataCache() {
    const cache = new Map();
    return (key, make) => {
        if (cache.has(key))
            return cache.get(key);
        const data = make();
        cache.set(key, data);
        return data;
    };
}
/**
 * The TraceData of parsed samples, held as the group's `sampleAt` says (sample-at.ts), or null
 * after a problem when no sample falls in the run.
 */
function toData(file, w, s, intervalMs, sink) {
    const held = holdFromStart(s, w.sampleAt, intervalMs);
    if (held.timesMs.length === 0) {
        sink.push({ file: file.display, path: '', message: 'with sampleAt: end, every sample ends at or before the run start; expected at least one sample after time 0' });
        return null;
    }
    return { source: file.source, timesMs: held.timesMs, cpu: held.cpu, memActive: held.memActive, refMhz: s.refMhz, startEpochMs: s.startEpochMs };
}
/** PlanetLab files: sample i is at i × interval (default 300 s). */
export function planetLabTrace() {
    const parse = cachedParser((text) => ({ ...parsePlanetLab(text), timesMs: null, memActive: null, refMhz: null, startEpochMs: null }));
    const times = new Map();
    const shared = dataCache();
    return {
        read(file, w, sink) {
            const samples = parse(file, sink);
            if (samples === null)
                return null;
            const interval = w.interval ?? PLANETLAB_INTERVAL_MS;
            const n = samples.cpu.length;
            const timesKey = `${n}/${interval}`;
            let timesMs = times.get(timesKey);
            if (timesMs === undefined) {
                timesMs = Float64Array.from({ length: n }, (_, i) => i * interval);
                times.set(timesKey, timesMs);
            }
            const t = timesMs;
            return shared(`${file.source}\u0000${interval}\u0000${w.sampleAt}`, () => toData(file, w, { ...samples, timesMs: t }, interval, sink));
        },
    };
}
/** Files that carry their own times (csv, gwa-bitbrains) and, optionally, active memory. */
function timedTrace(parse) {
    const cached = cachedParser(parse);
    const shared = dataCache();
    return {
        read(file, w, sink) {
            const samples = cached(file, sink);
            if (samples === null)
                return null;
            return shared(`${file.source}\u0000${w.sampleAt}`, () => toData(file, w, { ...samples, timesMs: samples.timesMs }, PLANETLAB_INTERVAL_MS, sink));
        },
    };
}
/** CSV files: `time_s,cpu_pct` or `time_s,cpu_mhz` (parse-csv.ts). */
export function csvTrace() {
    return timedTrace(parseCsvTrace);
}
/** GWA-T-12 Bitbrains files (parse-gwa.ts): absolute MHz. */
export function gwaTrace() {
    return timedTrace(parseGwaTrace);
}
//# sourceMappingURL=read-trace.js.map