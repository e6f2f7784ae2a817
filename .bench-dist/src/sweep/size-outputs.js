/**
 * What `dcsim size` writes and says: sizing.json (the answer, the proof at answer and
 * answer − 1, every evaluation with each objective's mean and 95 % interval and the achieved
 * density), sizing.csv (one row per host count tried) and the answer in one paragraph.
 */
import { stringify } from 'csv-stringify/sync';
import { stableJson } from '../output/json.js';
import { VERSION } from '../version.js';
import { objectiveWords } from './answer.js';
import { BINDING_WORDS, trim } from './density-text.js';
import { METRIC_NAMES } from './metrics.js';
import { bindingAt } from './results.js';
const r6 = (x) => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 || 0 : null);
const stat = (r, name) => r.stats[METRIC_NAMES.indexOf(name)];
const meanOf = (r, name) => stat(r, name)?.mean ?? NaN;
function objectiveFigures(e, objectives) {
    return objectives.map((o) => {
        const s = e.result.stats[o.index];
        return { objective: o.text, mean: r6(s.mean), ci95Low: r6(s.ciLow), ci95High: r6(s.ciHigh), met: !e.result.failing.includes(o.text) };
    });
}
function evaluationJson(e, objectives) {
    const r = e.result;
    return {
        hosts: e.hosts,
        runs: r.runs,
        meetsObjectives: e.meets,
        failingObjectives: r.failing,
        objectives: objectiveFigures(e, objectives),
        density: {
            hostsInUse: r6(meanOf(r, 'density.hostsInUse')),
            vcpuPerCore: r6(meanOf(r, 'density.vcpuPerCore')),
            busiestVcpuPerCore: r6(meanOf(r, 'density.busiestVcpuPerCore')),
            memoryOvercommit: r6(meanOf(r, 'density.memoryOvercommit')),
            busiestMemoryOvercommit: r6(meanOf(r, 'density.busiestMemoryOvercommit')),
            boundBy: bindingAt(r),
        },
        energyItKWh: r6(meanOf(r, 'energy.itKWh')),
    };
}
/** The objective closest to failing at the answer: the smallest margin to its threshold, relative to it. */
export function tightest(e, objectives, basis) {
    let best = null;
    let margin = Infinity;
    for (const o of objectives) {
        const s = e.result.stats[o.index];
        const lo = basis === 'ci95' && Number.isFinite(s.ciLow) ? s.ciLow : s.mean;
        const hi = basis === 'ci95' && Number.isFinite(s.ciHigh) ? s.ciHigh : s.mean;
        // An equality met exactly has no margin to speak of: it is never the closest.
        const m = o.op === '<' || o.op === '<=' ? o.threshold - hi : o.op === '>' || o.op === '>=' ? lo - o.threshold : lo === o.threshold && hi === o.threshold ? Infinity : -Math.max(Math.abs(lo - o.threshold), Math.abs(hi - o.threshold));
        if (m === Infinity)
            continue;
        // Relative to the room the objective allows: for a percentage kept above t, the 100 − t left.
        const room = (o.op === '>' || o.op === '>=') && o.metric.endsWith('Pct') ? Math.max(1e-9, 100 - o.threshold) : Math.max(1, Math.abs(o.threshold));
        const rel = m / room;
        if (rel < margin) {
            margin = rel;
            best = o;
        }
    }
    return best;
}
export function sizingJson(f, o) {
    const binding = o.below ? o.below.result.failing : [];
    return stableJson({
        schema: 'dcsim-sizing',
        version: 1,
        dcsim: { version: VERSION },
        scenario: { name: f.scenario, file: f.file, sha256: f.sha256 },
        search: {
            hosts: f.hostsPath,
            hostSpec: f.hostSpec,
            scenarioHosts: f.scenarioHosts,
            min: f.min,
            max: f.max,
            method: 'bisection on the host count; each count R full simulations with replication seeds shared by every count (common random numbers)',
            replications: f.replications,
            rootSeed: f.rootSeed,
            basis: f.basis,
            objectives: f.objectives.map((x) => x.text),
        },
        answer: {
            hosts: o.answer.hosts,
            withSpare: o.answer.hosts + f.spare,
            spare: f.spare,
            spareNote: 'N+k: k hosts added to the answer for failover; the spare is a sizing rule, not simulated with k hosts failed',
            bindingObjectives: binding,
            tightestAtAnswer: tightest(o.answer, f.objectives, f.basis)?.text ?? null,
            nonMonotone: o.nonMonotone,
        },
        proof: { atAnswer: evaluationJson(o.answer, f.objectives), belowAnswer: o.below ? evaluationJson(o.below, f.objectives) : null },
        evaluations: o.evaluations.map((e) => evaluationJson(e, f.objectives)),
        paragraph: sizingParagraph(f, o),
    });
}
export function sizingCsv(o) {
    const sorted = [...o.evaluations].sort((a, b) => a.hosts - b.hosts);
    const names = ['cpuReady.p95OfVmP95Pct', 'memory.peakSwappedGiB', 'availability.meanVmAvailabilityPct', 'vmsUnplaceable', 'density.hostsInUse', 'density.vcpuPerCore', 'density.busiestVcpuPerCore', 'density.memoryOvercommit', 'energy.itKWh'];
    const header = ['hosts', 'runs', 'meets_objectives', 'failing_objectives', 'answer', ...names.flatMap((n) => [`${n}.mean`, `${n}.ci95_low`, `${n}.ci95_high`])];
    const cell = (x) => {
        const v = r6(x ?? NaN);
        return v === null ? '' : String(v);
    };
    const rows = sorted.map((e) => [
        String(e.hosts),
        String(e.result.runs),
        String(e.meets),
        e.result.failing.join(' '),
        e.hosts === o.answer.hosts ? 'answer' : o.below && e.hosts === o.below.hosts ? 'answer-1' : '',
        ...names.flatMap((n) => {
            const s = stat(e.result, n);
            return [cell(s?.mean), cell(s?.ciLow), cell(s?.ciHigh)];
        }),
    ]);
    return stringify([header, ...rows]);
}
function figure(e, o) {
    const s = e.result.stats[o.index];
    const unit = o.metric.endsWith('Pct') ? ' %' : o.metric.endsWith('GiB') ? ' GiB' : '';
    const ci = Number.isFinite(s.ciLow) && s.ciHigh > s.ciLow ? ` (95 % CI ${trim(s.ciLow)}–${trim(s.ciHigh)})` : '';
    return `${trim(s.mean)}${unit}${ci}`;
}
/** The answer in one paragraph a non-specialist can act on. */
export function sizingParagraph(f, o) {
    const a = o.answer;
    const words = (texts) => texts.map((t) => f.objectives.find((x) => x.text === t)).filter((x) => x !== undefined);
    const judged = f.basis === 'ci95' ? `on the unfavourable end of the 95 % confidence interval over ${f.replications} runs each` : `on the mean of ${f.replications} runs each`;
    const parts = [
        `You need ${a.hosts} host${a.hosts === 1 ? '' : 's'} of this spec (${f.hostSpec}) to run these VMs with ${f.objectives.map(objectiveWords).join('; ')} (judged ${judged}).`,
    ];
    const r = a.result;
    parts.push(`At ${a.hosts} hosts the placement used ${trim(meanOf(r, 'density.hostsInUse'))} of them at ${trim(meanOf(r, 'density.vcpuPerCore'))} vCPU per core (busiest host ${trim(meanOf(r, 'density.busiestVcpuPerCore'))}) and memory overcommit ${trim(meanOf(r, 'density.memoryOvercommit'))}, bound by ${BINDING_WORDS[bindingAt(r)]}.`);
    if (o.below !== null) {
        const failing = words(o.below.result.failing);
        parts.push(`With ${o.below.hosts} it fails ${failing.map((x) => `${objectiveWords(x)}: measured ${figure(o.below, x)}`).join('; ')}. ${failing.length === 1 ? 'That objective sets' : 'Those objectives set'} the count.`);
    }
    else
        parts.push(`${a.hosts} is the smallest count allowed (--min ${f.min}), so fewer were not tried.`);
    const t = tightest(a, f.objectives, f.basis);
    if (t !== null)
        parts.push(`At ${a.hosts} the closest objective is ${objectiveWords(t)}: measured ${figure(a, t)}.`);
    if (f.spare > 0)
        parts.push(`Keeping ${f.spare} host${f.spare === 1 ? '' : 's'} spare for failures and maintenance (N+${f.spare}), buy ${a.hosts + f.spare}.`);
    else
        parts.push(`Add spare hosts for failures and maintenance on top (e.g. --spare 1 for N+1).`);
    if (o.nonMonotone.length > 0)
        parts.push(`Warning: counts ${o.nonMonotone.join(', ')} broke the assumption that more hosts never hurt; check them in sizing.csv.`);
    return parts.join(' ');
}
//# sourceMappingURL=size-outputs.js.map