/**
 * The collector's trace format: NDJSON, one JSON object per line, written by `dcsim collect`
 * and read by `dcsim replay` / `dcsim calibrate` (import/ndjson.ts).
 *
 * Line 1, the header:
 *   {"type":"header","format":"dcsim-collect","version":1,"host":"kvm-07",
 *    "intervalMs":10000,"startedMs":1795766221550,"virsh":["virsh","-c","qemu:///system"],
 *    "nodeinfo":{"cpus":48,"mhz":2799,"memoryKiB":263934976},"missing":[]}
 * then one line per sample:
 *   {"type":"sample","seq":0,"tMs":1795766221550,"hostTMs":1795766221590,"tookMs":41,
 *    "domstats":{"vm-busy":{"state.state":"1","cpu.time":"359600070000","vcpu.0.delay":"…",…}},
 *    "meminfo":{"MemTotal":24683620,"SwapTotal":0,…},
 *    "stat":{"cpu":[192144,2,44952,62653,1224,0,458,0,0,0],"cpus":2},
 *    "vmstat":{"pswpin":0,"pswpout":0},
 *    "ksm":{"pages_sharing":13684,"pages_shared":5950,"pages_to_scan":100,"sleep_millisecs":20,"run":1,…},
 *    "zswap":{"enabled":"Y","compressor":"lz4","max_pool_percent":"20","stored_pages":"0","pool_total_size":"0"},
 *    "missing":["zswap debugfs: permission denied"]}
 * and, when the collector stops cleanly, {"type":"end","tMs":…,"samples":360}.
 *
 * Times are Unix ms: `tMs` when `virsh domstats` started, `hostTMs` when the host files were
 * read (just after). `domstats` holds `virsh domstats --raw --state --cpu-total --balloon
 * --vcpu --block --interface` verbatim, values as strings (libvirt's units: cpu.* and vcpu.*
 * ns, balloon.* KiB, bytes), so 64-bit counters survive exactly. `meminfo` is /proc/meminfo in
 * kB; `stat.cpu` the aggregate /proc/stat line in USER_HZ ticks and `stat.cpus` the number of
 * cpuN lines; `vmstat` the swap counters of /proc/vmstat (pages); `ksm` the numeric files of
 * /sys/kernel/mm/ksm; `zswap` /sys/module/zswap/parameters/* and /sys/kernel/debug/zswap/* as
 * text. A source that could not be read is absent from the sample and named in `missing`
 * ("<source>: <reason>"), never fatal. A VM that appears or disappears simply is or is not in
 * `domstats`.
 */
import { z } from 'zod';
export const COLLECT_FORMAT = 'dcsim-collect';
export const COLLECT_VERSION = 1;
export const NodeinfoRecord = z.object({
    cpus: z.number().positive().nullable(),
    mhz: z.number().positive().nullable(),
    memoryKiB: z.number().positive().nullable(),
});
export const HeaderRecord = z.object({
    type: z.literal('header'),
    format: z.literal(COLLECT_FORMAT),
    version: z.number().int().min(1),
    host: z.string().default('host'),
    intervalMs: z.number().positive(),
    startedMs: z.number(),
    virsh: z.array(z.string()).default([]),
    nodeinfo: NodeinfoRecord.nullable().default(null),
    missing: z.array(z.string()).default([]),
});
const Scalar = z.union([z.string(), z.number()]);
const NumberMap = z.record(z.string(), z.number());
export const SampleRecord = z.object({
    type: z.literal('sample'),
    seq: z.number().int().min(0),
    tMs: z.number(),
    hostTMs: z.number().optional(),
    tookMs: z.number().min(0).optional(),
    domstats: z.record(z.string(), z.record(z.string(), Scalar)).default({}),
    meminfo: NumberMap.optional(),
    stat: z.object({ cpu: z.array(z.number().min(0)).min(4), cpus: z.number().int().positive().nullable().optional() }).optional(),
    vmstat: NumberMap.optional(),
    ksm: NumberMap.optional(),
    zswap: z.record(z.string(), Scalar).optional(),
    missing: z.array(z.string()).default([]),
});
export const EndRecord = z.object({ type: z.literal('end'), tMs: z.number(), samples: z.number().int().min(0) });
/** One NDJSON line (no newline). Key order is fixed by the caller's object. */
export function ndjsonLine(record) {
    return JSON.stringify(record);
}
//# sourceMappingURL=format.js.map