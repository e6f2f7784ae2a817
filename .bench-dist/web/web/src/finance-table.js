/**
 * The finance table: the virtualized run against its physical baseline, line by line, with the
 * saving on each line, the one-sentence summary above it and a note on what "—" means (no price
 * given) below it; CSV export.
 */
import { toCsv } from './csv.js';
import { exportCsv } from './export.js';
import { financeGaps, financeRows, financeSaving, financeSummary, financeValue } from './finance-rows.js';
import { button } from './ui.js';
export function renderFinanceTable(parent, report) {
    const f = report.headline.finance;
    const cur = f.currency;
    const rows = financeRows(f);
    const box = parent.append('div').attr('class', 'finance').attr('data-table-box', 'finance');
    const head = box.append('div').attr('class', 'table-head');
    head.append('h3').text('Virtualized vs physical servers, over the run');
    button(head, 'CSV', () => exportCsv(toCsv(['line', 'unit', 'virtualized', 'physical_baseline', 'saving', 'saving_pct'], rows.map((r) => [r.label, r.unit === 'money' ? cur : r.unit === 'co2' ? 'kgCO2' : r.unit, r.virtualized, r.baseline, r.saving, r.savingPct ?? null])), `finance-${report.run.scenario}`), 'Download the finance comparison as CSV').attr('data-export', 'csv');
    box.append('p').attr('class', 'finance-summary').attr('data-field', 'finance-summary').text(financeSummary(f));
    box
        .append('p')
        .attr('class', 'explain')
        .text('The baseline runs the same VMs without virtualization, on physical servers of its own, in the same facility, on the same tariff and grid. Saving = baseline − virtualized: below zero where virtualization adds a cost (hypervisor licences).');
    const table = box.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data finance-table').attr('data-table', 'finance');
    const cols = ['', 'virtualized', 'physical baseline', 'saving'];
    table.append('thead').append('tr').selectAll('th').data(cols).join('th').attr('scope', 'col').attr('class', (_, k) => (k > 0 ? 'num' : null)).text((d) => d);
    const tb = table.append('tbody');
    for (const r of rows) {
        const tr = tb.append('tr').attr('data-row', r.key).attr('class', r.key === 'total' ? 'total' : null);
        const th = tr.append('th').attr('scope', 'row').text(r.label);
        if (r.note)
            th.attr('title', r.note);
        tr.append('td').attr('class', 'num').attr('data-col', 'virtualized').text(financeValue(r.virtualized, r.unit, cur));
        tr.append('td').attr('class', 'num').attr('data-col', 'baseline').text(financeValue(r.baseline, r.unit, cur));
        const tone = r.saving === null || r.saving === 0 ? null : r.saving > 0 ? 'better' : 'worse';
        tr.append('td')
            .attr('class', `num saving${tone ? ` ${tone}` : ''}`)
            .attr('data-col', 'saving')
            .text(financeSaving(r, cur));
    }
    const gaps = financeGaps(f);
    if (gaps.price || gaps.intensity) {
        const what = [gaps.price ? 'no price given (the scenario sets no electricity or server price for that line, so the totals that need it are unknown too)' : '', gaps.intensity ? 'no grid intensity given for the operational CO2' : '']
            .filter((x) => x !== '')
            .join('; ');
        box.append('p').attr('class', 'finance-note').attr('data-field', 'finance-note').text(`—: ${what}.`);
    }
}
