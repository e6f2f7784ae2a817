/**
 * `dcsim size`'s page: the answer in one paragraph, then the search path: every host count (or
 * cap) evaluated, in the order the bisection tried it, with each objective's figure and verdict
 * and the density the placement achieved. The answer and the neighbour that proves it are
 * marked; the two runs follow side by side (the comparison below).
 */
import { num } from './format.js';
import type { SizingPage } from './types.js';
import { panel, type Sel } from './ui.js';

const BOUND: Record<SizingPage['evaluations'][number]['boundBy'], string> = {
  none: 'nothing',
  cpuCap: 'vCPU cap',
  memoryCap: 'memory cap',
  reservations: 'reservations',
  rules: 'rules',
  hostWidth: 'host width',
};

const ROLE: Record<SizingPage['evaluations'][number]['role'], string> = {
  answer: 'answer',
  proof: 'proof (fails)',
  highest: 'highest tried (not binding)',
  '': '',
};

export function renderSizingAnswer(parent: Sel, s: SizingPage): void {
  const head = parent.append('header').attr('class', 'run-header compare-header sweep-header').attr('data-panel', 'sizing-header');
  head.append('h1').text(s.title);
  head.append('p').attr('class', 'sweep-answer').attr('data-answer', '').text(s.answer);
}

/** "2.28 % (1.96–2.59)": the mean and, with two runs or more, the 95 % interval. */
function figureText(f: SizingPage['evaluations'][number]['figures'][number]): string {
  if (f.mean === null) return '—';
  const unit = f.unit === '' ? '' : ` ${f.unit}`;
  const ci = f.ciLow !== null && f.ciHigh !== null && f.ciHigh > f.ciLow ? ` (${num(f.ciLow)}–${num(f.ciHigh)})` : '';
  return `${num(f.mean)}${unit}${ci}`;
}

export function renderSizingSearch(parent: Sel, s: SizingPage): void {
  const basis = s.basis === 'ci95' ? 'the unfavourable end of the 95 % confidence interval' : 'the mean';
  const p = panel(
    parent,
    'sizing-search',
    'Search path',
    `Every ${s.searched === 'hosts' ? 'host count' : 'cap'} evaluated, ${s.replications} run${s.replications === 1 ? '' : 's'} each with the same seeds, in order of the value (the step column says when the bisection tried it). An objective is met when ${basis} is on the right side of its threshold; in brackets the 95 % interval.${s.failures ? ` Every run: ${s.failures}.` : ''} Density is at placement, over the hosts in use.`,
  );
  const figures = s.evaluations[0]?.figures ?? [];
  const table = p.body.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data sizing-search');
  const head = table.append('thead').append('tr');
  for (const h of [s.searched, 'step', 'verdict', ...figures.map((f) => f.words), 'hosts in use', 'vCPU / core (busiest)', 'memory overcommit', 'bound by', ''])
    head.append('th').attr('scope', 'col').text(h);
  const body = table.append('tbody');
  for (const e of [...s.evaluations].sort((a, b) => a.value - b.value)) {
    const tr = body.append('tr').attr('data-value', String(e.value)).attr('data-state', e.meets ? 'met' : 'failed').attr('data-role', e.role || null);
    tr.append('th').attr('scope', 'row').attr('class', 'num').text(num(e.value));
    tr.append('td').attr('class', 'num').text(String(e.step));
    tr.append('td').attr('class', 'verdict').text(e.meets ? 'meets' : `fails ${e.figures.filter((f) => !f.met).map((f) => f.objective).join(', ')}`);
    for (const f of e.figures) tr.append('td').attr('class', f.met ? 'num met' : 'num failed').text(figureText(f));
    tr.append('td').attr('class', 'num').text(e.hostsInUse === null ? '—' : num(e.hostsInUse));
    tr.append('td').attr('class', 'num').text(e.vcpuPerCore === null ? '—' : `${num(e.vcpuPerCore)} (${e.busiestVcpuPerCore === null ? '—' : num(e.busiestVcpuPerCore)})`);
    tr.append('td').attr('class', 'num').text(e.memoryOvercommit === null ? '—' : num(e.memoryOvercommit));
    tr.append('td').text(BOUND[e.boundBy]);
    tr.append('td').attr('class', 'role').text(ROLE[e.role]);
  }
}
