/**
 * Generators of malformed input for the fuzz tests: scenarios broken in their types, ranges,
 * keys, structure, YAML syntax and sizes; trace files broken line by line; command lines of
 * unknown options, missing values and unusable files. Each generated case comes with the check
 * that every outcome must pass: a located message in words, never a stack trace.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
/** A small valid scenario that the mutations start from (one cluster, two groups, events). */
export const BASE = {
    name: 'fuzz',
    seed: 1,
    start: '2026-03-02T00:00:00Z',
    duration: '2h',
    step: '5m',
    templates: { web: { vcpus: 2, memoryGiB: 4 }, db: { vcpus: 8, memoryGiB: 32, cpuReservationMHz: 1000 } },
    clusters: [
        {
            name: 'c1',
            placement: { algorithm: 'first-fit', maxVcpuPerCore: 4, maxMemoryOvercommit: 1.5 },
            ha: { enabled: true, admissionControl: { policy: 'host-failures', failuresToTolerate: 1 } },
            hosts: [{ name: 'esx', count: 3, sockets: 2, coresPerSocket: 8, mhz: 2400, memoryGiB: 256, power: { idleW: 100, maxW: 300 } }],
            vms: [
                { name: 'web', count: 6, template: 'web', workload: { type: 'diurnal', low: 0.1, high: 0.6, peakHour: 14 } },
                { name: 'db', count: 2, template: 'db', workload: { type: 'constant', cpu: 0.3 } },
            ],
        },
    ],
    events: [{ at: '30m', type: 'host-failure', host: 'dc1/c1/esx-001' }],
};
/** Every path to a value in `x` (keys and indices). */
function paths(x, at = [], out = []) {
    out.push(at);
    if (Array.isArray(x))
        x.forEach((v, i) => paths(v, [...at, i], out));
    else if (x !== null && typeof x === 'object')
        for (const [k, v] of Object.entries(x))
            paths(v, [...at, k], out);
    return out;
}
const ALL_PATHS = paths(BASE).filter((p) => p.length > 0);
function setAt(root, path, value) {
    const copy = structuredClone(root);
    let o = copy;
    for (const k of path.slice(0, -1))
        o = o[k];
    const last = path[path.length - 1];
    if (value === undefined) {
        if (Array.isArray(o))
            o.splice(Number(last), 1);
        else
            delete o[last];
    }
    else
        o[last] = value;
    return copy;
}
/** Values of the wrong type, out of range or absurd in size. */
const badValue = fc.oneof(fc.constantFrom(null, true, false, '', 'NaN', '-1', 'abc', '1e400', '10000000000d', '-5m', '25:99', [], {}, [1, 2], { x: 1 }), fc.double({ noNaN: true }).map((d) => d), fc.integer({ min: -1e9, max: 1e12 }), fc.string({ maxLength: 12 }), fc.nat({ max: 3000 }).map((n) => 'x'.repeat(n)));
const unknownKey = fc.constantFrom('memoryGB', 'cpus', 'hosts2', '__proto__', 'constructor', 'toString', 'évent', '', ' ', 'x'.repeat(300));
/** A scenario (as an object) with one to three mutations. */
const mutated = fc
    .array(fc.oneof(fc.record({ kind: fc.constant('set'), path: fc.constantFrom(...ALL_PATHS), value: badValue }), fc.record({ kind: fc.constant('delete'), path: fc.constantFrom(...ALL_PATHS) }), fc.record({ kind: fc.constant('unknown'), path: fc.constantFrom(...ALL_PATHS), key: unknownKey, value: badValue })), { minLength: 1, maxLength: 3 })
    .map((muts) => {
    let s = structuredClone(BASE);
    for (const m of muts) {
        try {
            if (m.kind === 'set')
                s = setAt(s, m.path, m.value);
            else if (m.kind === 'delete')
                s = setAt(s, m.path, undefined);
            else {
                const holder = m.path.reduce((o, k) => o?.[k] ?? null, s);
                if (holder !== null && typeof holder === 'object' && !Array.isArray(holder))
                    s = setAt(s, [...m.path, m.key], m.value);
            }
        }
        catch {
            /* a path that an earlier mutation removed: keep the scenario as it is */
        }
    }
    return s;
});
/** Damage to the text itself: YAML syntax, encodings, truncation. */
const textDamage = fc.record({
    at: fc.double({ min: 0, max: 1, noNaN: true }),
    insert: fc.constantFrom('\t', ':', ': :', '[', ']', '{', '}', '"', "'", '&a', '*a', '*nosuch', '!!binary', '!!python/object', '<<: *x', '---\n', '\n  - ', '\u0000', '\uFEFF', '\\', '%YAML 9.9\n', '? ', '|', '>', '#', '\r'),
    cut: fc.boolean(),
});
/** Malformed scenario text: a mutated object as YAML or JSON, maybe with its text damaged. */
export const malformedScenarioText = fc
    .tuple(mutated, fc.boolean(), fc.option(textDamage, { freq: 2 }))
    .map(([obj, asJson, damage]) => {
    let text = asJson ? JSON.stringify(obj, null, 1) : stringify(obj);
    if (damage) {
        const at = Math.floor(damage.at * text.length);
        text = damage.cut ? text.slice(0, at) : text.slice(0, at) + damage.insert + text.slice(at);
    }
    return text;
});
/** Malformed csv trace text (time_s,cpu_pct[,mem_active_pct]). */
export const malformedCsvTrace = fc
    .array(fc.oneof(fc.tuple(fc.integer({ min: -100, max: 100_000 }), fc.double({ min: -50, max: 150, noNaN: true })).map(([t, c]) => `${t},${c}`), fc.constantFrom('time_s,cpu_pct', 'time_s,cpu_pct,mem_active_pct', '', ',', '1,', ',5', 'a,b', '0,10,20,30', '10;20', '1e3,50', '0,NaN', '0,Infinity', '\t', '0,50%'), fc.string({ maxLength: 20 })), { maxLength: 12 })
    .map((lines) => lines.join('\n'));
/** Malformed PlanetLab trace text (one CPU % per line). */
export const malformedPlanetLab = fc
    .array(fc.oneof(fc.integer({ min: -10, max: 200 }).map(String), fc.constantFrom('', ' ', 'x', '1.5.2', '-0', '1e2', '50%'), fc.string({ maxLength: 6 })), { maxLength: 12 })
    .map((lines) => lines.join('\n'));
/** Command lines that must fail cleanly (no file they name can run). */
export const malformedArgv = fc
    .tuple(fc.constantFrom('run', 'validate', 'sweep', 'report', 'whatif', 'replay', 'calibrate', 'overlay', 'schema', 'presets', 'nosuch', '', '--nosuch', '-x'), fc.array(fc.oneof(fc.constantFrom('nosuch.yaml', 'bad.yaml', 'empty.yaml', 'dir', '/dev/zero', 'pipe.yaml', '', '-', '--', '.'), fc.constantFrom('--seed', '--out', '--force', '--quiet', '--overlay', '--checkpoint-at', '--workers', '--set', '--replications', '--queue', '--fit', '--format', '--apply', '--frontier', '--objective', '--nosuch', '-q', '--split-clusters', '--allow-large'), fc.constantFrom('0', '-1', '1e9', 'abc', 'x=1', 'cpu.overcommit=', 'redis://', 'http://x', '99999999999999999999', '1h', 'nope')), { maxLength: 6 }))
    .map(([cmd, rest]) => (cmd === '' ? rest : [cmd, ...rest]));
/** A stack frame, an engine error name or a raw errno code: what a user must never see. */
export const INTERNALS = /\n\s+at \S+ \(|\bat file:\/\/|(?:TypeError|RangeError|ReferenceError|SyntaxError): |\bE(?:NOENT|ISDIR|ACCES|NOTDIR|PERM)\b|Maximum call stack|internal error/;
/** Exit codes the README documents for input that fails: usage, invalid input, output refused. */
export const INPUT_FAILURE_CODES = new Set([2, 3, 4]);
//# sourceMappingURL=malformed.js.map