/**
 * Host × time rows, shared by the heatmap and the memory state timeline: row labels (focusable,
 * clickable), a time axis over the shared window, cells drawn as SVG rects when they are few
 * and on a canvas under the SVG when they are many.
 */
import { timeAxis, utcScale } from './ui.js';
/** Cells above this count go to a canvas instead of SVG rects. */
export const SVG_CELL_LIMIT = 20000;
export function rowsLayout(fig, o) {
    const n = Math.max(1, o.rows.length);
    // Whole pixels per row while they fit; beyond, several rows share a pixel (canvas only).
    const rowH = n <= o.maxPlotHeight ? Math.max(1, Math.min(22, Math.floor(o.maxPlotHeight / n))) : o.maxPlotHeight / n;
    const innerH = rowH * n;
    const left = o.labelWidth;
    const right = 16;
    const innerW = Math.max(80, fig.width - left - right);
    const height = o.top + innerH + 44;
    fig.svg.attr('height', height);
    const [d0, d1] = o.domain;
    const g = fig.svg.append('g').attr('class', 'plot').attr('transform', `translate(${left},${o.top})`);
    const xs = d3.scaleLinear().domain([d0, d1]).range([0, innerW]);
    timeAxis(g, utcScale(o.startMs, o.domain, [0, innerW]), innerW, innerH);
    const labels = g.append('g').attr('class', 'row-labels');
    if (rowH >= 9) {
        const fs = Math.min(11, rowH - 1);
        o.rows.forEach((r, k) => {
            const t = labels
                .append('text')
                .attr('class', 'row-label')
                .attr('x', -6)
                .attr('y', k * rowH + rowH / 2)
                .attr('dy', '0.35em')
                .attr('text-anchor', 'end')
                .attr('font-size', fs)
                .attr('fill', r.id === o.selected ? '#000' : '#333')
                .attr('font-weight', r.id === o.selected ? 700 : 400)
                .attr('data-row', r.id)
                .text(r.label);
            if (o.onSelect) {
                t.attr('tabindex', 0)
                    .attr('role', 'button')
                    .attr('aria-label', `Show the VMs of ${r.id}`)
                    .style('cursor', 'pointer')
                    .on('click', () => o.onSelect?.(k))
                    .on('keydown', (e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                        e.preventDefault();
                        o.onSelect?.(k);
                    }
                });
            }
        });
    }
    else {
        labels
            .append('text')
            .attr('transform', 'rotate(-90)')
            .attr('x', -innerH / 2)
            .attr('y', -12)
            .attr('text-anchor', 'middle')
            .attr('fill', '#444')
            .text(`${o.yLabel} (${o.rows.length})`);
    }
    return { g, left, top: o.top, innerW, innerH, rowH, domain: o.domain, x: (ms) => xs(ms), invert: (px) => xs.invert(px) };
}
/** Cells as SVG rects (class `cell`), clipped to the plot. */
export function drawCellsSvg(layout, cells, cls = 'cell') {
    const layer = layout.g.insert('g', '.row-labels').attr('class', 'cells').attr('shape-rendering', 'crispEdges');
    const { x, rowH, innerW } = layout;
    for (const c of cells) {
        const x0 = Math.max(0, x(c.t0));
        const x1 = Math.min(innerW, x(c.t1));
        if (x1 <= x0)
            continue;
        const r = layer
            .append('rect')
            .attr('class', cls)
            .attr('x', x0)
            .attr('y', c.row * rowH)
            .attr('width', x1 - x0 + 0.5)
            .attr('height', Math.max(1, rowH - (rowH >= 6 ? 1 : 0)))
            .attr('fill', c.colour)
            .attr('data-row', c.row);
        if (c.i !== undefined)
            r.attr('data-i', c.i);
    }
}
/** A canvas under the SVG's plot area, scaled for the device pixel ratio; draw in plot pixels. */
export function canvasLayer(fig, layout) {
    const ratio = Math.min(2, window.devicePixelRatio || 1);
    const canvas = fig.holder.insert('canvas', 'svg').attr('class', 'cells-canvas').node();
    canvas.width = Math.ceil(layout.innerW * ratio);
    canvas.height = Math.ceil(layout.innerH * ratio);
    canvas.style.width = `${layout.innerW}px`;
    canvas.style.height = `${layout.innerH}px`;
    canvas.style.left = `${layout.left}px`;
    canvas.style.top = `${layout.top}px`;
    canvas.dataset.x = String(layout.left);
    canvas.dataset.y = String(layout.top);
    const ctx = canvas.getContext('2d');
    ctx?.scale(ratio, ratio);
    return { canvas, ctx };
}
/** Cells on a canvas layer (for many cells). */
export function drawCellsCanvas(fig, layout, cells) {
    const { canvas, ctx } = canvasLayer(fig, layout);
    if (!ctx)
        return canvas;
    const { x, rowH, innerW } = layout;
    // Later cells paint over earlier ones where rows share a pixel: callers pass the most
    // important cells last.
    for (const c of cells) {
        const x0 = Math.max(0, x(c.t0));
        const x1 = Math.min(innerW, x(c.t1));
        if (x1 <= x0)
            continue;
        ctx.fillStyle = c.colour;
        ctx.fillRect(x0, c.row * rowH, x1 - x0 + 0.5, Math.max(1, rowH - (rowH >= 6 ? 1 : 0)));
    }
    return canvas;
}
/** A transparent overlay over the plot reporting (row, ms) on hover and click. */
export function rowsOverlay(layout, nRows, onHover, onLeave, onClick) {
    const ov = layout.g
        .append('rect')
        .attr('class', 'overlay')
        .attr('width', layout.innerW)
        .attr('height', layout.innerH)
        .attr('fill', 'transparent')
        .on('pointermove', (event) => {
        const [px, py] = d3.pointer(event);
        const row = Math.min(nRows - 1, Math.max(0, Math.floor(py / layout.rowH)));
        onHover(row, layout.invert(px), event);
    })
        .on('pointerleave', onLeave);
    if (onClick) {
        ov.style('cursor', 'pointer').on('click', (event) => {
            const [, py] = d3.pointer(event);
            onClick(Math.min(nRows - 1, Math.max(0, Math.floor(py / layout.rowH))));
        });
    }
}
