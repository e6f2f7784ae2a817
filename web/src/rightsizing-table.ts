/**
 * Right-sizing of today's VMs (`dcsim runway --report --rightsize`): one row per VM, sortable by
 * any column, exported as CSV (d3.csvFormatRows, the rows in their current order); and the
 * what-if table, today's runway beside the one with every recommendation applied.
 */
import { exportCsv } from './export.js';
import { num } from './format.js';
import type { PlanningSummary } from './types.js';
import { button, panel, type Sel } from './ui.js';

type Cell = string | number | null;

const text = (v: Cell): string => (v === null ? '—' : typeof v === 'number' ? num(v) : v);

/** Rows sorted by column k: numbers by value, text by code point, nulls last; stable. */
export function sortRows(rows: readonly (readonly Cell[])[], k: number, ascending: boolean): (readonly Cell[])[] {
  const sign = ascending ? 1 : -1;
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => {
      const x = a.r[k] ?? null;
      const y = b.r[k] ?? null;
      if (x === null || y === null) return x === y ? a.i - b.i : x === null ? 1 : -1;
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
      return c !== 0 ? sign * c : a.i - b.i;
    })
    .map((e) => e.r);
}

export function renderRightsizing(parent: Sel, p: PlanningSummary): void {
  const rs = p.rightsizing;
  if (rs === null) return;
  const root = panel(parent, 'rightsizing', 'Right-sizing', `Per VM of today's run: ${rs.rule}. Click a heading to sort; CSV exports the rows as sorted.`);
  const state = { key: 0, ascending: true };
  const sorted = (): (readonly Cell[])[] => sortRows(rs.rows, state.key, state.ascending);
  button(root.controls, 'CSV', () => exportCsv(d3.csvFormatRows([rs.columns, ...sorted().map((r) => r.map((v) => (v === null ? '' : String(v))))]), `${p.scenario} rightsizing`), 'Download the right-sizing table as CSV').attr('data-export', 'rightsizing-csv');
  const table = root.body.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data rightsizing');
  const head = table.append('thead').append('tr');
  const body = table.append('tbody');
  const draw = (): void => {
    body.selectAll('*').remove();
    for (const r of sorted()) {
      const tr = body.append('tr').attr('data-vm', String(r[0]));
      r.forEach((v) => tr.append('td').attr('class', typeof v === 'number' ? 'num' : null).text(text(v)));
    }
    head.selectAll<HTMLTableCellElement, unknown>('th').attr('aria-sort', function () {
      return Number(this.dataset.key) === state.key ? (state.ascending ? 'ascending' : 'descending') : 'none';
    });
  };
  rs.columns.forEach((c, k) => {
    head
      .append('th')
      .attr('scope', 'col')
      .attr('class', 'sortable')
      .attr('data-key', k)
      .append('button')
      .attr('type', 'button')
      .attr('class', 'sort')
      .text(c)
      .on('click', () => {
        state.ascending = state.key === k ? !state.ascending : true;
        state.key = k;
        draw();
      });
  });
  draw();
  const w = p.whatIf;
  if (w === null) return;
  const what = panel(parent, 'what-if', 'What-if: right-sizing applied', `Today's runway beside the same runway with ${w.note}.`);
  const t = what.body.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data what-if');
  const hr = t.append('thead').append('tr');
  for (const h of ['cluster', 'figure', 'today', 'what-if']) hr.append('th').attr('scope', 'col').text(h);
  const tb = t.append('tbody');
  for (const r of w.rows) {
    const tr = tb.append('tr').attr('data-cluster', r.cluster).attr('data-figure', r.figure);
    tr.append('td').text(r.cluster);
    tr.append('td').text(r.figure);
    tr.append('td').attr('class', 'num').text(text(r.today));
    tr.append('td').attr('class', 'num').text(text(r.whatIf));
  }
}
