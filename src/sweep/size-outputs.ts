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
import type { FrontierBasis, Objective } from './objectives.js';
import { bindingAt } from './results.js';
import { achievedDensity, judgedOn, measuredWords, objectiveFigures, r6 } from './point-figures.js';
import { meanOf, statOf } from './point-result.js';
import type { HostFailurePlan } from './host-failures.js';
import type { Evaluation, SizingOutcome } from './sizing.js';
import type { Summary } from './stats.js';

export interface SizingFacts {
  readonly scenario: string;
  readonly file: string;
  readonly sha256: string;
  readonly hostsPath: string;
  /** The host spec in words ("esx: 2 × 8 cores at 2400 MHz, 128 GiB"). */
  readonly hostSpec: string;
  readonly scenarioHosts: number;
  readonly replications: number;
  readonly rootSeed: number | string;
  readonly basis: FrontierBasis;
  /** N+k: the k host failures every run simulated (host-failures.ts), with when in words; null for none. */
  readonly failures: (HostFailurePlan & { readonly clock: string }) | null;
  readonly objectives: readonly Objective[];
  readonly min: number;
  readonly max: number;
}

function evaluationJson(e: Evaluation, objectives: readonly Objective[]): Record<string, unknown> {
  const r = e.result;
  return {
    hosts: e.hosts,
    runs: r.runs,
    ...(e.failedHosts !== undefined ? { failedHostsReplication0: e.failedHosts } : {}),
    meetsObjectives: e.meets,
    failingObjectives: r.failing,
    objectives: objectiveFigures(r, objectives),
    density: achievedDensity(r),
    energyItKWh: r6(meanOf(r, 'energy.itKWh')),
    haRestarts: r6(meanOf(r, 'availability.restarts')),
    vmsDownAtEnd: r6(meanOf(r, 'availability.vmsDownAtEnd')),
  };
}

/** The objective closest to failing at the answer: the smallest margin to its threshold, relative to it. */
export function tightest(e: Evaluation, objectives: readonly Objective[], basis: FrontierBasis): Objective | null {
  let best: Objective | null = null;
  let margin = Infinity;
  for (const o of objectives) {
    const s = e.result.stats[o.index] as Summary;
    const lo = basis === 'ci95' && Number.isFinite(s.ciLow) ? s.ciLow : s.mean;
    const hi = basis === 'ci95' && Number.isFinite(s.ciHigh) ? s.ciHigh : s.mean;
    // An equality met exactly has no margin to speak of: it is never the closest.
    const m = o.op === '<' || o.op === '<=' ? o.threshold - hi : o.op === '>' || o.op === '>=' ? lo - o.threshold : lo === o.threshold && hi === o.threshold ? Infinity : -Math.max(Math.abs(lo - o.threshold), Math.abs(hi - o.threshold));
    if (m === Infinity) continue;
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

export function sizingJson(f: SizingFacts, o: SizingOutcome): string {
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
      hostFailuresSimulated: f.failures
        ? {
            count: f.failures.count,
            atMs: f.failures.atMs,
            at: f.failures.clock,
            which: 'in every run, the k hosts of the cluster carrying the most VMs at that instant (ties: lower host index), failed together and not repaired within the run; HA restarts their VMs',
            failedAtAnswerReplication0: o.answer.failedHosts ?? [],
          }
        : null,
      bindingObjectives: binding,
      tightestAtAnswer: tightest(o.answer, f.objectives, f.basis)?.text ?? null,
      nonMonotone: o.nonMonotone,
    },
    proof: { atAnswer: evaluationJson(o.answer, f.objectives), belowAnswer: o.below ? evaluationJson(o.below, f.objectives) : null },
    evaluations: o.evaluations.map((e) => evaluationJson(e, f.objectives)),
    paragraph: sizingParagraph(f, o),
  });
}

export function sizingCsv(o: SizingOutcome): string {
  const sorted = [...o.evaluations].sort((a, b) => a.hosts - b.hosts);
  const names = ['cpuReady.p95OfVmP95Pct', 'memory.peakSwappedGiB', 'availability.meanVmAvailabilityPct', 'availability.restarts', 'availability.vmsDownAtEnd', 'vmsUnplaceable', 'density.hostsInUse', 'density.vcpuPerCore', 'density.busiestVcpuPerCore', 'density.memoryOvercommit', 'energy.itKWh'];
  const header = ['hosts', 'runs', 'meets_objectives', 'failing_objectives', 'answer', ...names.flatMap((n) => [`${n}.mean`, `${n}.ci95_low`, `${n}.ci95_high`])];
  const cell = (x: number | undefined): string => {
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
      const s = statOf(e.result, n);
      return [cell(s?.mean), cell(s?.ciLow), cell(s?.ciHigh)];
    }),
  ]);
  return stringify([header, ...rows]);
}

/** The answer in one paragraph a non-specialist can act on. */
export function sizingParagraph(f: SizingFacts, o: SizingOutcome): string {
  const a = o.answer;
  const k = f.failures?.count ?? 0;
  const words = (texts: readonly string[]): Objective[] => texts.map((t) => f.objectives.find((x) => x.text === t)).filter((x): x is Objective => x !== undefined);
  const failed = k === 0 ? '' : ` even with ${k} of them failed`;
  const parts = [`You need ${a.hosts} host${a.hosts === 1 ? '' : 's'} of this spec (${f.hostSpec}) to run these VMs${failed} with ${f.objectives.map(objectiveWords).join('; ')} (judged on ${judgedOn(f.basis, f.replications)}).`];
  if (f.failures !== null) {
    const ids = a.failedHosts && a.failedHosts.length > 0 ? ` (in the first run at ${a.hosts}: ${a.failedHosts.map((h) => h.split('/').pop()).join(', ')})` : '';
    parts.push(
      `This is N+${k} proven by simulation, not added on top: in every run the ${k === 1 ? 'host' : `${k} hosts`} carrying the most VMs fail${k === 1 ? 's' : ''} ${f.failures.clock}${ids} and stay${k === 1 ? 's' : ''} down; HA restarted ${trim(meanOf(a.result, 'availability.restarts'))} VMs on the rest (mean per run), and the objectives hold over the whole run, before, during and after the failure. Buy ${a.hosts}.`,
    );
  }
  const r = a.result;
  parts.push(
    `At ${a.hosts} hosts the placement used ${trim(meanOf(r, 'density.hostsInUse'))} of them at ${trim(meanOf(r, 'density.vcpuPerCore'))} vCPU per core (busiest host ${trim(meanOf(r, 'density.busiestVcpuPerCore'))}) and memory overcommit ${trim(meanOf(r, 'density.memoryOvercommit'))}, bound by ${BINDING_WORDS[bindingAt(r)]}.`,
  );
  if (o.below !== null) {
    const failing = words(o.below.result.failing);
    parts.push(`With ${o.below.hosts}${k > 0 ? ` (${k} failed)` : ''} it fails ${failing.map((x) => measuredWords((o.below as Evaluation).result, x)).join('; ')}. ${failing.length === 1 ? 'That objective sets' : 'Those objectives set'} the count.`);
  } else parts.push(`${a.hosts} is the smallest count allowed (--min ${f.min}), so fewer were not tried.`);
  const t = tightest(a, f.objectives, f.basis);
  if (t !== null) parts.push(`At ${a.hosts} the closest objective is ${measuredWords(a.result, t)}.`);
  if (k === 0) parts.push(`No host failed in these runs (but for the scenario's own failure model): to be sure the VMs survive host failures, size again with --spare 1 (N+1), which fails the busiest host in every run.`);
  if (o.nonMonotone.length > 0) parts.push(`Warning: counts ${o.nonMonotone.join(', ')} broke the assumption that more hosts never hurt; check them in sizing.csv.`);
  return parts.join(' ');
}
