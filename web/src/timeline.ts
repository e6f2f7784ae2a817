/**
 * Event timeline over the whole run, with a brush: selecting a stretch of time zooms every
 * time-series panel to it. Placements collapse into count markers; unplaceable VMs and memory
 * state changes get their own lanes; lifecycle events (when the run has any) get four more:
 * failures (red), restarts (green), migrations (blue) and maintenance (amber); alarms are bars
 * from their raise to their clearing (or the end of the run), coloured by rule. Buttons do the
 * same zooming from the keyboard.
 */
import type * as D3 from 'd3';
import { toCsv } from './csv.js';
import { count, duration, interval as intervalText, when } from './format.js';
import { LIFECYCLE_LANES, describeEvent, field, lifecycleLane, lifecycleText } from './lifecycle.js';
import { ALARM_COLOURS, COLOURS, LANE_COLOURS, STATE_COLOURS } from './palette.js';
import { alarmLaneHeight, alarmThreshold, alarmTracks, alarmValue, rulesInForce, type AlarmBar } from './alarm-rules.js';
import { ALL_CLUSTERS, clusterView, startMs } from './cluster-view.js';
import { collapseEvents, type EventLane } from './event-lanes.js';
import type { Report } from './types.js';
import { button, clientPoint, figure, hideTip, keyStepper, legend, panel, showTip, timeAxis, utcScale, type Sel, type Store, type TipLine } from './ui.js';

const BASE_LANES: ReadonlyArray<{ lane: EventLane; label: string }> = [
  { lane: 'placed', label: 'VMs placed' },
  { lane: 'unplaceable', label: 'unplaceable' },
  { lane: 'memory', label: 'memory state' },
];

/** The lanes of a run: the lifecycle lanes only when the run has lifecycle events. */
export function timelineLanes(report: Report): ReadonlyArray<{ lane: EventLane; label: string }> {
  const any = Object.entries(report.events.counts).some(([type, n]) => n > 0 && lifecycleLane(type) !== null);
  return any ? [...BASE_LANES, ...LIFECYCLE_LANES] : BASE_LANES;
}

/** How many events of the run fall in a lifecycle lane. */
function laneCounts(report: Report, lane: EventLane): number {
  return Object.entries(report.events.counts).reduce((a, [type, n]) => a + (lifecycleLane(type) === lane ? n : 0), 0);
}

/** The tooltip of an alarm bar: what, where, when, how bad. */
function alarmTip(b: AlarmBar, start: number): { title: string; lines: TipLine[] } {
  const a = b.alarm;
  return {
    title: `${a.rule} alarm on ${a.target}`,
    lines: [
      { label: 'target', value: a.target },
      { label: 'rule', value: a.rule, colour: ALARM_COLOURS[a.rule] },
      { label: 'raised', value: when(start, a.raisedAt) },
      { label: 'cleared', value: a.clearedAt === null ? 'still raised at the end of the run' : when(start, a.clearedAt) },
      { label: 'duration', value: duration(a.durationMs) },
      { label: 'peak / threshold', value: `${alarmValue(a, a.peak)} / ${alarmThreshold(a)}` },
      `condition held since ${when(start, a.since)}`,
    ],
  };
}


export function renderTimeline(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'events',
    'Events and time window',
    'What to look for: when memory states change, VMs fail to place, hosts fail and VMs restart or migrate, and alarms fire (a bar per alarm, from its raise to its clearing). Drag across this chart to zoom every time chart on the page to that stretch; double-click or Reset to see the whole run.',
  );
  const LANES = timelineLanes(report);
  const lifecycle = LANES.length > BASE_LANES.length;
  const start = startMs(report);
  const items = report.events.items;
  const counts = report.events.counts;
  const summary = [
    `${count(counts['vm.placed'] ?? 0)} placed`,
    `${count(counts['vm.unplaceable'] ?? 0)} unplaceable`,
    `${count(counts['host.memory-state'] ?? 0)} memory state changes`,
    ...(lifecycle
      ? [
          `${count(counts['host.failed'] ?? 0)} host ${counts['host.failed'] === 1 ? 'failure' : 'failures'}`,
          `${count(counts['vm.restarted'] ?? 0)} HA restarts`,
          `${count(counts['migration.completed'] ?? 0)} migrations`,
        ]
      : []),
    `${count(report.alarms.total)} ${report.alarms.total === 1 ? 'alarm' : 'alarms'}`,
  ].join(' · ');
  const alarms = report.alarms;

  const nav = p.controls.append('span').attr('class', 'zoom-buttons').attr('role', 'group').attr('aria-label', 'Time window');
  const span = () => store.domain[1] - store.domain[0];
  const [f0, f1] = store.full;
  const zoomTo = (c: number, w: number) => {
    const half = Math.max(w, report.run.intervalMs * 2) / 2;
    let a = c - half;
    let b = c + half;
    if (a < f0) [a, b] = [f0, Math.min(f1, f0 + 2 * half)];
    if (b > f1) [a, b] = [Math.max(f0, f1 - 2 * half), f1];
    store.setDomain([a, b]);
  };
  const mid = () => (store.domain[0] + store.domain[1]) / 2;
  button(nav, '− Zoom out', () => zoomTo(mid(), span() * 2), 'Zoom out').attr('data-zoom', 'out');
  button(nav, '+ Zoom in', () => zoomTo(mid(), span() / 2), 'Zoom in').attr('data-zoom', 'in');
  button(nav, '← Earlier', () => zoomTo(mid() - span() / 2, span()), 'Move the window earlier').attr('data-zoom', 'left');
  button(nav, 'Later →', () => zoomTo(mid() + span() / 2, span()), 'Move the window later').attr('data-zoom', 'right');
  button(nav, 'Reset zoom', () => store.setDomain(null), 'Show the whole run').attr('data-zoom', 'reset');
  const status = p.controls.append('span').attr('class', 'window-status').attr('aria-live', 'polite');
  const showStatus = () =>
    status.text(
      store.zoomed
        ? `Showing ${when(start, store.domain[0])} – ${when(start, store.domain[1])} (${duration(store.domain[1] - store.domain[0])})`
        : `Showing the whole run (${duration(f1 - f0)})`,
    );
  showStatus();

  const notes = [
    report.events.aggregated !== null
      ? `Past the report's budget of ${count(report.events.aggregated.budget)} events, ${Object.keys(report.events.aggregated.kinds).join(', ')} are counted per hour, not drawn one by one; every other event is drawn${report.events.truncated ? ' until the grey stretch' : ''}.`
      : report.events.truncated
        ? `Only the first ${count(items.length)} of ${count(report.events.total)} events are in the report.`
        : '',
    alarms.truncated ? `Only the first ${count(alarms.items.length)} of ${count(alarms.total)} alarms are in the report.` : '',
  ].filter(Boolean);
  const fig = figure(
    p.body,
    'timeline',
    `Events over the run — ${summary}`,
    notes.join(' '),
    width,
    196,
    () =>
      toCsv(
        ['t_ms', 'type', 'vm', 'host', 'from', 'to', 'reason', 'rule', 'target', 'value', 'threshold', 'since_ms', 'raised_at_ms', 'peak', 'details'],
        items.map((e) => [
          e.t,
          e.type,
          field(e, 'vm'),
          field(e, 'host'),
          field(e, 'from'),
          field(e, 'to'),
          field(e, 'reason'),
          'rule' in e ? e.rule : '',
          'target' in e ? e.target : '',
          e.type === 'alarm.raised' ? e.value : '',
          e.type === 'alarm.raised' ? e.threshold : '',
          e.type === 'alarm.raised' ? e.since : '',
          e.type === 'alarm.cleared' ? e.raisedAt : '',
          e.type === 'alarm.cleared' ? e.peak : '',
          lifecycleLane(e.type) !== null ? lifecycleText(e) : '',
        ]),
      ),
  );
  const tracks = alarmTracks(alarms.items, f1);
  const alarmRules = [...new Set([...rulesInForce(alarms.rules), ...tracks.groups.map((gr) => gr.rule)])];
  const legendH = alarmRules.length > 0 ? 22 : 0;
  const M = { top: 10, right: 16, bottom: 40 + legendH, left: 110 };
  const W = width - M.left - M.right;
  const contextH = 44;
  const laneH = 30;
  const alarmTop = contextH + LANES.length * laneH;
  const alarmH = alarmLaneHeight(tracks.tracks);
  const H = alarmTop + alarmH;
  fig.svg.attr('height', M.top + H + M.bottom).attr('data-x0', f0).attr('data-x1', f1);
  const g = fig.svg.append('g').attr('class', 'plot').attr('transform', `translate(${M.left},${M.top})`);
  const x = d3.scaleLinear().domain([f0, f1]).range([0, W]);
  timeAxis(g, utcScale(start, [f0, f1], [0, W]), W, H);

  // Context: datacenter CPU utilisation, so the brush has something to aim at.
  const v = report.series.t.length > 0 ? clusterView(report, ALL_CLUSTERS) : null;
  if (v) {
    const y = d3.scaleLinear().domain([0, 100]).range([contextH - 4, 4]);
    const area = d3
      .area<number>()
      .x((i) => x(v.x[i]))
      .y0(contextH - 4)
      .y1((i) => y(Math.min(100, v.utilPct[i])));
    g.append('path').attr('class', 'context').attr('d', area(v.t.map((_, i) => i))).attr('fill', COLOURS.granted).attr('fill-opacity', 0.25).attr('stroke', COLOURS.granted).attr('stroke-width', 1);
    g.append('text').attr('x', -16).attr('y', contextH / 2).attr('dy', '0.35em').attr('text-anchor', 'end').attr('fill', '#333').text('CPU util 0–100 %');
  }
  LANES.forEach((l, k) => {
    const y0 = contextH + k * laneH;
    g.append('line').attr('x1', 0).attr('x2', W).attr('y1', y0).attr('y2', y0).attr('stroke', '#e3e3e3');
    const text = g.append('text').attr('class', `lane-label lane-${l.lane}`).attr('x', -16).attr('y', y0 + laneH / 2).attr('dy', '0.35em').attr('text-anchor', 'end').attr('fill', '#333').text(l.label);
    if (l.lane in LANE_COLOURS) {
      // The lane's colour key, and "none" where the run had none of its events.
      const colour = LANE_COLOURS[l.lane as keyof typeof LANE_COLOURS];
      g.append('circle').attr('class', 'lane-key').attr('cx', -8).attr('cy', y0 + laneH / 2).attr('r', 4).attr('fill', colour);
      text.attr('x', -16);
      if (laneCounts(report, l.lane) === 0) g.append('text').attr('x', 6).attr('y', y0 + laneH / 2).attr('dy', '0.35em').attr('fill', '#777').attr('font-size', 10).text('none');
    }
  });
  g.append('line').attr('x1', 0).attr('x2', W).attr('y1', alarmTop).attr('y2', alarmTop).attr('stroke', '#e3e3e3');
  g.append('text').attr('x', -16).attr('y', alarmTop + alarmH / 2).attr('dy', '0.35em').attr('text-anchor', 'end').attr('fill', '#333').text('alarms');
  if (alarmRules.length > 0) {
    const lg = g.append('g').attr('class', 'alarm-legend').attr('transform', `translate(0,${H + 52})`) as Sel<SVGGElement>;
    legend(lg, alarmRules.map((r) => ({ label: `${r} alarm`, colour: ALARM_COLOURS[r], kind: 'box' as const })), W);
  }

  // Alarm bars, under the brush so that dragging across them still zooms; the brush's pointer
  // events find the bar under the pointer for the tooltip.
  const pad = 3;
  const trackH = tracks.tracks > 0 ? (alarmH - 2 * pad) / tracks.tracks : 0;
  const barH = Math.max(1, trackH - (trackH >= 4 ? 1 : 0));
  const geo = tracks.bars.map((b) => {
    const x0 = Math.min(Math.max(0, x(b.t0)), W - 2);
    const x1 = Math.max(x0 + 2, Math.min(W, x(b.t1)));
    const y0 = alarmTop + pad + b.track * trackH;
    return { b, x0, x1, y0, y1: y0 + barH };
  });
  const alarmG = g.append('g').attr('class', 'alarm-lane').attr('data-tracks', tracks.tracks);
  for (const gr of tracks.groups.slice(1)) {
    const y = alarmTop + pad + gr.first * trackH - 0.5;
    alarmG.append('line').attr('class', 'alarm-group').attr('x1', 0).attr('x2', W).attr('y1', y).attr('y2', y).attr('stroke', '#d0d0d0').attr('stroke-dasharray', '2 2');
  }
  const barSel = alarmG
    .selectAll<SVGRectElement, (typeof geo)[number]>('rect.alarm-bar')
    .data(geo)
    .join('rect')
    .attr('class', 'alarm-bar')
    .attr('data-i', (d) => d.b.index)
    .attr('data-rule', (d) => d.b.alarm.rule)
    .attr('data-t0', (d) => d.b.t0)
    .attr('data-t1', (d) => d.b.t1)
    .attr('data-open', (d) => (d.b.alarm.clearedAt === null ? 'true' : null))
    .attr('x', (d) => d.x0)
    .attr('y', (d) => d.y0)
    .attr('width', (d) => d.x1 - d.x0)
    .attr('height', barH)
    .attr('fill', (d) => ALARM_COLOURS[d.b.alarm.rule])
    .attr('stroke', 'none');
  if (geo.length === 0) {
    alarmG
      .append('text')
      .attr('x', 6)
      .attr('y', alarmTop + alarmH / 2)
      .attr('dy', '0.35em')
      .attr('fill', '#555')
      .text(rulesInForce(alarms.rules).length === 0 ? 'no alarm rules in force' : 'no alarm fired');
  }
  let current = -1;
  const highlight = (k: number) => {
    current = k;
    barSel.attr('stroke', (_, j) => (j === k ? '#000' : 'none')).attr('stroke-width', (_, j) => (j === k ? 1.5 : null));
  };
  const showBar = (k: number, cx: number, cy: number) => {
    const d = geo[k];
    if (!d) return;
    highlight(k);
    const t = alarmTip(d.b, start);
    showTip(cx, cy, t.title, t.lines, 'timeline-alarms', d.b.index);
  };
  const leaveBars = () => {
    if (current >= 0) highlight(-1);
    hideTip('timeline-alarms');
  };
  /** The bar under a point of the plot (the topmost, else the nearest within 2 px); -1 for none. */
  const barAt = (px: number, py: number): number => {
    if (py < alarmTop - 2 || py > H + 2) return -1;
    let near = -1;
    let best = 2.5;
    for (let k = geo.length - 1; k >= 0; k--) {
      const d = geo[k] as (typeof geo)[number];
      const dx = Math.max(d.x0 - px, 0, px - d.x1);
      const dy = Math.max(d.y0 - py, 0, py - d.y1);
      if (dx === 0 && dy === 0) return k;
      const dist = Math.max(dx, dy);
      if (dist < best) {
        best = dist;
        near = k;
      }
    }
    return near;
  };
  // Keyboard: the lane takes focus; ←/→ step through the alarms in time order.
  const byTime = geo.map((_, k) => k).sort((a, b) => (geo[a] as (typeof geo)[number]).b.t0 - (geo[b] as (typeof geo)[number]).b.t0 || a - b);
  if (geo.length > 0) {
    alarmG
      .attr('tabindex', 0)
      .attr('role', 'img')
      .attr('aria-label', `Alarms: ${count(geo.length)} bars, by rule. Use the arrow keys to read them one by one.`)
      .on('blur', leaveBars);
    keyStepper(
      alarmG.node() as Element,
      () => byTime.length,
      () => byTime.indexOf(current),
      (i) => {
        if (i === null) return leaveBars();
        const k = byTime[i];
        const d = geo[k] as (typeof geo)[number];
        const [cx, cy] = clientPoint(g.node() as SVGGraphicsElement, (d.x0 + d.x1) / 2, d.y1);
        showBar(k, cx, cy);
      },
    );
  }

  // Brush first, markers on top so they keep their tooltips.
  const brushG = g.append('g').attr('class', 'brush');
  let syncing = false;
  const brush = d3
    .brushX<unknown>()
    .extent([
      [0, 0],
      [W, H],
    ])
    .on('end', (event: D3.D3BrushEvent<unknown>) => {
      if (syncing || !event.sourceEvent) return;
      const s = event.selection as [number, number] | null;
      if (!s || s[1] - s[0] < 3) store.setDomain(null);
      else store.setDomain([x.invert(s[0]), x.invert(s[1])]);
    });
  brushG.call(brush);
  brushG.select('.selection').attr('fill', '#0072B2').attr('fill-opacity', 0.15).attr('stroke', '#0072B2');
  brushG.on('dblclick', () => store.setDomain(null));
  brushG
    .on('pointermove.alarms', (event: PointerEvent) => {
      if (event.buttons !== 0) return leaveBars();
      const [px, py] = d3.pointer(event, g.node());
      const k = barAt(px, py);
      if (k < 0) return leaveBars();
      showBar(k, event.clientX, event.clientY);
    })
    .on('pointerleave.alarms', leaveBars);

  // Events the report does not hold (truncated list): grey the stretch after the last kept one.
  const greyAfter = (lastT: number, y0: number, y1: number, text: string) => {
    const x0 = x(lastT);
    if (x0 >= W) return;
    g.append('rect').attr('class', 'truncated').attr('x', x0).attr('y', y0).attr('width', W - x0).attr('height', y1 - y0).attr('fill', '#000').attr('fill-opacity', 0.06).attr('pointer-events', 'none');
    g.append('text').attr('x', Math.min(W - 4, x0 + 6)).attr('y', y1 - 6).attr('text-anchor', x0 + 6 > W - 200 ? 'end' : 'start').attr('font-size', 10).attr('fill', '#555').attr('pointer-events', 'none').text(text);
  };
  if (report.events.truncated && items.length > 0) {
    greyAfter(items.reduce((m, e) => Math.max(m, e.t), f0), contextH, alarmTop, 'later events not in the report (see events.ndjson)');
  }
  if (alarms.truncated && alarms.items.length > 0) {
    greyAfter(alarms.items.reduce((m, a) => Math.max(m, a.raisedAt), f0), alarmTop, H, 'later alarms not in the report (see events.ndjson)');
  }

  const bucket = Math.max(1, (f1 - f0) / Math.max(1, W / 6));
  const markers = collapseEvents(items, bucket);
  const mg = g.append('g').attr('class', 'markers');
  LANES.forEach((l, k) => {
    const lane = markers.filter((m) => m.lane === l.lane);
    if (lane.length === 0) return;
    const maxCount = Math.max(1, ...lane.map((m) => m.count));
    const dense = lane.length > 40;
    const mid = contextH + k * laneH + laneH / 2;
    lane.forEach((m, j) => {
      const cx = x(Math.max(f0, Math.min(f1, m.t)));
      const size = Math.sqrt(m.count / maxCount);
      const colour =
        m.lane === 'placed' ? '#0072B2' : m.lane === 'unplaceable' ? '#D55E00' : m.lane === 'memory' ? STATE_COLOURS[m.worst ?? 'high'] : LANE_COLOURS[m.lane];
      const mark = mg
        .append('g')
        .attr('class', `marker marker-${m.lane}`)
        .attr('data-count', m.count)
        .attr('transform', `translate(${cx},${mid})`)
        .attr('tabindex', dense ? null : 0)
        .attr('role', 'img');
      if (dense) {
        // Many markers: bars whose height shows how many events fell in the bucket.
        const h = 5 + (laneH - 9) * size;
        mark.append('rect').attr('x', -2.5).attr('y', -h / 2).attr('width', 5).attr('height', h).attr('fill', colour).attr('stroke', '#0006').attr('stroke-width', 0.5);
      } else {
        const r = 4 + 7 * size;
        if (m.lane === 'unplaceable') mark.append('path').attr('d', d3.symbol(d3.symbolDiamond, r * r * 2.2)()).attr('fill', colour).attr('stroke', '#fff');
        else mark.append('circle').attr('r', r).attr('fill', colour).attr('stroke', m.lane === 'memory' ? '#333' : '#fff').attr('stroke-width', 1);
        const next = lane[j + 1];
        const room = next ? x(next.t) - cx : W - cx;
        if (m.count > 1 && room > 34) mark.append('text').attr('x', r + 3).attr('dy', '0.35em').attr('font-size', 10).attr('fill', '#1a1a1a').text(count(m.count));
      }
      const lines = (): TipLine[] => [
        ...m.items.map((e) => describeEvent(e, start)),
        ...(m.count > m.items.length ? [`… and ${count(m.count - m.items.length)} more`] : []),
      ];
      const title = `${count(m.count)} ${l.label} ${m.count === 1 ? 'event' : 'events'} · ${intervalText(start, m.t0, m.t1 - m.t0)}`;
      mark.attr('aria-label', title);
      mark
        .on('pointerenter', (event: PointerEvent) => showTip(event.clientX, event.clientY, title, lines(), 'timeline'))
        .on('pointerleave', () => hideTip('timeline'))
        .on('focus', () => {
          const b = (mark.node() as SVGGElement).getBoundingClientRect();
          showTip(b.right, b.bottom, title, lines(), 'timeline');
        })
        .on('blur', () => hideTip('timeline'));
    });
  });
  if (markers.length === 0 && geo.length === 0) g.append('text').attr('x', W / 2).attr('y', contextH + laneH * 1.5).attr('text-anchor', 'middle').attr('fill', '#555').text('No events in the report.');

  const sync = () => {
    showStatus();
    syncing = true;
    brushG.call(brush.move, store.zoomed ? [x(store.domain[0]), x(store.domain[1])] : null);
    syncing = false;
  };
  store.on('domain', sync, fig.svg.node());
  if (store.zoomed) sync();
}
