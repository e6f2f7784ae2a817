/**
 * A small line chart on a canvas: a few named series over simulated time, redrawn whole (a
 * pane holds at most a few thousand points). The y axis starts at 0 and fits the data.
 */
import { el } from './dom.js';
export class LineChart {
    constructor(title, unit, lines) {
        this.title = title;
        this.unit = unit;
        this.lines = lines;
        this.canvas = el('canvas', { width: '420', height: '130', class: 'chart' });
        const legend = el('div', { class: 'legend' });
        for (const l of lines) {
            // Through the CSSOM: the page's CSP forbids style attributes.
            const swatch = el('i');
            swatch.style.background = l.color;
            legend.append(el('span', { class: 'key' }, swatch, l.label));
        }
        this.root = el('div', { class: 'chart-box' }, el('div', { class: 'chart-title' }, `${title} (${unit})`), this.canvas, legend);
    }
    /** Draw the first n points; `cursor` (ms) marks the instant the scrubber shows, if any. */
    draw(n, times, endMs, cursor = null) {
        const c = this.canvas;
        const g = c.getContext('2d');
        if (!g)
            return;
        const W = c.width, H = c.height, L = 44, B = 16, T = 6, R = 6;
        g.clearRect(0, 0, W, H);
        let max = 0;
        for (const l of this.lines)
            for (let k = 0; k < n; k++) {
                const v = l.values(k);
                if (Number.isFinite(v))
                    max = Math.max(max, v);
            }
        max = max > 0 ? niceCeil(max * 1.05) : 1;
        g.strokeStyle = '#ccc';
        g.fillStyle = '#555';
        g.font = '10px sans-serif';
        g.lineWidth = 1;
        for (let i = 0; i <= 2; i++) {
            const y = T + ((H - B - T) * i) / 2;
            g.beginPath();
            g.moveTo(L, y);
            g.lineTo(W - R, y);
            g.stroke();
            g.fillText(short(max * (1 - i / 2)), 2, y + 3);
        }
        const x = (t) => L + ((W - L - R) * t) / Math.max(1, endMs);
        const y = (v) => H - B - ((H - B - T) * v) / max;
        g.fillText('0', L - 4, H - 3);
        g.fillText(`${Math.round(endMs / 3600000)} h`, W - R - 22, H - 3);
        for (const l of this.lines) {
            g.strokeStyle = l.color;
            g.lineWidth = 1.5;
            g.setLineDash(l.dashed ? [4, 3] : []);
            g.beginPath();
            let started = false;
            for (let k = 0; k < n; k++) {
                const v = l.values(k);
                if (!Number.isFinite(v)) {
                    started = false;
                    continue;
                }
                if (started)
                    g.lineTo(x(times(k)), y(v));
                else
                    g.moveTo(x(times(k)), y(v));
                started = true;
            }
            g.stroke();
        }
        g.setLineDash([]);
        if (cursor !== null) {
            g.strokeStyle = '#f1c40f';
            g.lineWidth = 2;
            g.beginPath();
            g.moveTo(x(cursor), T);
            g.lineTo(x(cursor), H - B);
            g.stroke();
        }
    }
}
function niceCeil(x) {
    const p = 10 ** Math.floor(Math.log10(x));
    for (const m of [1, 2, 2.5, 5, 10])
        if (m * p >= x)
            return m * p;
    return 10 * p;
}
function short(v) {
    if (v >= 1e6)
        return `${(v / 1e6).toFixed(1)}M`;
    if (v >= 1e3)
        return `${(v / 1e3).toFixed(v >= 1e4 ? 0 : 1)}k`;
    return v >= 10 ? v.toFixed(0) : v.toFixed(1);
}
