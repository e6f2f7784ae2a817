/** Cluster CPU: demand vs granted vs capacity, and the spread of CPU ready across VMs. */
import { toCsv } from './csv.js';
import { num, pct } from './format.js';
import { BAND_COLOURS, COLOURS, layerColour } from './palette.js';
import { clusterView, startMs } from './cluster-view.js';
import { READY_BANDS } from '../../src/catalogue/ready-bands.js';
import { TimeChart } from './timechart.js';
import type { Report } from './types.js';
import { panel, type Sel, type Store } from './ui.js';

export function renderCpu(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'cpu',
    'Cluster CPU',
    'What to look for: where the demand line rises above granted, VMs wait for CPU; that gap is what the CPU ready chart below measures per VM.',
  );
  const holder = p.body.append('div');
  const draw = () => {
    holder.selectAll('*').remove();
    const v = clusterView(report, store.cluster);
    const start = startMs(report);
    const base = { startMs: start, t: v.t, dt: v.dt, x: v.x };
    const ghz = (x: number) => (Number.isFinite(x) ? `${num(x)} GHz` : '–');
    const stacked = v.layers.length > 1;
    new TimeChart(
      holder,
      {
        ...base,
        name: 'cpu-capacity',
        title: `CPU demand, granted and capacity — ${v.label}`,
        explain: stacked
          ? 'Granted CPU stacked by cluster; demand above the stack is CPU the VMs wanted but did not get.'
          : 'Demand is what the VMs asked for, granted what they got, capacity what the hosts can give after hypervisor overhead.',
        yLabel: 'CPU (GHz)',
        yFormat: ghz,
        ...(stacked
          ? {
              stack: v.layers.map((l, k) => ({ key: `granted:${l.key}`, label: `granted ${l.label}`, colour: layerColour(k), values: l.values })),
              stackTotalLabel: 'total granted',
            }
          : {}),
        lines: [
          { key: 'capacity', label: 'capacity', colour: COLOURS.capacity, values: v.capacityGHz, dash: true, width: 1.5 },
          { key: 'demand', label: 'demand', colour: COLOURS.demand, values: v.demandGHz, width: 2 },
          ...(stacked ? [] : [{ key: 'granted', label: 'granted', colour: COLOURS.granted, values: v.grantedGHz, width: 2, fill: 0.12 }]),
        ],
        extraTip: (i) => [
          { label: 'utilisation', value: pct(v.utilPct[i] ?? Number.NaN) },
          { label: 'unmet demand', value: ghz(Math.max(0, (v.demandGHz[i] ?? 0) - (v.grantedGHz[i] ?? 0))) },
        ],
        csv: () =>
          toCsv(
            ['t_ms', 'interval_ms', 'capacity_ghz', 'demand_ghz', 'granted_ghz', 'util_pct', ...(stacked ? v.layers.map((l) => `granted_ghz:${l.key}`) : [])],
            v.t.map((t, i) => [t, v.dt[i], v.capacityGHz[i], v.demandGHz[i], v.grantedGHz[i], v.utilPct[i], ...(stacked ? v.layers.map((l) => l.values[i]) : [])]),
          ),
      },
      store,
      width,
    );
    new TimeChart(
      holder,
      {
        ...base,
        name: 'cpu-ready',
        title: `CPU ready across VMs — ${v.label}${v.combined ? ' (worst cluster per interval)' : ''}`,
        explain:
          'Per interval: half of the VMs waited less than the median line, 95 % less than the top of the dark band, 99 % less than the light band. Above the dashed 5 % line users notice slowness.',
        yLabel: 'CPU ready (% of time per vCPU)',
        yFormat: pct,
        yAtLeast: 6,
        zones: READY_BANDS.map((b) => ({ from: b.from, to: b.to, colour: BAND_COLOURS[b.band], label: b.band })),
        bands: [
          { key: 'p95-p99', label: 'p95–p99', colour: COLOURS.readyBand, opacity: 0.3, lo: v.readyP95Pct, hi: v.readyP99Pct },
          { key: 'p50-p95', label: 'p50–p95', colour: COLOURS.readyLine, opacity: 0.45, lo: v.readyP50Pct, hi: v.readyP95Pct },
        ],
        lines: [
          { key: 'p95', label: 'p95', colour: COLOURS.readyLine, values: v.readyP95Pct, width: 2 },
          { key: 'p50', label: 'median', colour: COLOURS.readyMedian, values: v.readyP50Pct, width: 1.5 },
        ],
        refLines: [{ y: 5, label: '5 % — significant', colour: COLOURS.threshold }],
        bandsInTip: false,
        extraTip: (i) => [
          { label: 'p99', value: pct(v.readyP99Pct[i] ?? Number.NaN) },
          { label: 'mean', value: pct(v.readyMeanPct[i] ?? Number.NaN) },
        ],
        csv: () =>
          toCsv(
            ['t_ms', 'interval_ms', 'ready_mean_pct', 'ready_p50_pct', 'ready_p95_pct', 'ready_p99_pct'],
            v.t.map((t, i) => [t, v.dt[i], v.readyMeanPct[i], v.readyP50Pct[i], v.readyP95Pct[i], v.readyP99Pct[i]]),
          ),
      },
      store,
      width,
    );
  };
  draw();
  store.on('cluster', draw);
}
