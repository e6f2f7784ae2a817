/**
 * A sweep page's answer and frontier panel, first on the page. Two numeric parameters: a grid,
 * one row per value of the second, one column per value of the first, each cell met / failed
 * (with the objectives failed) / not binding, with the hosts in use and the achieved vCPU per
 * core, the cells that meet ringed along the frontier (the densest cell met in each row). One
 * parameter: one row of the same cells. More, or non-numeric, parameters: the points table
 * (sweep-points.ts) and the metric chart carry it.
 */
import { num } from './format.js';
import type { SweepSummary } from './types.js';
import { panel, type Sel } from './ui.js';

type SweepPoint = SweepSummary['points'][number];

const BOUND: Readonly<Record<SweepPoint['boundBy'], string>> = {
  none: 'nothing bound',
  cpuCap: 'bound by the vCPU cap',
  memoryCap: 'bound by the memory cap',
  reservations: 'bound by reservations',
  rules: 'bound by rules',
  hostWidth: 'bound by host width',
};

/** "cpuReady.p95OfVmP95Pct<5" → "CPU ready"; other metrics by their last name. */
export function objectiveShort(text: string): string {
  if (text.startsWith('cpuReady')) return 'CPU ready';
  if (text.startsWith('memory.peakSwapped') || text.startsWith('memory.swapped')) return 'swap';
  if (text.startsWith('availability')) return 'availability';
  if (text.startsWith('vmsUnplaceable')) return 'unplaceable VMs';
  const m = /^([A-Za-z.]+)/.exec(text);
  return (m?.[1] ?? text).split('.').pop() as string;
}

export type CellState = 'met' | 'failed' | 'not-binding';

/**
 * A point's state: not binding when none of its settings changed the placement (it only
 * repeats another point), else met or failed; a setting that did not bind there is noted
 * beside the verdict (cellLines), so the cell never vouches for it.
 */
export function cellState(p: SweepPoint, parameters: number): CellState {
  if (parameters > 0 && p.notBinding.length >= parameters) return 'not-binding';
  return p.meets ? 'met' : 'failed';
}

function mean(p: SweepPoint, metric: string): number | null {
  return p.stats[metric]?.mean ?? null;
}

/** The cell's text: verdict, then the achieved density. */
export function cellLines(p: SweepPoint, parameters: number): string[] {
  const state = cellState(p, parameters);
  const verdict = state === 'met' ? 'met' : state === 'failed' ? `fails ${p.failing.map(objectiveShort).join(', ')}` : `not binding (${p.notBinding.join(', ')})`;
  const hosts = mean(p, 'density.hostsInUse');
  const vcpu = mean(p, 'density.vcpuPerCore');
  const lines = [verdict];
  if (hosts !== null && vcpu !== null) lines.push(`${num(hosts)} hosts · ${num(vcpu)} vCPU/core`);
  lines.push(BOUND[p.boundBy]);
  if (state !== 'not-binding' && p.notBinding.length > 0) lines.push(`not binding: ${p.notBinding.join(', ')}`);
  return lines;
}

export function renderSweepAnswer(parent: Sel, sweep: SweepSummary): void {
  const head = parent.append('header').attr('class', 'run-header compare-header sweep-header').attr('data-panel', 'sweep-header');
  head.append('h1').text(sweep.title);
  head.append('p').attr('class', 'sweep-answer').attr('data-answer', '').text(sweep.answer);
}

export function renderFrontierPanel(parent: Sel, sweep: SweepSummary): void {
  const numeric = sweep.parameters.filter((q) => q.values.every((v) => typeof v === 'number'));
  const basis = sweep.basis === 'ci95' ? 'the unfavourable end of the 95 % confidence interval' : 'the mean of the replications';
  const objectives = (sweep.objectives ?? []).map((o) => o.text).join(', ') || 'none';
  const p = panel(
    parent,
    'frontier',
    'Frontier',
    `Each cell is one setting: met (every objective: ${objectives}, judged on ${basis}), failed (and which), or not binding (its settings changed nothing the placement did: no evidence for them). Under the verdict, what was achieved: hosts in use and vCPU per core over them, and any setting that did not bind there (hatched: the cell says nothing about that setting). Ringed: the densest setting met in each row whose column setting binds.`,
  );
  if (numeric.length === 0 || numeric.length > 2 || numeric.length !== sweep.parameters.length) {
    p.body.append('p').attr('class', 'empty').text('The frontier grid draws one or two numeric parameters; see the points table below.');
    return;
  }
  const [xParam, yParam] = numeric as [SweepSummary['parameters'][number], SweepSummary['parameters'][number] | undefined];
  const rows = yParam ? yParam.values : [null];
  const wrap = p.body.append('div').attr('class', 'table-wrap');
  const table = wrap.append('table').attr('class', 'data frontier-grid');
  const head = table.append('thead').append('tr');
  head.append('th').attr('scope', 'col').text(yParam ? `${yParam.path} \\ ${xParam.path}` : xParam.path);
  for (const x of xParam.values) head.append('th').attr('scope', 'col').attr('class', 'num').text(String(x));
  const body = table.append('tbody');
  for (const y of rows) {
    const tr = body.append('tr');
    tr.append('th').attr('scope', 'row').text(y === null ? '' : String(y));
    const cells = xParam.values.map((x) => sweep.points.find((q) => q.values[xParam.path] === x && (yParam === undefined || q.values[yParam.path] === y)));
    // The frontier in this row: the met cell whose column setting binds, with the fewest hosts in use (then the highest x).
    let best = -1;
    const n = sweep.parameters.length;
    cells.forEach((c, i) => {
      if (!c || cellState(c, n) !== 'met' || c.notBinding.includes(xParam.path)) return;
      const b = best >= 0 ? cells[best] : undefined;
      const hosts = mean(c, 'density.hostsInUse') ?? Infinity;
      if (!b || hosts <= (mean(b, 'density.hostsInUse') ?? Infinity)) best = i;
    });
    cells.forEach((c, i) => {
      const td = tr.append('td');
      if (!c) {
        td.text('—');
        return;
      }
      const state = cellState(c, n);
      const partly = state !== 'not-binding' && c.notBinding.length > 0;
      td.attr('class', `frontier-cell ${state}${partly ? ' partly-binding' : ''}${i === best ? ' frontier' : ''}`).attr('data-point', c.id).attr('data-state', state);
      td.attr('title', `${c.id}: ${cellLines(c, n).join('; ')}`);
      const lines = cellLines(c, n);
      lines.forEach((line, k) => td.append('div').attr('class', k === 0 ? 'verdict' : partly && k === lines.length - 1 ? 'note' : 'achieved').text(line));
    });
  }
}
