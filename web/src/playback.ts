/**
 * Cluster playback: hosts as boxes with their VMs inside, stepped through the run with a slider
 * or the play button. The host strip shows the host's CPU utilisation in the chosen interval;
 * the box shows its lifecycle state (failed hatched vermillion, maintenance amber, standby grey).
 *
 * What is drawn at interval i comes from a PlacementSource (placement.ts: which VMs run where,
 * rebuilt from vm.placed, vm.down, vm.restarting and migration events) and a VM colouring. VMs
 * that are down wait in their cluster's "VMs down" box until HA restarts them on a host.
 */
import { toCsv } from './csv.js';
import { count, duration, interval as intervalText, mibAsGib, pct, shortId, when } from './format.js';
import { hostStatesPresent } from './host-states.js';
import { DOWN_REASON_MEANING, HOST_STATE_MEANING } from './lifecycle.js';
import { hostsOf } from './memory.js';
import { BAND_COLOURS, HOST_STATE_COLOURS, STATE_COLOURS, textOn } from './palette.js';
import { eventPlacement, type DownVm, type HostFrame, type VmStatus } from './placement.js';
import { STATUS_STROKE, hostBoxStyle, vmColouring, type VmColourBy } from './playback-marks.js';
import { clusterView, startMs } from './cluster-view.js';
import { readyBand } from '../../src/catalogue/ready-bands.js';
import type { Report, VmRow } from './types.js';
import { button, figure, hideTip, legend, nextId, panel, select, showTip, type LegendItem, type Sel, type Store, type TipLine } from './ui.js';

/** VM squares are drawn up to this many VMs and hosts; beyond, hosts are small tiles. */
const VM_SQUARE_LIMIT = 2500;
const HOST_BOX_LIMIT = 150;

export function renderPlayback(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'playback',
    'Cluster playback',
    "What to look for: press play and watch the host strips — hosts that turn yellow (busy) together are the peak; VM squares show which workloads share a host. When a host fails (hatched red) its VMs drop into the cluster's 'VMs down' box and reappear where HA restarts them.",
  );
  const start = startMs(report);
  const n = report.series.t.length;
  const state = { i: 0, by: 'group' as VmColourBy, timer: 0 as number | 0, speed: 8 };
  if (n > 0) {
    // Start at the busiest interval: the most telling picture.
    const u = clusterView(report, store.cluster === '*' ? '*' : store.cluster).utilPct;
    u.forEach((x, k) => {
      if (x > (u[state.i])) state.i = k;
    });
  }
  const ctl = p.controls;
  const play = button(ctl, '▶ Play', () => toggle(), 'Play').attr('data-control', 'play').attr('aria-pressed', 'false');
  const sliderId = 'playback-slider';
  const sw = ctl.append('span').attr('class', 'control slider');
  sw.append('label').attr('for', sliderId).text('Interval');
  const slider = sw
    .append('input')
    .attr('type', 'range')
    .attr('id', sliderId)
    .attr('min', 0)
    .attr('max', Math.max(0, n - 1))
    .attr('step', 1)
    .attr('data-control', 'playback-slider')
    .property('value', state.i);
  const timeLabel = ctl.append('span').attr('class', 'playback-time').attr('aria-live', 'off');
  select(ctl, 'Speed', [{ value: '2', label: '2 intervals/s' }, { value: '8', label: '8 intervals/s' }, { value: '24', label: '24 intervals/s' }], String(state.speed), (v) => {
    state.speed = Number(v);
    if (state.timer) {
      stop();
      toggle();
    }
  });
  select(ctl, 'VM colour', [{ value: 'group', label: 'VM group' }, { value: 'ready', label: 'p95 CPU ready (whole run)' }], state.by, (v) => {
    state.by = v as VmColourBy;
    draw();
  }, 'playback-colour');
  const holder = p.body.append('div');
  let update: (() => void) | null = null;

  const stop = () => {
    if (state.timer) window.clearInterval(state.timer);
    state.timer = 0;
    play.text('▶ Play').attr('aria-pressed', 'false').attr('aria-label', 'Play');
  };
  const toggle = () => {
    if (state.timer) return stop();
    if (n === 0) return;
    if (state.i >= n - 1) state.i = 0;
    play.text('❚❚ Pause').attr('aria-pressed', 'true').attr('aria-label', 'Pause');
    state.timer = window.setInterval(() => {
      if (!holder.node()?.isConnected) return stop();
      if (state.i >= n - 1) return stop();
      state.i += 1;
      slider.property('value', state.i);
      update?.();
    }, 1000 / state.speed);
  };
  slider.on('input', function () {
    state.i = Number((this as HTMLInputElement).value);
    update?.();
  });

  const draw = () => {
    holder.selectAll('*').remove();
    const hosts = hostsOf(report, store.cluster);
    const source = eventPlacement(report, hosts);
    const colouring = vmColouring(report, state.by);
    const frames0 = source.at(state.i);
    const totalVms = frames0.reduce((a, f) => a + f.vms.length, 0) + source.down(state.i).length;
    const squares = totalVms <= VM_SQUARE_LIMIT && hosts.length <= HOST_BOX_LIMIT;
    const maxVms = Math.max(1, source.maxVms, ...frames0.map((f) => f.vms.length));
    const gap = 2;
    const stripH = 18;
    const sq = squares ? (maxVms > 60 ? 7 : maxVms > 30 ? 10 : 12) : 0;
    // Clusters are blocks (a name over a grid of boxes: its hosts, then its 'VMs down' box when
    // VMs go down in it) that flow left to right and wrap.
    const clusters = [...new Set(hosts.map((h) => h.cluster))];
    const boxesOf = (c: string) => hosts.filter((h) => h.cluster === c).length + (source.downClusters.has(c) ? 1 : 0);
    // Boxes share the width: at least wide enough for a squarish block of VMs, at most 260 px.
    const widest = Math.max(1, ...clusters.map(boxesOf));
    const minBoxW = squares ? Math.max(72, Math.ceil(Math.sqrt(maxVms * 1.8)) * (sq + gap) + 8) : hosts.length > 300 ? 22 : 46;
    const fit = Math.max(1, Math.floor((width - 8) / (minBoxW + 6)));
    const perRow = Math.min(widest, fit);
    const boxW = squares ? Math.max(minBoxW, Math.min(clusters.length > 1 ? 200 : 260, Math.floor((width - 8) / perRow) - 6)) : minBoxW;
    const inner = squares ? Math.max(1, Math.floor((boxW - 8 + gap) / (sq + gap))) : 0;
    const vmRows = squares ? Math.ceil(maxVms / inner) : 0;
    const boxH = squares ? stripH + vmRows * (sq + gap) + 8 : hosts.length > 300 ? 16 : 34;
    type Box = { kind: 'host'; frameIndex: number; x: number; y: number } | { kind: 'down'; cluster: string; x: number; y: number };
    const layout: Box[] = [];
    const heads: Array<{ x: number; y: number; label: string }> = [];
    let bx = 0;
    let by = 0;
    let rowH = 0;
    for (const c of clusters) {
      const members: Array<{ kind: 'host'; frameIndex: number } | { kind: 'down'; cluster: string }> = frames0.map((f, k) => ({ f, k })).filter((e) => e.f.host.cluster === c).map((e) => ({ kind: 'host' as const, frameIndex: e.k }));
      if (source.downClusters.has(c)) members.push({ kind: 'down', cluster: c });
      const cols = Math.min(members.length, perRow);
      const blockW = cols * (boxW + 6) + (clusters.length > 1 ? 12 : 0);
      const blockH = 18 + Math.ceil(members.length / cols) * (boxH + 6);
      if (bx > 0 && bx + blockW > width - 8) {
        bx = 0;
        by += rowH + 8;
        rowH = 0;
      }
      heads.push({ x: bx, y: by, label: c });
      members.forEach((m, j) => layout.push({ ...m, x: bx + (j % cols) * (boxW + 6), y: by + 18 + Math.floor(j / cols) * (boxH + 6) } as Box));
      bx += blockW;
      rowH = Math.max(rowH, blockH);
    }
    const y = by + rowH;
    const hostBoxes = layout.filter((b): b is Extract<Box, { kind: 'host' }> => b.kind === 'host');
    const downBoxes = layout.filter((b): b is Extract<Box, { kind: 'down' }> => b.kind === 'down');
    const approx = source.approximateAfter !== null ? ` The report keeps only the first events: placement after ${when(start, source.approximateAfter)} is shown as it was then.` : '';
    const fig = figure(
      holder,
      'playback',
      'Hosts and their VMs',
      (source.approximate
        ? 'Host strips show the cluster utilisation (the report has no host series).'
        : squares
          ? 'Strip colour: host CPU utilisation in the interval (darker = idle, yellow = busy). Box outline: the host’s state at the interval’s end.'
          : `Each tile is a host, coloured by its CPU utilisation in the interval (darker = idle, yellow = busy); ${count(totalVms)} VMs are too many to draw one by one — hover a host for its VM count.`) +
        (source.moving ? ' VMs move as the events say: down with their host, restarted by HA (dashed green while booting), migrated (blue while moving).' : ' No VM moved during the run: each stays on the host it was placed on.') +
        approx,
      width,
      100,
      () =>
        toCsv(
          ['t_ms', 'host', 'state', 'util_pct', 'memory_state', 'vms'],
          [
            ...source.at(state.i).map((f) => [report.series.t[state.i], f.host.id, f.state ?? '', f.utilPct, f.memState ?? '', f.vms.length]),
            ...[...new Set(source.down(state.i).map((d) => d.cluster))].map((c) => [report.series.t[state.i], `${c} (VMs down)`, '', '', '', source.down(state.i).filter((d) => d.cluster === c).length]),
          ],
        ),
    );
    const hatch = nextId('hatch');
    const pattern = fig.svg
      .append('defs')
      .append('pattern')
      .attr('id', hatch)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('width', 7)
      .attr('height', 7)
      .attr('patternTransform', 'rotate(45)');
    pattern.append('rect').attr('width', 7).attr('height', 7).attr('fill', '#fbe9e1');
    pattern.append('line').attr('x1', 0).attr('x2', 0).attr('y1', 0).attr('y2', 7).attr('stroke', HOST_STATE_COLOURS.failed).attr('stroke-width', 2).attr('stroke-opacity', 0.45);
    const lg = fig.svg.append('g').attr('transform', 'translate(4,12)');
    const utilItems: LegendItem[] = [0, 25, 50, 75, 100].map((v) => ({ label: `host ${v} %`, colour: d3.interpolateViridis(v / 100), kind: 'box' }));
    const stateItems: LegendItem[] = hostStatesPresent(report, hosts).map((st) => ({ label: `host ${st}`, colour: HOST_STATE_COLOURS[st], kind: 'box' }));
    const moveItems: LegendItem[] = source.moving
      ? [
          { label: 'VM booting', colour: STATUS_STROKE.booting.stroke, kind: 'line' },
          { label: 'VM migrating', colour: STATUS_STROKE.migrating.stroke, kind: 'line' },
          ...(source.downClusters.size > 0 ? [{ label: 'VM down', colour: STATUS_STROKE.down.stroke, kind: 'line' as const }] : []),
        ]
      : [];
    const lh = legend(lg, [...utilItems, ...stateItems, ...moveItems, ...(squares ? colouring.legend() : [])], width - 10);
    const top = 12 + lh + 6;
    fig.svg.attr('height', top + y + 4).attr('data-frame', state.i);
    const g = fig.svg.append('g').attr('transform', `translate(4,${top})`);
    for (const h of heads) g.append('text').attr('class', 'cluster-head').attr('x', h.x).attr('y', h.y + 12).attr('font-weight', 600).attr('fill', '#1a1a1a').text(h.label);
    const hostG = g
      .selectAll<SVGGElement, (typeof hostBoxes)[number]>('g.host')
      .data(hostBoxes)
      .join('g')
      .attr('class', 'host')
      .attr('data-host', (d) => frames0[d.frameIndex]!.host.id)
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    hostG.append('rect').attr('class', 'host-box').attr('width', boxW).attr('height', boxH).attr('rx', 3);
    hostG.append('rect').attr('class', 'host-util').attr('width', boxW).attr('height', squares ? stripH : boxH).attr('rx', 3);
    const label = hostG
      .append('text')
      .attr('class', 'host-label')
      .attr('x', 4)
      .attr('y', squares ? 13 : boxH / 2 + 4)
      .attr('font-size', squares ? 10.5 : 9);
    hostG.append('g').attr('class', 'vms');
    const downG = g
      .selectAll<SVGGElement, (typeof downBoxes)[number]>('g.down-box')
      .data(downBoxes)
      .join('g')
      .attr('class', 'down-box')
      .attr('data-cluster', (d) => d.cluster)
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    downG.append('rect').attr('width', boxW).attr('height', boxH).attr('rx', 3).attr('fill', '#fff').attr('stroke', HOST_STATE_COLOURS.failed).attr('stroke-dasharray', '5 3');
    const downLabel = downG.append('text').attr('class', 'down-label').attr('x', 4).attr('y', squares ? 13 : boxH / 2 + 4).attr('font-size', squares ? 10.5 : 9).attr('font-weight', 600).attr('fill', '#a33b00');
    downG.append('g').attr('class', 'vms');

    /** VM squares in a box, by id, in list order. */
    const drawVms = (box: Sel<SVGGElement>, vms: readonly VmRow[], statusOf: (v: VmRow) => VmStatus) => {
      box
        .select<SVGGElement>('g.vms')
        .selectAll<SVGRectElement, VmRow>('rect.vm')
        .data(vms, (v) => v.id)
        .join('rect')
        .attr('class', 'vm')
        .attr('data-vm', (v) => v.id)
        .attr('data-status', (v) => statusOf(v))
        .attr('x', (_, k) => 4 + (k % inner) * (sq + gap))
        .attr('y', (_, k) => stripH + 4 + Math.floor(k / inner) * (sq + gap))
        .attr('width', sq)
        .attr('height', sq)
        .attr('fill', (v) => colouring.colour(v, state.i))
        .attr('fill-opacity', (v) => (statusOf(v) === 'booting' ? 0.55 : 1))
        .attr('stroke', (v) => STATUS_STROKE[statusOf(v)].stroke)
        .attr('stroke-width', (v) => STATUS_STROKE[statusOf(v)].width)
        .attr('stroke-dasharray', (v) => STATUS_STROKE[statusOf(v)].dash);
    };

    const vmLines = (vm: VmRow, status: VmStatus): TipLine[] => [
      { label: 'VM', value: vm.id },
      { label: 'group', value: shortId(vm.group) },
      ...(status !== 'running' ? [{ label: 'now', value: status, colour: STATUS_STROKE[status].stroke }] : []),
      { label: 'vCPUs / memory', value: `${count(vm.vcpus)} / ${mibAsGib(vm.memoryMiB)}` },
      { label: 'demand mean / p95', value: `${pct(vm.demandMeanPct)} / ${pct(vm.demandP95Pct)}` },
      { label: 'CPU ready p95', value: `${pct(vm.readyP95Pct)} (${readyBand(vm.readyP95Pct)})`, colour: BAND_COLOURS[readyBand(vm.readyP95Pct)] },
    ];
    const when0 = () => intervalText(start, report.series.t[state.i] ?? 0, report.series.intervalMs[state.i] ?? 0);
    hostG
      .on('pointermove', function (event: PointerEvent, d) {
        const f = source.at(state.i)[d.frameIndex] as HostFrame;
        const vmEl = (event.target as Element).closest('rect.vm');
        const vm = vmEl ? f.vms.find((v) => v.id === vmEl.getAttribute('data-vm')) : undefined;
        showTip(
          event.clientX,
          event.clientY,
          f.host.id,
          [
            when0(),
            ...(f.state && f.state !== 'on' ? [{ label: 'state', value: `${f.state} — ${HOST_STATE_MEANING[f.state]}`, colour: HOST_STATE_COLOURS[f.state] }] : []),
            { label: source.approximate ? 'cluster CPU utilisation' : 'CPU utilisation', value: pct(f.utilPct), colour: d3.interpolateViridis(Math.min(1, Math.max(0, f.utilPct / 100))) },
            ...(f.memState ? [{ label: 'memory state', value: f.memState, colour: STATE_COLOURS[f.memState] }] : []),
            { label: 'VMs', value: count(f.vms.length) },
            ...(vm ? vmLines(vm, f.status.get(vm.id) ?? 'running') : []),
          ],
          'playback',
          state.i,
        );
      })
      .on('pointerleave', () => hideTip('playback'));
    downG
      .on('pointermove', function (event: PointerEvent, d) {
        const down = source.down(state.i).filter((x) => x.cluster === d.cluster);
        const vmEl = (event.target as Element).closest('rect.vm');
        const x: DownVm | undefined = vmEl ? down.find((v) => v.vm.id === vmEl.getAttribute('data-vm')) : undefined;
        showTip(
          event.clientX,
          event.clientY,
          `VMs down in ${d.cluster}`,
          [
            when0(),
            { label: 'VMs down', value: count(down.length), colour: HOST_STATE_COLOURS.failed },
            ...(x
              ? [
                  ...vmLines(x.vm, 'down'),
                  { label: 'down since', value: `${when(start, x.since)}${x.from ? ` (on ${shortId(x.from)})` : ''}` },
                  { label: 'why', value: `${x.reason}${DOWN_REASON_MEANING[x.reason] ? ` — ${DOWN_REASON_MEANING[x.reason]}` : ''}` },
                  { label: 'down for', value: duration(Math.max(0, (report.series.t[state.i] ?? 0) + (report.series.intervalMs[state.i] ?? 0) - x.since)) },
                ]
              : ['Hover a VM for why it is down.']),
          ],
          'playback',
          state.i,
        );
      })
      .on('pointerleave', () => hideTip('playback'));

    update = () => {
      const frames = source.at(state.i);
      const down = source.down(state.i);
      fig.svg.attr('data-frame', state.i);
      hostG.attr('data-state', (d) => frames[d.frameIndex]!.state ?? 'on');
      hostG
        .select<SVGRectElement>('rect.host-box')
        .each(function (d) {
          const st = hostBoxStyle(frames[d.frameIndex]!.state, hatch);
          d3.select(this).attr('fill', st.fill).attr('stroke', st.stroke).attr('stroke-width', st.width).attr('stroke-dasharray', st.dash);
        });
      const stripFill = (f: HostFrame) => {
        if (f.state === 'failed' || f.state === 'standby') return '#d9d9d9';
        return Number.isFinite(f.utilPct) ? d3.interpolateViridis(Math.min(1, Math.max(0, f.utilPct / 100))) : '#ccc';
      };
      hostG
        .select<SVGRectElement>('rect.host-util')
        .attr('fill', (d) => stripFill(frames[d.frameIndex]!))
        .attr('data-util', (d) => frames[d.frameIndex]!.utilPct);
      label
        .attr('fill', (d) => textOn(stripFill(frames[d.frameIndex]!)))
        .text((d) => {
          const f = frames[d.frameIndex]!;
          const st = f.state && f.state !== 'on' ? f.state : null;
          if (!squares && boxW < 40) return '';
          if (!squares || boxW < 130) return st ?? (Number.isFinite(f.utilPct) ? `${Math.round(f.utilPct)} %` : '');
          return `${shortId(f.host.id)} · ${st ?? pct(f.utilPct)}`;
        });
      downLabel.text((d) => `VMs down: ${count(down.filter((x) => x.cluster === d.cluster).length)}`);
      if (squares) {
        hostG.each(function (d) {
          const f = frames[d.frameIndex]!;
          drawVms(d3.select(this), f.vms, (v) => f.status.get(v.id) ?? 'running');
        });
        downG.each(function (d) {
          drawVms(
            d3.select(this),
            down.filter((x) => x.cluster === d.cluster).map((x) => x.vm),
            () => 'down',
          );
        });
      }
      const t = report.series.t[state.i] ?? 0;
      timeLabel.text(n > 0 ? `${intervalText(start, t, report.series.intervalMs[state.i] ?? 0)} (${state.i + 1} of ${n})` : 'no intervals');
      slider.attr('aria-valuetext', timeLabel.text());
    };
    update();
  };
  draw();
  store.on('cluster', draw, holder.node());
}
