/** Comparison of several runs: headline figures and alarm counts side by side, and the same metric on one chart. */
import { toCsv } from './csv.js';
import { duration, num, pct } from './format.js';
import { BAND_COLOURS, BAND_TEXT, COLOURS, categorical } from './palette.js';
import { ALL_CLUSTERS, clusterView } from './cluster-view.js';
import { RUN_FIGURES, formatFigure } from './figures.js';
import { readyBand } from '../../src/catalogue/ready-bands.js';
import { TimeChart } from './timechart.js';
import type { Report } from './types.js';
import { exportCsv } from './export.js';
import { button, panel, type Sel } from './ui.js';

export function renderComparison(parent: Sel, reports: readonly Report[], labels: readonly string[], width: number): void {
  const p = panel(
    parent,
    'compare',
    `Comparison of ${reports.length} runs`,
    `What to look for: the change column against the first run (${labels[0] ?? ''}); green is better, vermillion worse. The charts overlay the runs on hours since each run's start.`,
  );
  button(p.controls, 'CSV', () =>
    exportCsv(
      toCsv(['figure', ...labels], RUN_FIGURES.map((f) => [f.label, ...reports.map((r) => f.get(r))])),
      `comparison ${labels.join(' vs ')}`,
    ),
    'Download the comparison table as CSV',
  ).attr('data-export', 'csv');
  const wrap = p.body.append('div').attr('class', 'table-wrap');
  const table = wrap.append('table').attr('class', 'data compare-table').attr('data-table', 'compare');
  const head = table.append('thead');
  const hr = head.append('tr');
  hr.append('th').attr('scope', 'col').text('figure');
  labels.forEach((l, k) => {
    const th = hr.append('th').attr('scope', 'col').attr('class', 'num run-col').attr('data-run', k);
    th.append('span').attr('class', 'swatch').style('background', categorical(k));
    th.append('span').text(` ${l}`);
  });
  const info = head.append('tr').attr('class', 'run-info');
  info.append('th').attr('scope', 'row').text('seed · duration');
  reports.forEach((r) => info.append('td').attr('class', 'num').text(`${String(r.run.seed)} · ${duration(r.run.durationMs)}`));
  const body = table.append('tbody');
  const base = reports[0];
  for (const fig of RUN_FIGURES) {
    const tr = body.append('tr').attr('data-figure', fig.key);
    tr.append('th').attr('scope', 'row').text(fig.label);
    reports.forEach((r, k) => {
      const v = fig.get(r);
      const currency = r.headline.energy.currency;
      const td = tr.append('td').attr('class', 'num');
      if (fig.key === 'readyP95Pct' && v !== null) {
        const band = readyBand(v);
        td.append('span').attr('class', 'band-chip').style('background', BAND_COLOURS[band]).style('color', BAND_TEXT[band]).text(band);
        td.append('span').text(' ');
      }
      td.append('span').attr('class', 'value').text(formatFigure(v, fig.format, currency));
      // No change against a missing figure, nor between sums of money in different currencies.
      const b = base ? fig.get(base) : null;
      const comparable = fig.format !== 'money' || base?.headline.energy.currency === currency;
      if (k > 0 && v !== null && b !== null && comparable) {
        const d = v - b;
        if (Math.abs(d) > 1e-9) {
          const better = fig.better === null ? null : (fig.better === 'lower') === d < 0;
          const sign = d > 0 ? '+' : '−';
          const rel = b !== 0 ? ` (${sign}${num(Math.abs((d / b) * 100))} %)` : '';
          // Percentages change by points; ratios by a plain number.
          const size = fig.format === 'pct' ? `${num(Math.abs(d))} pt` : fig.format === 'ratio' ? num(Math.abs(d)) : formatFigure(Math.abs(d), fig.format, currency);
          td.append('span')
            .attr('class', `delta ${better === null ? 'neutral' : better ? 'better' : 'worse'}`)
            .text(` ${sign}${size}${fig.format === 'pct' ? '' : rel}`);
        }
      }
    });
  }

  const maxDur = Math.max(...reports.map((r) => r.run.durationMs));
  const views = reports.map((r) => (r.series.t.length > 0 ? clusterView(r, ALL_CLUSTERS) : null));
  // The longest run gives the hover positions; every line keeps its own time axis.
  const longest = views.reduce<(typeof views)[number]>((a, v) => (v && (!a || v.t.length > a.t.length) ? v : a), null);
  const common = {
    startMs: 0,
    t: longest?.t ?? [],
    dt: longest?.dt ?? [],
    x: longest?.x ?? [],
    axis: 'hours' as const,
    domain: [0, maxDur] as [number, number],
  };
  const lineOf = (k: number, pick: (v: NonNullable<(typeof views)[number]>) => number[]) => {
    const v = views[k];
    return v ? [{ key: `run-${k}`, label: labels[k] as string, colour: categorical(k), values: pick(v), x: v.x, width: 2 }] : [];
  };
  const csvOf = (pick: (v: NonNullable<(typeof views)[number]>) => number[], unit: string) => () =>
    toCsv(
      ['run', 't_ms', unit],
      views.flatMap((v, k) => (v ? v.t.map((t, i) => [labels[k] as string, t, pick(v)[i]]) : [])),
    );
  new TimeChart(
    p.body,
    {
      ...common,
      name: 'compare-util',
      title: 'Datacenter CPU utilisation per run',
      explain: 'Granted CPU over usable capacity, all clusters together. Higher means fewer idle cores — and less headroom.',
      yLabel: 'CPU utilisation (%)',
      yFormat: pct,
      yAtLeast: 100,
      lines: reports.flatMap((_, k) => lineOf(k, (v) => v.utilPct)),
      csv: csvOf((v) => v.utilPct, 'util_pct'),
    },
    null,
    width,
  );
  new TimeChart(
    p.body,
    {
      ...common,
      name: 'compare-ready',
      title: 'p95 CPU ready per run (worst cluster)',
      explain: 'The CPU ready 95 % of VMs stay under, per interval. Above the dashed 5 % line users notice.',
      yLabel: 'CPU ready (% of time per vCPU)',
      yFormat: pct,
      yAtLeast: 6,
      lines: reports.flatMap((_, k) => lineOf(k, (v) => v.readyP95Pct)),
      refLines: [{ y: 5, label: '5 % — significant', colour: COLOURS.threshold }],
      csv: csvOf((v) => v.readyP95Pct, 'ready_p95_pct'),
    },
    null,
    width,
  );
}
