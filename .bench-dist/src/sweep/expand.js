/**
 * Sweep expansion: the Cartesian product of the parameters' values (the first parameter varies
 * slowest, like nested loops written in order), replications of every point, stable run ids
 * and per-replication seeds.
 *
 * Run ids are `p<point>-r<replication>`, zero-padded (at least 3 and 2 digits: `p003-r07`), so
 * sorting ids as text sorts runs by point, then replication.
 *
 * Seeds: replication r of every point runs with seed(root, r) = fmix32(hashSeed(`${root}/replications`) + r).
 * The same replication index gives the same seed at every point (common random numbers: two
 * points differ by their parameters, not by their luck), and since fmix32 is a bijection on
 * 32-bit integers, different replications always get different seeds.
 */
import { createHash } from 'node:crypto';
import { fmix32, hashSeed } from '../engine/hash.js';
function pad(k, count, min) {
    return String(k).padStart(Math.max(min, String(Math.max(0, count - 1)).length), '0');
}
export function pointId(index, points) {
    return `p${pad(index, points, 3)}`;
}
export function runId(point, replication, points, replications) {
    return `${pointId(point, points)}-r${pad(replication, replications, 2)}`;
}
/** Every combination of values, the first parameter varying slowest; no parameters: one point. */
export function expandPoints(parameters) {
    let combos = [[]];
    for (const p of parameters)
        combos = combos.flatMap((c) => p.values.map((v) => [...c, v]));
    return combos.map((values, index) => ({ index, id: pointId(index, combos.length), values }));
}
/** The seed of replication `r` (any point): see the module comment. */
export function replicationSeed(root, r) {
    return fmix32((hashSeed(`${String(root)}/replications`) + r) | 0) >>> 0;
}
/** Every run of the sweep, in run-id order. */
export function expandRuns(points, replications, root) {
    const runs = [];
    for (let p = 0; p < points; p++)
        for (let r = 0; r < replications; r++)
            runs.push({ id: runId(p, r, points, replications), point: p, replication: r, seed: replicationSeed(root, r) });
    return runs;
}
/**
 * The sweep's identity: a hash of everything that decides its runs' results (dcsim version,
 * scenario content without its sweep section, parameters, replications, root seed). The same
 * command gives the same id, which names its checkpoint and its jobs; objectives do not count,
 * since they only judge results.
 */
export function sweepIdOf(content) {
    return createHash('sha256').update(JSON.stringify(content), 'utf8').digest('hex').slice(0, 12);
}
//# sourceMappingURL=expand.js.map