/**
 * Cluster playback: hosts as boxes with their VMs inside, stepped through the run with a slider
 * or the play button. The host strip shows the host's CPU utilisation in the chosen interval.
 *
 * What is drawn at interval i comes from a PlacementSource (which VMs run where) and a VM
 * colouring. report.json v1 has one placement for the whole run and per-VM figures only as
 * whole-run summaries, so today's source is static; a report with per-interval placement or
 * per-VM series plugs in another source without touching the drawing.
 */
import { toCsv } from './csv.js';
import { count, interval as intervalText, mibAsGib, pct, shortId } from './format.js';
import { hostsOf } from './memory.js';
import { BAND_COLOURS, STATE_COLOURS, categorical, textOn } from './palette.js';
import { READY_BANDS, clusterView, compareIds, readyBand, startMs } from './shape.js';
import type { HostRow, MemoryState, Report, VmRow } from './types.js';
import { button, figure, hideTip, legend, panel, select, showTip, type LegendItem, type Sel, type Store } from './ui.js';

export interface HostFrame {
  readonly host: HostRow;
  readonly vms: readonly VmRow[];
  /** CPU utilisation % in the interval (NaN when unknown). */
  readonly utilPct: number;
  readonly memState: MemoryState | null;
}

export interface PlacementSource {
  readonly frames: number;
  /** True when host values are the cluster's (no host series in the report). */
  readonly approximate: boolean;
  at(i: number): readonly HostFrame[];
}

/** Placement as report.json v1 has it: every VM on its one host for the whole run. */
export function staticPlacement(report: Report, hosts: readonly HostRow[]): PlacementSource {
  const byHost = new Map<string, VmRow[]>();
  for (const v of report.vms) {
    if (!v.host) continue;
    const list = byHost.get(v.host) ?? [];
    list.push(v);
    byHost.set(v.host, list);
  }
  for (const list of byHost.values()) list.sort((a, b) => compareIds(a.group, b.group) || compareIds(a.id, b.id));
  const hs = report.series.hosts;
  const clusterUtil = new Map<string, number[]>();
  if (!hs) for (const c of report.clusters) clusterUtil.set(c.id, clusterView(report, c.id).utilPct);
  return {
    frames: report.series.t.length,
    approximate: !hs,
    at: (i) =>
      hosts.map((h) => {
        const s = hs?.[h.id];
        return {
          host: h,
          vms: byHost.get(h.id) ?? [],
          utilPct: s ? (s.utilPct[i] ?? Number.NaN) : (clusterUtil.get(h.cluster)?.[i] ?? Number.NaN),
          memState: s ? ((s.memState[i] as MemoryState | undefined) ?? null) : null,
        };
      }),
  };
}

export type VmColourBy = 'group' | 'ready';

export interface VmColouring {
  colour(vm: VmRow, i: number): string;
  legend(): LegendItem[];
}

export function vmColouring(report: Report, by: VmColourBy): VmColouring {
  if (by === 'ready') {
    return {
      colour: (vm) => BAND_COLOURS[readyBand(vm.readyP95Pct)],
      legend: () => READY_BANDS.map((b) => ({ label: `VM p95 ready ${b.meaning}`, colour: BAND_COLOURS[b.band], kind: 'box' as const })),
    };
  }
  // Groups of the same name in different clusters (same role) share a colour.
  const names = [...new Set(report.vms.filter((v) => v.host !== null).map((v) => shortId(v.group)))].sort(compareIds);
  const index = new Map(names.map((g, k) => [g, k]));
  return {
    colour: (vm) => categorical(index.get(shortId(vm.group)) ?? 0),
    legend: () => names.slice(0, 16).map((g, k) => ({ label: `VM group ${g}`, colour: categorical(k), kind: 'box' as const })),
  };
}

/** VM squares are drawn up to this many VMs and hosts; beyond, hosts are small tiles. */
const VM_SQUARE_LIMIT = 2500;
const HOST_BOX_LIMIT = 150;

export function renderPlayback(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'playback',
    'Cluster playback',
    'What to look for: press play and watch the host strips — hosts that turn yellow (busy) together are the peak; VM squares show which workloads share a host.',
  );
  const start = startMs(report);
  const n = report.series.t.length;
  const state = { i: 0, by: 'group' as VmColourBy, timer: 0 as number | 0, speed: 8 };
  if (n > 0) {
    // Start at the busiest interval: the most telling picture.
    const u = clusterView(report, store.cluster === '*' ? '*' : store.cluster).utilPct;
    u.forEach((x, k) => {
      if (x > (u[state.i] as number)) state.i = k;
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
    const source = staticPlacement(report, hosts);
    const colouring = vmColouring(report, state.by);
    const frames0 = source.at(state.i);
    const totalVms = frames0.reduce((a, f) => a + f.vms.length, 0);
    const squares = totalVms <= VM_SQUARE_LIMIT && hosts.length <= HOST_BOX_LIMIT;
    const maxVms = Math.max(1, ...frames0.map((f) => f.vms.length));
    const gap = 2;
    const stripH = 18;
    const sq = squares ? (maxVms > 60 ? 7 : maxVms > 30 ? 10 : 12) : 0;
    // Boxes share the width: at least wide enough for a squarish block of VMs, at most 260 px.
    const clusterSizes = new Map<string, number>();
    for (const h of hosts) clusterSizes.set(h.cluster, (clusterSizes.get(h.cluster) ?? 0) + 1);
    const widest = Math.max(1, ...clusterSizes.values());
    const minBoxW = squares ? Math.max(72, Math.ceil(Math.sqrt(maxVms * 1.8)) * (sq + gap) + 8) : hosts.length > 300 ? 22 : 46;
    const fit = Math.max(1, Math.floor((width - 8) / (minBoxW + 6)));
    const perRow = Math.min(widest, fit);
    const boxW = squares ? Math.max(minBoxW, Math.min(clusterSizes.size > 1 ? 200 : 260, Math.floor((width - 8) / perRow) - 6)) : minBoxW;
    const inner = squares ? Math.max(1, Math.floor((boxW - 8 + gap) / (sq + gap))) : 0;
    const vmRows = squares ? Math.ceil(maxVms / inner) : 0;
    const boxH = squares ? stripH + vmRows * (sq + gap) + 8 : hosts.length > 300 ? 16 : 34;
    // Clusters are blocks (a name over a grid of hosts) that flow left to right and wrap.
    const clusters = [...new Set(hosts.map((h) => h.cluster))];
    const layout: Array<{ frameIndex: number; x: number; y: number }> = [];
    const heads: Array<{ x: number; y: number; label: string }> = [];
    let bx = 0;
    let by = 0;
    let rowH = 0;
    for (const c of clusters) {
      const members = frames0.map((f, k) => ({ f, k })).filter((e) => e.f.host.cluster === c);
      const cols = Math.min(members.length, perRow);
      const blockW = cols * (boxW + 6) + (clusters.length > 1 ? 12 : 0);
      const blockH = 18 + Math.ceil(members.length / cols) * (boxH + 6);
      if (bx > 0 && bx + blockW > width - 8) {
        bx = 0;
        by += rowH + 8;
        rowH = 0;
      }
      heads.push({ x: bx, y: by, label: c });
      members.forEach((e, j) => {
        layout.push({ frameIndex: e.k, x: bx + (j % cols) * (boxW + 6), y: by + 18 + Math.floor(j / cols) * (boxH + 6) });
      });
      bx += blockW;
      rowH = Math.max(rowH, blockH);
    }
    const y = by + rowH;
    const fig = figure(
      holder,
      'playback',
      'Hosts and their VMs',
      source.approximate
        ? 'Host strips show the cluster utilisation (the report has no host series); VMs stay on the host they were placed on.'
        : squares
          ? 'Strip colour: host CPU utilisation in the interval (darker = idle, yellow = busy). VMs stay on the host they were placed on for the whole run.'
          : `Each tile is a host, coloured by its CPU utilisation in the interval (darker = idle, yellow = busy); ${count(totalVms)} VMs are too many to draw one by one — hover a host for its VM count.`,
      width,
      100,
      () =>
        toCsv(
          ['t_ms', 'host', 'util_pct', 'memory_state', 'vms'],
          source.at(state.i).map((f) => [report.series.t[state.i], f.host.id, f.utilPct, f.memState ?? '', f.vms.length]),
        ),
    );
    const lg = fig.svg.append('g').attr('transform', 'translate(4,12)');
    const utilItems: LegendItem[] = [0, 25, 50, 75, 100].map((v) => ({ label: `host ${v} %`, colour: d3.interpolateViridis(v / 100), kind: 'box' }));
    const lh = legend(lg, [...utilItems, ...(squares ? colouring.legend() : [])], width - 10);
    const top = 12 + lh + 6;
    fig.svg.attr('height', top + y + 4).attr('data-frame', state.i);
    const g = fig.svg.append('g').attr('transform', `translate(4,${top})`);
    for (const h of heads) g.append('text').attr('class', 'cluster-head').attr('x', h.x).attr('y', h.y + 12).attr('font-weight', 600).attr('fill', '#1a1a1a').text(h.label);
    const hostG = g
      .selectAll<SVGGElement, { frameIndex: number; x: number; y: number }>('g.host')
      .data(layout)
      .join('g')
      .attr('class', 'host')
      .attr('data-host', (d) => frames0[d.frameIndex]!.host.id)
      .attr('transform', (d) => `translate(${d.x},${d.y})`);
    hostG.append('rect').attr('class', 'host-box').attr('width', boxW).attr('height', boxH).attr('rx', 3).attr('fill', '#f5f5f5').attr('stroke', '#bbb');
    hostG.append('rect').attr('class', 'host-util').attr('width', boxW).attr('height', squares ? stripH : boxH).attr('rx', 3);
    const label = hostG
      .append('text')
      .attr('class', 'host-label')
      .attr('x', 4)
      .attr('y', squares ? 13 : boxH / 2 + 4)
      .attr('font-size', squares ? 10.5 : 9);
    if (squares) {
      hostG.each(function (d) {
        const f = frames0[d.frameIndex]!;
        d3.select(this)
          .selectAll('rect.vm')
          .data(f.vms)
          .join('rect')
          .attr('class', 'vm')
          .attr('data-vm', (v) => v.id)
          .attr('x', (_, k) => 4 + (k % inner) * (sq + gap))
          .attr('y', (_, k) => stripH + 4 + Math.floor(k / inner) * (sq + gap))
          .attr('width', sq)
          .attr('height', sq)
          .attr('stroke', '#fff')
          .attr('stroke-width', 0.5);
      });
    }
    hostG
      .on('pointermove', function (event: PointerEvent, d) {
        const f = source.at(state.i)[d.frameIndex]!;
        const vmEl = (event.target as Element).closest('rect.vm');
        const vm = vmEl ? f.vms.find((v) => v.id === vmEl.getAttribute('data-vm')) : undefined;
        const lines = vm
          ? [
              { label: 'VM', value: vm.id },
              { label: 'group', value: shortId(vm.group) },
              { label: 'vCPUs / memory', value: `${count(vm.vcpus)} / ${mibAsGib(vm.memoryMiB)}` },
              { label: 'demand mean / p95', value: `${pct(vm.demandMeanPct)} / ${pct(vm.demandP95Pct)}` },
              { label: 'CPU ready p95', value: `${pct(vm.readyP95Pct)} (${readyBand(vm.readyP95Pct)})`, colour: BAND_COLOURS[readyBand(vm.readyP95Pct)] },
            ]
          : [];
        showTip(
          event.clientX,
          event.clientY,
          f.host.id,
          [
            intervalText(start, report.series.t[state.i] ?? 0, report.series.intervalMs[state.i] ?? 0),
            { label: source.approximate ? 'cluster CPU utilisation' : 'CPU utilisation', value: pct(f.utilPct), colour: d3.interpolateViridis(Math.min(1, Math.max(0, f.utilPct / 100))) },
            ...(f.memState ? [{ label: 'memory state', value: f.memState, colour: STATE_COLOURS[f.memState] }] : []),
            { label: 'VMs', value: count(f.vms.length) },
            ...lines,
          ],
          'playback',
          state.i,
        );
      })
      .on('pointerleave', () => hideTip('playback'));

    update = () => {
      const frames = source.at(state.i);
      fig.svg.attr('data-frame', state.i);
      hostG
        .select<SVGRectElement>('rect.host-util')
        .attr('fill', (d) => {
          const u = frames[d.frameIndex]!.utilPct;
          return Number.isFinite(u) ? d3.interpolateViridis(Math.min(1, Math.max(0, u / 100))) : '#ccc';
        })
        .attr('data-util', (d) => frames[d.frameIndex]!.utilPct);
      label
        .attr('fill', (d) => {
          const u = frames[d.frameIndex]!.utilPct;
          return textOn(Number.isFinite(u) ? d3.interpolateViridis(Math.min(1, Math.max(0, u / 100))) : '#ccc');
        })
        .text((d) => {
          const f = frames[d.frameIndex]!;
          if (!squares && boxW < 40) return '';
          if (!squares || boxW < 130) return Number.isFinite(f.utilPct) ? `${Math.round(f.utilPct)} %` : '';
          return `${shortId(f.host.id)} · ${pct(f.utilPct)}`;
        });
      if (squares) {
        hostG.each(function (d) {
          const f = frames[d.frameIndex]!;
          d3.select(this)
            .selectAll<SVGRectElement, VmRow>('rect.vm')
            .data(f.vms)
            .attr('fill', (v) => colouring.colour(v, state.i));
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
