/**
 * VM table: the VMs that waited most for CPU (sortable, filterable) with their availability
 * (state at the end, availability, outages, downtime, migrations), and the unplaceable VMs.
 */
import { toCsv } from './csv.js';
import { exportCsv } from './export.js';
import { count, duration, mibAsGib, NONE, pct, shortId } from './format.js';
import { BAND_COLOURS, BAND_TEXT, LANE_COLOURS } from './palette.js';
import { ALL_CLUSTERS } from './cluster-view.js';
import { readyBand } from '../../src/catalogue/ready-bands.js';
import { sortVms, type VmKey } from './sorting.js';
import type { Report, VmRow } from './types.js';
import { button, panel, searchBox, select, type Sel, type Store } from './ui.js';

interface Column {
  readonly key: VmKey;
  readonly label: string;
  readonly numeric: boolean;
  readonly text: (v: VmRow) => string;
}

const COLUMNS: readonly Column[] = [
  { key: 'id', label: 'VM', numeric: false, text: (v) => v.id },
  { key: 'group', label: 'group', numeric: false, text: (v) => shortId(v.group) },
  { key: 'host', label: 'host', numeric: false, text: (v) => (v.host ? shortId(v.host) : '—') },
  { key: 'vcpus', label: 'vCPUs', numeric: true, text: (v) => count(v.vcpus) },
  { key: 'memoryMiB', label: 'memory', numeric: true, text: (v) => mibAsGib(v.memoryMiB) },
  { key: 'demandMeanPct', label: 'demand mean', numeric: true, text: (v) => pct(v.demandMeanPct) },
  { key: 'demandP95Pct', label: 'demand p95', numeric: true, text: (v) => pct(v.demandP95Pct) },
  { key: 'readyMeanPct', label: 'CPU ready mean', numeric: true, text: (v) => pct(v.readyMeanPct) },
  { key: 'readyP95Pct', label: 'CPU ready p95', numeric: true, text: (v) => pct(v.readyP95Pct) },
  { key: 'memSwappedMeanMiB', label: 'swapped mean', numeric: true, text: (v) => mibAsGib(v.memSwappedMeanMiB) },
  { key: 'memStallPct', label: 'memory stall', numeric: true, text: (v) => pct(v.memStallPct) },
  { key: 'state', label: 'state', numeric: false, text: (v) => (v.downReason ? `${v.state} (${v.downReason})` : v.state) },
  { key: 'availabilityPct', label: 'availability', numeric: true, text: (v) => (v.availabilityPct === null ? NONE : pct(v.availabilityPct)) },
  { key: 'outages', label: 'outages', numeric: true, text: (v) => count(v.outages) },
  { key: 'downtimeS', label: 'downtime', numeric: true, text: (v) => (v.downtimeS > 0 ? duration(Math.round(v.downtimeS * 1000)) : '0') },
  { key: 'migrations', label: 'migrations', numeric: true, text: (v) => count(v.migrations) },
];

function inCluster(v: VmRow, cluster: string): boolean {
  if (cluster === ALL_CLUSTERS) return true;
  return v.id.startsWith(`${cluster}/`) || v.group.startsWith(`${cluster}/`);
}

export function renderVmTable(parent: Sel, report: Report, store: Store): void {
  const p = panel(
    parent,
    'vms',
    'VMs',
    'What to look for: VMs at the top wait longest for CPU at their busiest (p95 CPU ready); a red chip means users of that VM feel it. Sort by availability to find the VMs outages hit hardest. Unplaceable VMs never ran.',
  );
  const st = { key: 'readyP95Pct' as VmKey, desc: true, n: 25, filter: '' };
  select(p.controls, 'Show', [{ value: '10', label: 'top 10' }, { value: '25', label: 'top 25' }, { value: '100', label: 'top 100' }, { value: '0', label: 'all' }], String(st.n), (v) => {
    st.n = Number(v);
    draw();
  }, 'vm-top');
  searchBox(p.controls, 'Filter', 'vm-filter', 'VM, group or host', (text) => {
    st.filter = text.trim().toLowerCase();
    draw();
  });
  const exportBtn = button(p.controls, 'CSV', () => undefined, 'Download the VM table as CSV').attr('data-export', 'csv');
  const caption = p.body.append('p').attr('class', 'table-caption').attr('aria-live', 'polite');
  const wrap = p.body.append('div').attr('class', 'table-wrap vm-table-wrap');
  const table = wrap.append('table').attr('class', 'data vm-table').attr('data-table', 'vms');
  const thead = table.append('thead').append('tr');
  const tbody = table.append('tbody');
  const unplaced = p.body.append('div').attr('class', 'unplaceable');

  const rowsNow = () => {
    // Every VM that was placed, including those down at the end (they have no host then).
    const placed = report.vms.filter((v) => v.unplaceable === null && inCluster(v, store.cluster));
    const f = st.filter;
    const matched = f ? placed.filter((v) => v.id.toLowerCase().includes(f) || v.group.toLowerCase().includes(f) || (v.host ?? '').toLowerCase().includes(f)) : placed;
    return { all: matched, shown: sortVms(matched, st.key, st.desc, st.n) };
  };

  exportBtn.on('click', () => {
    exportCsv(
      toCsv(
        [
          'vm', 'group', 'host', 'vcpus', 'memory_mib', 'demand_mean_pct', 'demand_p95_pct', 'granted_mean_pct', 'granted_p95_pct', 'ready_mean_pct', 'ready_p95_pct',
          'mem_shared_mean_mib', 'mem_balloon_mean_mib', 'mem_compressed_mean_mib', 'mem_swapped_mean_mib', 'mem_stall_pct', 'unplaceable',
          'state', 'down_reason', 'ha_priority', 'outages', 'downtime_s', 'availability_pct', 'migrations', 'migration_downtime_ms',
        ],
        sortVms(report.vms, st.key, st.desc).map((v) => [
          v.id, v.group, v.host, v.vcpus, v.memoryMiB, v.demandMeanPct, v.demandP95Pct, v.grantedMeanPct, v.grantedP95Pct, v.readyMeanPct, v.readyP95Pct,
          v.memSharedMeanMiB, v.memBalloonMeanMiB, v.memCompressedMeanMiB, v.memSwappedMeanMiB, v.memStallPct, v.unplaceable,
          v.state, v.downReason, v.haPriority, v.outages, v.downtimeS, v.availabilityPct, v.migrations, v.migrationDowntimeMs,
        ]),
      ),
      `vms-${report.run.scenario}`,
    );
  });

  const draw = () => {
    thead.selectAll('*').remove();
    for (const c of COLUMNS) {
      const sorted = st.key === c.key;
      const th = thead.append('th').attr('scope', 'col').attr('class', c.numeric ? 'num' : null).attr('aria-sort', sorted ? (st.desc ? 'descending' : 'ascending') : 'none');
      const b = th
        .append('button')
        .attr('type', 'button')
        .attr('class', 'sort')
        .attr('data-sort', c.key)
        .text(`${c.label}${sorted ? (st.desc ? ' ▼' : ' ▲') : ''}`);
      b.on('click', () => {
        if (st.key === c.key) st.desc = !st.desc;
        else {
          st.key = c.key;
          st.desc = c.numeric;
        }
        draw();
      });
    }
    const { all, shown } = rowsNow();
    caption.text(
      `${count(shown.length)} of ${count(all.length)} placed VMs${st.filter ? ' matching the filter' : ''}, sorted by ${COLUMNS.find((c) => c.key === st.key)?.label ?? st.key} (${st.desc ? 'highest' : 'lowest'} first). Demand: % of the VM's vCPU capacity; CPU ready: % of time per vCPU; memory stall: % of the VM's CPU demand lost waiting for reclaimed pages; state: at the end of the run; availability: time up / time since first power-on.`,
    );
    tbody.selectAll('*').remove();
    for (const v of shown) {
      const tr = tbody.append('tr').attr('data-vm', v.id);
      for (const c of COLUMNS) {
        const td = tr.append('td').attr('class', c.numeric ? 'num' : c.key === 'id' ? 'id' : c.key === 'host' ? 'host' : null);
        if (c.key === 'readyP95Pct') {
          const band = readyBand(v.readyP95Pct);
          td.append('span').attr('class', 'band-chip').style('background', BAND_COLOURS[band]).style('color', BAND_TEXT[band]).text(band);
          td.append('span').text(` ${c.text(v)}`);
        } else if (c.key === 'state') {
          td.attr('class', `state state-${v.state}`).attr('data-state', v.state);
          td.append('span').attr('class', 'swatch').style('background', v.state === 'down' ? LANE_COLOURS.failure : v.state === 'running' ? LANE_COLOURS.restart : LANE_COLOURS.migration);
          td.append('span').text(` ${c.text(v)}`);
        } else td.text(c.text(v));
      }
    }
    unplaced.selectAll('*').remove();
    const un = report.vms.filter((v) => v.unplaceable !== null && inCluster(v, store.cluster));
    unplaced.append('h3').text(`Unplaceable VMs (${count(un.length)})`);
    if (un.length === 0) {
      unplaced.append('p').attr('class', 'hint').text('Every VM found a host.');
      return;
    }
    const t = unplaced.append('table').attr('class', 'data unplaceable-table').attr('data-table', 'unplaceable');
    t.append('thead').append('tr').selectAll('th').data(['VM', 'group', 'vCPUs', 'memory', 'why it fits nowhere']).join('th').attr('scope', 'col').text((d) => d);
    const tb = t.append('tbody');
    for (const v of un.slice(0, 500)) {
      const tr = tb.append('tr').attr('data-vm', v.id);
      tr.append('td').attr('class', 'id').text(v.id);
      tr.append('td').text(shortId(v.group));
      tr.append('td').attr('class', 'num').text(count(v.vcpus));
      tr.append('td').attr('class', 'num').text(mibAsGib(v.memoryMiB));
      tr.append('td').text(v.unplaceable ?? '');
    }
    if (un.length > 500) unplaced.append('p').attr('class', 'hint').text(`… ${count(un.length - 500)} more in the CSV export and vms.csv.`);
  };
  draw();
  store.on('cluster', draw, table.node());
}
