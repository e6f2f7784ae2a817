/**
 * A sweep's "Metric vs parameter" panel on its comparison page: one metric (chosen) against one
 * parameter on the x axis (chosen), one line per combination of the other parameters' values,
 * each point the mean of its replications with the 95 % confidence interval of the mean as a
 * shaded band, and the sweep's objectives on that metric as dashed thresholds. Hover or focus a
 * point for its id, mean, CI and replication count.
 */
import { toCsv } from './csv.js';
import { num } from './format.js';
import { COLOURS, categorical } from './palette.js';
import { figure, hideTip, keepTickLabelsInside, legend, panel, select, showTip, valueAxis } from './ui.js';
const OWNER = 'sweep';
/** More lines than this are drawn one at a time (picked), so the legend stays readable. */
export const MAX_LINES = 8;
const ALL_LINES = '\u0000all';
function show(v) {
    return v === null || v === undefined ? '—' : String(v);
}
/** Metrics with a mean at one point at least (the others have nothing to draw). */
function drawableMetrics(sweep) {
    return sweep.metrics.filter((m) => sweep.points.some((p) => typeof p.stats[m.name]?.mean === 'number'));
}
function axisLabel(label, unit) {
    return unit ? `${label} (${unit})` : label;
}
/** Groups points by the values of every parameter but `xPath`, each group sorted along x. */
export function sweepLines(sweep, xPath) {
    const others = sweep.parameters.filter((p) => p.path !== xPath);
    const order = sweep.parameters.find((p) => p.path === xPath)?.values ?? [];
    const rank = (p) => order.findIndex((v) => v === p.values[xPath]);
    const groups = new Map();
    for (const p of sweep.points) {
        const key = others.map((o) => `${o.path}=${show(p.values[o.path])}`).join(' ');
        const g = groups.get(key);
        if (g)
            g.push(p);
        else
            groups.set(key, [p]);
    }
    return [...groups].map(([key, points]) => ({ key, label: key === '' ? 'all points' : key, points: [...points].sort((a, b) => rank(a) - rank(b)) }));
}
export function renderSweepChart(parent, sweep, width) {
    const metrics = drawableMetrics(sweep);
    const p = panel(parent, 'sweep', 'Metric vs parameter', `Each point is the mean of a sweep point's replications, the shaded band its 95 % confidence interval; one line per value of the other parameter(s). Where the band crosses the objective, the ratio stops being safe.`);
    if (metrics.length === 0 || sweep.parameters.length === 0) {
        p.body.append('p').attr('class', 'empty').text('The sweep gives no figure to draw.');
        return;
    }
    const numeric = sweep.parameters.filter((q) => q.values.every((v) => typeof v === 'number'));
    const firstObjective = sweep.objectives?.find((o) => metrics.some((m) => m.name === o.metric));
    const state = {
        metric: firstObjective?.metric ?? metrics[0]?.name,
        x: (numeric[0] ?? sweep.parameters[0])?.path,
    };
    const holder = p.body.append('div').attr('class', 'sweep-chart-holder');
    const lineControl = p.controls.append('span').attr('class', 'sweep-line-pick');
    let pick = ALL_LINES;
    const draw = () => {
        hideTip(OWNER);
        holder.selectAll('*').remove();
        // Beyond MAX_LINES a legend of every line is unreadable: draw one line at a time, picked by name.
        const lines = sweepLines(sweep, state.x);
        lineControl.selectAll('*').remove();
        if (lines.length > MAX_LINES) {
            if (!lines.some((l) => l.key === pick))
                pick = lines[0].key;
            select(lineControl, `Line (${lines.length})`, lines.map((l) => ({ value: l.key, label: l.label })), pick, (v) => {
                pick = v;
                draw();
            }, 'sweep-line');
        }
        else
            pick = ALL_LINES;
        drawChart(holder, sweep, state.metric, state.x, width, pick);
    };
    select(p.controls, 'Metric', metrics.map((m) => ({ value: m.name, label: m.label })), state.metric, (v) => {
        state.metric = v;
        draw();
    }, 'sweep-metric');
    select(p.controls, 'x axis', sweep.parameters.map((q) => ({ value: q.path, label: q.path })), state.x, (v) => {
        state.x = v;
        draw();
    }, 'sweep-x');
    draw();
}
function drawChart(parent, sweep, metricName, xPath, width, pick) {
    const metric = sweep.metrics.find((m) => m.name === metricName) ?? { name: metricName, label: metricName, unit: '' };
    const param = sweep.parameters.find((q) => q.path === xPath);
    const lines = sweepLines(sweep, xPath).filter((l) => pick === ALL_LINES || l.key === pick);
    const objectives = (sweep.objectives ?? []).filter((o) => o.metric === metricName);
    const stat = (pt) => pt.stats[metricName];
    const withMean = (pt) => typeof stat(pt)?.mean === 'number';
    const unit = metric.unit;
    const fmt = (v) => (unit === '%' ? `${num(v)} %` : num(v));
    const csv = () => toCsv(['point', ...sweep.parameters.map((q) => q.path), 'replications', `${metricName}.mean`, `${metricName}.sd`, `${metricName}.ci95_low`, `${metricName}.ci95_high`], sweep.points.map((pt) => {
        const s = stat(pt);
        return [pt.id, ...sweep.parameters.map((q) => show(pt.values[q.path])), pt.replications, s?.mean ?? null, s?.sd ?? null, s?.ciLow ?? null, s?.ciHigh ?? null];
    }));
    const title = `${metric.label} vs ${xPath}`;
    const fig = figure(parent, 'sweep-metric', title, 'Mean ± 95 % confidence interval of the replications at each sweep point.', width, 360, csv);
    fig.svg.attr('data-metric', metricName).attr('data-x', xPath);
    const left = 64;
    const right = 16;
    const W = Math.max(120, width - left - right);
    const lg = fig.svg.append('g').attr('transform', `translate(${left},12)`);
    const items = lines.map((l, k) => ({ label: l.label, colour: categorical(k), kind: 'line' }));
    items.push({ label: '95 % confidence interval of the mean', colour: '#888888', kind: 'area', opacity: 0.25 });
    for (const o of objectives)
        items.push({ label: `objective ${o.text}`, colour: COLOURS.threshold, kind: 'dash' });
    const top = 12 + legend(lg, items, W) + 8;
    const H = Math.max(140, 360 - top - 48);
    fig.svg.attr('height', top + H + 48);
    const g = fig.svg.append('g').attr('transform', `translate(${left},${top})`);
    // x: linear over numeric parameters, one slot per value otherwise.
    const values = param?.values ?? [];
    const isNumeric = values.length > 0 && values.every((v) => typeof v === 'number');
    let xOf;
    if (isNumeric) {
        const nums = values;
        const lo = Math.min(...nums);
        const hi = Math.max(...nums);
        const pad = lo === hi ? 1 : 0;
        const x = d3.scaleLinear().domain([lo - pad, hi + pad]).range([12, W - 12]);
        xOf = (v) => x(v);
        g.append('g')
            .attr('class', 'axis axis-x')
            .attr('transform', `translate(0,${H})`)
            .call(d3.axisBottom(x).tickValues([...new Set(nums)].sort((a, b) => a - b)).tickFormat((d) => num(Number(d))).tickSizeOuter(0))
            .call((a) => keepTickLabelsInside(a, W));
    }
    else {
        const keys = values.map(show);
        const x = d3.scalePoint().domain(keys).range([0, W]).padding(0.5);
        xOf = (v) => x(show(v ?? null)) ?? 0;
        g.append('g').attr('class', 'axis axis-x').attr('transform', `translate(0,${H})`).call(d3.axisBottom(x).tickSizeOuter(0));
    }
    g.append('text').attr('class', 'axis-label').attr('x', W).attr('y', H + 34).attr('text-anchor', 'end').attr('fill', '#444').text(xPath);
    // y: every mean, CI end and threshold in view.
    const ys = [];
    for (const pt of sweep.points) {
        const s = stat(pt);
        for (const v of [s?.mean, s?.ciLow, s?.ciHigh])
            if (typeof v === 'number')
                ys.push(v);
    }
    for (const o of objectives)
        ys.push(o.threshold);
    let lo = ys.length > 0 ? Math.min(...ys) : 0;
    let hi = ys.length > 0 ? Math.max(...ys) : 1;
    if (lo === hi) {
        lo -= Math.abs(lo) * 0.1 || 1;
        hi += Math.abs(hi) * 0.1 || 1;
    }
    const y = d3.scaleLinear().domain([lo, hi]).nice().range([H, 0]);
    valueAxis(g, y, W, H, axisLabel(metric.label, unit), fmt);
    // Bands first, then the objective thresholds, then lines and points on top.
    const bands = g.append('g').attr('class', 'bands');
    lines.forEach((l, k) => {
        const pts = l.points.filter((pt) => typeof stat(pt)?.ciLow === 'number' && typeof stat(pt)?.ciHigh === 'number');
        if (pts.length === 0)
            return;
        const area = d3
            .area()
            .x((pt) => xOf(pt.values[xPath]))
            .y0((pt) => y(stat(pt)?.ciLow))
            .y1((pt) => y(stat(pt)?.ciHigh));
        bands
            .append('path')
            .attr('class', 'ci-band')
            .attr('data-series', l.key)
            .attr('fill', categorical(k))
            .attr('fill-opacity', 0.18)
            .attr('stroke', categorical(k))
            .attr('stroke-opacity', 0.35)
            .attr('stroke-width', pts.length === 1 ? 6 : 0.5)
            .attr('d', area(pts));
    });
    for (const o of objectives) {
        const yy = y(o.threshold);
        g.append('line').attr('class', 'ref-line objective').attr('data-objective', o.text).attr('x1', 0).attr('x2', W).attr('y1', yy).attr('y2', yy).attr('stroke', COLOURS.threshold).attr('stroke-width', 1.5).attr('stroke-dasharray', '6 4');
        g.append('text').attr('class', 'objective-label').attr('x', 4).attr('y', yy - 4).attr('text-anchor', 'start').attr('fill', COLOURS.threshold).text(`objective ${o.text}`);
    }
    const marks = g.append('g').attr('class', 'means');
    const all = [];
    lines.forEach((l, k) => {
        const pts = l.points.filter(withMean);
        const line = d3
            .line()
            .x((pt) => xOf(pt.values[xPath]))
            .y((pt) => y(stat(pt)?.mean));
        marks.append('path').attr('class', 'series-line mean-line').attr('data-series', l.key).attr('fill', 'none').attr('stroke', categorical(k)).attr('stroke-width', 2).attr('d', line(pts));
        for (const pt of pts)
            all.push({ pt, k });
    });
    const tipLines = (pt, k) => {
        const s = stat(pt);
        const ci = typeof s?.ciLow === 'number' && typeof s?.ciHigh === 'number' ? `${fmt(s.ciLow)} – ${fmt(s.ciHigh)}` : '— (fewer than two replications)';
        return [
            { label: metric.label, value: fmt(s?.mean), colour: categorical(k) },
            { label: '95 % CI', value: ci },
            { label: 'sd', value: typeof s?.sd === 'number' ? fmt(s.sd) : '—' },
            { label: 'replications', value: String(pt.replications) },
            ...sweep.parameters.map((q) => ({ label: q.path, value: show(pt.values[q.path]) })),
        ];
    };
    marks
        .selectAll('circle.point')
        .data(all)
        .join('circle')
        .attr('class', 'point')
        .attr('data-point', (d) => d.pt.id)
        .attr('cx', (d) => xOf(d.pt.values[xPath]))
        .attr('cy', (d) => y(stat(d.pt)?.mean))
        .attr('r', 5)
        .attr('fill', (d) => categorical(d.k))
        .attr('stroke', '#fff')
        .attr('stroke-width', 1.5)
        .attr('tabindex', 0)
        .attr('aria-label', (d) => `${d.pt.id}: ${metric.label} ${fmt(stat(d.pt)?.mean)}`)
        .on('mouseenter focus', function (event, d) {
        const node = this;
        const box = node.getBoundingClientRect();
        const [cx, cy] = event instanceof MouseEvent ? [event.clientX, event.clientY] : [box.right, box.bottom];
        showTip(cx, cy, d.pt.id, tipLines(d.pt, d.k), OWNER, all.indexOf(d));
        d3.select(node).attr('r', 7);
    })
        .on('mouseleave blur', function () {
        d3.select(this).attr('r', 5);
        hideTip(OWNER);
    });
}
