/**
 * The clusters compared (report.comparison): one row per cluster with its energy, cost, CO2,
 * hosts on, CPU ready, swap, availability and migrations, the difference to the first cluster
 * under each figure, the annualised finance sentence per cluster and the assumptions; CSV export.
 * Shown when the report has two clusters or more.
 */
import { toCsv } from './csv.js';
import { exportCsv } from './export.js';
import { count, kgCo2, kwh, money, NONE, num } from './format.js';
import { button } from './ui.js';
const COLUMNS = [
    { key: 'itKWh', head: 'IT energy', text: (x) => (x === null ? NONE : kwh(x)), higherBetter: false },
    { key: 'facilityKWh', head: 'facility energy', text: (x) => (x === null ? NONE : kwh(x)), higherBetter: false },
    { key: 'cost', head: 'energy cost', text: (x, cur) => money(x, cur), higherBetter: false },
    { key: 'kgCo2', head: 'CO2 (grid)', text: (x) => (x === null ? NONE : kgCo2(x)), higherBetter: false },
    { key: 'meanHostsOn', head: 'hosts on (mean)', text: (x) => (x === null ? NONE : num(x)), higherBetter: false },
    { key: 'cpuReadyMeanPct', head: 'CPU ready (mean %)', text: (x) => (x === null ? NONE : x.toFixed(2)), higherBetter: false },
    { key: 'swappedGiB', head: 'swapped (mean GiB)', text: (x) => (x === null ? NONE : x.toFixed(1)), higherBetter: false },
    { key: 'availabilityPct', head: 'availability (%)', text: (x) => (x === null ? NONE : x.toFixed(3)), higherBetter: true },
    { key: 'migrations', head: 'migrations', text: (x) => (x === null ? NONE : count(x)), higherBetter: false },
];
function signed(c, x, cur) {
    if (x === null)
        return NONE;
    if (Math.abs(x) < 1e-9)
        return '±0';
    const t = c.text(Math.abs(x), cur);
    return `${x > 0 ? '+' : '−'}${t}`;
}
export function renderComparisonTable(parent, report) {
    const cmp = report.comparison;
    if (cmp.rows.length < 2)
        return;
    const cur = cmp.currency;
    const box = parent.append('div').attr('class', 'comparison').attr('data-table-box', 'comparison');
    const head = box.append('div').attr('class', 'table-head');
    head.append('h3').text(`Clusters compared, each against ${cmp.rows[0].name}`);
    button(head, 'CSV', () => exportCsv(toCsv(['cluster', ...COLUMNS.map((c) => c.key), ...COLUMNS.map((c) => `${c.key}_vs_first`)], cmp.rows.map((r) => [r.id, ...COLUMNS.map((c) => r.figures[c.key]), ...COLUMNS.map((c) => (r.difference === null ? null : r.difference[c.key]))])), `comparison-${report.run.scenario}`), 'Download the cluster comparison as CSV').attr('data-export', 'csv');
    const table = box.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data comparison-table').attr('data-table', 'comparison');
    table
        .append('thead')
        .append('tr')
        .selectAll('th')
        .data(['cluster', ...COLUMNS.map((c) => c.head)])
        .join('th')
        .attr('scope', 'col')
        .attr('class', (_, k) => (k > 0 ? 'num' : null))
        .text((d) => d);
    const tb = table.append('tbody');
    for (const r of cmp.rows) {
        const tr = tb.append('tr').attr('data-row', r.id);
        tr.append('th').attr('scope', 'row').text(r.name).attr('title', `${r.id}: ${count(r.hosts)} hosts, ${count(r.vms)} VMs`);
        for (const c of COLUMNS)
            tr.append('td').attr('class', 'num').attr('data-col', c.key).text(c.text(r.figures[c.key], cur));
        if (r.difference === null)
            continue;
        const diff = tb.append('tr').attr('class', 'difference').attr('data-row', `${r.id}-vs-first`);
        diff.append('th').attr('scope', 'row').attr('class', 'hint').text(`vs ${cmp.rows[0].name}`);
        for (const c of COLUMNS) {
            const x = r.difference[c.key];
            const tone = x === null || Math.abs(x) < 1e-9 ? null : x > 0 === c.higherBetter ? 'better' : 'worse';
            diff.append('td').attr('class', tone === null ? 'num' : `num ${tone}`).attr('data-col', c.key).text(signed(c, x, cur));
        }
    }
    const sentences = box.append('ul').attr('class', 'comparison-sentences').attr('data-field', 'comparison-sentences');
    for (const r of cmp.rows)
        sentences.append('li').attr('data-row', r.id).text(r.sentence);
    box.append('p').attr('class', 'explain').attr('data-field', 'comparison-assumptions').text(cmp.assumptions);
}
