/**
 * Availability and HA panel: VMs down over time with host failures marked, failover capacity
 * (host failures HA can still absorb) beside the hosts serving, the incidents (when, why, which
 * hosts, how long until the last VM ran again), downtime by reason and by restart priority, and
 * the observed failure statistics of each host group.
 */
import { toCsv } from './csv.js';
import { exportCsv } from './export.js';
import { count, duration, num, pct, when } from './format.js';
import { DOWN_REASON_MEANING } from './lifecycle.js';
import { failoverLines, failureMarks, headlineOf, incidentsOf, priorityBars, reasonBars, type Availability, type Incident } from './outages.js';
import { HOST_STATE_COLOURS, LANE_COLOURS, categorical, layerColour } from './palette.js';
import { barChart } from './barchart.js';
import { ALL_CLUSTERS, clusterView, startMs } from './cluster-view.js';
import { TimeChart } from './timechart.js';
import type { Report } from './types.js';
import { button, panel, type Sel, type Store } from './ui.js';

const REASON_COLOURS: Record<string, string> = {
  'host-failure': '#D55E00',
  'waiting-for-capacity': '#E69F00',
  restarting: '#009E73',
  'not-protected': '#CC79A7',
  isolation: '#56B4E9',
  'site-failure': '#000000',
};

const PRIORITY_COLOURS: Record<string, string> = { high: '#0072B2', medium: '#56B4E9', low: '#999999', disabled: '#CC79A7' };

/** Whole counts on an axis; no tick labels between them. */
const wholeTick = (v: number) => (Number.isInteger(v) ? count(v) : '');

/** The panel's summary sentence. */
export function availabilitySummary(a: Availability): string {
  if (a.outages === 0) {
    const despite = a.hostFailures > 0 ? ` despite ${count(a.hostFailures)} host ${a.hostFailures === 1 ? 'failure' : 'failures'}` : ' and no host failed';
    return `No VM was ever down${despite}: ${count(a.vmsEverRunning)} VMs ran the whole time they were powered on.`;
  }
  const parts = [
    `Mean VM availability ${pct(a.meanVmAvailabilityPct)} (${num(a.nines)} nines), worst VM ${pct(a.worstVmAvailabilityPct)}`,
    `${count(a.outages)} outages, ${num(a.downtimeVmHours)} VM-hours down`,
    `${count(a.hostFailures)} host ${a.hostFailures === 1 ? 'failure' : 'failures'} in ${count(a.incidents)} ${a.incidents === 1 ? 'incident' : 'incidents'}, ${count(a.restarts)} HA restarts`,
  ];
  if (a.incidents > 0) parts.push(`recovery ${duration(a.meanRecoveryS * 1000)} on average, ${duration(a.worstRecoveryS * 1000)} at worst`);
  if (a.vmsDownAtEnd > 0) parts.push(`${count(a.vmsDownAtEnd)} VMs still down at the end`);
  return `${parts.join('; ')}.`;
}

export function renderAvailability(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'availability',
    'Availability and HA',
    'What to look for: spikes of VMs down right after a host failure (▼) that drop back within minutes are HA doing its job; a long tail means VMs waited for capacity. Failover capacity at 0 means one more host failure would leave VMs down.',
  );
  const holder = p.body.append('div');
  const draw = () => {
    holder.selectAll('*').remove();
    const key = store.cluster;
    const a = headlineOf(report, key).availability;
    const label = key === ALL_CLUSTERS ? 'all clusters' : key;
    holder.append('p').attr('class', 'table-caption availability-summary').attr('data-field', 'availability-summary').text(availabilitySummary(a));
    if (report.series.t.length > 0) {
      vmsDownChart(holder, report, store, width, label);
      failoverChart(holder, report, store, width, label);
    }
    incidentTable(holder, report, store, key);
    const pair = holder.append('div').attr('class', 'chart-pair');
    const half = Math.max(300, Math.floor((width - 16) / 2));
    const reasons = reasonBars(a);
    barChart(
      pair.append('div'),
      {
        name: 'downtime-reasons',
        title: `Downtime by reason — ${label}`,
        explain: 'VM-hours down, by why the VMs were down. Waiting for capacity is what admission control and spare hosts prevent.',
        xLabel: 'downtime (VM × hours)',
        format: (v) => `${num(v)} VM-h`,
        bars: reasons.map((r) => ({
          key: r.reason,
          label: r.reason,
          value: r.hours,
          colour: REASON_COLOURS[r.reason] ?? '#777777',
          tip: [{ label: 'downtime', value: `${num(r.hours)} VM-hours (${pct(a.downtimeVmHours > 0 ? (r.hours / a.downtimeVmHours) * 100 : 0)} of all)` }, r.meaning],
        })),
        legend: reasons.map((r) => ({ label: r.reason, colour: REASON_COLOURS[r.reason] ?? '#777777', kind: 'box' as const })),
        empty: 'No VM was down.',
        csv: () => toCsv(['reason', 'downtime_vm_hours', 'meaning'], reasons.map((r) => [r.reason, r.hours, DOWN_REASON_MEANING[r.reason] ?? ''])),
      },
      half,
    );
    const prio = priorityBars(a);
    barChart(
      pair.append('div'),
      {
        name: 'downtime-priority',
        title: `Downtime by HA restart priority — ${label}`,
        explain: 'HA restarts high-priority VMs first: their bars should be the shortest. Disabled VMs stay down until their host returns.',
        xLabel: 'downtime (VM × hours)',
        format: (v) => `${num(v)} VM-h`,
        bars: prio.map((b) => ({
          key: b.priority,
          label: `${b.priority} (${count(b.vms)} VMs)`,
          value: b.downtimeVmHours,
          colour: PRIORITY_COLOURS[b.priority] ?? '#777777',
          tip: [
            { label: 'VMs', value: count(b.vms) },
            { label: 'downtime', value: `${num(b.downtimeVmHours)} VM-hours` },
            { label: 'mean availability', value: pct(b.meanAvailabilityPct) },
          ],
        })),
        legend: prio.map((b) => ({ label: `${b.priority} priority`, colour: PRIORITY_COLOURS[b.priority] ?? '#777777', kind: 'box' as const })),
        empty: 'No VMs.',
        csv: () => toCsv(['priority', 'vms', 'mean_availability_pct', 'downtime_vm_hours'], prio.map((b) => [b.priority, b.vms, b.meanAvailabilityPct, b.downtimeVmHours])),
      },
      half,
    );
    hostGroupTable(holder, report, key);
  };
  draw();
  store.on('cluster', draw, holder.node());
}

function vmsDownChart(parent: Sel, report: Report, store: Store, width: number, label: string): void {
  const v = clusterView(report, store.cluster);
  const marks = failureMarks(report, store.cluster);
  const stacked = v.layers.length > 1;
  const perCluster = v.layers.map((l) => ({ key: l.key, values: report.series.clusters[l.key]?.vmsDown ?? [] }));
  if (marks.length === 0 && v.vmsDown.every((x) => x === 0)) {
    // Nothing to draw: say so (as the memory panel does for reclamation).
    const f = parent.append('figure').attr('class', 'chart').attr('data-chart', 'vms-down');
    f.append('div').attr('class', 'chart-head').append('div').attr('class', 'chart-titles').append('h3').text(`VMs down — ${label}`);
    f.append('p').attr('class', 'explain').attr('data-field', 'no-vms-down').text('No VM was down at the end of any interval, and no host failed.');
    return;
  }
  new TimeChart(
    parent,
    {
      name: 'vms-down',
      title: `VMs down — ${label}`,
      explain: 'VMs down or booting after an outage at the end of each interval; ▼ marks a host failure.',
      startMs: startMs(report),
      t: v.t,
      dt: v.dt,
      x: v.x,
      yLabel: 'VMs down (count)',
      yFormat: (x) => (Number.isFinite(x) ? count(x) : '–'),
      yTick: wholeTick,
      yAtLeast: 2,
      ...(stacked ? { stack: perCluster.map((c, k) => ({ key: `down:${c.key}`, label: `down in ${c.key}`, colour: layerColour(k), values: c.values })), stackTotalLabel: 'VMs down' } : {}),
      lines: stacked ? [] : [{ key: 'vms-down', label: 'VMs down', colour: LANE_COLOURS.failure, values: v.vmsDown, step: true, fill: 0.2 }],
      ...(marks.length > 0 ? { marks: { label: 'host failure', colour: HOST_STATE_COLOURS.failed, items: marks } } : {}),
      csv: () => toCsv(['t_ms', 'interval_ms', 'vms_down', ...(stacked ? perCluster.map((c) => `vms_down:${c.key}`) : [])], v.t.map((t, i) => [t, v.dt[i], v.vmsDown[i], ...(stacked ? perCluster.map((c) => c.values[i]) : [])])),
    },
    store,
    width,
  );
}

function failoverChart(parent: Sel, report: Report, store: Store, width: number, label: string): void {
  const v = clusterView(report, store.cluster);
  const fo = failoverLines(report, store.cluster);
  const several = fo.length > 1;
  new TimeChart(
    parent,
    {
      name: 'failover',
      title: `Failover capacity and hosts serving — ${label}`,
      explain:
        fo.length === 0
          ? 'No cluster here has HA: failover capacity is not computed. Hosts serving drops while hosts are failed, in standby or booting.'
          : 'Failover capacity: how many more host failures HA could absorb (admission control slot arithmetic) at the end of each interval. Hosts serving: hosts running VMs (interval mean).',
      startMs: startMs(report),
      t: v.t,
      dt: v.dt,
      x: v.x,
      yLabel: 'hosts (count)',
      yFormat: (x) => (Number.isFinite(x) ? num(x) : 'no HA'),
      yTick: wholeTick,
      yAtLeast: 2,
      lines: [
        { key: 'hosts-up', label: 'hosts serving', colour: '#000000', values: v.hostsUp, width: 1.5, dash: true, step: true },
        ...fo.map((l, k) => ({
          key: `failover:${l.cluster}`,
          label: several ? `failover capacity ${l.cluster}` : 'failover capacity (host failures HA can absorb)',
          colour: several ? categorical(k) : '#0072B2',
          values: l.values,
          step: true,
          width: 2.5,
        })),
      ],
      ...(failureMarks(report, store.cluster).length > 0 ? { marks: { label: 'host failure', colour: HOST_STATE_COLOURS.failed, items: failureMarks(report, store.cluster) } } : {}),
      csv: () => toCsv(['t_ms', 'interval_ms', 'hosts_up', ...fo.map((l) => `failover_hosts:${l.cluster}`)], v.t.map((t, i) => [t, v.dt[i], v.hostsUp[i], ...fo.map((l) => (Number.isFinite(l.values[i]) ? l.values[i] : ''))])),
    },
    store,
    width,
  );
}

function incidentTable(parent: Sel, report: Report, store: Store, key: string): void {
  const start = startMs(report);
  const items = incidentsOf(report, key);
  const box = parent.append('div').attr('class', 'incidents');
  const head = box.append('div').attr('class', 'table-head');
  head.append('h3').text(`Incidents (${count(items.length)})`);
  box
    .append('p')
    .attr('class', 'explain')
    .text('An incident is one failure event (a host, a failure domain, an isolation) and the VMs it took down; it is recovered when the last of them runs again.');
  if (items.length === 0) {
    box.append('p').attr('class', 'hint').attr('data-field', 'no-incidents').text('No incident: no host failed or was isolated during the run.');
    return;
  }
  button(
    head,
    'CSV',
    () =>
      exportCsv(
        toCsv(
          ['id', 't_ms', 'cause', 'hosts', 'vms_affected', 'vms_recovered', 'recovered_at_ms', 'recovery_ms'],
          items.map((i) => [i.id, i.t, i.cause, i.hosts.join(' '), i.vmsAffected, i.vmsRecovered, i.recoveredAt, i.recoveryMs]),
        ),
        `incidents-${report.run.scenario}`,
      ),
    'Download the incidents as CSV',
  ).attr('data-export', 'csv');
  const wrap = box.append('div').attr('class', 'table-wrap');
  const table = wrap.append('table').attr('class', 'data incident-table').attr('data-table', 'incidents');
  const cols = ['#', 'started', 'cause', 'hosts', 'VMs affected', 'VMs recovered', 'time to full recovery', ''];
  table.append('thead').append('tr').selectAll('th').data(cols).join('th').attr('scope', 'col').attr('class', (_, k) => (k >= 4 && k <= 6 ? 'num' : null)).text((d) => d);
  const tb = table.append('tbody');
  const end = report.run.durationMs;
  const zoom = (i: Incident) => {
    const t1 = i.recoveredAt ?? end;
    const pad = Math.max(report.run.intervalMs * 6, (t1 - i.t) / 2);
    store.setDomain([Math.max(0, i.t - pad), Math.min(end, t1 + pad)]);
  };
  for (const i of items) {
    const tr = tb.append('tr').attr('data-incident', i.id).attr('class', i.recoveryMs === null ? 'still-raised' : null);
    tr.append('td').attr('class', 'num').text(String(i.id));
    tr.append('td').attr('class', 'when').text(when(start, i.t));
    tr.append('td').text(i.cause);
    tr.append('td').attr('class', 'id').text(i.hosts.join(', '));
    tr.append('td').attr('class', 'num').text(count(i.vmsAffected));
    tr.append('td').attr('class', 'num').text(count(i.vmsRecovered));
    const rec = tr.append('td').attr('class', 'num recovery');
    if (i.recoveryMs === null) rec.classed('open', true).text('not recovered by the end');
    else rec.attr('title', `last VM running again ${when(start, i.recoveredAt ?? i.t + i.recoveryMs)}`).text(duration(i.recoveryMs));
    if (report.series.t.length > 0) button(tr.append('td'), 'Zoom', () => zoom(i), `Zoom the time charts to incident ${i.id}`).attr('class', 'row-zoom').attr('data-zoom', 'incident');
    else tr.append('td');
  }
}

/** Observed failure statistics of the host groups of cluster `key` (all for ALL_CLUSTERS). */
function hostGroupTable(parent: Sel, report: Report, key: string): void {
  const groups = report.availability.hostGroups.filter((g) => key === ALL_CLUSTERS || g.id.startsWith(`${key}/`));
  if (groups.length === 0) return;
  const box = parent.append('div').attr('class', 'host-groups');
  box.append('h3').text('Host failures by host group');
  box.append('p').attr('class', 'explain').text('Observed over this run: mean time between failures (time up / failures) and mean time to repair (time failed / failures); — where no host failed.');
  const table = box.append('div').attr('class', 'table-wrap').append('table').attr('class', 'data host-group-table').attr('data-table', 'host-groups');
  const cols = ['host group', 'hosts', 'failures', 'MTBF (h)', 'MTTR (h)'];
  table.append('thead').append('tr').selectAll('th').data(cols).join('th').attr('scope', 'col').attr('class', (_, k) => (k > 0 ? 'num' : null)).text((d) => d);
  const tb = table.append('tbody');
  for (const g of groups) {
    const tr = tb.append('tr').attr('data-group', g.id);
    tr.append('td').attr('class', 'id').text(g.id);
    tr.append('td').attr('class', 'num').text(count(g.hosts));
    tr.append('td').attr('class', 'num').text(count(g.failures));
    tr.append('td').attr('class', 'num').text(g.mtbfHours === null ? '—' : num(g.mtbfHours));
    tr.append('td').attr('class', 'num').text(g.mttrHours === null ? '—' : num(g.mttrHours));
  }
}
