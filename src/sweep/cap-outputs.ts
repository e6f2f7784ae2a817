/**
 * What `dcsim size --search cpu-cap|memory-cap` writes and says: sizing.json (the answer in
 * achieved terms, its proof at the answer and one step above, every cap tried), sizing.csv (one
 * row per cap) and the answer in one paragraph. A cap is what placement was allowed; the figures
 * that matter are what it reached on the hosts in use, and which constraint bound it.
 */
import { stringify } from 'csv-stringify/sync';
import { stableJson } from '../output/json.js';
import { VERSION } from '../version.js';
import { objectiveWords } from './answer.js';
import { BINDING_WORDS, trim } from './density-text.js';
import type { CapEvaluation, CapGrid, CapOutcome } from './cap-search.js';
import { achievedDensity, judgedOn, measuredWords, objectiveFigures, r6 } from './point-figures.js';
import { meanOf } from './point-result.js';
import { bindingAt } from './results.js';
import type { SizingFacts } from './size-outputs.js';

export type CapKind = 'cpu-cap' | 'memory-cap';

export interface CapFacts extends SizingFacts {
  readonly search: CapKind;
  readonly grid: CapGrid;
  /** The fixed host count. */
  readonly hosts: number;
  /** The scenario's placement algorithm (the search packs). */
  readonly scenarioAlgorithm: string;
}

const CAP_WORDS: Record<CapKind, string> = { 'cpu-cap': 'vCPU:pCPU cap', 'memory-cap': 'memory overcommit cap' };
const meanAt = (e: CapEvaluation, name: string): number => meanOf(e.result, name);

function evaluationJson(e: CapEvaluation, f: CapFacts): Record<string, unknown> {
  return {
    cap: e.cap,
    runs: e.result.runs,
    meetsObjectives: e.meets,
    failingObjectives: e.result.failing,
    objectives: objectiveFigures(e.result, f.objectives),
    achieved: achievedDensity(e.result),
  };
}

export function capJson(f: CapFacts, o: CapOutcome): string {
  return stableJson({
    schema: 'dcsim-cap-search',
    version: 1,
    dcsim: { version: VERSION },
    scenario: { name: f.scenario, file: f.file, sha256: f.sha256 },
    search: {
      cap: f.search,
      hosts: f.hosts,
      hostSpec: f.hostSpec,
      capMin: f.grid.capMin,
      capMax: f.grid.capMin + f.grid.steps * f.grid.step,
      step: f.grid.step,
      placement: `pack (first-fit decreasing, so that the cap sets density; the scenario's: ${f.scenarioAlgorithm})`,
      method: 'bisection on the cap grid; each cap R full simulations with replication seeds shared by every cap (common random numbers)',
      replications: f.replications,
      rootSeed: f.rootSeed,
      basis: f.basis,
      objectives: f.objectives.map((x) => x.text),
      hostFailuresSimulated: f.failures ? { count: f.failures.count, atMs: f.failures.atMs, at: f.failures.clock } : null,
    },
    answer:
      o.kind === 'answer'
        ? { kind: 'highest cap met', cap: o.answer.cap, achieved: achievedDensity(o.answer.result), failsOneStepAbove: o.above.result.failing, nonMonotone: o.nonMonotone }
        : { kind: 'not binding', cap: null, highestCapTried: o.highest.cap, achieved: achievedDensity(o.highest.result) },
    proof: o.kind === 'answer' ? { atAnswer: evaluationJson(o.answer, f), oneStepAbove: evaluationJson(o.above, f) } : { atHighest: evaluationJson(o.highest, f) },
    evaluations: o.evaluations.map((e) => evaluationJson(e, f)),
    paragraph: capParagraph(f, o),
  });
}

export function capCsv(o: CapOutcome): string {
  const sorted = [...o.evaluations].sort((a, b) => a.cap - b.cap);
  const names = ['cpuReady.p95OfVmP95Pct', 'memory.peakSwappedGiB', 'availability.meanVmAvailabilityPct', 'vmsUnplaceable', 'density.hostsInUse', 'density.vcpuPerCore', 'density.busiestVcpuPerCore', 'density.memoryOvercommit', 'density.busiestMemoryOvercommit'];
  const header = ['cap', 'runs', 'meets_objectives', 'failing_objectives', 'answer', 'bound_by', ...names.map((n) => `${n}.mean`)];
  const mark = (e: CapEvaluation): string => (o.kind === 'answer' ? (e === o.answer ? 'answer' : e === o.above ? 'answer+1' : '') : e === o.highest ? 'highest (not binding)' : '');
  const rows = sorted.map((e) => [String(e.cap), String(e.result.runs), String(e.meets), e.result.failing.join(' '), mark(e), bindingAt(e.result), ...names.map((n) => String(r6(meanAt(e, n)) ?? ''))]);
  return stringify([header, ...rows]);
}

/** "packed on 6 of the 8 hosts at 3.9 vCPU per core (busiest host 4), memory overcommit 0.9, bound by the vCPU:pCPU cap". */
function density(e: CapEvaluation, hosts: number): string {
  return `packed on ${trim(meanAt(e, 'density.hostsInUse'))} of the ${hosts} hosts at ${trim(meanAt(e, 'density.vcpuPerCore'))} vCPU per core (busiest host ${trim(meanAt(e, 'density.busiestVcpuPerCore'))}) and memory overcommit ${trim(meanAt(e, 'density.memoryOvercommit'))} (busiest ${trim(meanAt(e, 'density.busiestMemoryOvercommit'))}), bound by ${BINDING_WORDS[bindingAt(e.result)]}`;
}

function figure(e: CapEvaluation, text: string, f: CapFacts): string {
  const o = f.objectives.find((x) => x.text === text);
  return o === undefined ? text : measuredWords(e.result, o);
}

/** The answer in one paragraph a non-specialist can act on, in achieved terms. */
export function capParagraph(f: CapFacts, o: CapOutcome): string {
  const words = CAP_WORDS[f.search];
  const own = f.search === 'cpu-cap' ? 'cpuCap' : 'memoryCap';
  const judged = judgedOn(f.basis, f.replications);
  const failed = f.failures ? ` with ${f.failures.count} of them failed ${f.failures.clock}` : '';
  const range = `${words}s ${f.grid.capMin} to ${trim(f.grid.capMin + f.grid.steps * f.grid.step)} in steps of ${f.grid.step}, VMs packed onto as few hosts as the caps allow`;
  const objectives = f.objectives.map(objectiveWords).join('; ');
  if (o.kind === 'not-binding') {
    const h = o.highest;
    return (
      `On ${f.hosts} hosts of this spec (${f.hostSpec})${failed}, even the highest ${words} tried, ${h.cap}, meets ${objectives} (judged on ${judged}; tried ${range}). ` +
      `The cap was not binding: the VMs were ${density(h, f.hosts)}. Raising this cap does not pack them denser here, so it is not what limits this cluster; ` +
      `${bindingAt(h.result) === 'none' ? 'the hosts have room to spare: size the host count instead (dcsim size without --search).' : `search that constraint instead (${bindingAt(h.result) === 'memoryCap' ? '--search memory-cap' : bindingAt(h.result) === 'cpuCap' ? '--search cpu-cap' : 'or change the scenario'}).`}`
    );
  }
  const a = o.answer;
  const b = o.above;
  const parts = [
    `On ${f.hosts} hosts of this spec (${f.hostSpec})${failed}, the highest ${words} that meets ${objectives} is ${a.cap} (judged on ${judged}; tried ${range}).`,
    `With it the VMs were ${density(a, f.hosts)}: plan on that achieved density, not on the cap.`,
  ];
  if (bindingAt(a.result) !== own) parts.push(`Note: at the answer most placements were bound by ${BINDING_WORDS[bindingAt(a.result)]}, not by the ${words}.`);
  parts.push(`One step up, cap ${b.cap}, the VMs were ${density(b, f.hosts)}, and it fails ${b.result.failing.map((t) => figure(b, t, f)).join('; ')}.`);
  if (o.nonMonotone.length > 0) parts.push(`Warning: caps ${o.nonMonotone.join(', ')} broke the assumption that a higher cap never helps; check them in sizing.csv.`);
  return parts.join(' ');
}
