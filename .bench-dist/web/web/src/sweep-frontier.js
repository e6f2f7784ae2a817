/**
 * A sweep page's answer and frontier panel, first on the page. Two numeric parameters: a grid,
 * one row per value of the second, one column per value of the first, each cell met / failed
 * (with the objectives failed) / not binding, with the hosts in use and the achieved vCPU per
 * core, the cells that meet ringed along the frontier (the densest cell met in each row). One
 * parameter: one row of the same cells. More, or non-numeric, parameters: the points table
 * (sweep-points.ts) and the metric chart carry it.
 */
import { cellLines, cellState, mean } from './sweep-cells.js';
import { panel } from './ui.js';
export function renderSweepAnswer(parent, sweep) {
    const head = parent.append('header').attr('class', 'run-header compare-header sweep-header').attr('data-panel', 'sweep-header');
    head.append('h1').text(sweep.title);
    head.append('p').attr('class', 'sweep-answer').attr('data-answer', '').text(sweep.answer);
}
export function renderFrontierPanel(parent, sweep) {
    const numeric = sweep.parameters.filter((q) => q.values.every((v) => typeof v === 'number'));
    const basis = sweep.basis === 'ci95' ? 'the unfavourable end of the 95 % confidence interval' : 'the mean of the replications';
    const objectives = (sweep.objectives ?? []).map((o) => o.text).join(', ') || 'none';
    const p = panel(parent, 'frontier', 'Frontier', `Each cell is one setting: met (every objective: ${objectives}, judged on ${basis}), failed (and which), or not binding (its settings changed nothing the placement did: no evidence for them). Under the verdict, what was achieved: hosts in use and vCPU per core over them, and any setting that did not bind there (hatched: the cell says nothing about that setting). Ringed: the densest setting met in each row whose column setting binds.`);
    if (numeric.length === 0 || numeric.length > 2 || numeric.length !== sweep.parameters.length) {
        p.body.append('p').attr('class', 'empty').text('The frontier grid draws one or two numeric parameters; see the points table below.');
        return;
    }
    const [xParam, yParam] = numeric;
    const rows = yParam ? yParam.values : [null];
    const wrap = p.body.append('div').attr('class', 'table-wrap');
    const table = wrap.append('table').attr('class', 'data frontier-grid');
    const head = table.append('thead').append('tr');
    head.append('th').attr('scope', 'col').text(yParam ? `${yParam.path} \\ ${xParam.path}` : xParam.path);
    for (const x of xParam.values)
        head.append('th').attr('scope', 'col').attr('class', 'num').text(String(x));
    const body = table.append('tbody');
    for (const y of rows) {
        const tr = body.append('tr');
        tr.append('th').attr('scope', 'row').text(y === null ? '' : String(y));
        const cells = xParam.values.map((x) => sweep.points.find((q) => q.values[xParam.path] === x && (yParam === undefined || q.values[yParam.path] === y)));
        // The frontier in this row: the met cell whose column setting binds, with the fewest hosts in use (then the highest x).
        let best = -1;
        const n = sweep.parameters.length;
        cells.forEach((c, i) => {
            if (!c || cellState(c, n) !== 'met' || c.notBinding.includes(xParam.path))
                return;
            const b = best >= 0 ? cells[best] : undefined;
            const hosts = mean(c, 'density.hostsInUse') ?? Infinity;
            if (!b || hosts <= (mean(b, 'density.hostsInUse') ?? Infinity))
                best = i;
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
