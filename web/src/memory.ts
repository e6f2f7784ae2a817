/** Memory: consumed and active vs capacity over time, and each host's memory state as bands. */
import { upperIndex } from './downsample.js';
import { toCsv } from './csv.js';
import { gib, interval as intervalText, mibAsGib, num, pct, shortId } from './format.js';
import { COLOURS, STATE_COLOURS } from './palette.js';
import { drawCellsCanvas, drawCellsSvg, rowsLayout, rowsOverlay, SVG_CELL_LIMIT, type RowCell } from './rows.js';
import { ALL_CLUSTERS, clusterView, startMs, type ClusterView } from './cluster-view.js';
import { MEMORY_STATES, STATE_MEANING, stateRank } from '../../src/catalogue/memory-states.js';
import { compareIds } from './sorting.js';
import { stateRuns, type StateRun } from './state-runs.js';
import { TimeChart } from './timechart.js';
import type { HostRow, MemoryState, Report } from './types.js';
import { figure, hideTip, legend, panel, showTip, type Sel, type Store } from './ui.js';

/** The hosts of `cluster` (or all), in the report's cluster order, then by id. */
export function hostsOf(report: Report, cluster: string): HostRow[] {
  const rank = new Map(report.clusters.map((c, k) => [c.id, k]));
  return report.hosts
    .filter((h) => cluster === ALL_CLUSTERS || h.cluster === cluster)
    .sort((a, b) => (rank.get(a.cluster) ?? 0) - (rank.get(b.cluster) ?? 0) || compareIds(a.id, b.id));
}

/** Row labels: the host name, with its cluster's name when hosts of several clusters are shown. */
export function hostLabels(hosts: readonly HostRow[]): string[] {
  const several = new Set(hosts.map((h) => h.cluster)).size > 1;
  return hosts.map((h) => (several ? `${shortId(h.cluster)}/${shortId(h.id)}` : shortId(h.id)));
}

/** Label column width for row labels of about 6.5 px per character. */
export function labelWidth(labels: readonly string[]): number {
  const longest = labels.reduce((m, l) => Math.max(m, l.length), 0);
  return Math.max(80, Math.min(200, Math.ceil(longest * 6.6) + 14));
}

export function renderMemory(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'memory',
    'Memory',
    "What to look for: consumed memory approaching the usable capacity, and hosts whose band leaves green ('high'): they are reclaiming memory from VMs.",
  );
  const holder = p.body.append('div');
  const start = startMs(report);
  const draw = () => {
    holder.selectAll('*').remove();
    const v = clusterView(report, store.cluster);
    new TimeChart(
      holder,
      {
        name: 'memory',
        title: `Memory consumed and active vs usable capacity — ${v.label}`,
        explain: 'Consumed: host memory given to VMs. Active: what the guests are touching now. Capacity: host memory less the hypervisor overhead.',
        startMs: start,
        t: v.t,
        dt: v.dt,
        x: v.x,
        yLabel: 'memory (GiB)',
        yFormat: (x) => (Number.isFinite(x) ? gib(x) : '–'),
        lines: [
          { key: 'capacity', label: 'usable capacity', colour: COLOURS.capacity, values: v.memoryGiB, dash: true, width: 1.5 },
          { key: 'consumed', label: 'consumed', colour: COLOURS.consumed, values: v.consumedGiB, width: 2, fill: 0.15 },
          { key: 'active', label: 'active', colour: COLOURS.active, values: v.activeGiB, width: 2 },
        ],
        extraTip: (i) => [{ label: 'worst host state', value: v.worstState[i] ?? '–', colour: STATE_COLOURS[v.worstState[i] ?? 'high'] }],
        csv: () =>
          toCsv(
            ['t_ms', 'interval_ms', 'capacity_gib', 'consumed_gib', 'active_gib', 'worst_memory_state'],
            v.t.map((t, i) => [t, v.dt[i], v.memoryGiB[i], v.consumedGiB[i], v.activeGiB[i], v.worstState[i]]),
          ),
      },
      store,
      width,
    );
    renderReclamation(holder, report, store, width, v);
    renderStates(holder, report, store, width);
  };
  draw();
  store.on('cluster', draw, holder.node());
}

export const RECLAIM_COLOURS = { shared: '#009E73', balloon: '#56B4E9', compression: '#E69F00', swap: '#D55E00' } as const;

function renderReclamation(parent: Sel, report: Report, store: Store, width: number, v: ClusterView): void {
  const any = [v.sharedGiB, v.balloonGiB, v.compressionSavedGiB, v.swappedGiB].some((xs) => xs.some((x) => x > 0));
  if (!any) {
    const f = parent.append('figure').attr('class', 'chart').attr('data-chart', 'memory-reclaim');
    f.append('div').attr('class', 'chart-head').append('div').attr('class', 'chart-titles').append('h3').text(`Memory reclaimed from VMs — ${v.label}`);
    f.append('p').attr('class', 'explain').text('Nothing was reclaimed in this run: no page sharing, ballooning, compression or host swap.');
    return;
  }
  const start = startMs(report);
  const gb = (x: number) => (Number.isFinite(x) ? gib(x) : '–');
  new TimeChart(
    parent,
    {
      name: 'memory-reclaim',
      title: `Memory reclaimed from VMs, by mechanism (stacked) — ${v.label}`,
      explain: 'In the order hypervisors use them: page sharing (free), ballooning (cheap), compression, then host swap (slow: VMs stall on it). Swap and stall are the ones users feel.',
      startMs: start,
      t: v.t,
      dt: v.dt,
      x: v.x,
      yLabel: 'memory (GiB)',
      yFormat: gb,
      height: 240,
      stack: [
        { key: 'shared', label: 'saved by page sharing', colour: RECLAIM_COLOURS.shared, values: v.sharedGiB },
        { key: 'balloon', label: 'ballooned', colour: RECLAIM_COLOURS.balloon, values: v.balloonGiB },
        { key: 'compression', label: 'saved by compression', colour: RECLAIM_COLOURS.compression, values: v.compressionSavedGiB },
        { key: 'swap', label: 'in host swap', colour: RECLAIM_COLOURS.swap, values: v.swappedGiB },
      ],
      stackTotalLabel: 'total reclaimed',
      lines: [],
      extraTip: (i) => [
        { label: 'swap in / out', value: `${num(v.swapInMiBps[i] ?? 0)} / ${num(v.swapOutMiBps[i] ?? 0)} MiB/s` },
        { label: 'memory stall', value: `${pct(v.stallPct[i] ?? 0)} of CPU demand` },
      ],
      csv: () =>
        toCsv(
          ['t_ms', 'interval_ms', 'shared_saved_gib', 'balloon_gib', 'compression_saved_gib', 'swapped_gib', 'swap_in_mibps', 'swap_out_mibps', 'stall_pct'],
          v.t.map((t, i) => [t, v.dt[i], v.sharedGiB[i], v.balloonGiB[i], v.compressionSavedGiB[i], v.swappedGiB[i], v.swapInMiBps[i], v.swapOutMiBps[i], v.stallPct[i]]),
        ),
    },
    store,
    width,
  );
}

function renderStates(parent: Sel, report: Report, store: Store, width: number): void {
  const hosts = hostsOf(report, store.cluster);
  const hs = report.series.hosts;
  const t = report.series.t;
  const dt = report.series.intervalMs;
  const start = startMs(report);
  const runsOf = (h: HostRow): StateRun[] => (hs?.[h.id] ? stateRuns(hs[h.id]!.memState as MemoryState[], t, dt) : []);
  const fig = figure(
    parent,
    'memory-states',
    'Memory state per host',
    "Each row is a host; colour is its memory state at the end of each interval. 'high' needs no reclamation; clear, soft, hard and low reclaim more and more (low blocks new allocations).",
    width,
    120,
    hs
      ? () =>
          toCsv(
            ['host', 'state', 'from_ms', 'to_ms'],
            hosts.flatMap((h) => runsOf(h).map((r) => [h.id, r.state, r.t0, r.t1])),
          )
      : null,
  );
  if (!hs) {
    fig.svg.attr('height', 40);
    fig.svg.append('text').attr('class', 'empty').attr('x', 12).attr('y', 24).attr('fill', '#555').text(`No host series: ${report.series.hostsOmitted ?? 'not recorded'}.`);
    return;
  }
  const draw = () => {
    fig.svg.selectAll('*').remove();
    fig.holder.selectAll('canvas').remove();
    const hours: Record<MemoryState, number> = { high: 0, clear: 0, soft: 0, hard: 0, low: 0 };
    for (const h of hosts) for (const s of MEMORY_STATES) hours[s] += h.stateHours[s];
    const labels = hostLabels(hosts);
    const lw = labelWidth(labels);
    const lg = fig.svg.append('g').attr('transform', `translate(${lw},14)`);
    const lh = legend(
      lg,
      MEMORY_STATES.map((s) => ({ label: `${s} (${num(hours[s])} host-h)`, colour: STATE_COLOURS[s], kind: 'box' as const })),
      width - lw - 20,
    );
    const layout = rowsLayout(fig, {
      rows: hosts.map((h, k) => ({ id: h.id, label: labels[k] as string })),
      startMs: start,
      domain: store.domain,
      top: 14 + lh + 4,
      labelWidth: lw,
      maxPlotHeight: 360,
      yLabel: 'hosts',
    });
    fig.svg.attr('data-x0', store.domain[0]).attr('data-x1', store.domain[1]);
    const all: Array<RowCell & { rank: number }> = [];
    const runs = hosts.map(runsOf);
    runs.forEach((rs, row) => {
      for (const r of rs) {
        if (r.t1 > store.domain[0] && r.t0 < store.domain[1]) all.push({ row, t0: r.t0, t1: r.t1, colour: STATE_COLOURS[r.state], rank: stateRank(r.state) });
      }
    });
    if (all.length <= SVG_CELL_LIMIT && layout.rowH >= 1) drawCellsSvg(layout, all, 'state-run');
    // Worse states last, so they stay visible where hosts share a pixel row.
    else drawCellsCanvas(fig, layout, all.sort((a, b) => a.rank - b.rank));
    rowsOverlay(
      layout,
      hosts.length,
      (row, ms, event) => {
        const h = hosts[row] as HostRow;
        const rs = runs[row] as StateRun[];
        const r = rs.find((x) => ms >= x.t0 && ms < x.t1);
        const i = Math.max(0, upperIndex(t, ms));
        if (!r) return hideTip('memory-states');
        const consumed = hs[h.id]?.consumedMiB[i];
        showTip(
          event.clientX,
          event.clientY,
          h.id,
          [
            { label: 'state', value: r.state, colour: STATE_COLOURS[r.state] },
            STATE_MEANING[r.state],
            { label: 'in this state', value: intervalText(start, r.t0, r.t1 - r.t0) },
            { label: `consumed at ${intervalText(start, t[i], dt[i])}`, value: consumed === undefined ? '–' : `${mibAsGib(consumed)} of ${mibAsGib(h.memoryMiB)}` },
          ],
          'memory-states',
          i,
        );
      },
      () => hideTip('memory-states'),
    );
  };
  draw();
  store.on('domain', draw, fig.svg.node());
}
