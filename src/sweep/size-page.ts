/**
 * report.html of `dcsim size`: the viewer's comparison page over the first run (replication 0)
 * at the answer and at the neighbour that proves it (answer − 1 host, or one cap step above),
 * opened by the sizing panel (the answer paragraph and the search path). Both runs are simulated
 * again with their report kept, with the same task (seed, assignments, failures) as in the
 * search, so their figures are the ones the search judged.
 */
import { renderReportHtml, viewerMissingHtml, ViewerNotBuiltError } from '../report/html.js';
import type { Report } from '../report/schema.js';
import type { SizingPage } from '../report/sizing-schema.js';
import { objectiveWords } from './answer.js';
import type { CapOutcome } from './cap-search.js';
import { executeRun, type RunTask } from './execute.js';
import type { FrontierBasis, Objective } from './objectives.js';
import { statOf, type PointResult } from './point-result.js';
import { bindingAt } from './results.js';
import type { SizingOutcome } from './sizing.js';
import type { Summary } from './stats.js';

const fin = (x: number | undefined): number | null => (x !== undefined && Number.isFinite(x) ? x : null);
const meanOf = (r: PointResult, name: string): number | null => fin(statOf(r, name)?.mean);

interface Tried {
  readonly value: number;
  readonly result: PointResult;
  readonly meets: boolean;
  readonly role: SizingPage['evaluations'][number]['role'];
}

export interface PageFacts {
  readonly title: string;
  readonly answer: string;
  readonly searched: string;
  readonly basis: FrontierBasis;
  readonly replications: number;
  readonly failures: string | null;
  readonly objectives: readonly Objective[];
}

function page(f: PageFacts, tried: readonly Tried[]): SizingPage {
  return {
    schema: 'dcsim-sizing-page',
    version: 1,
    title: f.title,
    answer: f.answer,
    searched: f.searched,
    basis: f.basis,
    replications: f.replications,
    failures: f.failures,
    evaluations: tried.map((e, k) => ({
      value: e.value,
      step: k + 1,
      meets: e.meets,
      role: e.role,
      figures: f.objectives.map((o) => {
        const s = e.result.stats[o.index] as Summary;
        return {
          objective: o.text,
          words: objectiveWords(o),
          mean: fin(s.mean),
          ciLow: fin(s.ciLow),
          ciHigh: fin(s.ciHigh),
          unit: o.metric.endsWith('Pct') ? '%' : o.metric.endsWith('GiB') ? 'GiB' : '',
          met: !e.result.failing.includes(o.text),
        };
      }),
      hostsInUse: meanOf(e.result, 'density.hostsInUse'),
      vcpuPerCore: meanOf(e.result, 'density.vcpuPerCore'),
      busiestVcpuPerCore: meanOf(e.result, 'density.busiestVcpuPerCore'),
      memoryOvercommit: meanOf(e.result, 'density.memoryOvercommit'),
      boundBy: bindingAt(e.result),
    })),
  };
}

export function hostsPage(f: PageFacts, o: SizingOutcome): SizingPage {
  const role = (n: number): Tried['role'] => (n === o.answer.hosts ? 'answer' : o.below !== null && n === o.below.hosts ? 'proof' : '');
  return page(f, o.evaluations.map((e) => ({ value: e.hosts, result: e.result, meets: e.meets, role: role(e.hosts) })));
}

export function capsPage(f: PageFacts, o: CapOutcome): SizingPage {
  const role = (i: number): Tried['role'] => (o.kind === 'answer' ? (i === o.answer.index ? 'answer' : i === o.above.index ? 'proof' : '') : i === o.highest.index ? 'highest' : '');
  return page(f, o.evaluations.map((e) => ({ value: e.cap, result: e.result, meets: e.meets, role: role(e.index) })));
}

/** The report of a task's run, simulated again with its report kept (replication 0's task). */
export function reportOf(task: RunTask): Report {
  const report = executeRun({ ...task, withReport: true }).report;
  if (report === null) throw new Error(`run ${task.runId} gave no report`);
  return report;
}

/** The page: the sizing panel, then the runs side by side. */
export function sizeReportHtml(sizing: SizingPage, reports: readonly Report[], labels: readonly string[]): string {
  try {
    return renderReportHtml(reports, { labels, title: sizing.title, sizing });
  } catch (err) {
    if (err instanceof ViewerNotBuiltError) return viewerMissingHtml(reports, err.message);
    throw err;
  }
}
