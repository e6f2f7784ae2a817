/**
 * Viewer entry point: reads the embedded report(s), builds the page, rebuilds it when the
 * window width changes. First render time is measured with performance marks
 * (`dcsim:start` → `dcsim:rendered`) and left on <html data-render-ms>.
 */
import { renderAlarms } from './alarms.js';
import { renderAvailability } from './availability.js';
import { renderCalibration } from './calibration.js';
import { renderComparison } from './compare.js';
import { renderCpu } from './cpu.js';
import { renderEnergy } from './energy.js';
import { duration } from './format.js';
import { renderHeatmap } from './heatmap.js';
import { renderMemory } from './memory.js';
import { renderMigrations } from './migrations.js';
import { renderCards, renderHeader } from './overview.js';
import { renderPlayback } from './playback.js';
import { renderSizingAnswer, renderSizingSearch } from './sizing-panel.js';
import { renderSweepChart } from './sweep-chart.js';
import { ALL_CLUSTERS } from './cluster-view.js';
import { runLabels } from './figures.js';
import { renderFrontierPanel, renderSweepAnswer } from './sweep-frontier.js';
import { renderPointsTable } from './sweep-points.js';
import { renderRightsizing } from './rightsizing-table.js';
import { renderRunway } from './runway-chart.js';
import { renderTimeline } from './timeline.js';
import type { CalibrationSummary, Report, ViewerData } from './types.js';
import { Store, button, hideTip, select, type Sel } from './ui.js';
import { renderVmTable } from './vmtable.js';

performance.mark('dcsim:start');

/** The report version this viewer draws (a type error here when the schema moves on). */
const SUPPORTED_VERSION: Report['version'] = 9;

function readData(): ViewerData {
  const el = document.getElementById('dcsim-data');
  if (!el || !el.textContent) throw new Error('this page holds no report data');
  const data = JSON.parse(el.textContent) as ViewerData;
  if (!Array.isArray(data.reports) || data.reports.length === 0) throw new Error('this page holds no report');
  for (const r of data.reports) {
    const v = (r as { version?: unknown }).version;
    if (r.schema !== 'dcsim-report' || v !== SUPPORTED_VERSION) {
      throw new Error(
        `report version ${String(v)} is not supported by this viewer, which reads version ${SUPPORTED_VERSION}; run its scenario again (or open it with the dcsim version that wrote it)`,
      );
    }
  }
  return data;
}

interface ViewState {
  run: number;
  stores: Map<number, Store>;
}

function storeFor(state: ViewState, report: Report, k: number): Store {
  let s = state.stores.get(k);
  if (!s) {
    const clusters = report.clusters.map((c) => c.id);
    s = new Store([0, Math.max(1, report.run.durationMs)], clusters.length === 1 ? (clusters[0] as string) : ALL_CLUSTERS);
    state.stores.set(k, s);
  }
  s.clear();
  return s;
}

/** Runs one panel's renderer between performance marks (`dcsim:panel:<name>`). */
function timed(name: string, fn: () => void): void {
  const t0 = performance.now();
  fn();
  performance.measure(`dcsim:panel:${name}`, { start: t0, end: performance.now() });
}

function renderRun(root: Sel, report: Report, label: string, store: Store, width: number, calibration: CalibrationSummary | undefined): void {
  const nav = root.append('nav').attr('class', 'page-nav').attr('aria-label', 'Sections');
  const links: Array<[string, string]> = [
    ['overview', 'Overview'],
    ...(calibration ? ([['calibration', 'Calibration']] as Array<[string, string]>) : []),
    ['alarms', 'Alarms'],
    ['events', 'Events'],
    ['availability', 'Availability'],
    ['migrations', 'Migrations'],
    ['cpu', 'CPU'],
    ['memory', 'Memory'],
    ['energy', 'Energy'],
    ['hosts', 'Hosts'],
    ['playback', 'Playback'],
    ['vms', 'VMs'],
  ];
  const ul = nav.append('ul');
  for (const [id, text] of links) ul.append('li').append('a').attr('href', `#${id}`).text(text);
  const tools = nav.append('div').attr('class', 'nav-tools');
  if (report.clusters.length > 1) {
    select(
      tools,
      'Cluster',
      [{ value: ALL_CLUSTERS, label: 'all clusters' }, ...report.clusters.map((c) => ({ value: c.id, label: c.id }))],
      store.cluster,
      (v) => store.setCluster(v),
      'cluster',
    );
  }
  const zoom = tools.append('span').attr('class', 'nav-zoom');
  const zoomText = zoom.append('span').attr('class', 'zoom-text');
  const reset = button(zoom, 'Reset zoom', () => store.setDomain(null), 'Show the whole run').attr('data-zoom', 'nav-reset');
  const showZoom = () => {
    zoomText.text(store.zoomed ? `zoomed to ${duration(store.domain[1] - store.domain[0])}` : '');
    reset.attr('hidden', store.zoomed ? null : '');
  };
  showZoom();
  store.on('domain', showZoom, nav.node());

  timed('header', () => renderHeader(root, report, label));
  timed('cards', () => renderCards(root, report));
  if (calibration) timed('calibration', () => renderCalibration(root, calibration, width));
  timed('alarms', () => renderAlarms(root, report, store));
  if (report.series.t.length === 0) {
    root.append('p').attr('class', 'panel').text('The report has no time series (the run has no output intervals).');
    timed('availability', () => renderAvailability(root, report, store, width));
    timed('migrations', () => renderMigrations(root, report, store, width));
    timed('energy', () => renderEnergy(root, report, store, width));
  } else {
    timed('timeline', () => renderTimeline(root, report, store, width));
    timed('availability', () => renderAvailability(root, report, store, width));
    timed('migrations', () => renderMigrations(root, report, store, width));
    timed('cpu', () => renderCpu(root, report, store, width));
    timed('memory', () => renderMemory(root, report, store, width));
    timed('energy', () => renderEnergy(root, report, store, width));
    timed('heatmap', () => renderHeatmap(root, report, store, width));
    timed('playback', () => renderPlayback(root, report, store, width));
  }
  timed('vms', () => renderVmTable(root, report, store));
}

function chartWidth(app: HTMLElement): number {
  // Panels have 16 px padding and a 1 px border on each side.
  return Math.max(320, Math.floor(app.clientWidth - 34));
}

function render(data: ViewerData, state: ViewState): void {
  const app = d3.select<HTMLElement, unknown>('#app');
  app.selectAll('*').remove();
  hideTip();
  const width = chartWidth(app.node() as HTMLElement);
  const labels = data.labels.length === data.reports.length ? data.labels : runLabels(data.reports.map((r) => r.run.scenario));
  const sweep = data.sweep;
  const sizing = data.sizing;
  if (sizing) {
    // A sizing's page: the answer, the search path, then the two runs that prove it side by side.
    timed('sizing', () => {
      renderSizingAnswer(app, sizing);
      renderSizingSearch(app, sizing);
    });
  }
  if (sweep && sweep.points.length > 0) {
    // A sweep's page: the answer and the frontier first, the points as sortable rows, then the metric chart.
    timed('frontier', () => {
      renderSweepAnswer(app, sweep);
      renderFrontierPanel(app, sweep);
    });
    timed('sweep-points', () => renderPointsTable(app, sweep));
    timed('sweep', () => renderSweepChart(app, sweep, width));
  }
  const planning = data.planning;
  if (planning) {
    // A runway's page: the runway and capacity remaining, right-sizing and the what-if, then today's report.
    timed('runway', () => renderRunway(app, planning, width));
    timed('rightsizing', () => renderRightsizing(app, planning));
  }
  if (data.reports.length > 1) {
    if (!sweep || sweep.points.length === 0) {
      const head = app.append('header').attr('class', 'run-header compare-header').attr('data-panel', 'compare-header');
      head.append(sizing ? 'h2' : 'h1').text(sizing ? `The runs that prove it: ${labels.join(' vs ')}` : `dcsim comparison: ${labels.join(' vs ')}`);
      head
        .append('p')
        .attr('class', 'description')
        .text(sizing ? 'The first run (replication 0) at the answer and at its failing neighbour, headline figures side by side, then the details of one at a time (choose it below).' : 'Headline figures of each run side by side, then the details of one run at a time (choose it below).');
      renderComparison(app, data.reports, labels, width);
    }
    const pick = app.append('div').attr('class', 'run-picker');
    select(
      pick,
      'Details for run',
      labels.map((l, k) => ({ value: String(k), label: l })),
      String(state.run),
      (v) => {
        state.run = Number(v);
        render(data, state);
        document.getElementById('run-details')?.scrollIntoView();
      },
      'run',
    );
  }
  const k = Math.min(state.run, data.reports.length - 1);
  const report = data.reports[k] as Report;
  const detail = app.append('div').attr('class', 'run-details').attr('id', 'run-details').attr('data-run', k);
  renderRun(detail, report, labels[k] ?? report.run.scenario, storeFor(state, report, k), width, data.calibration);
}

function fail(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  const app = d3.select('#app');
  app.selectAll('*').remove();
  app.append('p').attr('class', 'fatal').attr('role', 'alert').text(`This report cannot be shown: ${message}`);
  document.documentElement.dataset.error = message;
  console.error(err);
}

function boot(): void {
  let data: ViewerData;
  try {
    data = readData();
    performance.mark('dcsim:parsed');
  } catch (err) {
    fail(err);
    return;
  }
  document.title = data.title;
  const state: ViewState = { run: 0, stores: new Map() };
  try {
    render(data, state);
  } catch (err) {
    fail(err);
    return;
  }
  performance.mark('dcsim:rendered');
  const m = performance.measure('dcsim:render', 'dcsim:start', 'dcsim:rendered');
  document.documentElement.dataset.renderMs = String(Math.round(m.duration));
  document.documentElement.dataset.ready = 'true';

  let lastWidth = window.innerWidth;
  let pending = 0;
  window.addEventListener('resize', () => {
    window.clearTimeout(pending);
    pending = window.setTimeout(() => {
      if (Math.abs(window.innerWidth - lastWidth) < 8) return;
      lastWidth = window.innerWidth;
      const y = window.scrollY;
      render(data, state);
      window.scrollTo(0, y);
    }, 200);
  });
}

boot();
