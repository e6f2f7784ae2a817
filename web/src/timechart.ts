/**
 * The time-series chart used by the CPU, ready, memory, availability, migration and comparison
 * panels: lines (straight or stepped), bands (p50–p95 style ranges), stacked areas, reference
 * lines, background zones, event marks (vertical lines at instants, e.g. host failures) and event
 * ticks (a rug of short strokes along the time axis, for frequent events such as power changes)
 * over a shared time window, with an optional second value axis on the right for lines in another
 * unit; drawn per pixel column with min–max downsampling; hover and keyboard tooltips.
 */
import type * as D3 from 'd3';
import { downsampleIndices, upperIndex } from './downsample.js';
import { interval as intervalText, num } from './format.js';
import { stackLayers } from './cluster-view.js';
import {
  clientPoint,
  figure,
  hideTip,
  keepTickLabelsInside,
  keyStepper,
  legend,
  nextId,
  rightAxis,
  showTip,
  timeAxis,
  utcScale,
  valueAxis,
  type Figure,
  type LegendItem,
  type Sel,
  type Store,
  type TipLine,
} from './ui.js';

export interface LineSpec {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly values: readonly number[];
  /** Own x values (ms from start) when the line does not share the chart's intervals. */
  readonly x?: readonly number[];
  readonly dash?: boolean;
  readonly width?: number;
  /** Fill the area under the line with this opacity. */
  readonly fill?: number;
  /** A step line: each value holds across its interval (counts, states); missing values (NaN) leave gaps. */
  readonly step?: boolean;
  /** Drawn against the right-hand axis (`TimeChartSpec.y2`), in its unit. */
  readonly right?: boolean;
}

/** Frequent instants of one kind (power changes): short strokes along the bottom of the plot. */
export interface TickSpec {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly items: readonly MarkSpec[];
}

/** The right-hand value axis, for lines in a second unit (hosts beside kW, money beside kWh). */
export interface SecondAxisSpec {
  readonly label: string;
  /** Values in tooltips, with their unit. */
  readonly format: (v: number) => string;
  readonly tick?: (v: number) => string;
  readonly atLeast?: number;
}

/** An instant worth marking (a host failure): a vertical line across the plot. */
export interface MarkSpec {
  readonly t: number;
  /** The tooltip line for it. */
  readonly label: string;
}

export interface BandSpec {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly opacity: number;
  readonly lo: readonly number[];
  readonly hi: readonly number[];
}

export interface StackSpec {
  readonly key: string;
  readonly label: string;
  readonly colour: string;
  readonly values: readonly number[];
}

export interface TimeChartSpec {
  readonly name: string;
  readonly title: string;
  readonly explain: string;
  readonly startMs: number;
  /** Interval starts and lengths (ms from the run start) and the x of each value (midpoints). */
  readonly t: readonly number[];
  readonly dt: readonly number[];
  readonly x: readonly number[];
  readonly yLabel: string;
  /** Values in tooltips, with their unit. */
  readonly yFormat: (v: number) => string;
  /** Axis tick labels (default: plain numbers; the unit is in yLabel). */
  readonly yTick?: (v: number) => string;
  /** The y axis reaches at least this value. */
  readonly yAtLeast?: number;
  readonly lines: readonly LineSpec[];
  readonly bands?: readonly BandSpec[];
  /** List each band's range in the tooltip (default true; off when lines already give the edges). */
  readonly bandsInTip?: boolean;
  readonly stack?: readonly StackSpec[];
  /** Tooltip label of the stack's total (default 'total'). */
  readonly stackTotalLabel?: string;
  readonly refLines?: ReadonlyArray<{ y: number; label: string; colour: string }>;
  readonly zones?: ReadonlyArray<{ from: number; to: number; colour: string; label: string }>;
  /** Event marks, one legend entry for all of them. */
  readonly marks?: { readonly label: string; readonly colour: string; readonly items: readonly MarkSpec[] };
  /** Event ticks, a legend entry per kind. */
  readonly ticks?: readonly TickSpec[];
  /** A second value axis on the right, for the lines with `right: true`. */
  readonly y2?: SecondAxisSpec;
  /** Absolute UTC times (default) or hours since each run's start (comparison). */
  readonly axis?: 'utc' | 'hours';
  /** Fixed time window instead of the store's. */
  readonly domain?: [number, number];
  readonly height?: number;
  readonly csv: () => string;
  /** Extra tooltip lines for interval i. */
  readonly extraTip?: (i: number) => TipLine[];
}

const MARGIN = { top: 8, right: 16, bottom: 40, left: 62 };
/** Right margin with a second value axis: its tick labels and its title. */
const MARGIN_RIGHT_Y2 = 66;
/** Tooltip lines listed per kind of tick and interval, at most. */
const TICKS_IN_TIP = 4;

export class TimeChart {
  readonly fig: Figure;
  private readonly innerW: number;
  private innerH = 0;
  private legendH = 0;
  private hoverIndex = -1;
  private readonly clipId = nextId('clip');
  private y: D3.ScaleLinear<number, number> = d3.scaleLinear();
  private y2: D3.ScaleLinear<number, number> = d3.scaleLinear();

  constructor(
    parent: Sel,
    private readonly spec: TimeChartSpec,
    private readonly store: Store | null,
    width: number,
  ) {
    const height = spec.height ?? 260;
    this.fig = figure(parent, spec.name, spec.title, spec.explain, width, height, spec.csv);
    this.innerW = Math.max(80, width - MARGIN.left - (spec.y2 ? MARGIN_RIGHT_Y2 : MARGIN.right));
    this.fig.svg.attr('tabindex', 0).attr('aria-label', `${spec.title}. Focus and use the arrow keys to read values.`);
    keyStepper(
      this.fig.svg.node() as Element,
      () => this.spec.t.length,
      () => (this.hoverIndex >= 0 ? this.hoverIndex : this.firstVisible()),
      (i) => (i === null ? this.clearHover() : this.hover(i, null)),
    );
    this.fig.svg.on('blur', () => this.clearHover());
    this.draw();
    store?.on('domain', () => this.draw(), this.fig.svg.node());
  }

  private domain(): [number, number] {
    return this.spec.domain ?? this.store?.domain ?? [0, 1];
  }

  private firstVisible(): number {
    return Math.max(0, upperIndex(this.spec.t, this.domain()[0]));
  }

  private xScale(): (v: number) => number {
    const [d0, d1] = this.domain();
    const s = d3.scaleLinear().domain([d0, d1]).range([0, this.innerW]);
    return (v) => s(v);
  }

  private legendItems(): LegendItem[] {
    const items: LegendItem[] = [];
    for (const s of this.spec.stack ?? []) items.push({ label: s.label, colour: s.colour, kind: 'area', opacity: 0.75 });
    for (const b of this.spec.bands ?? []) items.push({ label: b.label, colour: b.colour, kind: 'area', opacity: b.opacity });
    for (const l of this.spec.lines) items.push({ label: l.label, colour: l.colour, kind: l.dash ? 'dash' : 'line' });
    for (const r of this.spec.refLines ?? []) items.push({ label: r.label, colour: r.colour, kind: 'dash' });
    if (this.spec.marks) items.push({ label: this.spec.marks.label, colour: this.spec.marks.colour, kind: 'mark' });
    for (const k of this.spec.ticks ?? []) items.push({ label: k.label, colour: k.colour, kind: 'tick' });
    return items;
  }

  /** The scale of a line: the right-hand axis for `right` lines (when the chart has one). */
  private yOf(l: LineSpec): D3.ScaleLinear<number, number> {
    return l.right && this.spec.y2 ? this.y2 : this.y;
  }

  private formatOf(l: LineSpec): (v: number) => string {
    return l.right && this.spec.y2 ? this.spec.y2.format : this.spec.yFormat;
  }

  private y2Max(): number {
    let m = this.spec.y2?.atLeast ?? 0;
    for (const l of this.spec.lines) if (l.right) for (const v of l.values) if (Number.isFinite(v) && v > m) m = v;
    return m > 0 ? m * 1.05 : 1;
  }

  private yMax(): number {
    let m = this.spec.yAtLeast ?? 0;
    const consider = (vs: readonly number[]) => {
      for (const v of vs) if (Number.isFinite(v) && v > m) m = v;
    };
    for (const l of this.spec.lines) if (!(l.right && this.spec.y2)) consider(l.values);
    for (const b of this.spec.bands ?? []) consider(b.hi);
    if (this.spec.stack) {
      const st = stackLayers(this.spec.stack.map((s) => s.values));
      const top = st[st.length - 1];
      if (top) consider(top.y1);
    }
    for (const r of this.spec.refLines ?? []) m = Math.max(m, r.y * 1.15);
    return m > 0 ? m * 1.05 : 1;
  }

  draw(): void {
    const spec = this.spec;
    const svg = this.fig.svg;
    svg.selectAll('*').remove();
    const [d0, d1] = this.domain();
    svg.attr('data-x0', d0).attr('data-x1', d1);
    const lg = svg.append('g').attr('transform', `translate(${MARGIN.left},${MARGIN.top + 6})`);
    this.legendH = legend(lg, this.legendItems(), this.innerW);
    const top = MARGIN.top + this.legendH + 6;
    this.innerH = Math.max(60, this.fig.height - top - MARGIN.bottom);
    const g = svg.append('g').attr('class', 'plot').attr('transform', `translate(${MARGIN.left},${top})`);
    const x = this.xScale();
    this.y = d3.scaleLinear().domain([0, this.yMax()]).range([this.innerH, 0]).nice();
    const y = this.y;
    const W = this.innerW;
    const H = this.innerH;
    if (spec.y2) this.y2 = d3.scaleLinear().domain([0, this.y2Max()]).range([H, 0]).nice();

    // Background zones (e.g. CPU ready bands), faint, with a label on the right.
    for (const z of spec.zones ?? []) {
      const [y0, y1] = [y(Math.min(z.to, y.domain()[1])), y(z.from)];
      if (y1 <= y0 || z.from >= (y.domain()[1])) continue;
      g.append('rect').attr('class', 'zone').attr('x', 0).attr('width', W).attr('y', y0).attr('height', y1 - y0).attr('fill', z.colour).attr('fill-opacity', 0.1);
      if (y1 - y0 >= 13) g.append('text').attr('class', 'zone-label').attr('x', W - 4).attr('y', y0 + 11).attr('text-anchor', 'end').attr('fill', '#555').attr('font-size', 10).text(z.label);
    }
    valueAxis(g, y, W, H, spec.yLabel, spec.yTick ?? ((y.domain()[1]) >= 10_000 ? d3.format('~s') : num));
    if (spec.y2) rightAxis(g, this.y2, W, H, spec.y2.label, spec.y2.tick ?? ((this.y2.domain()[1]) >= 10_000 ? d3.format('~s') : num));
    if ((spec.axis ?? 'utc') === 'utc') {
      timeAxis(g, utcScale(spec.startMs, [d0, d1], [0, W]), W, H);
    } else {
      const hs = d3.scaleLinear().domain([d0 / 3_600_000, d1 / 3_600_000]).range([0, W]);
      g.append('g')
        .attr('class', 'axis axis-x')
        .attr('transform', `translate(0,${H})`)
        .call(d3.axisBottom(hs).ticks(Math.max(2, Math.floor(W / 80))).tickSizeOuter(0))
        .call((a) => keepTickLabelsInside(a, W));
      g.append('text').attr('class', 'axis-label').attr('x', W).attr('y', H + 32).attr('text-anchor', 'end').attr('fill', '#444').text('hours since the run start');
    }

    g.append('clipPath').attr('id', this.clipId).append('rect').attr('width', W).attr('height', H + 1).attr('y', -1);
    const layer = g.append('g').attr('class', 'marks').attr('clip-path', `url(#${this.clipId})`);
    const cols = Math.max(1, Math.round(W));
    const xs = spec.x;

    if (spec.stack && spec.stack.length > 0) {
      const st = stackLayers(spec.stack.map((s) => s.values));
      const idx = downsampleIndices(xs, st.map((s) => s.y1), cols, d0, d1);
      spec.stack.forEach((s, k) => {
        const band = st[k] as { y0: number[]; y1: number[] };
        const area = d3
          .area<number>()
          .x((i) => x(xs[i]))
          .y0((i) => y(band.y0[i]))
          .y1((i) => y(band.y1[i]));
        layer.append('path').attr('class', 'series-stack').attr('data-series', s.key).attr('fill', s.colour).attr('fill-opacity', 0.75).attr('d', area(idx));
      });
    }
    for (const b of spec.bands ?? []) {
      const idx = downsampleIndices(xs, [b.lo, b.hi], cols, d0, d1);
      const area = d3
        .area<number>()
        .x((i) => x(xs[i]))
        .y0((i) => y(b.lo[i]))
        .y1((i) => y(b.hi[i]));
      layer.append('path').attr('class', 'series-band').attr('data-series', b.key).attr('fill', b.colour).attr('fill-opacity', b.opacity).attr('d', area(idx));
    }
    for (const l of spec.lines) {
      const ly = this.yOf(l);
      const lx = l.x ?? xs;
      const idx = downsampleIndices(lx, [l.values], cols, d0, d1);
      // Step lines run from each interval's start to its end (index -1: the end of the last one),
      // so that each value spans its own interval.
      const n = l.values.length;
      const step = l.step === true && !l.x;
      const pts = step && n > 0 && idx[idx.length - 1] === n - 1 ? [...idx, -1] : idx;
      const px = (i: number) => x(i < 0 ? (spec.t[n - 1]) + (spec.dt[n - 1]) : step ? (spec.t[i]) : (lx[i]));
      const pv = (i: number) => l.values[i < 0 ? n - 1 : i];
      const curve = step ? d3.curveStepAfter : d3.curveLinear;
      if (l.fill) {
        const area = d3
          .area<number>()
          .defined((i) => Number.isFinite(pv(i)))
          .x(px)
          .y0(H)
          .y1((i) => ly(pv(i)))
          .curve(curve);
        layer.append('path').attr('class', 'series-fill').attr('data-series', l.key).attr('fill', l.colour).attr('fill-opacity', l.fill).attr('d', area(pts));
      }
      const line = d3
        .line<number>()
        .defined((i) => Number.isFinite(pv(i)))
        .x(px)
        .y((i) => ly(pv(i)))
        .curve(curve);
      layer
        .append('path')
        .attr('class', 'series-line')
        .attr('data-series', l.key)
        .attr('data-axis', l.right && spec.y2 ? 'right' : null)
        .attr('data-points', idx.length)
        .attr('fill', 'none')
        .attr('stroke', l.colour)
        .attr('stroke-width', l.width ?? 2)
        .attr('stroke-linejoin', 'round')
        .attr('stroke-dasharray', l.dash ? '6 4' : null)
        .attr('d', line(pts));
    }
    if (spec.marks) {
      const mk = g.append('g').attr('class', 'event-marks').attr('pointer-events', 'none');
      for (const m of spec.marks.items) {
        if (m.t < d0 || m.t > d1) continue;
        const px = x(m.t);
        const one = mk.append('g').attr('class', 'event-mark').attr('data-t', m.t).attr('transform', `translate(${px},0)`);
        one.append('line').attr('y1', 0).attr('y2', H).attr('stroke', spec.marks.colour).attr('stroke-width', 1.5).attr('stroke-dasharray', '4 3');
        one.append('path').attr('d', 'M-5,-1L5,-1L0,7Z').attr('fill', spec.marks.colour);
      }
    }
    for (const k of spec.ticks ?? []) {
      // One stroke per pixel column is enough: ticks closer than a pixel draw the same picture.
      const tk = g.append('g').attr('class', 'event-ticks').attr('data-ticks', k.key).attr('pointer-events', 'none');
      let last = Number.NaN;
      let drawn = 0;
      for (const m of k.items) {
        if (m.t < d0 || m.t > d1) continue;
        const px = Math.round(x(m.t) * 2) / 2;
        if (px === last) continue;
        last = px;
        drawn += 1;
        tk.append('line').attr('class', 'event-tick').attr('data-t', m.t).attr('x1', px).attr('x2', px).attr('y1', H - 9).attr('y2', H).attr('stroke', k.colour).attr('stroke-width', 1.5);
      }
      tk.attr('data-drawn', drawn);
    }
    for (const r of spec.refLines ?? []) {
      const yy = y(r.y);
      g.append('line').attr('class', 'ref-line').attr('x1', 0).attr('x2', W).attr('y1', yy).attr('y2', yy).attr('stroke', r.colour).attr('stroke-width', 1.5).attr('stroke-dasharray', '6 4');
      g.append('text').attr('class', 'ref-label').attr('x', 4).attr('y', yy - 4).attr('fill', r.colour).attr('font-size', 10).attr('font-weight', 600).text(r.label);
    }

    g.append('g').attr('class', 'hover').attr('pointer-events', 'none');
    g.append('rect')
      .attr('class', 'overlay')
      .attr('width', W)
      .attr('height', H)
      .attr('fill', 'transparent')
      .on('pointermove', (event: PointerEvent) => {
        const [px] = d3.pointer(event);
        const ms = d0 + (px / W) * (d1 - d0);
        const i = Math.max(0, upperIndex(spec.t, ms));
        this.hover(i, event);
      })
      .on('pointerleave', () => this.clearHover());
    if (this.hoverIndex >= 0) this.hoverIndex = -1;
  }

  private clearHover(): void {
    this.hoverIndex = -1;
    this.fig.svg.select('.hover').selectAll('*').remove();
    hideTip(this.spec.name);
  }

  /** Highlights interval i (or the nearest point of lines with their own x) and shows the tooltip. */
  private hover(i: number, event: PointerEvent | null): void {
    const spec = this.spec;
    if (spec.t.length === 0) return;
    this.hoverIndex = i;
    const x = this.xScale();
    const g = this.fig.svg.select<SVGGElement>('.hover');
    g.selectAll('*').remove();
    const xi = spec.x[i];
    const px = x(xi);
    g.append('line').attr('x1', px).attr('x2', px).attr('y1', 0).attr('y2', this.innerH).attr('stroke', '#333').attr('stroke-width', 1).attr('stroke-dasharray', '2 2');
    const lines: TipLine[] = [];
    if (spec.stack) {
      let total = 0;
      for (const s of spec.stack) {
        total += s.values[i] ?? 0;
        lines.push({ label: s.label, value: spec.yFormat(s.values[i] ?? Number.NaN), colour: s.colour });
      }
      if (spec.stack.length > 1) lines.push({ label: spec.stackTotalLabel ?? 'total', value: spec.yFormat(total) });
    }
    for (const l of spec.lines) {
      let k = i;
      if (l.x) {
        // Nearest point of a line with its own time axis.
        const ms = xi;
        k = Math.max(0, Math.min(l.values.length - 1, upperIndex(l.x, ms)));
      }
      const v = l.values[k];
      if (v === undefined) continue;
      lines.push({ label: l.label, value: this.formatOf(l)(v), colour: l.colour });
      if (Number.isFinite(v)) g.append('circle').attr('cx', x((l.x ?? spec.x)[k])).attr('cy', this.yOf(l)(v)).attr('r', 3.5).attr('fill', l.colour).attr('stroke', '#fff');
    }
    for (const b of spec.bandsInTip === false ? [] : (spec.bands ?? [])) {
      lines.push({ label: b.label, value: `${spec.yFormat(b.lo[i] ?? Number.NaN)} – ${spec.yFormat(b.hi[i] ?? Number.NaN)}`, colour: b.colour });
    }
    if (spec.marks) {
      const t0 = spec.t[i];
      const t1 = t0 + (spec.dt[i]);
      for (const m of spec.marks.items) if (m.t >= t0 && m.t < t1) lines.push({ label: spec.marks.label, value: m.label, colour: spec.marks.colour });
    }
    for (const k of spec.ticks ?? []) {
      const t0 = spec.t[i];
      const t1 = t0 + (spec.dt[i]);
      const inside = k.items.filter((m) => m.t >= t0 && m.t < t1);
      for (const m of inside.slice(0, TICKS_IN_TIP)) lines.push({ label: k.label, value: m.label, colour: k.colour });
      if (inside.length > TICKS_IN_TIP) lines.push(`… and ${inside.length - TICKS_IN_TIP} more ${k.label}`);
    }
    if (spec.extraTip) lines.push(...spec.extraTip(i));
    const title =
      (spec.axis ?? 'utc') === 'utc'
        ? intervalText(spec.startMs, spec.t[i], spec.dt[i])
        : `${(((spec.t[i]) / 3_600_000)).toFixed(2)} h after the start`;
    const plot = this.fig.svg.select<SVGGElement>('.plot').node() as SVGGElement;
    const [cx, cy] = event ? [event.clientX, event.clientY] : clientPoint(plot, px, this.innerH / 3);
    showTip(cx, cy, title, lines, spec.name, i);
  }
}
