/**
 * A small horizontal bar chart (downtime by reason, by restart priority): one bar per category,
 * its value written at its end, a value axis with its unit, a legend, hover and keyboard tooltips.
 */
import { clientPoint, figure, hideTip, keyStepper, legend, showTip } from './ui.js';
const ROW = 24;
export function barChart(parent, spec, width) {
    const fig = figure(parent, spec.name, spec.title, spec.explain, width, 100, spec.csv);
    const svg = fig.svg;
    const longest = spec.bars.reduce((m, b) => Math.max(m, b.label.length), 8);
    const left = Math.min(200, Math.ceil(longest * 6.6) + 14);
    const W = Math.max(80, width - left - 70);
    const lg = svg.append('g').attr('transform', `translate(${left},10)`);
    const lh = legend(lg, spec.legend, W);
    const top = 10 + lh + 4;
    if (spec.bars.length === 0) {
        svg.attr('height', top + 24);
        svg.append('text').attr('class', 'empty').attr('x', left).attr('y', top + 14).attr('fill', '#555').text(spec.empty);
        return;
    }
    const H = spec.bars.length * ROW;
    svg.attr('height', top + H + 40);
    const g = svg.append('g').attr('class', 'plot').attr('transform', `translate(${left},${top})`);
    const max = Math.max(...spec.bars.map((b) => b.value), 0);
    const x = d3.scaleLinear().domain([0, max > 0 ? max : 1]).range([0, W]).nice();
    g.append('g')
        .attr('class', 'axis axis-x')
        .attr('transform', `translate(0,${H})`)
        .call(d3.axisBottom(x).ticks(Math.max(2, Math.floor(W / 90))).tickSizeOuter(0));
    g.append('text').attr('class', 'axis-label').attr('x', W).attr('y', H + 32).attr('text-anchor', 'end').attr('fill', '#444').text(spec.xLabel);
    const rows = g
        .selectAll('g.bar-row')
        .data(spec.bars)
        .join('g')
        .attr('class', 'bar-row')
        .attr('data-key', (b) => b.key)
        .attr('transform', (_, k) => `translate(0,${k * ROW})`);
    rows.append('text').attr('x', -8).attr('y', ROW / 2).attr('dy', '0.35em').attr('text-anchor', 'end').attr('fill', '#333').text((b) => b.label);
    rows
        .append('rect')
        .attr('class', 'bar')
        .attr('data-key', (b) => b.key)
        .attr('data-value', (b) => b.value)
        .attr('y', 4)
        .attr('height', ROW - 8)
        .attr('width', (b) => Math.max(b.value > 0 ? 1 : 0, x(b.value)))
        .attr('fill', (b) => b.colour);
    rows
        .append('text')
        .attr('class', 'bar-value')
        .attr('x', (b) => x(b.value) + 5)
        .attr('y', ROW / 2)
        .attr('dy', '0.35em')
        .attr('fill', '#1a1a1a')
        .attr('font-size', 10.5)
        .text((b) => spec.format(b.value));
    let current = -1;
    const show = (k, cx, cy) => {
        const b = spec.bars[k];
        if (!b)
            return;
        current = k;
        rows.attr('font-weight', (_, j) => (j === k ? 700 : null));
        showTip(cx, cy, b.label, b.tip, spec.name, k);
    };
    const leave = () => {
        current = -1;
        rows.attr('font-weight', null);
        hideTip(spec.name);
    };
    g.append('rect')
        .attr('class', 'overlay')
        .attr('x', -left)
        .attr('width', W + left)
        .attr('height', H)
        .attr('fill', 'transparent')
        .on('pointermove', (event) => {
        const [, py] = d3.pointer(event);
        show(Math.max(0, Math.min(spec.bars.length - 1, Math.floor(py / ROW))), event.clientX, event.clientY);
    })
        .on('pointerleave', leave);
    svg.attr('tabindex', 0).attr('aria-label', `${spec.title}. Focus and use the arrow keys to read the bars.`).on('blur', leave);
    keyStepper(svg.node(), () => spec.bars.length, () => current, (k) => {
        if (k === null)
            return leave();
        const [cx, cy] = clientPoint(g.node(), x(spec.bars[k]?.value ?? 0), k * ROW + ROW);
        show(k, cx, cy);
    });
}
