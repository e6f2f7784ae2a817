/**
 * Semantic checks that relate two fields: orderings (reservation ≤ limit, low ≤ high),
 * time relations (duration ≥ step, output interval a multiple of the step) and the VM total.
 * Each field is valid on its own (zod checked that); these catch contradictions between them.
 */
import { formatDuration } from './wording.js';
import type { PathProblem } from './issue-problems.js';
import type { ScenarioSpec, TemplateSpec, WorkloadSpec } from './schema.js';

/** Largest number of VMs in one scenario: beyond it typed-array state stops fitting in memory. */
export const MAX_TOTAL_VMS = 10_000_000;

/** "expected `a` (x) to be at most `b` (y)" when x > y; the problem sits at `a`. */
function atMost(path: PropertyKey[], a: string, x: number, b: string, y: number): PathProblem[] {
  return x <= y ? [] : [{ path, message: `expected ${a} (${x}) to be at most ${b} (${y})` }];
}

function checkTemplate(name: string, t: TemplateSpec): PathProblem[] {
  const at = (...rest: string[]): PropertyKey[] => ['templates', name, ...rest];
  const problems: PathProblem[] = [];
  if (t.cpu.limitMHz !== null) {
    problems.push(...atMost(at('cpu', 'reservationMHz'), 'cpu.reservationMHz', t.cpu.reservationMHz, 'cpu.limitMHz', t.cpu.limitMHz));
  }
  problems.push(...atMost(at('memory', 'reservationGiB'), 'memory.reservationGiB', t.memory.reservationGiB, 'memoryGiB', t.memoryGiB));
  const c = t.memory.content;
  if (c !== undefined) {
    // The three classes partition the touched pages (kernel admin-guide/mm/ksm: every scanned page
    // ends shared, sharing, unshared or volatile).
    const sum = c.zeroPct + c.sharedPct + (c.uniquePct ?? 0);
    if (c.uniquePct === undefined ? sum > 100 + 1e-9 : Math.abs(sum - 100) > 0.01) {
      const what = c.uniquePct === undefined ? 'zeroPct + sharedPct to be at most 100' : 'zeroPct + sharedPct + uniquePct to be 100';
      problems.push({ path: at('memory', 'content'), message: `expected ${what} (% of touched pages), found ${Number(sum.toFixed(4))}` });
    }
  }
  if (t.memory.limitGiB !== null) {
    problems.push(
      ...atMost(at('memory', 'reservationGiB'), 'memory.reservationGiB', t.memory.reservationGiB, 'memory.limitGiB', t.memory.limitGiB),
    );
  }
  return problems;
}

function checkWorkload(w: WorkloadSpec, at: (key: string) => PropertyKey[]): PathProblem[] {
  switch (w.type) {
    case 'diurnal':
      return atMost(at('low'), 'low', w.low, 'high', w.high);
    case 'random-walk': {
      const order = atMost(at('min'), 'min', w.min, 'max', w.max);
      if (order.length > 0) return order;
      if (w.start < w.min || w.start > w.max) {
        return [{ path: at('start'), message: `expected start (${w.start}) to be between min (${w.min}) and max (${w.max})` }];
      }
      return [];
    }
    case 'uniform':
      return atMost(at('min'), 'min', w.min, 'max', w.max);
    default:
      return [];
  }
}

function checkTimes(spec: ScenarioSpec): PathProblem[] {
  const problems: PathProblem[] = [];
  const step = formatDuration(spec.step);
  if (spec.duration < spec.step) {
    problems.push({
      path: ['duration'],
      message: `expected duration (${formatDuration(spec.duration)}) to be at least one step (${step})`,
    });
  }
  const interval = spec.outputs.interval;
  if (interval !== undefined && interval % spec.step !== 0) {
    problems.push({
      path: ['outputs', 'interval'],
      message:
        `expected outputs.interval (${formatDuration(interval)}) to be a whole multiple of the step (${step}), ` +
        'because series are sampled at model steps',
    });
  }
  return problems;
}

function checkTotal(spec: ScenarioSpec): PathProblem[] {
  let total = 0;
  for (const cluster of spec.clusters) for (const group of cluster.vms) total += group.count;
  if (total <= MAX_TOTAL_VMS) return [];
  const fmt = (n: number): string => n.toLocaleString('en-US');
  return [{ path: ['clusters'], message: `expected at most ${fmt(MAX_TOTAL_VMS)} VMs in total, found ${fmt(total)}` }];
}

/** All relation checks, in document order. */
export function checkRanges(spec: ScenarioSpec): PathProblem[] {
  const problems = checkTimes(spec);
  for (const [name, template] of Object.entries(spec.templates)) problems.push(...checkTemplate(name, template));
  spec.clusters.forEach((cluster, c) => {
    cluster.vms.forEach((group, v) => {
      problems.push(...checkWorkload(group.workload, (key) => ['clusters', c, 'vms', v, 'workload', key]));
    });
  });
  problems.push(...checkTotal(spec));
  return problems;
}
