/**
 * A sweep's points as rows, sortable by any column: the parameters, the verdict, the achieved
 * density and the key metrics (mean over the replications). One row per point reads at 20 or
 * 200 points, where one column per point does not.
 */
import { num } from './format.js';
import { cellState } from './sweep-cells.js';
import { pointColumns, sortPoints } from './sweep-rows.js';
import { panel } from './ui.js';
export function renderPointsTable(parent, sweep) {
    const p = panel(parent, 'sweep-points', 'Points', 'One row per sweep point: its settings, the verdict, what the placement achieved and the key figures (means over the replications). Click a column heading to sort by it; click again to reverse.');
    const columns = pointColumns(sweep);
    const wrap = p.body.append('div').attr('class', 'table-wrap');
    const table = wrap.append('table').attr('class', 'data sweep-points');
    const headRow = table.append('thead').append('tr');
    const body = table.append('tbody');
    const state = { key: 'id', ascending: true };
    const draw = () => {
        const column = columns.find((c) => c.key === state.key);
        body.selectAll('*').remove();
        for (const point of sortPoints(sweep.points, column, state.ascending)) {
            const tr = body.append('tr').attr('data-point', point.id).attr('data-state', cellState(point, sweep.parameters.length));
            for (const c of columns) {
                const v = c.get(point);
                tr.append('td').attr('class', c.numeric ? 'num' : null).text(v === null ? '—' : typeof v === 'number' ? num(v) : v);
            }
        }
        headRow.selectAll('th').attr('aria-sort', function () {
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
