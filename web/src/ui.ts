/**
 * Building blocks shared by the panels: the view state (time window, cluster), the tooltip,
 * panel and chart scaffolding with export buttons, legends and axes. Every piece of data is
 * written with `.text()` / `textContent`, never as HTML.
 */
import type * as D3 from 'd3';
import { exportCsv, exportPng, exportSvg } from './export.js';
import { timeTick } from './format.js';
import { distinctTickCount } from './ticks.js';

/** A d3 selection of one element (any element when not given: selections are invariant). */
export type Sel<E extends D3.BaseType = any> = D3.Selection<E, unknown, any, any>;

type Topic = 'domain' | 'cluster';

/** The shared view state: the time window every time-series panel shows, and the cluster. */
export class Store {
  domain: [number, number];
  cluster: string;
  private listeners: Record<Topic, Array<{ fn: () => void; owner: Node | null }>> = { domain: [], cluster: [] };

  constructor(
    readonly full: [number, number],
    cluster: string,
  ) {
    this.domain = [full[0], full[1]];
    this.cluster = cluster;
  }

  /** Calls `fn` on every change of `topic`, for as long as `owner` (when given) is in the page. */
  on(topic: Topic, fn: () => void, owner: Node | null = null): void {
    this.listeners[topic].push({ fn, owner });
  }

  private emit(topic: Topic): void {
    this.listeners[topic] = this.listeners[topic].filter((l) => !l.owner || l.owner.isConnected);
    for (const l of this.listeners[topic].slice()) if (!l.owner || l.owner.isConnected) l.fn();
  }

  /** Drops every listener (the panels are being rebuilt). */
  clear(): void {
    this.listeners.domain = [];
    this.listeners.cluster = [];
  }

  setDomain(d: [number, number] | null): void {
    const [f0, f1] = this.full;
    let next: [number, number] = d ? [Math.max(f0, Math.min(d[0], d[1])), Math.min(f1, Math.max(d[0], d[1]))] : [f0, f1];
    if (!(next[1] > next[0])) next = [f0, f1];
    if (next[0] === this.domain[0] && next[1] === this.domain[1]) return;
    this.domain = next;
    this.emit('domain');
  }

  get zoomed(): boolean {
    return this.domain[0] !== this.full[0] || this.domain[1] !== this.full[1];
  }

  setCluster(c: string): void {
    if (c === this.cluster) return;
    this.cluster = c;
    this.emit('cluster');
  }
}

// ---------------------------------------------------------------------------------------------
// Tooltip

export type TipLine = string | { label: string; value: string; colour?: string };

let tipEl: Sel<HTMLDivElement> | null = null;

function tip(): Sel<HTMLDivElement> {
  if (!tipEl) {
    tipEl = d3.select(document.body).append('div').attr('class', 'tooltip').attr('role', 'tooltip').attr('id', 'tooltip').attr('hidden', '');
  }
  return tipEl;
}

/** Shows the tooltip near (x, y) in viewport pixels, with a title and lines. */
export function showTip(x: number, y: number, title: string, lines: readonly TipLine[], owner: string, index?: number): void {
  const t = tip();
  t.attr('hidden', null).attr('data-owner', owner).attr('data-index', index === undefined ? null : String(index));
  t.selectAll('*').remove();
  t.append('div').attr('class', 'tip-title').text(title);
  for (const line of lines) {
    const row = t.append('div').attr('class', 'tip-row');
    if (typeof line === 'string') {
      row.append('span').attr('class', 'tip-note').text(line);
      continue;
    }
    if (line.colour) row.append('span').attr('class', 'swatch').style('background', line.colour);
    row.append('span').attr('class', 'tip-label').text(`${line.label}: `);
    row.append('span').attr('class', 'tip-value').text(line.value);
  }
  const node = t.node() as HTMLDivElement;
  const w = node.offsetWidth;
  const h = node.offsetHeight;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  let left = x + 14;
  if (left + w > vw - 8) left = Math.max(8, x - w - 14);
  let top = y + 14;
  if (top + h > vh - 8) top = Math.max(8, y - h - 14);
  t.style('left', `${left}px`).style('top', `${top}px`);
}

export function hideTip(owner?: string): void {
  const t = tip();
  if (owner && t.attr('data-owner') !== owner) return;
  t.attr('hidden', '');
}

// ---------------------------------------------------------------------------------------------
// Panels and charts

export interface Panel {
  readonly root: Sel;
  readonly controls: Sel<HTMLDivElement>;
  readonly body: Sel<HTMLDivElement>;
}

/** A titled section with its "what to look for" line, a controls row and a body. */
export function panel(parent: Sel, id: string, title: string, explain: string): Panel {
  const root = parent.append('section').attr('class', 'panel').attr('id', id).attr('data-panel', id).attr('aria-labelledby', `${id}-title`);
  const head = root.append('header').attr('class', 'panel-head');
  head.append('h2').attr('id', `${id}-title`).text(title);
  if (explain) head.append('p').attr('class', 'explain').text(explain);
  const controls = root.append('div').attr('class', 'controls');
  const body = root.append('div').attr('class', 'panel-body');
  return { root, controls, body };
}

let uid = 0;
export function nextId(prefix: string): string {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** A labelled <select>; returns the select. */
export function select(
  parent: Sel,
  label: string,
  options: ReadonlyArray<{ value: string; label: string }>,
  value: string,
  onChange: (v: string) => void,
  name?: string,
): Sel<HTMLSelectElement> {
  const id = nextId('sel');
  const wrap = parent.append('span').attr('class', 'control');
  wrap.append('label').attr('for', id).text(label);
  const sel = wrap.append('select').attr('id', id);
  if (name) sel.attr('data-control', name);
  sel
    .selectAll('option')
    .data(options)
    .join('option')
    .attr('value', (d) => d.value)
    .text((d) => d.label);
  sel.property('value', value);
  sel.on('change', function () {
    onChange((this as HTMLSelectElement).value);
  });
  return sel;
}

/** A labelled search box (id and data-control `name`) calling `onInput` with its text as typed. */
export function searchBox(parent: Sel, label: string, name: string, placeholder: string, onInput: (text: string) => void): Sel<HTMLInputElement> {
  const wrap = parent.append('span').attr('class', 'control');
  wrap.append('label').attr('for', name).text(label);
  return wrap
    .append('input')
    .attr('type', 'search')
    .attr('id', name)
    .attr('placeholder', placeholder)
    .attr('data-control', name)
    .on('input', function () {
      onInput((this as HTMLInputElement).value);
    });
}

export function button(parent: Sel, label: string, onClick: () => void, aria?: string): Sel<HTMLButtonElement> {
  const b = parent.append('button').attr('type', 'button').text(label);
  if (aria) b.attr('aria-label', aria);
  b.on('click', (event: Event) => {
    event.preventDefault();
    onClick();
  });
  return b;
}

export interface CsvSource {
  (): string;
}

export interface Figure {
  readonly figure: Sel;
  readonly holder: Sel<HTMLDivElement>;
  readonly svg: Sel<SVGSVGElement>;
  readonly width: number;
  readonly height: number;
}

/**
 * A chart figure: a heading with its "what to look for" line, export buttons (SVG, PNG, CSV)
 * and an SVG of the given size (`holder` is positioned, for canvas layers under the SVG).
 */
export function figure(
  parent: Sel,
  name: string,
  title: string,
  explain: string,
  width: number,
  height: number,
  csv: CsvSource | null,
): Figure {
  const fig = parent.append('figure').attr('class', 'chart').attr('data-chart', name);
  const head = fig.append('div').attr('class', 'chart-head');
  const titles = head.append('div').attr('class', 'chart-titles');
  titles.append('h3').text(title);
  if (explain) titles.append('p').attr('class', 'explain').text(explain);
  const tools = head.append('div').attr('class', 'chart-tools').attr('role', 'group').attr('aria-label', `Export ${title}`);
  const holder = fig.append('div').attr('class', 'chart-holder');
  const svg = holder
    .append('svg')
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-label', title)
    .attr('font-size', 11) as Sel<SVGSVGElement>;
  const svgNode = () => svg.node() as SVGSVGElement;
  button(tools, 'SVG', () => exportSvg(svgNode(), fig.node() as Element, title), `Download ${title} as SVG`).attr('data-export', 'svg');
  button(tools, 'PNG', () => void exportPng(svgNode(), fig.node() as Element, title), `Download ${title} as PNG`).attr('data-export', 'png');
  if (csv) button(tools, 'CSV', () => exportCsv(csv(), title), `Download the data of ${title} as CSV`).attr('data-export', 'csv');
  return { figure: fig, holder, svg, width, height };
}

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
  readonly kind: 'line' | 'dash' | 'area' | 'box' | 'dot' | 'mark' | 'tick';
  readonly opacity?: number;
}

/** Legend as one row of swatches at (x, y) inside an SVG, wrapping at `maxWidth`. Returns its height. */
export function legend(g: Sel<SVGGElement>, items: readonly LegendItem[], maxWidth: number): number {
  const root = g.append('g').attr('class', 'legend');
  let x = 0;
  let y = 0;
  for (const it of items) {
    const item = root.append('g').attr('class', 'legend-item');
    if (it.kind === 'line' || it.kind === 'dash') {
      item.append('line').attr('x1', 0).attr('x2', 18).attr('y1', 0).attr('y2', 0).attr('stroke', it.colour).attr('stroke-width', 2.5).attr('stroke-dasharray', it.kind === 'dash' ? '5 3' : null);
    } else if (it.kind === 'mark') {
      // An event mark: a short dashed vertical line under a small triangle.
      item.append('line').attr('x1', 9).attr('x2', 9).attr('y1', -4).attr('y2', 7).attr('stroke', it.colour).attr('stroke-width', 1.5).attr('stroke-dasharray', '3 2');
      item.append('path').attr('d', 'M4,-7L14,-7L9,-1Z').attr('fill', it.colour);
    } else if (it.kind === 'tick') {
      // An event tick: a short solid stroke standing on a baseline, as drawn along the time axis.
      item.append('line').attr('x1', 3).attr('x2', 15).attr('y1', 6).attr('y2', 6).attr('stroke', '#888').attr('stroke-width', 1);
      item.append('line').attr('x1', 9).attr('x2', 9).attr('y1', -4).attr('y2', 6).attr('stroke', it.colour).attr('stroke-width', 2);
    } else if (it.kind === 'dot') {
      item.append('circle').attr('cx', 9).attr('cy', 0).attr('r', 5).attr('fill', it.colour);
    } else {
      item.append('rect').attr('x', 0).attr('y', -6).attr('width', 18).attr('height', 12).attr('fill', it.colour).attr('fill-opacity', it.opacity ?? 1).attr('stroke', it.kind === 'box' ? '#00000033' : 'none');
    }
    const text = item.append('text').attr('x', 23).attr('y', 0).attr('dy', '0.35em').attr('fill', '#1a1a1a').text(it.label);
    const w = 23 + ((text.node() as SVGTextElement).getComputedTextLength?.() ?? it.label.length * 6) + 16;
    if (x > 0 && x + w > maxWidth) {
      x = 0;
      y += 18;
    }
    item.attr('transform', `translate(${x},${y})`);
    x += w;
  }
  return y + 18;
}

/** Bottom time axis over an absolute UTC scale, with the axis label. */
export function timeAxis(g: Sel<SVGGElement>, x: D3.ScaleTime<number, number>, innerW: number, innerH: number, label = 'time (UTC)'): void {
  const ticks = Math.max(2, Math.floor(innerW / 90));
  g.append('g')
    .attr('class', 'axis axis-x')
    .attr('transform', `translate(0,${innerH})`)
    .call(d3.axisBottom(x).ticks(ticks).tickFormat((d) => timeTick(d as Date)).tickSizeOuter(0))
    .call((a) => keepTickLabelsInside(a, innerW))
    .call((a) => hideOverlappingTickLabels(a));
  g.append('text')
    .attr('class', 'axis-label')
    .attr('x', innerW)
    .attr('y', innerH + 32)
    .attr('text-anchor', 'end')
    .attr('fill', '#444')
    .text(label);
}

/** Tick labels at the very ends of an axis are anchored inwards so they are not cut off. */
export function keepTickLabelsInside(axis: Sel<SVGGElement>, innerW: number): void {
  axis.selectAll<SVGGElement, unknown>('.tick').each(function () {
    const m = /translate\(([-\d.e]+)/.exec(this.getAttribute('transform') ?? '');
    const x = m ? Number(m[1]) : Number.NaN;
    const text = d3.select(this).select('text');
    if (x > innerW - 30) text.attr('text-anchor', 'end');
    else if (x < 24) text.attr('text-anchor', 'start');
  });
}

/** Gap kept between two tick labels (px); a label closer than this to the one before it is hidden. */
const TICK_LABEL_GAP = 6;

/**
 * Tick labels that would touch the label before them ("Mon 2 MarWed 4 Mar") are hidden, left to
 * right, so the ones shown never overlap. Widths are measured where the text is laid out, else
 * estimated at 6.5 px a character (the axis font).
 */
export function hideOverlappingTickLabels(axis: Sel<SVGGElement>): void {
  let lastEnd = Number.NEGATIVE_INFINITY;
  axis.selectAll<SVGGElement, unknown>('.tick').each(function () {
    const m = /translate\(([-\d.e]+)/.exec(this.getAttribute('transform') ?? '');
    const x = m ? Number(m[1]) : Number.NaN;
    const text = d3.select(this).select<SVGTextElement>('text');
    const node = text.node();
    if (node === null || !Number.isFinite(x)) return;
    const measured = typeof node.getComputedTextLength === 'function' ? node.getComputedTextLength() : 0;
    const w = measured > 0 ? measured : (node.textContent ?? '').length * 6.5;
    const anchor = text.attr('text-anchor') ?? 'middle';
    const left = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
    if (left < lastEnd + TICK_LABEL_GAP) {
      text.attr('display', 'none').attr('data-hidden', 'overlap');
      return;
    }
    lastEnd = left + w;
  });
}

/** Left value axis with horizontal grid lines and a rotated label. */
export function valueAxis(g: Sel<SVGGElement>, y: D3.ScaleLinear<number, number>, innerW: number, innerH: number, label: string, fmt: (v: number) => string): void {
  const ticks = distinctTickCount((k) => y.ticks(k), Math.max(2, Math.floor(innerH / 40)), fmt);
  g.append('g')
    .attr('class', 'grid')
    .call(d3.axisLeft(y).ticks(ticks).tickSize(-innerW).tickFormat(() => ''))
    .call((s) => s.select('.domain').remove())
    .call((s) => s.selectAll('line').attr('stroke', '#e3e3e3'));
  g.append('g')
    .attr('class', 'axis axis-y')
    .call(d3.axisLeft(y).ticks(ticks).tickFormat((d) => fmt(Number(d))));
  g.append('text')
    .attr('class', 'axis-label')
    .attr('transform', 'rotate(-90)')
    .attr('x', -innerH / 2)
    .attr('y', -46)
    .attr('text-anchor', 'middle')
    .attr('fill', '#444')
    .text(label);
}

/** Right value axis (a second unit), with a rotated label; no grid lines (the left axis has them). */
export function rightAxis(g: Sel<SVGGElement>, y: D3.ScaleLinear<number, number>, innerW: number, innerH: number, label: string, fmt: (v: number) => string): void {
  const ticks = distinctTickCount((k) => y.ticks(k), Math.max(2, Math.floor(innerH / 40)), fmt);
  g.append('g')
    .attr('class', 'axis axis-y2')
    .attr('transform', `translate(${innerW},0)`)
    .call(d3.axisRight(y).ticks(ticks).tickFormat((d) => fmt(Number(d))));
  g.append('text')
    .attr('class', 'axis-label axis-label-y2')
    .attr('transform', 'rotate(90)')
    .attr('x', innerH / 2)
    .attr('y', -innerW - 46)
    .attr('text-anchor', 'middle')
    .attr('fill', '#444')
    .text(label);
}

/** An absolute UTC scale for ms-from-start values. */
export function utcScale(startMs: number, domain: readonly [number, number], range: [number, number]): D3.ScaleTime<number, number> {
  return d3.scaleUtc().domain([new Date(startMs + domain[0]), new Date(startMs + domain[1])]).range(range);
}

/** Keyboard stepping for a focusable chart: ←/→ one step, PgUp/PgDn ten, Home/End, Esc. */
export function keyStepper(node: Element, n: () => number, current: () => number, go: (i: number | null) => void): void {
  node.addEventListener('keydown', (ev) => {
    const e = ev as KeyboardEvent;
    const count = n();
    if (count === 0) return;
    let i = current();
    if (i < 0) i = 0;
    const steps: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, PageUp: -10, PageDown: 10 };
    if (e.key in steps) i = Math.max(0, Math.min(count - 1, i + (steps[e.key])));
    else if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = count - 1;
    else if (e.key === 'Escape') {
      go(null);
      return;
    } else return;
    e.preventDefault();
    go(i);
  });
}

/** Client coordinates of a point (x, y) of an SVG element, for placing the tooltip. */
export function clientPoint(el: SVGGraphicsElement, x: number, y: number): [number, number] {
  const m = el.getScreenCTM();
  if (!m) return [x, y];
  return [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
}
