/**
 * Host heatmap: one row per host, one column per interval, coloured by CPU utilisation, CPU
 * ready or memory consumed, with each host's lifecycle state drawn over its cells (failed
 * hatched red, maintenance amber, standby grey); sortable; a click on a host lists its VMs.
 */
import { aggregateColumns, upperIndex } from './downsample.js';
import { toCsv } from './csv.js';
import { count, interval as intervalText, mibAsGib, num, pct, ratio, shortId } from './format.js';
import { drawHostStates, failedHatch, hostStateLegend, hostStatesPresent } from './host-states.js';
import { HOST_STATE_MEANING, type HostState } from './lifecycle.js';
import { hostLabels, hostsOf, labelWidth } from './memory.js';
import { BAND_COLOURS, BAND_TEXT, HOST_STATE_COLOURS } from './palette.js';
import { canvasLayer, drawCellsSvg, rowsLayout, rowsOverlay, SVG_CELL_LIMIT, type RowCell } from './rows.js';
import { startMs } from './cluster-view.js';
import { HOST_METRICS, hostMetricRows, orderHosts, windowStats, type HostMetric, type HostOrder } from './host-metrics.js';
import { readyBand } from '../../src/catalogue/ready-bands.js';
import { vmsOnHost } from './sorting.js';
import type { HostRow, Report } from './types.js';
import { figure, hideTip, panel, select, showTip, type Sel, type Store } from './ui.js';

/** CPU ready colours: grey for none, then ColorBrewer YlOrRd steps at the rule-of-thumb bands. */
const READY_STEPS = [0.5, 2.5, 5, 10, 20];
const READY_COLOURS = ['#f0f0f0', '#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];

export interface ColourScale {
  readonly colour: (v: number) => string;
  /** [r, g, b] for the canvas path. */
  readonly rgb: (v: number) => [number, number, number];
  readonly legend: ReadonlyArray<{ label: string; colour: string }>;
  readonly continuous: boolean;
}

export function colourScale(metric: HostMetric): ColourScale {
  if (metric === 'ready' || metric === 'stall') {
    const s = d3.scaleThreshold<number, string>().domain(READY_STEPS).range(READY_COLOURS);
    const rgbs = READY_COLOURS.map((c) => {
      const k = d3.rgb(c);
      return [k.r, k.g, k.b] as [number, number, number];
    });
    const labels = ['< 0.5 %', '0.5–2.5 %', '2.5–5 %', '5–10 %', '10–20 %', '> 20 %'];
    return {
      colour: (v) => (Number.isFinite(v) ? s(v) : '#ffffff'),
      rgb: (v) => (Number.isFinite(v) ? (rgbs[d3.bisectRight(READY_STEPS, v)] as [number, number, number]) : [255, 255, 255]),
      legend: READY_COLOURS.map((c, k) => ({ label: labels[k] as string, colour: c })),
      continuous: false,
    };
  }
  const lut: Array<[number, number, number]> = [];
  for (let k = 0; k <= 100; k++) {
    const c = d3.rgb(d3.interpolateViridis(k / 100));
    lut.push([c.r, c.g, c.b]);
  }
  const idx = (v: number) => Math.max(0, Math.min(100, Math.round(v)));
  return {
    colour: (v) => (Number.isFinite(v) ? d3.interpolateViridis(idx(v) / 100) : '#ffffff'),
    rgb: (v) => (Number.isFinite(v) ? (lut[idx(v)] as [number, number, number]) : [255, 255, 255]),
    legend: [0, 25, 50, 75, 100].map((v) => ({ label: `${v} %`, colour: d3.interpolateViridis(v / 100) })),
    continuous: true,
  };
}

interface HeatState {
  metric: HostMetric;
  order: HostOrder;
  selected: string | null;
}

export function renderHeatmap(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'hosts',
    'Hosts over time',
    'What to look for: rows that stay bright (busy) or turn red (CPU ready) while others idle — a placement imbalance; hatched red stretches are failed hosts, amber ones hosts in maintenance. Click a host to see which VMs it runs.',
  );
  const st: HeatState = { metric: 'util', order: 'id', selected: null };
  const holder = p.body.append('div');
  const vmBox = p.body.append('div').attr('class', 'host-vms').attr('aria-live', 'polite');
  let hostSel: Sel<HTMLSelectElement> | null = null;

  select(p.controls, 'Colour by', HOST_METRICS.map((m) => ({ value: m.key, label: `${m.label} (${m.unit})` })), st.metric, (v) => {
    st.metric = v as HostMetric;
    draw();
  }, 'heatmap-metric');
  select(
    p.controls,
    'Sort hosts by',
    [
      { value: 'id', label: 'cluster and host id' },
      { value: 'mean', label: 'mean in view (highest first)' },
      { value: 'peak', label: 'peak in view (highest first)' },
    ],
    st.order,
    (v) => {
      st.order = v as HostOrder;
      draw();
    },
    'heatmap-sort',
  );
  const hostControl = p.controls.append('span');

  const choose = (id: string | null) => {
    st.selected = id;
    hostSel?.property('value', id ?? '');
    renderHostVms(vmBox, report, id);
    holder.selectAll<SVGTextElement, unknown>('.row-label').attr('font-weight', function () {
      return this.getAttribute('data-row') === id ? 700 : 400;
    });
  };

  const draw = () => {
    holder.selectAll('*').remove();
    const hosts = hostsOf(report, store.cluster);
    hostControl.selectAll('*').remove();
    const hl = hostLabels(hosts);
    hostSel = select(
      hostControl,
      'VMs of host',
      [{ value: '', label: '(choose a host)' }, ...hosts.map((h, k) => ({ value: h.id, label: hl[k] as string }))],
      st.selected ?? '',
      (v) => choose(v || null),
      'heatmap-host',
    );
    if (st.selected && !hosts.some((h) => h.id === st.selected)) choose(null);
    drawHeatmap(holder, report, store, width, hosts, st, (id) => choose(id));
  };
  draw();
  renderHostVms(vmBox, report, null);
  store.on('domain', draw, holder.node());
  store.on('cluster', draw, holder.node());
}

function drawHeatmap(
  holder: Sel,
  report: Report,
  store: Store,
  width: number,
  hosts: HostRow[],
  st: HeatState,
  onSelect: (id: string) => void,
): void {
  const metric = HOST_METRICS.find((m) => m.key === st.metric) ?? HOST_METRICS[0]!;
  const rows = hostMetricRows(report, hosts, st.metric);
  const t = report.series.t;
  const dt = report.series.intervalMs;
  const start = startMs(report);
  const [d0, d1] = store.domain;
  const order = rows ? orderHosts(hosts.map((h) => h.id), rows, st.order, t, dt, d0, d1) : hosts.map((_, i) => i);
  const fig = figure(
    holder,
    'heatmap',
    `${metric.label} per host (${metric.unit})`,
    st.metric === 'ready'
      ? 'Colour steps follow the CPU ready bands: yellow is worth watching, orange and red are slow VMs.'
      : st.metric === 'stall'
        ? 'Share of CPU demand lost while VMs waited for reclaimed (compressed or swapped) pages; same colour steps as CPU ready.'
        : 'Each cell is one host in one interval; brighter is higher.',
    width,
    120,
    rows
      ? () =>
          toCsv(
            ['host', 't_ms', 'interval_ms', `${st.metric}_pct`],
            order.flatMap((h) => (rows[h] as number[]).map((v, i) => [hosts[h]!.id, t[i], dt[i], v])),
          )
      : null,
  );
  fig.svg.attr('data-x0', d0).attr('data-x1', d1).attr('data-metric', st.metric);
  if (!rows) {
    fig.svg.attr('height', 40);
    fig.svg.append('text').attr('class', 'empty').attr('x', 12).attr('y', 24).attr('fill', '#555').text(`No host series: ${report.series.hostsOmitted ?? 'not recorded'}. Choose a host above to list its VMs.`);
    return;
  }
  const scale = colourScale(st.metric);
  const labels = hostLabels(hosts);
  const lw = labelWidth(labels);
  // Colour legend.
  const lg = fig.svg.append('g').attr('class', 'legend').attr('transform', `translate(${lw},8)`);
  lg.append('text').attr('x', 0).attr('y', 10).attr('fill', '#1a1a1a').text(`${metric.label}:`);
  const lx = 110;
  const boxW = scale.continuous ? 200 / (scale.legend.length - 1) : 64;
  if (scale.continuous) {
    for (let k = 0; k < 100; k++) lg.append('rect').attr('x', lx + k * 2).attr('y', 2).attr('width', 2.2).attr('height', 12).attr('fill', d3.interpolateViridis(k / 99));
    scale.legend.forEach((l, k) => {
      lg.append('line').attr('x1', lx + k * boxW).attr('x2', lx + k * boxW).attr('y1', 14).attr('y2', 18).attr('stroke', '#333');
      lg.append('text').attr('x', lx + k * boxW).attr('y', 28).attr('text-anchor', 'middle').attr('font-size', 10).attr('fill', '#333').text(l.label);
    });
  } else {
    scale.legend.forEach((l, k) => {
      lg.append('rect').attr('x', lx + k * boxW).attr('y', 2).attr('width', boxW - 2).attr('height', 12).attr('fill', l.colour).attr('stroke', '#0002');
      lg.append('text').attr('x', lx + k * boxW + (boxW - 2) / 2).attr('y', 28).attr('text-anchor', 'middle').attr('font-size', 10).attr('fill', '#333').text(l.label);
    });
  }
  // Host states legend, under the colour legend, when any host leaves 'on'.
  const hatch = failedHatch(fig.svg);
  const present = hostStatesPresent(report, hosts);
  const slg = fig.svg.append('g').attr('class', 'legend host-state-legend').attr('transform', `translate(${lw},38)`) as Sel<SVGGElement>;
  const stateH = hostStateLegend(slg, present, hatch);
  const i0 = Math.max(0, upperIndex(t, d0));
  const i1 = Math.min(t.length - 1, d3.bisectLeft(t, d1) - 1);
  const visible = Math.max(0, i1 - i0 + 1);
  const layout = rowsLayout(fig, {
    rows: order.map((h) => ({ id: hosts[h]!.id, label: labels[h] as string })),
    startMs: start,
    domain: [d0, d1],
    top: 44 + (stateH > 0 ? stateH + 6 : 0),
    labelWidth: lw,
    maxPlotHeight: 480,
    yLabel: `hosts sorted by ${st.order === 'id' ? 'id' : `${st.order} in view`}`,
    selected: st.selected,
    onSelect: (r) => onSelect(hosts[order[r]]!.id),
  });
  const svgMode = order.length * visible <= SVG_CELL_LIMIT;
  fig.svg.attr('data-mode', svgMode ? 'svg' : 'canvas');
  if (svgMode) {
    const cells: RowCell[] = [];
    order.forEach((h, row) => {
      const r = rows[h] as number[];
      for (let i = i0; i <= i1; i++) cells.push({ row, i, t0: t[i], t1: (t[i]) + (dt[i]), colour: scale.colour(r[i]) });
    });
    drawCellsSvg(layout, cells);
  } else {
    // One image pixel per pixel column and per host (or per pixel row when hosts outnumber
    // pixel rows), each the maximum of what it covers so hot spots stay visible; then scaled.
    const cols = Math.max(1, Math.round(layout.innerW));
    const n = order.length;
    const pixRows = Math.max(1, Math.min(n, Math.round(layout.innerH)));
    const img = new ImageData(cols, pixRows);
    const acc = new Float64Array(cols);
    for (let p = 0; p < pixRows; p++) {
      acc.fill(Number.NaN);
      const a = Math.floor((p * n) / pixRows);
      const b = Math.max(a + 1, Math.floor(((p + 1) * n) / pixRows));
      for (let k = a; k < b; k++) {
        const agg = aggregateColumns(t, rows[order[k]] as number[], cols, d0, d1, 'max');
        for (let c = 0; c < cols; c++) {
          const v = agg[c];
          if (Number.isFinite(v) && !(v <= (acc[c]))) acc[c] = v;
        }
      }
      for (let c = 0; c < cols; c++) {
        const [r, g, bl] = scale.rgb(acc[c]);
        const o = (p * cols + c) * 4;
        img.data[o] = r;
        img.data[o + 1] = g;
        img.data[o + 2] = bl;
        img.data[o + 3] = 255;
      }
    }
    const off = document.createElement('canvas');
    off.width = cols;
    off.height = pixRows;
    off.getContext('2d')?.putImageData(img, 0, 0);
    const { ctx } = canvasLayer(fig, layout);
    if (ctx) {
      ctx.imageSmoothingEnabled = false;
      ctx.drawImage(off, 0, 0, layout.innerW, layout.innerH);
    }
  }
  drawHostStates(layout, report, order.map((h) => hosts[h] as HostRow), hatch);
  const perPixel = visible / Math.max(1, layout.innerW);
  rowsOverlay(
    layout,
    order.length,
    (row, ms, event) => {
      const h = hosts[order[row]] as HostRow;
      const i = Math.max(0, Math.min(t.length - 1, upperIndex(t, ms)));
      const v = (rows[order[row]] as number[])[i];
      const w = windowStats(rows[order[row]] as number[], t, dt, d0, d1);
      const fmt = (x: number) => (st.metric === 'mem' ? `${pct(x)} (${mibAsGib((x / 100) * h.memoryMiB)})` : pct(x));
      const series = report.series.hosts?.[h.id];
      const hostState = (series?.state[i] ?? 'on') as HostState;
      const up = series?.upPct[i] ?? 100;
      showTip(
        event.clientX,
        event.clientY,
        h.id,
        [
          intervalText(start, t[i], dt[i]),
          { label: metric.label, value: fmt(v), colour: scale.colour(v) },
          ...(st.metric === 'ready' ? [{ label: 'band', value: readyBand(v) }] : []),
          ...(hostState !== 'on' ? [{ label: 'host state', value: `${hostState} — ${HOST_STATE_MEANING[hostState]}`, colour: HOST_STATE_COLOURS[hostState] }] : []),
          ...(up < 100 ? [{ label: 'serving VMs', value: `${pct(up)} of the interval` }] : []),
          { label: 'mean / peak in view', value: `${fmt(w.mean)} / ${fmt(w.peak)}` },
          ...(perPixel > 1 ? [`A pixel column covers ${num(perPixel)} intervals; its colour is their maximum.`] : []),
          ...(layout.rowH < 1 ? [`A pixel row covers ${num(1 / layout.rowH)} hosts; its colour is their maximum.`] : []),
          'Click to list the VMs of this host.',
        ],
        'heatmap',
        i,
      );
    },
    () => hideTip('heatmap'),
    (row) => onSelect(hosts[order[row]]!.id),
  );
}

function renderHostVms(box: Sel, report: Report, hostId: string | null): void {
  box.selectAll('*').remove();
  if (!hostId) {
    box.append('p').attr('class', 'hint').text('Click a host row (or choose one above) to list its VMs.');
    return;
  }
  const h = report.hosts.find((x) => x.id === hostId);
  const vms = vmsOnHost(report, hostId);
  box.append('h3').text(`VMs on ${hostId}`);
  if (h) {
    box
      .append('p')
      .attr('class', 'host-facts')
      .text(
        `${count(h.vms)} VMs · ${count(h.cores)} cores × ${num(h.coreMhz)} MHz · ${mibAsGib(h.memoryMiB)} · ${count(h.vcpus)} vCPUs (${ratio(h.vcpuPerCore)}) · memory overcommit ${ratio(h.memoryOvercommit)} · mean utilisation ${pct(h.meanUtilPct)} · mean CPU ready ${pct(h.meanReadyPct)} · ${h.hypervisor.flavour} type ${h.hypervisor.type} · ${h.state} at the end${h.failures > 0 ? ` · ${count(h.failures)} ${h.failures === 1 ? 'failure' : 'failures'} (${num(h.failedHours)} h failed)` : ''}`,
      );
  }
  if (vms.length === 0) {
    box.append('p').attr('class', 'hint').text('No VMs run on this host.');
    return;
  }
  const table = box.append('table').attr('class', 'data host-vm-table');
  const head = ['VM', 'group', 'vCPUs', 'memory', 'demand mean', 'demand p95', 'CPU ready mean', 'CPU ready p95', 'swapped mean', 'memory stall'];
  table.append('thead').append('tr').selectAll('th').data(head).join('th').attr('scope', 'col').text((d) => d);
  const tb = table.append('tbody');
  for (const v of vms) {
    const tr = tb.append('tr').attr('data-vm', v.id);
    tr.append('td').attr('class', 'id').text(v.id);
    tr.append('td').text(shortId(v.group));
    tr.append('td').attr('class', 'num').text(count(v.vcpus));
    tr.append('td').attr('class', 'num').text(mibAsGib(v.memoryMiB));
    tr.append('td').attr('class', 'num').text(pct(v.demandMeanPct));
    tr.append('td').attr('class', 'num').text(pct(v.demandP95Pct));
    tr.append('td').attr('class', 'num').text(pct(v.readyMeanPct));
    const band = readyBand(v.readyP95Pct);
    const td = tr.append('td').attr('class', 'num');
    td.append('span').attr('class', 'band-chip').attr('title', band).style('background', BAND_COLOURS[band]).style('color', BAND_TEXT[band]).text(band);
    td.append('span').text(` ${pct(v.readyP95Pct)}`);
    tr.append('td').attr('class', 'num').text(mibAsGib(v.memSwappedMeanMiB));
    tr.append('td').attr('class', 'num').text(pct(v.memStallPct));
  }
}
