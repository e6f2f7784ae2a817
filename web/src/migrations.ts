/**
 * Migrations panel: live migrations in flight over time, the cluster imbalance a balancer
 * (DRS) works against, and the migrations one by one (VM, route, why, how long, how many
 * pre-copy rounds, how much memory copied, the switch-over downtime), sortable and filterable.
 */
import { toCsv } from './csv.js';
import { count, duration, num, shortId, when } from './format.js';
import { filterMigrations, sortMigrations, type MigrationItem, type MigrationKey } from './migration-rows.js';
import { migrationSummary } from './migration-summary.js';
import { headlineOf, imbalanceLines } from './outages.js';
import { LANE_COLOURS, categorical, layerColour } from './palette.js';
import { ALL_CLUSTERS, clusterView, startMs } from './cluster-view.js';
import { TimeChart } from './timechart.js';
import type { HeadlineFigures, Report } from './types.js';
import { DEFAULT_ROWS, tableControls } from './table-controls.js';
import { panel, searchBox, type Sel, type Store } from './ui.js';

interface Column {
  readonly key: MigrationKey;
  readonly label: string;
  readonly numeric: boolean;
  readonly text: (m: MigrationItem) => string;
}

const COLUMNS: readonly Column[] = [
  { key: 'vm', label: 'VM', numeric: false, text: (m) => m.vm },
  { key: 'route', label: 'from → to', numeric: false, text: (m) => `${shortId(m.from)} → ${shortId(m.to)}` },
  { key: 'reason', label: 'reason', numeric: false, text: (m) => m.reason },
  { key: 'startedAt', label: 'started', numeric: false, text: () => '' },
  { key: 'durationMs', label: 'duration', numeric: true, text: (m) => duration(Math.round(m.durationMs)) },
  { key: 'rounds', label: 'rounds', numeric: true, text: (m) => count(m.rounds) },
  { key: 'transferredMiB', label: 'copied (MiB)', numeric: true, text: (m) => num(m.transferredMiB) },
  { key: 'downtimeMs', label: 'downtime (ms)', numeric: true, text: (m) => num(m.downtimeMs) },
  { key: 'converged', label: 'outcome', numeric: false, text: (m) => (m.converged ? 'completed' : 'aborted') },
];


export function renderMigrations(parent: Sel, report: Report, store: Store, width: number): void {
  const mg = report.migrations;
  const p = panel(
    parent,
    'migrations',
    `Migrations (${count(mg.total)})`,
    'What to look for: bursts of migrations (maintenance evacuations, DRS passes) and whether the imbalance falls after them; long migrations with many rounds or high downtime are VMs dirtying memory faster than the network copies it.',
  );
  const start = startMs(report);
  const st = { key: 'startedAt' as MigrationKey, desc: false, text: '', n: mg.items.length > DEFAULT_ROWS ? DEFAULT_ROWS : 0 };
  searchBox(p.controls, 'Filter', 'migration-filter', 'VM or host', (text) => {
    st.text = text;
    drawTable();
  });
  tableControls(p.controls, {
    total: mg.items.length,
    st,
    redraw: () => drawTable(),
    showName: 'migration-top',
    header: ['vm', 'from', 'to', 'reason', 'started_at_ms', 'duration_ms', 'rounds', 'transferred_mib', 'downtime_ms', 'converged'],
    rows: () => sortMigrations(mg.items, st.key, st.desc).map((m) => [m.vm, m.from, m.to, m.reason, m.startedAt, m.durationMs, m.rounds, m.transferredMiB, m.downtimeMs, m.converged]),
    title: `migrations-${report.run.scenario}`,
    what: 'migrations',
  });

  const summary = p.body.append('p').attr('class', 'table-caption migration-summary').attr('data-field', 'migration-summary');
  const charts = p.body.append('div');
  const caption = p.body.append('p').attr('class', 'table-caption').attr('aria-live', 'polite');
  const wrap = p.body.append('div').attr('class', 'table-wrap migration-wrap');
  const table = wrap.append('table').attr('class', 'data migration-table').attr('data-table', 'migrations');
  const thead = table.append('thead').append('tr');
  const tbody = table.append('tbody');
  if (mg.truncated) {
    p.body.append('p').attr('class', 'table-caption').attr('data-field', 'migrations-truncated').text(`The report lists the first ${count(mg.items.length)} of ${count(mg.total)} migrations; events.ndjson has them all.`);
  }

  const drawCharts = () => {
    charts.selectAll('*').remove();
    const h = headlineOf(report, store.cluster);
    summary.text(migrationSummary(h.migrations, h.vms));
    if (report.series.t.length === 0) return;
    const v = clusterView(report, store.cluster);
    const label = store.cluster === ALL_CLUSTERS ? 'all clusters' : store.cluster;
    const stacked = v.layers.length > 1;
    const perCluster = v.layers.map((l) => ({ key: l.key, values: report.series.clusters[l.key]?.migrationsActive ?? [] }));
    const mine = filterMigrations(mg.items, store.cluster, '');
    const startedIn = (i: number) => {
      const t0 = v.t[i];
      const t1 = t0 + (v.dt[i]);
      return mine.filter((m) => m.startedAt >= t0 && m.startedAt < t1);
    };
    new TimeChart(
      charts,
      {
        name: 'migrations-active',
        title: `Migrations in flight — ${label}`,
        explain: 'Live migrations under way at the end of each interval (a migration shorter than an interval may fall between two ends: the tooltip counts those started in the interval).',
        startMs: start,
        t: v.t,
        dt: v.dt,
        x: v.x,
        yLabel: 'migrations (count)',
        yFormat: (x) => (Number.isFinite(x) ? count(x) : '–'),
        yTick: (x) => (Number.isInteger(x) ? count(x) : ''),
        yAtLeast: 2,
        ...(stacked ? { stack: perCluster.map((c, k) => ({ key: `active:${c.key}`, label: `in flight in ${c.key}`, colour: layerColour(k), values: c.values })), stackTotalLabel: 'in flight' } : {}),
        lines: stacked ? [] : [{ key: 'migrations-active', label: 'migrations in flight', colour: LANE_COLOURS.migration, values: v.migrationsActive, step: true, fill: 0.25 }],
        extraTip: (i) => {
          const s = startedIn(i);
          return [{ label: 'started in the interval', value: `${count(s.length)}${s.length > 0 ? ` (${count(s.filter((m) => !m.converged).length)} aborted)` : ''}` }];
        },
        csv: () => toCsv(['t_ms', 'interval_ms', 'migrations_active', 'migrations_started'], v.t.map((t, i) => [t, v.dt[i], v.migrationsActive[i], startedIn(i).length])),
      },
      store,
      width,
    );
    const imb = imbalanceLines(report, store.cluster);
    if (imb.length === 0) {
      const f = charts.append('figure').attr('class', 'chart').attr('data-chart', 'imbalance');
      f.append('div').attr('class', 'chart-head').append('div').attr('class', 'chart-titles').append('h3').text(`Cluster imbalance — ${label}`);
      f.append('p').attr('class', 'explain').text('No balancer (DRS) runs here: the imbalance is not computed.');
      return;
    }
    new TimeChart(
      charts,
      {
        name: 'imbalance',
        title: `Cluster imbalance — ${label}`,
        explain: "Standard deviation of host load (each host's busier of CPU demand and memory, as a fraction of capacity) at the end of each interval; DRS migrates VMs when it exceeds the threshold's tolerance.",
        startMs: start,
        t: v.t,
        dt: v.dt,
        x: v.x,
        yLabel: 'host load std-dev (fraction of capacity)',
        yFormat: (x) => (Number.isFinite(x) ? x.toFixed(3) : 'no balancer'),
        yTick: (x) => x.toFixed(2),
        lines: imb.map((l, k) => ({ key: `imbalance:${l.cluster}`, label: imb.length > 1 ? `imbalance ${l.cluster}` : 'imbalance', colour: imb.length > 1 ? categorical(k) : '#0072B2', values: l.values, width: 2 })),
        csv: () => toCsv(['t_ms', 'interval_ms', ...imb.map((l) => `imbalance:${l.cluster}`)], v.t.map((t, i) => [t, v.dt[i], ...imb.map((l) => (Number.isFinite(l.values[i]) ? l.values[i] : ''))])),
      },
      store,
      width,
    );
  };

  const drawTable = () => {
    thead.selectAll('*').remove();
    for (const c of COLUMNS) {
      const sorted = st.key === c.key;
      const th = thead.append('th').attr('scope', 'col').attr('class', c.numeric ? 'num' : null).attr('aria-sort', sorted ? (st.desc ? 'descending' : 'ascending') : 'none');
      th.append('button')
        .attr('type', 'button')
        .attr('class', 'sort')
        .attr('data-sort', c.key)
        .text(`${c.label}${sorted ? (st.desc ? ' ▼' : ' ▲') : ''}`)
        .on('click', () => {
          if (st.key === c.key) st.desc = !st.desc;
          else {
            st.key = c.key;
            st.desc = c.numeric;
          }
          drawTable();
        });
    }
    const matched = filterMigrations(mg.items, store.cluster, st.text);
    const sorted = sortMigrations(matched, st.key, st.desc);
    const shown = st.n > 0 ? sorted.slice(0, st.n) : sorted;
    const of = shown.length < matched.length ? `${count(shown.length)} of ${count(matched.length)}` : count(matched.length);
    caption.text(
      `${of} ${matched.length === 1 ? 'migration' : 'migrations'}${store.cluster === ALL_CLUSTERS ? '' : ` in ${store.cluster}`}${st.text.trim() ? ' matching the filter' : ''}, sorted by ${COLUMNS.find((c) => c.key === st.key)?.label ?? st.key} (${st.desc ? 'highest' : 'lowest'} first). Rounds: pre-copy passes over the VM's memory; downtime: the final switch-over pause.`,
    );
    tbody.selectAll('*').remove();
    shown.forEach((m) => {
      const tr = tbody.append('tr').attr('data-migration', mg.items.indexOf(m)).attr('data-vm', m.vm).attr('class', m.converged ? null : 'aborted');
      for (const c of COLUMNS) {
        const td = tr.append('td').attr('class', c.numeric ? 'num' : c.key === 'vm' ? 'id' : null);
        if (c.key === 'startedAt') td.attr('class', 'when').text(when(start, m.startedAt));
        else if (c.key === 'route') td.attr('title', `${m.from} → ${m.to}`).text(c.text(m));
        else if (c.key === 'converged') {
          td.append('span').attr('class', 'swatch').style('background', m.converged ? LANE_COLOURS.restart : LANE_COLOURS.failure);
          td.append('span').text(` ${c.text(m)}`);
        } else td.text(c.text(m));
      }
    });
    if (shown.length === 0) {
      tbody
        .append('tr')
        .attr('class', 'empty')
        .append('td')
        .attr('colspan', COLUMNS.length)
        .attr('class', 'hint')
        .attr('data-field', 'no-migrations')
        .text(mg.items.length === 0 ? 'No VM was migrated during the run.' : 'No migration matches the filter.');
    }
  };
  drawCharts();
  drawTable();
  store.on('cluster', () => {
    drawCharts();
    drawTable();
  }, table.node());
}
