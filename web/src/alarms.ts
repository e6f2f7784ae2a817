/**
 * Alarms panel: the alarms raised during the run (rule, target, when, how long, how bad),
 * sortable by raise time, duration and peak, filterable by rule and target. Every value is
 * written as text.
 */
import { count, duration, when } from './format.js';
import { ALARM_COLOURS } from './palette.js';
import { ALARM_RULES, ALARM_RULE_MEANING, alarmRulesText, alarmThreshold, alarmValue, filterAlarms, rulesInForce, sortAlarms, type AlarmKey } from './alarm-rules.js';
import { ALL_CLUSTERS, startMs } from './cluster-view.js';
import type { AlarmRule, Report, ReportAlarm } from './types.js';
import { DEFAULT_ROWS, tableControls } from './table-controls.js';
import { button, panel, searchBox, select, type Sel, type Store } from './ui.js';

/** The explanation line above the table: why alarms matter, then the rules in force. */
export function alarmsExplain(report: Report): string {
  return `Overcommit is safe as long as you monitor performance: these fired during the run. ${alarmRulesText(report.alarms.rules)}`;
}

interface Column {
  readonly key: string;
  readonly label: string;
  readonly numeric: boolean;
  /** The sort key, for sortable columns. */
  readonly sort?: AlarmKey;
}

const COLUMNS: readonly Column[] = [
  { key: 'rule', label: 'rule', numeric: false },
  { key: 'target', label: 'target', numeric: false },
  { key: 'raised', label: 'raised at', numeric: false, sort: 'raisedAt' },
  { key: 'cleared', label: 'cleared at', numeric: false },
  { key: 'duration', label: 'duration', numeric: true, sort: 'durationMs' },
  { key: 'peak', label: 'peak', numeric: true, sort: 'peak' },
  { key: 'threshold', label: 'threshold', numeric: true },
  { key: 'zoom', label: '', numeric: false },
];

const SORT_WORDS: Record<AlarmKey, [string, string]> = {
  raisedAt: ['earliest first', 'latest first'],
  durationMs: ['shortest first', 'longest first'],
  peak: ['mildest first within each rule', 'worst first within each rule'],
};


export function renderAlarms(parent: Sel, report: Report, store: Store): void {
  const al = report.alarms;
  const p = panel(parent, 'alarms', `Alarms (${count(al.total)} raised)`, alarmsExplain(report));
  const start = startMs(report);
  const end = report.run.durationMs;
  const items = al.items;
  const indexOf = new Map<ReportAlarm, number>(items.map((a, i) => [a, i]));
  const st: { key: AlarmKey; desc: boolean; rule: AlarmRule | 'all'; text: string; n: number } = {
    key: 'raisedAt',
    desc: false,
    rule: 'all',
    text: '',
    n: items.length > DEFAULT_ROWS ? DEFAULT_ROWS : 0,
  };

  const inForce = rulesInForce(al.rules);
  const listed = (r: AlarmRule) => items.filter((a) => a.rule === r).length;
  const rules = ALARM_RULES.filter((r) => inForce.includes(r) || listed(r) > 0);
  select(
    p.controls,
    'Rule',
    [{ value: 'all', label: `all rules (${count(items.length)})` }, ...rules.map((r) => ({ value: r, label: `${r} (${count(listed(r))})` }))],
    st.rule,
    (v) => {
      st.rule = v as AlarmRule | 'all';
      draw();
    },
    'alarm-rule',
  );
  searchBox(p.controls, 'Target', 'alarm-filter', 'VM or host', (text) => {
    st.text = text;
    draw();
  });
  tableControls(p.controls, {
    total: items.length,
    st,
    redraw: () => draw(),
    showName: 'alarm-top',
    header: ['rule', 'target', 'since_ms', 'raised_at_ms', 'cleared_at_ms', 'duration_ms', 'peak', 'threshold', 'unit'],
    rows: () => sortAlarms(items, st.key, st.desc).map((a) => [a.rule, a.target, a.since, a.raisedAt, a.clearedAt, a.durationMs, a.peak, a.threshold, a.unit]),
    title: `alarms-${report.run.scenario}`,
    what: 'alarms',
  });

  const summary = p.body.append('p').attr('class', 'table-caption alarm-summary').attr('data-field', 'alarm-summary');
  const parts = [`${count(al.total)} ${al.total === 1 ? 'alarm' : 'alarms'} raised`];
  if (al.total > 0) parts.push(al.activeAtEnd > 0 ? `${count(al.activeAtEnd)} still raised at the end of the run` : 'all cleared by the end of the run');
  summary.text(`${parts.join(', ')}.`);
  if (al.truncated) {
    p.body
      .append('p')
      .attr('class', 'table-caption alarm-truncated')
      .attr('data-field', 'alarms-truncated')
      .text(`The report lists the first ${count(items.length)} of ${count(al.total)} alarms raised; events.ndjson has every alarm.raised and alarm.cleared event.`);
  }
  if (items.length === 0) {
    p.body
      .append('p')
      .attr('class', 'hint')
      .attr('data-field', 'no-alarms')
      .text(inForce.length === 0 ? 'No alarm rules were in force in this run.' : 'No alarm fired during the run.');
    return;
  }

  const caption = p.body.append('p').attr('class', 'table-caption').attr('aria-live', 'polite');
  const wrap = p.body.append('div').attr('class', 'table-wrap alarm-wrap');
  const table = wrap.append('table').attr('class', 'data alarm-table').attr('data-table', 'alarms');
  const thead = table.append('thead').append('tr');
  const tbody = table.append('tbody');

  // Rows zoom the time charts to their alarm, when there are time charts.
  const columns = report.series.t.length > 0 ? COLUMNS : COLUMNS.filter((c) => c.key !== 'zoom');
  const zoomTo = (a: ReportAlarm) => {
    const t1 = a.clearedAt ?? end;
    const pad = Math.max(report.run.intervalMs * 6, (t1 - a.since) / 2);
    store.setDomain([Math.max(0, a.since - pad), Math.min(end, t1 + pad)]);
  };

  const draw = () => {
    thead.selectAll('*').remove();
    for (const c of columns) {
      const sorted = c.sort !== undefined && st.key === c.sort;
      const th = thead.append('th').attr('scope', 'col').attr('class', c.numeric ? 'num' : null);
      if (!c.sort) {
        th.text(c.label);
        if (c.key === 'zoom') th.append('span').attr('class', 'visually-hidden').text('time window');
        continue;
      }
      const key = c.sort;
      th.attr('aria-sort', sorted ? (st.desc ? 'descending' : 'ascending') : 'none');
      th.append('button')
        .attr('type', 'button')
        .attr('class', 'sort')
        .attr('data-sort', key)
        .text(`${c.label}${sorted ? (st.desc ? ' ▼' : ' ▲') : ''}`)
        .on('click', () => {
          if (st.key === key) st.desc = !st.desc;
          else {
            st.key = key;
            st.desc = key !== 'raisedAt';
          }
          draw();
        });
    }
    const matched = filterAlarms(items, { rule: st.rule, cluster: store.cluster, text: st.text });
    const sorted = sortAlarms(matched, st.key, st.desc);
    const shown = st.n > 0 ? sorted.slice(0, st.n) : sorted;
    const what = [st.rule !== 'all' ? `rule ${st.rule}` : '', st.text.trim() ? 'the target filter' : ''].filter(Boolean).join(' and ');
    const cl = store.cluster === ALL_CLUSTERS ? '' : ` in ${store.cluster}`;
    const of = shown.length < matched.length ? `${count(shown.length)} of ${count(matched.length)}` : count(matched.length);
    caption.text(
      `${of} ${matched.length === 1 ? 'alarm' : 'alarms'}${cl}${what ? ` matching ${what}` : ''}, sorted by ${COLUMNS.find((c) => c.sort === st.key)?.label ?? st.key} (${SORT_WORDS[st.key][st.desc ? 1 : 0]}).${st.rule !== 'all' ? ` ${st.rule}: ${ALARM_RULE_MEANING[st.rule]}.` : ''}`,
    );
    tbody.selectAll('*').remove();
    for (const a of shown) {
      const tr = tbody
        .append('tr')
        .attr('data-alarm', indexOf.get(a) ?? -1)
        .attr('data-rule', a.rule)
        .attr('class', a.clearedAt === null ? 'still-raised' : null);
      const rule = tr.append('td').attr('class', 'rule');
      rule.append('span').attr('class', 'swatch').style('background', ALARM_COLOURS[a.rule]);
      rule.append('span').text(` ${a.rule}`);
      tr.append('td').attr('class', 'id target').text(a.target);
      tr.append('td').attr('class', 'when').attr('title', `condition held since ${when(start, a.since)}`).text(when(start, a.raisedAt));
      if (a.clearedAt === null) tr.append('td').attr('class', 'when open').text('still raised');
      else tr.append('td').attr('class', 'when').text(when(start, a.clearedAt));
      tr.append('td').attr('class', 'num').text(duration(a.durationMs));
      tr.append('td').attr('class', 'num peak').text(alarmValue(a, a.peak));
      tr.append('td').attr('class', 'num threshold').text(alarmThreshold(a));
      if (columns.length < COLUMNS.length) continue;
      const z = tr.append('td');
      button(z, 'Zoom', () => zoomTo(a), `Zoom the time charts to the ${a.rule} alarm on ${a.target}`).attr('class', 'row-zoom').attr('data-zoom', 'alarm');
    }
    if (shown.length === 0) tbody.append('tr').attr('class', 'empty').append('td').attr('colspan', columns.length).attr('class', 'hint').text('No alarm matches the filter.');
  };
  draw();
  store.on('cluster', draw, table.node());
}
