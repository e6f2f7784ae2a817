/**
 * The "Calibration" panel of `dcsim calibrate`'s report page: the objective before → after, the
 * observed series of one host and figure (chosen) against the replay with the starting values
 * (before the fit) and with the fitted overlay (after), the error table and the fitted
 * parameters with their 95 % intervals. Shown only when the page embeds a calibration summary.
 */
import { renderErrorTable, renderParamTable } from './calibration-tables.js';
import { objectiveText, overlaySeries, sig, withUnit } from './calibration-rows.js';
import { toCsv } from './csv.js';
import { TimeChart } from './timechart.js';
import { panel, select } from './ui.js';
/**
 * Observed in black, before the fit dashed amber, after the fit blue (Okabe–Ito). The observed
 * line is wider and drawn first, so a close fit reads as a blue line with a black edge.
 */
const LINE_COLOURS = { observed: '#000000', before: '#E69F00', after: '#0072B2' };
export function renderCalibration(parent, s, width) {
    const p = panel(parent, 'calibration', 'Calibration', `The host figures of ${s.trace.source} (observed) against the replay with the model's starting values (before the fit) and with the fitted overlay (after), the error of each figure, and the fitted parameters. Where the after line follows the observed one and the before line does not, the fit found what the model was missing.`);
    // The outcome first, above the figure and host choice.
    const head = p.root.insert('div', '.controls').attr('class', 'calibration-summary');
    head.append('p').attr('class', 'calibration-objective').attr('data-field', 'objective').text(objectiveText(s));
    if (s.notes.length > 0) {
        const ul = head.append('ul').attr('class', 'warnings').attr('data-field', 'calibration-notes').attr('aria-label', 'Calibration notes');
        for (const n of s.notes)
            ul.append('li').text(n);
    }
    const hosts = s.series.hosts.map((h) => h.host);
    if (s.metrics.length === 0 || hosts.length === 0) {
        p.body.append('p').attr('class', 'empty').text('The trace has no host figure to compare.');
    }
    else {
        const state = { metric: s.metrics[0].name, host: hosts[0] };
        const holder = p.body.append('div').attr('class', 'calibration-chart-holder');
        const draw = () => {
            holder.selectAll('*').remove();
            drawOverlay(holder, s, state.host, state.metric, width);
        };
        if (s.metrics.length > 1) {
            select(p.controls, 'Figure', s.metrics.map((m) => ({ value: m.name, label: m.label })), state.metric, (v) => {
                state.metric = v;
                draw();
            }, 'calibration-metric');
        }
        if (hosts.length > 1) {
            select(p.controls, 'Host', hosts.map((h) => ({ value: h, label: h })), state.host, (v) => {
                state.host = v;
                draw();
            }, 'calibration-host');
        }
        draw();
    }
    const tables = p.body.append('div').attr('class', 'calibration-tables');
    renderErrorTable(tables, s);
    renderParamTable(tables, s);
}
function drawOverlay(parent, s, host, metricName, width) {
    const metric = s.metrics.find((m) => m.name === metricName) ?? { name: metricName, label: metricName, unit: '' };
    const lines = overlaySeries(s, host, metricName);
    if (!lines)
        return;
    const step = s.series.stepMs;
    const n = Math.max(lines.observed.length, lines.before.length, lines.after.length);
    const t = Array.from({ length: n }, (_, k) => k * step);
    const fmt = (v) => withUnit(sig(v, 3), metric.unit);
    const start = s.trace.startEpochMs;
    const seen = lines.observed.some((v) => Number.isFinite(v));
    const chart = new TimeChart(parent, {
        name: 'calibration-overlay',
        title: `${metric.label} on ${host}`,
        explain: seen ? 'One value per grid cell: the trace resampled, and the simulated host over the same cell.' : 'The trace has no observation of this figure on this host: only the simulated lines are drawn.',
        startMs: start ?? 0,
        axis: start === null ? 'hours' : 'utc',
        t,
        dt: t.map(() => step),
        x: t.map((v) => v + step / 2),
        domain: [0, Math.max(1, n * step)],
        yLabel: metric.unit ? `${metric.label} (${metric.unit})` : metric.label,
        yFormat: fmt,
        lines: [
            { key: 'observed', label: 'observed', colour: LINE_COLOURS.observed, values: lines.observed, width: 3.5 },
            { key: 'before', label: 'simulated before the fit', colour: LINE_COLOURS.before, values: lines.before, width: 1.5, dash: true },
            { key: 'after', label: 'simulated after the fit', colour: LINE_COLOURS.after, values: lines.after, width: 1.5 },
        ],
        csv: () => toCsv(['t_s', `observed_${metricName}`, `before_${metricName}`, `after_${metricName}`], t.map((v, k) => [v / 1000, lines.observed[k] ?? null, lines.before[k] ?? null, lines.after[k] ?? null])),
        height: 300,
    }, null, width);
    chart.fig.figure.attr('data-metric', metricName).attr('data-host', host);
}
