/**
 * PlanetLab/CoMon files (data/planetlab): one CPU % per line every 300 s, read with the
 * scenario loader's own parser (src/scenario/trace). A folder holds one file per VM; a
 * .tar.gz as shipped by CloudSim holds `<day>/<vm>` files and is read in memory (tar.ts),
 * optionally only the members under `select` (e.g. "20110303/"). PlanetLab gives neither vCPUs
 * nor memory: each VM is taken as 1 vCPU (CPU % of one core), memory left to the replay default.
 */
import { parsePlanetLab, PLANETLAB_INTERVAL_MS } from '../../scenario/index.js';
import { vmWith } from '../trace.js';
import { safeName } from '../units.js';
/** One PlanetLab file as a VM; null (problems logged) when it does not parse. */
export function planetLabVm(text, file, name, log, intervalMs = PLANETLAB_INTERVAL_MS) {
    const parsed = parsePlanetLab(text);
    if (parsed.problems.length > 0) {
        for (const p of parsed.problems)
            log.malformed(file, p.line ?? 1, p.message);
        return null;
    }
    const n = parsed.cpu.length;
    const t0 = Float64Array.from({ length: n }, (_, i) => i * intervalMs);
    const t1 = Float64Array.from({ length: n }, (_, i) => (i + 1) * intervalMs);
    return vmWith(safeName(name, 'vm'), { vcpus: 1, cpuCores: { t0, t1, v: Float64Array.from(parsed.cpu) } });
}
export const PLANETLAB_NOTE = 'PlanetLab: each VM taken as 1 vCPU (the files give CPU % only) and 300 s samples';
//# sourceMappingURL=planetlab.js.map