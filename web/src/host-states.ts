/**
 * Host lifecycle states over host × time rows (the heatmap): every stretch in which a host is
 * not simply on is drawn over its cells — failed hatched vermillion with a red outline,
 * maintenance amber, standby grey, booting and shutting down light grey, isolated purple — with
 * a legend of the states that occur.
 */
import { HOST_STATES, type HostState } from './lifecycle.js';
import { HOST_STATE_COLOURS } from './palette.js';
import type { RowsLayout } from './rows.js';
import { memoPerReport } from './memo.js';
import { stateRuns, type StateRun } from './state-runs.js';
import type { HostRow, Report } from './types.js';
import { nextId, type Sel } from './ui.js';

/** Each host's stretches in a state other than 'on', worked out once per report (panels redraw on every zoom). */
const runsOf = memoPerReport((report, hostId): Array<StateRun<HostState>> => {
  const states = (report.series.hosts?.[hostId]?.state ?? []) as HostState[];
  return stateRuns<HostState>(states, report.series.t, report.series.intervalMs).filter((r) => r.state !== 'on');
});

/** The states other than 'on' that the hosts pass through (in the usual order). */
export function hostStatesPresent(report: Report, hosts: readonly HostRow[]): HostState[] {
  if (!report.series.hosts) return [];
  const seen = new Set<string>();
  for (const h of hosts) for (const r of runsOf(report, h.id)) seen.add(r.state);
  return HOST_STATES.filter((s) => s !== 'on' && seen.has(s));
}

/** Adds the hatch pattern for failed hosts to an SVG; returns its id. */
export function failedHatch(svg: Sel<SVGSVGElement>): string {
  const id = nextId('failed-hatch');
  const p = svg.append('defs').append('pattern').attr('id', id).attr('patternUnits', 'userSpaceOnUse').attr('width', 6).attr('height', 6).attr('patternTransform', 'rotate(45)');
  p.append('rect').attr('width', 6).attr('height', 6).attr('fill', '#ffffff').attr('fill-opacity', 0.55);
  p.append('line').attr('x1', 0).attr('x2', 0).attr('y1', 0).attr('y2', 6).attr('stroke', HOST_STATE_COLOURS.failed).attr('stroke-width', 2.5);
  return id;
}

function fillOf(state: HostState, hatch: string): { fill: string; opacity: number; stroke: string; width: number } {
  if (state === 'failed') return { fill: `url(#${hatch})`, opacity: 1, stroke: HOST_STATE_COLOURS.failed, width: 1.5 };
  if (state === 'maintenance') return { fill: HOST_STATE_COLOURS.maintenance, opacity: 0.55, stroke: HOST_STATE_COLOURS.maintenance, width: 1.5 };
  if (state === 'entering-standby') return { fill: HOST_STATE_COLOURS['entering-standby'], opacity: 0.55, stroke: HOST_STATE_COLOURS['entering-standby'], width: 1.5 };
  if (state === 'isolated') return { fill: HOST_STATE_COLOURS.isolated, opacity: 0.45, stroke: HOST_STATE_COLOURS.isolated, width: 1.5 };
  return { fill: HOST_STATE_COLOURS[state], opacity: 0.8, stroke: '#666666', width: 0.5 };
}

/** A legend row of the states at (x, y): a swatch each, as drawn over the cells. Returns its height (0 when none). */
export function hostStateLegend(g: Sel<SVGGElement>, states: readonly HostState[], hatch: string): number {
  if (states.length === 0) return 0;
  g.append('text').attr('x', 0).attr('y', 10).attr('fill', '#1a1a1a').text('Host state:');
  let x = 110;
  for (const s of states) {
    const f = fillOf(s, hatch);
    const item = g.append('g').attr('class', 'legend-item host-state-key').attr('data-state', s).attr('transform', `translate(${x},0)`);
    item.append('rect').attr('y', 2).attr('width', 18).attr('height', 12).attr('fill', f.fill).attr('fill-opacity', f.opacity).attr('stroke', f.stroke).attr('stroke-width', f.width);
    item.append('text').attr('x', 23).attr('y', 10).attr('fill', '#1a1a1a').text(s);
    x += 23 + s.length * 6.5 + 16;
  }
  return 20;
}

/** Draws the non-'on' stretches of each row's host over the cells (rows in `hosts` order). */
export function drawHostStates(layout: RowsLayout, report: Report, hosts: readonly HostRow[], hatch: string): void {
  if (!report.series.hosts) return;
  const [d0, d1] = layout.domain;
  const layer = layout.g.append('g').attr('class', 'host-states').attr('pointer-events', 'none');
  hosts.forEach((h, row) => {
    for (const r of runsOf(report, h.id)) {
      if (r.t1 <= d0 || r.t0 >= d1) continue;
      const x0 = Math.max(0, layout.x(r.t0));
      const x1 = Math.min(layout.innerW, layout.x(r.t1));
      const f = fillOf(r.state, hatch);
      layer
        .append('rect')
        .attr('class', 'host-state')
        .attr('data-state', r.state)
        .attr('data-host', h.id)
        .attr('data-row', row)
        .attr('data-t0', r.t0)
        .attr('data-t1', r.t1)
        .attr('x', x0)
        .attr('y', row * layout.rowH)
        .attr('width', Math.max(1.5, x1 - x0))
        .attr('height', Math.max(1, layout.rowH - (layout.rowH >= 6 ? 1 : 0)))
        .attr('fill', f.fill)
        .attr('fill-opacity', f.opacity)
        .attr('stroke', f.stroke)
        .attr('stroke-width', layout.rowH >= 4 ? f.width : 0);
    }
  });
}
