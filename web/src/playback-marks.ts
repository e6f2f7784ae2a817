/**
 * How the playback draws its marks: VM colours (by group, or by p95 CPU ready band), a host
 * box's look in each lifecycle state, and a VM square's outline by its status.
 */
import { shortId } from './format.js';
import type { HostState } from './lifecycle.js';
import { BAND_COLOURS, HOST_STATE_COLOURS, LANE_COLOURS, categorical } from './palette.js';
import type { VmStatus } from './placement.js';
import { READY_BANDS, readyBand } from '../../src/catalogue/ready-bands.js';
import { compareIds } from './sorting.js';
import type { Report, VmRow } from './types.js';
import type { LegendItem } from './ui.js';

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
  const names = [...new Set(report.vms.filter((v) => v.unplaceable === null).map((v) => shortId(v.group)))].sort(compareIds);
  const index = new Map(names.map((g, k) => [g, k]));
  return {
    colour: (vm) => categorical(index.get(shortId(vm.group)) ?? 0),
    legend: () => names.slice(0, 16).map((g, k) => ({ label: `VM group ${g}`, colour: categorical(k), kind: 'box' as const })),
  };
}

/** How a host box looks in each lifecycle state: outline colour and width, and its fill. */
export function hostBoxStyle(state: HostState | null, hatch: string): { stroke: string; width: number; fill: string; dash: string | null } {
  switch (state) {
    case 'failed':
      return { stroke: HOST_STATE_COLOURS.failed, width: 2.5, fill: `url(#${hatch})`, dash: null };
    case 'maintenance':
      return { stroke: HOST_STATE_COLOURS.maintenance, width: 2.5, fill: '#fdf3e1', dash: null };
    case 'isolated':
      return { stroke: HOST_STATE_COLOURS.isolated, width: 2.5, fill: '#f5f5f5', dash: '4 2' };
    case 'entering-standby':
      return { stroke: HOST_STATE_COLOURS[state], width: 2.5, fill: '#ececec', dash: '4 2' };
    case 'standby':
    case 'booting':
    case 'shutting-down':
      return { stroke: HOST_STATE_COLOURS[state], width: 1.5, fill: '#e4e4e4', dash: '4 2' };
    default:
      return { stroke: '#bbb', width: 1, fill: '#f5f5f5', dash: null };
  }
}

/** VM square outline by status: booting green dashed, migrating blue, down vermillion. */
export const STATUS_STROKE: Record<VmStatus, { stroke: string; width: number; dash: string | null }> = {
  running: { stroke: '#fff', width: 0.5, dash: null },
  booting: { stroke: LANE_COLOURS.restart, width: 1.5, dash: '2 1' },
  migrating: { stroke: '#0072B2', width: 1.5, dash: null },
  down: { stroke: LANE_COLOURS.failure, width: 1.5, dash: null },
};
