/**
 * The calibration panel's tables: the error of each compared figure before and after the fit
 * (the same numbers as errors.csv and calibration.json), and the fitted parameters with their
 * 95 % intervals or the reason there is none; CSV export of each.
 */
import { ERROR_COLUMNS, errorCell, errorRows, improved, paramInterval, paramValue, sig, withUnit, } from './calibration-rows.js';
import { toCsv } from './csv.js';
import { exportCsv } from './export.js';
import { button } from './ui.js';
function tableBox(parent, name, title, csv) {
    const box = parent.append('div').attr('class', 'calibration-table').attr('data-table-box', name);
    const head = box.append('div').attr('class', 'table-head');
    head.append('h3').text(title);
    button(head, 'CSV', () => exportCsv(csv(), title), `Download ${title} as CSV`).attr('data-export', 'csv');
    return box;
}
export function renderErrorTable(parent, s) {
    const rows = errorRows(s);
    const csv = () => toCsv(['metric', 'label', 'unit', 'weight', 'cells', ...ERROR_COLUMNS.flatMap((c) => [`${c.key}_before`, `${c.key}_after`])], rows.map((r) => [r.metric, r.label, r.unit, r.weight, r.cells, ...ERROR_COLUMNS.flatMap((c) => [r.before?.[c.key] ?? null, r.after?.[c.key] ?? null])]));
    const box = tableBox(parent, 'calibration-errors', 'Error per figure, before and after the fit', csv);
    box
        .append('p')
        .attr('class', 'explain')
        .text('NRMSE = RMSE / max(RMS of the observed values, floor): the term the fit weighs. MAPE counts the cells whose observed value reaches the floor; bias is the mean of simulated − observed.');
    if (rows.length === 0) {
        box.append('p').attr('class', 'empty').text('The trace has no host figure to compare.');
        return;
    }
    const table = box.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data calibration-errors').attr('data-table', 'calibration-errors');
    const thead = table.append('thead');
    const top = thead.append('tr');
    for (const [text, cls] of [['figure', null], ['weight', 'num'], ['cells', 'num']])
        top.append('th').attr('scope', 'col').attr('rowspan', 2).attr('class', cls).text(text);
    for (const c of ERROR_COLUMNS)
        top.append('th').attr('scope', 'colgroup').attr('colspan', 2).attr('class', 'num group').text(c.label);
    const sub = thead.append('tr');
    for (let k = 0; k < ERROR_COLUMNS.length; k++) {
        sub.append('th').attr('scope', 'col').attr('class', 'num group').text('before');
        sub.append('th').attr('scope', 'col').attr('class', 'num').text('after');
    }
    const tb = table.append('tbody');
    for (const r of rows) {
        const tr = tb.append('tr').attr('data-metric', r.metric);
        tr.append('th').attr('scope', 'row').text(withUnit(r.label, r.unit === '' ? '' : `(${r.unit})`));
        tr.append('td').attr('class', 'num').attr('data-col', 'weight').text(sig(r.weight, 3));
        tr.append('td').attr('class', 'num').attr('data-col', 'cells').text(String(r.cells));
        for (const c of ERROR_COLUMNS) {
            tr.append('td').attr('class', 'num group').attr('data-col', `${c.key}-before`).text(errorCell(r.before, c, r.unit));
            const better = improved(r, c);
            tr.append('td')
                .attr('class', `num${better === null ? '' : better ? ' better' : ' worse'}`)
                .attr('data-col', `${c.key}-after`)
                .text(errorCell(r.after, c, r.unit));
        }
    }
    const left = s.errors.before.filter((e) => !rows.some((r) => r.metric === e.metric)).map((e) => e.label);
    if (left.length > 0)
        box.append('p').attr('class', 'table-caption').text(`Not in the trace, so not compared: ${left.join('; ')}.`);
}
export function renderParamTable(parent, s) {
    const csv = () => toCsv(['parameter', 'label', 'unit', 'before', 'after', 'std_err', 'ci95_low', 'ci95_high', 'bound_low', 'bound_high', 'note'], s.parameters.map((p) => [p.key, p.label, p.unit, p.before, p.after, p.stdErr, p.ci95?.[0] ?? null, p.ci95?.[1] ?? null, p.bounds[0], p.bounds[1], p.note]));
    const box = tableBox(parent, 'calibration-params', 'Fitted parameters', csv);
    box.append('p').attr('class', 'explain').attr('data-field', 'confidence').text(s.confidence);
    const table = box.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data calibration-params').attr('data-table', 'calibration-params');
    const cols = [['parameter', null], ['before', 'num'], ['fitted', 'num'], ['95 % interval', 'num'], ['std. error', 'num'], ['search bounds', 'num']];
    table.append('thead').append('tr').selectAll('th').data(cols).join('th').attr('scope', 'col').attr('class', (d) => d[1]).text((d) => d[0]);
    const tb = table.append('tbody');
    for (const p of s.parameters) {
        const tr = tb.append('tr').attr('data-param', p.key);
        const th = tr.append('th').attr('scope', 'row');
        th.append('code').text(p.key);
        th.append('span').attr('class', 'param-label').text(p.label);
        tr.append('td').attr('class', 'num').attr('data-col', 'before').text(paramValue(p.before, p));
        tr.append('td').attr('class', 'num fitted').attr('data-col', 'after').text(paramValue(p.after, p));
        tr.append('td')
            .attr('class', p.ci95 ? 'num' : 'num not-estimated')
            .attr('data-col', 'ci95')
            .text(paramInterval(p));
        tr.append('td').attr('class', 'num').attr('data-col', 'std-err').text(p.stdErr === null ? '—' : `± ${paramValue(p.stdErr, p)}`);
        tr.append('td').attr('class', 'num').attr('data-col', 'bounds').text(withUnit(`${sig(p.bounds[0], 4)} – ${sig(p.bounds[1], 4)}`, p.unit));
    }
}
