/**
 * The sweep's answer in one paragraph a non-specialist can act on: how many hosts the densest
 * setting that met every objective used, at what achieved density and bound by what, what the
 * next denser setting failed, and which settings proved nothing (not binding). Also the one
 * sentence the sweep page puts above its frontier panel.
 */
import { bindingMatrix } from './binding.js';
import { BINDING_WORDS, trim } from './density-text.js';
import type { Parameter } from './expand.js';
import type { Objective } from './objectives.js';
import { showValue } from './paths.js';
import { bindingAt } from './results.js';
import { meanOf, type PointResult } from './point-result.js';

const WORDS: Readonly<Record<string, string>> = {
  'cpuReady.p95OfVmP95Pct': 'CPU ready (95th percentile of VMs)',
  'cpuReady.meanPct': 'mean CPU ready',
  'cpuReady.worstVmP95Pct': "the worst VM's CPU ready",
  'memory.peakSwappedGiB': 'swapped memory at the peak',
  'memory.swappedGiB': 'swapped memory',
  'availability.meanVmAvailabilityPct': 'VM availability',
  vmsUnplaceable: 'unplaceable VMs',
};

/** `cpuReady.p95OfVmP95Pct<5` → "CPU ready (95th percentile of VMs) below 5"; `memory.peakSwappedGiB==0` → "no swapped memory at the peak". */
export function objectiveWords(o: Objective): string {
  const what = WORDS[o.metric] ?? o.metric;
  if (o.op === '==' && o.threshold === 0) return `no ${what}`;
  const op = { '<': 'below', '<=': 'at most', '>': 'above', '>=': 'at least', '==': 'exactly' }[o.op];
  const unit = o.metric.endsWith('Pct') ? ' %' : o.metric.endsWith('GiB') ? ' GiB' : '';
  return `${what} ${op} ${o.threshold}${unit}`;
}

export interface SweepAnswer {
  /** The point the answer names (the densest binding point meeting every objective); null when none met them. */
  readonly answer: PointResult | null;
  /** The least dense failing point denser than the answer; null when none. */
  readonly denser: PointResult | null;
  readonly sentence: string;
  readonly paragraph: string;
}

function settings(parameters: readonly Parameter[], r: PointResult): string {
  return parameters.map((p, j) => `${p.name}=${showValue(r.point.values[j] ?? null)}`).join(', ');
}

function density(r: PointResult): string {
  const hosts = meanOf(r, 'density.hostsInUse');
  const busiest = meanOf(r, 'density.busiestVcpuPerCore');
  const vcpu = meanOf(r, 'density.vcpuPerCore');
  return `${trim(hosts)} host${hosts === 1 ? '' : 's'} at ${trim(vcpu)} vCPU per core${busiest > vcpu + 1e-9 ? ` (busiest host ${trim(busiest)})` : ''} and memory overcommit ${trim(meanOf(r, 'density.memoryOvercommit'))}`;
}

/** Fewer hosts in use first, then more vCPU per core, then point order. */
function denserFirst(a: PointResult, b: PointResult): number {
  return meanOf(a, 'density.hostsInUse') - meanOf(b, 'density.hostsInUse') || meanOf(b, 'density.vcpuPerCore') - meanOf(a, 'density.vcpuPerCore') || a.point.index - b.point.index;
}

export function sweepAnswer(parameters: readonly Parameter[], results: readonly PointResult[], objectives: readonly Objective[], basis: 'mean' | 'ci95'): SweepAnswer {
  const binds = bindingMatrix(parameters, results);
  // A point where some setting changed nothing repeats a lower point's placement: still a result, but no evidence for that setting.
  const notBinding = results.filter((_, k) => (binds[k] ?? []).some((b) => b === false)).length;
  const binding = results;
  const met = binding.filter((r) => r.failing.length === 0).sort(denserFirst);
  const answer = met[0] ?? null;
  const goal = objectives.length === 0 ? 'no objectives were set' : `the objectives (${objectives.map(objectiveWords).join('; ')}${basis === 'ci95' ? ', judged on the unfavourable end of the 95 % confidence interval' : ', judged on the mean of the replications'})`;
  const vms = results[0] ? meanOf(results[0], 'vmsPlaced') + meanOf(results[0], 'vmsUnplaceable') : NaN;
  const parts: string[] = [];
  let sentence: string;
  let denser: PointResult | null = null;
  if (answer === null) {
    sentence = `None of the ${results.length} settings tried met every objective.`;
    parts.push(`${sentence} Checked against ${goal}.`);
    const closest = [...binding].sort((a, b) => a.failing.length - b.failing.length || -denserFirst(a, b))[0];
    if (closest) parts.push(`The closest, ${settings(parameters, closest)} (${density(closest)}), still fails ${closest.failing.map((t) => objectives.find((o) => o.text === t)).filter((o): o is Objective => o !== undefined).map(objectiveWords).join('; ')}: add hosts or lower the overcommit.`);
  } else {
    const hosts = meanOf(answer, 'density.hostsInUse');
    sentence = `The densest setting that met every objective ran ${Number.isNaN(vms) ? 'the VMs' : `the ${trim(vms)} VMs`} on ${density(answer)} (${settings(parameters, answer)}), bound by ${BINDING_WORDS[bindingAt(answer)]}.`;
    parts.push(`${sentence} Checked against ${goal}; ${met.length} of the ${results.length} settings met them.`);
    // The failing point closest to the answer from the denser side: most hosts, then least vCPU per core, then the earliest (binding) point.
    const closer = (a: PointResult, b: PointResult): number =>
      meanOf(b, 'density.hostsInUse') - meanOf(a, 'density.hostsInUse') || meanOf(a, 'density.vcpuPerCore') - meanOf(b, 'density.vcpuPerCore') || a.point.index - b.point.index;
    // Denser: fewer hosts, or as many with a busier busiest host.
    const isDenser = (r: PointResult): boolean =>
      meanOf(r, 'density.hostsInUse') < hosts || (meanOf(r, 'density.hostsInUse') === hosts && meanOf(r, 'density.busiestVcpuPerCore') > meanOf(answer, 'density.busiestVcpuPerCore'));
    denser = binding.filter((r) => r.failing.length > 0 && isDenser(r)).sort(closer)[0] ?? null;
    if (denser !== null)
      parts.push(`Packing tighter fails: ${settings(parameters, denser)} put them on ${density(denser)} and missed ${denser.failing.map((t) => objectives.find((o) => o.text === t)).filter((o): o is Objective => o !== undefined).map(objectiveWords).join('; ')}.`);
    else parts.push('No denser setting was tried that put the VMs on fewer hosts, so fewer may still work: sweep higher caps to find out.');
    parts.push(`Plan for ${trim(hosts)} host${hosts === 1 ? '' : 's'} serving these VMs, plus spare for failures and maintenance: dcsim size --spare 1 finds how many it takes with the busiest host failed.`);
  }
  if (notBinding > 0)
    parts.push(`In ${notBinding} of the ${results.length} settings a cap was not reached (not binding): they repeat a lower setting's placement and are no evidence that the higher cap is safe.`);
  return { answer, denser, sentence, paragraph: parts.join(' ') };
}
