/**
 * The Energy and money panel: power over time by host state (serving, booting or shutting down,
 * standby) with the hosts in standby and the power changes; the datacenter's energy and cost
 * since the start, hour by hour, with each hour's price and PUE; the clusters compared; and the
 * finance table against the physical baseline. The charts follow the shared time window; the
 * totals, the power chart and the energy chart follow the cluster selector.
 */
import { toCsv } from './csv.js';
import { energyHours, hourPrice, hourPue, type EnergyHours } from './energy-hours.js';
import { renderComparisonTable } from './comparison-table.js';
import { renderFinanceTable } from './finance-table.js';
import { powerManagementText } from './findings.js';
import { count, kgCo2, kw, kwh, money, NONE, num, pricePerKWh, pue } from './format.js';
import { HOST_STATE_COLOURS } from './palette.js';
import { powerChanges, powerSkips, powerView } from './power-series.js';
import { startMs } from './cluster-view.js';
import { TimeChart } from './timechart.js';
import type { Report } from './types.js';
import { panel, type Sel, type Store } from './ui.js';

/** Serving blue, transitions amber, standby grey (as drawn over the heatmap); standby hosts purple; ticks vermillion (down) and green (up). */
export const POWER_COLOURS = {
  serving: '#0072B2',
  transition: '#E69F00',
  standby: HOST_STATE_COLOURS.standby,
  hostsStandby: '#CC79A7',
  down: '#D55E00',
  up: '#009E73',
  it: '#0072B2',
  facility: '#000000',
  cost: '#E69F00',
} as const;

const wholeTick = (v: number) => (Number.isInteger(v) ? count(v) : '');

export function renderEnergy(parent: Sel, report: Report, store: Store, width: number): void {
  const p = panel(
    parent,
    'energy',
    'Energy and money',
    'What to look for: the grey standby band and the step line of hosts in standby (power management at work, usually at night and at weekends), cost climbing faster while the tariff is high, and what the virtualized datacenter saves against physical servers.',
  );
  const totals = p.body.append('p').attr('class', 'energy-totals').attr('data-field', 'energy-totals');
  const writeTotals = () => {
    const c = report.clusters.length > 1 ? report.clusters.find((x) => x.id === store.cluster) : undefined;
    const e = c === undefined ? report.headline.energy : c.headline.energy;
    const costText = e.cost !== null ? `, ${money(e.cost, e.currency)}` : ', no electricity price given';
    const co2Text = e.operationalKgCo2 !== null ? `, ${kgCo2(e.operationalKgCo2)} operational` : '';
    totals.text(`Over the run${c === undefined ? '' : `, ${c.id}`}: ${kwh(e.itKWh)} IT, ${kwh(e.facilityKWh)} at the facility (${pue(e.pue)})${costText}${co2Text}.`);
  };
  writeTotals();
  store.on('cluster', writeTotals, totals.node());
  p.body
    .append('p')
    .attr('class', 'power-summary hint')
    .attr('data-field', 'power-summary')
    .text(powerManagementText(report) ?? 'Power management: every host served VMs the whole run; none was put in standby.');
  if (report.series.t.length > 0) {
    const holder = p.body.append('div');
    const draw = () => {
      holder.selectAll('*').remove();
      powerChart(holder, report, store, width);
    };
    draw();
    store.on('cluster', draw, holder.node());
  }
  if (report.energy.hours.t.length > 0) {
    const holder = p.body.append('div');
    const draw = () => {
      holder.selectAll('*').remove();
      cumulativeChart(holder, report, energyHours(report, store.cluster), store, width);
    };
    draw();
    store.on('cluster', draw, holder.node());
  }
  renderComparisonTable(p.body, report);
  renderFinanceTable(p.body, report);
}

function powerChart(parent: Sel, report: Report, store: Store, width: number): void {
  const v = powerView(report, store.cluster);
  const changes = powerChanges(report, store.cluster);
  const skipped = powerSkips(report, store.cluster);
  const notes: string[] = [];
  if (skipped > 0) notes.push(`Power management decided against ${count(skipped)} power-downs (host.power-skipped).`);
  if (report.events.truncated) notes.push(`The report's events end at ${count(report.events.items.length)}: power changes after them are not marked.`);
  const explain = v.managed
    ? 'Mean IT power per interval, stacked by what the hosts were doing: serving VMs, booting or shutting down, in standby. The step line (right axis) counts hosts in standby or on their way; ticks along the time axis mark hosts powering down and up.'
    : 'Mean IT power per interval. Every host served VMs throughout: no host was booting, shutting down or in standby.';
  new TimeChart(
    parent,
    {
      name: 'power-states',
      title: `Power by host state — ${v.label}`,
      explain: [explain, ...notes].join(' '),
      startMs: startMs(report),
      t: v.t,
      dt: v.dt,
      x: v.x,
      yLabel: 'IT power (kW)',
      yFormat: kw,
      // Without power management only the serving layer has anything in it.
      stack: [
        { key: 'serving', label: 'serving VMs', colour: POWER_COLOURS.serving, values: v.servingKW },
        ...(v.managed
          ? [
              { key: 'transition', label: 'booting or shutting down', colour: POWER_COLOURS.transition, values: v.transitionKW },
              { key: 'standby', label: 'standby', colour: POWER_COLOURS.standby, values: v.standbyKW },
            ]
          : []),
      ],
      stackTotalLabel: 'total IT power',
      lines: v.managed ? [{ key: 'hosts-standby', label: 'hosts in standby (right axis)', colour: POWER_COLOURS.hostsStandby, values: v.hostsStandby, step: true, right: true, width: 2 }] : [],
      ...(v.managed ? { y2: { label: 'hosts in standby (count)', format: (x: number) => (Number.isFinite(x) ? num(x) : '–'), tick: wholeTick, atLeast: 2 } } : {}),
      ticks: [
        { key: 'down', label: 'powering down', colour: POWER_COLOURS.down, items: changes.filter((c) => c.direction === 'down').map((c) => ({ t: c.t, label: c.text })) },
        { key: 'up', label: 'powering up', colour: POWER_COLOURS.up, items: changes.filter((c) => c.direction === 'up').map((c) => ({ t: c.t, label: c.text })) },
      ].filter((k) => k.items.length > 0),
      csv: () =>
        toCsv(
          ['t_ms', 'interval_ms', 'serving_kw', 'transition_kw', 'standby_kw', 'hosts_standby'],
          v.t.map((t, i) => [t, v.dt[i], v.servingKW[i], v.transitionKW[i], v.standbyKW[i], v.hostsStandby[i]]),
        ),
    },
    store,
    width,
  );
}

function cumulativeChart(parent: Sel, report: Report, h: EnergyHours, store: Store, width: number): void {
  const cur = report.headline.energy.currency;
  const withZero = (xs: readonly number[]) => [0, ...xs];
  const ends = withZero(h.end);
  const cost = h.cumCost;
  const moneyOf = (x: number) => (Number.isFinite(x) ? money(x, cur) : NONE);
  new TimeChart(
    parent,
    {
      name: 'energy-cumulative',
      title: `Energy and cost since the start — ${report.energy.clusters[store.cluster] === undefined ? 'datacenter' : store.cluster}`,
      explain: `IT energy is what the servers draw; facility energy adds cooling and power losses (IT × PUE, hour by hour).${
        cost ? ` Cost (right axis) is each hour's facility energy at that hour's price, so it climbs faster while the tariff is high.` : ' No price given: the cost is not shown.'
      }`,
      startMs: startMs(report),
      t: h.t,
      dt: h.dt,
      x: h.end,
      yLabel: 'energy since the start (kWh)',
      yFormat: (x) => (Number.isFinite(x) ? kwh(x) : NONE),
      lines: [
        { key: 'facility', label: 'facility energy', colour: POWER_COLOURS.facility, values: withZero(h.cumFacilityKWh), x: ends, width: 2 },
        { key: 'it', label: 'IT energy', colour: POWER_COLOURS.it, values: withZero(h.cumItKWh), x: ends, width: 2, fill: 0.12 },
        ...(cost ? [{ key: 'cost', label: `cost (right axis, ${cur})`, colour: POWER_COLOURS.cost, values: withZero(cost), x: ends, width: 2.5, dash: true, right: true }] : []),
      ],
      ...(cost ? { y2: { label: `cost since the start (${cur})`, format: moneyOf } } : {}),
      extraTip: (i) => {
        const price = hourPrice(h, i);
        return [
          `this hour: ${kwh(h.itKWh[i] ?? Number.NaN)} IT, ${kwh(h.facilityKWh[i] ?? Number.NaN)} at the facility`,
          { label: 'PUE', value: Number.isFinite(hourPue(h, i)) ? num(hourPue(h, i)) : NONE },
          { label: 'price', value: price === null ? `${NONE} (no price given)` : pricePerKWh(price, cur) },
          { label: "this hour's cost", value: money(h.cost[i] ?? null, cur) },
          ...(h.kgCo2[i] !== null && h.kgCo2[i] !== undefined ? [{ label: "this hour's CO2", value: kgCo2(h.kgCo2[i] ?? null) }] : []),
        ];
      },
      csv: () =>
        toCsv(
          ['hour_start_ms', 'hour_ms', 'it_kwh', 'facility_kwh', 'cost', 'kgco2', 'pue', 'price_per_kwh', 'cum_it_kwh', 'cum_facility_kwh', 'cum_cost'],
          h.t.map((t, i) => [t, h.dt[i], h.itKWh[i], h.facilityKWh[i], h.cost[i], h.kgCo2[i], hourPue(h, i), hourPrice(h, i), h.cumItKWh[i], h.cumFacilityKWh[i], cost ? cost[i] : null]),
        ),
    },
    store,
    width,
  );
}
