/**
 * A sweep's points as rows, sortable by any column: the parameters, the verdict, the achieved
 * density and the key metrics (mean over the replications). One row per point reads at 20 or
 * 200 points, where one column per point does not.
 */
import { num } from './format.js';
import { cellState, objectiveShort } from './sweep-frontier.js';
import type { SweepSummary } from './types.js';
import { panel, type Sel } from './ui.js';

type SweepPoint = SweepSummary['points'][number];

const BOUND_SHORT: Readonly<Record<SweepPoint['boundBy'], string>> = { none: 'nothing', cpuCap: 'vCPU cap', memoryCap: 'memory cap', reservations: 'reservations', rules: 'rules', hostWidth: 'host width' };

interface Column {
  readonly key: string;
  readonly label: string;
  readonly numeric: boolean;
  readonly get: (p: SweepPoint) => number | string | null;
}

const KEY_METRICS: ReadonlyArray<readonly [string, string]> = [
  ['density.hostsInUse', 'hosts in use'],
  ['density.vcpuPerCore', 'vCPU/core'],
  ['density.busiestVcpuPerCore', 'busiest vCPU/core'],
  ['density.memoryOvercommit', 'memory overcommit'],
  ['cpuReady.p95OfVmP95Pct', 'p95 CPU ready %'],
  ['memory.peakSwappedGiB', 'peak swap GiB'],
  ['availability.meanVmAvailabilityPct', 'availability %'],
  ['energy.itKWh', 'IT kWh'],
];

export function pointColumns(sweep: SweepSummary): Column[] {
  const metricNames = new Set(sweep.metrics.map((m) => m.name));
  return [
    { key: 'id', label: 'point', numeric: false, get: (p) => p.id },
    ...sweep.parameters.map((q) => ({ key: `param:${q.path}`, label: q.path, numeric: q.values.every((v) => typeof v === 'number'), get: (p: SweepPoint) => { const v = p.values[q.path]; return typeof v === 'number' || typeof v === 'string' ? v : v === null || v === undefined ? null : String(v); } })),
    { key: 'verdict', label: 'verdict', numeric: false, get: (p) => (p.meets ? 'met' : `fails ${p.failing.map(objectiveShort).join(', ')}`) },
    { key: 'notBinding', label: 'not binding', numeric: false, get: (p) => (p.notBinding.length > 0 ? p.notBinding.join(', ') : null) },
    { key: 'boundBy', label: 'bound by', numeric: false, get: (p) => BOUND_SHORT[p.boundBy] },
    ...KEY_METRICS.filter(([m]) => metricNames.has(m)).map(([m, label]) => ({ key: `metric:${m}`, label, numeric: true, get: (p: SweepPoint) => p.stats[m]?.mean ?? null })),
  ];
}

/** Rows sorted by column `key`, ascending or not; nulls last, ties in point order. */
export function sortPoints(points: readonly SweepPoint[], column: Column, ascending: boolean): SweepPoint[] {
  const order = new Map(points.map((p, k) => [p, k]));
  return [...points].sort((a, b) => {
    const x = column.get(a);
    const y = column.get(b);
    if (x === null || y === null) return x === y ? (order.get(a) as number) - (order.get(b) as number) : x === null ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return (ascending ? c : -c) || (order.get(a) as number) - (order.get(b) as number);
  });
}

export function renderPointsTable(parent: Sel, sweep: SweepSummary): void {
  const p = panel(parent, 'sweep-points', 'Points', 'One row per sweep point: its settings, the verdict, what the placement achieved and the key figures (means over the replications). Click a column heading to sort by it; click again to reverse.');
  const columns = pointColumns(sweep);
  const wrap = p.body.append('div').attr('class', 'table-wrap');
  const table = wrap.append('table').attr('class', 'data sweep-points');
  const headRow = table.append('thead').append('tr');
  const body = table.append('tbody');
  const state = { key: 'id', ascending: true };
  const draw = (): void => {
    const column = columns.find((c) => c.key === state.key) as Column;
    body.selectAll('*').remove();
    for (const point of sortPoints(sweep.points, column, state.ascending)) {
      const tr = body.append('tr').attr('data-point', point.id).attr('data-state', cellState(point, sweep.parameters.length));
      for (const c of columns) {
        const v = c.get(point);
        tr.append('td').attr('class', c.numeric ? 'num' : null).text(v === null ? '—' : typeof v === 'number' ? num(v) : v);
      }
    }
    headRow.selectAll<HTMLTableCellElement, unknown>('th').attr('aria-sort', function () {
      return this.dataset.key === state.key ? (state.ascending ? 'ascending' : 'descending') : 'none';
    });
  };
  for (const c of columns) {
    headRow
      .append('th')
      .attr('scope', 'col')
      .attr('class', c.numeric ? 'num sortable' : 'sortable')
      .attr('data-key', c.key)
      .append('button')
      .attr('type', 'button')
      .attr('class', 'sort')
      .text(c.label)
      .on('click', () => {
        state.ascending = state.key === c.key ? !state.ascending : true;
        state.key = c.key;
        draw();
      });
  }
  draw();
}
