/** The page header (run metadata, warnings, key findings) and the overview cards. */
import { READY_RULE } from '../../src/catalogue/ready-bands.js';
import { findings } from './findings.js';
import { co2Mass, count, duration, gib, kgCo2, kwh, mibAsGib, money, moneyRound, num, pct, pue, ratio, when } from './format.js';
import { BAND_COLOURS, BAND_TEXT } from './palette.js';
import { alarmCountsText, rulesInForce } from './alarm-rules.js';
import { startMs } from './cluster-view.js';
import type { HeadlineFigures, Report } from './types.js';
import type { Sel } from './ui.js';

export function renderHeader(parent: Sel, report: Report, label: string): void {
  const run = report.run;
  const head = parent.append('header').attr('class', 'run-header').attr('data-panel', 'header');
  const titleRow = head.append('div').attr('class', 'title-row');
  titleRow.append('h1').attr('data-field', 'scenario').text(run.scenario);
  if (label !== run.scenario) titleRow.append('span').attr('class', 'run-label').text(label);
  titleRow.append('span').attr('class', 'generator').text(`dcsim ${report.generator.version} · report v${report.version}`);
  if (run.description) head.append('p').attr('class', 'description').attr('data-field', 'description').text(run.description);
  const meta = head.append('dl').attr('class', 'meta');
  const item = (k: string, v: string, field: string) => {
    const d = meta.append('div');
    d.append('dt').text(k);
    d.append('dd').attr('data-field', field).text(v);
  };
  const start = startMs(report);
  item('start', when(start, 0, true), 'start');
  item('duration', duration(run.durationMs), 'duration');
  item('seed', String(run.seed), 'seed');
  item('step / interval', `${duration(run.stepMs)} / ${duration(run.intervalMs)}`, 'interval');
  item('scenario file', run.file, 'file');
  item('sha256', `${run.sha256.slice(0, 12)}…`, 'sha256');
  meta.select('[data-field=sha256]').attr('title', run.sha256);

  const notes: string[] = [];
  for (const w of run.warnings) notes.push(`warning: ${w}`);
  if (report.series.hostsOmitted) notes.push(`Host series are not in this report: ${report.series.hostsOmitted}. The host heatmap, memory state rows and playback colours need them.`);
  if (report.alarms.truncated) notes.push(`The report lists the first ${count(report.alarms.items.length)} of ${count(report.alarms.total)} alarms raised; events.ndjson has them all.`);
  if (report.events.aggregated !== null) notes.push(report.events.aggregated.note);
  else if (report.events.truncated) notes.push(`The report keeps the first ${count(report.events.items.length)} of ${count(report.events.total)} events; events.ndjson has them all.`);
  if (notes.length > 0) {
    const ul = head.append('ul').attr('class', 'warnings').attr('data-field', 'warnings').attr('aria-label', 'Warnings');
    for (const n of notes) ul.append('li').text(n);
  }

  const f = head.append('section').attr('class', 'findings').attr('aria-labelledby', 'findings-title');
  f.append('h2').attr('id', 'findings-title').text('Key findings');
  const ul = f.append('ul');
  for (const x of findings(report)) ul.append('li').attr('class', `finding ${x.tone}`).text(x.text);
}

interface Card {
  readonly key: string;
  readonly label: string;
  readonly value: string;
  readonly sub: string;
  readonly hint: string;
  readonly band?: HeadlineFigures['cpuReady']['band'];
  /** A colour for the card's left edge (without a badge). */
  readonly edge?: string;
  /** Further figures, a line each, between the sub line and the hint. */
  readonly lines?: ReadonlyArray<{ readonly field: string; readonly text: string }>;
}

/**
 * The energy card: IT energy and mean power, then facility energy with its PUE (when the PUE is
 * not 1), the cost (when a price is given), operational CO2 (when a grid intensity is given),
 * embodied CO2, and the energy of hosts in standby and booting or shutting down (when any).
 */
function energyCard(e: HeadlineFigures['energy']): Card {
  const lines: Array<{ field: string; text: string }> = [];
  if (e.pue !== 1) lines.push({ field: 'facility', text: `facility ${kwh(e.facilityKWh)} (${pue(e.pue)})` });
  if (e.cost !== null) lines.push({ field: 'cost', text: `cost ${money(e.cost, e.currency)}` });
  if (e.operationalKgCo2 !== null) lines.push({ field: 'operational-co2', text: `operational ${kgCo2(e.operationalKgCo2)}` });
  lines.push({ field: 'embodied-co2', text: `embodied ${kgCo2(e.embodiedKgCo2)}` });
  if (e.transitionKWh + e.standbyKWh > 0) lines.push({ field: 'power-states', text: `standby ${kwh(e.standbyKWh)} · boot/shutdown ${kwh(e.transitionKWh)}` });
  return {
    key: 'energy',
    label: 'Energy',
    value: kwh(e.itKWh),
    sub: `IT · mean ${num(e.meanPowerKW)} kW`,
    lines,
    hint: e.pue !== 1 ? 'servers only; facility = IT × PUE (cooling, power losses)' : 'servers only (PUE 1: no facility overhead given)',
  };
}

/**
 * The finance card: the total saving against the physical baseline and its share (when prices are
 * given), the servers it takes instead of the baseline's, and the CO2 saved (when known).
 */
function financeCard(f: HeadlineFigures['finance']): Card {
  const lines: Array<{ field: string; text: string }> = [];
  // Energy priced but no server price: the total is unknown, the energy saving is not.
  const energySaved = f.energyCost !== null && f.baselineEnergyCost !== null ? f.baselineEnergyCost - f.energyCost : null;
  if (f.savingPct !== null) lines.push({ field: 'saving-pct', text: `${pct(f.savingPct)} of the physical cost` });
  else if (energySaved !== null) lines.push({ field: 'no-price', text: `energy cost only: no server price given (finance.serverPrice), so hardware and the total are unknown` });
  else lines.push({ field: 'no-price', text: 'no electricity or server price given' });
  lines.push({ field: 'servers-saved', text: `${count(f.serversSaved)} ${Math.abs(f.serversSaved) === 1 ? 'server' : 'servers'} saved` });
  if (f.kgCo2Saved !== null) lines.push({ field: 'co2-saved', text: `${co2Mass(f.kgCo2Saved)} saved` });
  return {
    key: 'finance',
    label: f.saving === null && energySaved !== null ? 'Energy cost saved vs physical servers' : 'Saving vs physical servers',
    value: moneyRound(f.saving ?? energySaved, f.currency),
    sub: `${count(f.servers)} ${f.servers === 1 ? 'server' : 'servers'} instead of ${count(f.baselineServers)}`,
    lines,
    hint: 'total cost over the run (energy, hardware, licences, admin) against running the same VMs on physical servers',
    ...((f.saving ?? energySaved) !== null ? { edge: (f.saving ?? energySaved)! >= 0 ? BAND_COLOURS.fine : BAND_COLOURS.significant } : {}),
  };
}

/**
 * The availability card, always shown (a run with no outage says so): mean VM availability, its
 * nines, outages and VM-hours down.
 */
function availabilityCard(a: HeadlineFigures['availability']): Card {
  const base = { key: 'availability', label: 'VM availability (mean)', value: pct(a.meanVmAvailabilityPct), hint: 'time up / time since first power-on, mean over VMs' };
  if (a.outages === 0) return { ...base, sub: 'no VM was ever down', edge: BAND_COLOURS.fine };
  return {
    ...base,
    sub: `${num(a.nines)} nines · ${count(a.outages)} ${a.outages === 1 ? 'outage' : 'outages'}`,
    lines: [
      { field: 'downtime', text: `${num(a.downtimeVmHours)} VM-hours down` },
      { field: 'worst-vm', text: `worst VM ${pct(a.worstVmAvailabilityPct)}` },
      ...(a.vmsDownAtEnd > 0 ? [{ field: 'down-at-end', text: `${count(a.vmsDownAtEnd)} VMs down at the end` }] : []),
    ],
    edge: a.vmsDownAtEnd > 0 ? BAND_COLOURS.bad : BAND_COLOURS.significant,
  };
}

/** The HA card: host failures, HA restarts and the slowest recovery. */
function haCard(a: HeadlineFigures['availability']): Card {
  return {
    key: 'ha',
    label: 'Host failures (HA)',
    value: count(a.hostFailures),
    sub: `${count(a.restarts)} HA ${a.restarts === 1 ? 'restart' : 'restarts'} · ${count(a.incidents)} ${a.incidents === 1 ? 'incident' : 'incidents'}`,
    lines: a.incidents > 0 ? [{ field: 'worst-recovery', text: `worst recovery ${duration(a.worstRecoveryS * 1000)}` }] : [],
    hint: 'recovery: incident start to the last affected VM running again',
    ...(a.hostFailures > 0 ? { edge: a.vmsDownAtEnd > 0 ? BAND_COLOURS.bad : BAND_COLOURS.significant } : {}),
  };
}

/** The migrations card, always shown (0 is information): completed, mean duration and downtime. */
function migrationsCard(m: HeadlineFigures['migrations']): Card {
  const base = { key: 'migrations', label: 'Migrations', value: count(m.completed), hint: 'live migrations: DRS balancing, maintenance, scripted moves' };
  if (m.completed + m.aborted === 0) return { ...base, sub: 'no VM was moved' };
  return {
    ...base,
    sub: `mean ${duration(Math.round(m.meanDurationS * 1000))} · downtime ${num(m.meanDowntimeMs)} ms`,
    lines: [
      { field: 'transferred', text: `${num(m.transferredGiB)} GiB copied` },
      ...(m.aborted > 0 ? [{ field: 'aborted', text: `${count(m.aborted)} aborted` }] : []),
    ],
  };
}

/** The alarms card: how many were raised, and how many were still raised at the end. */
function alarmCard(a: Report['alarms']): Card {
  const base = { key: 'alarms', label: 'Alarms raised' };
  if (rulesInForce(a.rules).length === 0) return { ...base, value: '–', sub: 'no alarm rules in force', hint: 'see the Alarms panel' };
  return {
    ...base,
    value: count(a.total),
    sub: a.total === 0 ? 'none fired' : a.activeAtEnd > 0 ? `${count(a.activeAtEnd)} still raised at the end` : 'all cleared by the end',
    hint: a.total > 0 ? alarmCountsText(a.byRule) : 'CPU ready, host CPU, swapping, memory state',
    edge: a.activeAtEnd > 0 ? BAND_COLOURS.bad : a.total > 0 ? BAND_COLOURS.significant : BAND_COLOURS.fine,
  };
}

function cards(report: Report): Card[] {
  const h = report.headline;
  const m = h.memory;
  const all: Card[] = [
    {
      key: 'hosts',
      label: 'Hosts',
      value: count(h.hosts),
      sub: `${count(h.cores)} cores · ${num(h.hostMemoryGiB)} GiB · ${count(h.density.hostsInUse)} in use at placement${h.density.hostsSpare > 0 ? `, ${count(h.density.hostsSpare)} spare (${h.density.spareHosts === 'standby' ? 'standby' : h.density.spareHosts === 'on' ? 'left on' : 'on or standby'})` : ''}`,
      hint: 'physical servers in the run; in use: serving at least one VM after initial placement',
    },
    {
      key: 'vms',
      label: 'VMs placed',
      value: `${count(h.vmsPlaced)} / ${count(h.vms)}`,
      sub: h.vmsUnplaceable > 0 ? `${count(h.vmsUnplaceable)} unplaceable` : 'none unplaceable',
      hint: 'VMs that found a host; unplaceable ones did not run',
    },
    {
      key: 'vcpu',
      label: 'vCPU : pCPU',
      value: ratio(h.vcpuPerCore),
      sub: `${count(h.vcpus)} vCPUs on the ${count(h.hostsInUse)} hosts in use · busiest ${ratio(h.density.busiestVcpuPerCore)} · cap ${h.density.maxVcpuPerCore === null ? 'none' : ratio(h.density.maxVcpuPerCore)}`,
      hint: 'over the hosts serving VMs (empty hosts left out); typical ~4 : 1; above ~5 : 1 is risky',
    },
    {
      key: 'memOvercommit',
      label: 'Memory overcommit',
      value: ratio(h.memoryOvercommit),
      sub: `${num(h.vmMemoryGiB)} GiB configured · busiest ${ratio(h.density.busiestMemoryOvercommit)} · cap ${h.density.maxMemoryOvercommit === null ? 'none' : ratio(h.density.maxMemoryOvercommit)}`,
      hint: 'VM memory / host memory over the hosts serving VMs; above 1 relies on reclamation',
    },
    {
      key: 'util',
      label: 'CPU utilisation',
      value: `${pct(h.cpu.meanUtilPct)} mean`,
      sub: `peak ${pct(h.cpu.peakUtilPct)} · unmet ${pct(h.cpu.unmetDemandPct)}`,
      hint: 'granted CPU / usable capacity (peak: busiest interval)',
    },
    {
      key: 'ready',
      label: 'p95 CPU ready',
      value: pct(h.cpuReady.p95OfVmP95Pct),
      sub: `${h.cpuReady.band} · ${count(h.cpuReady.vmsOver5PctP95)} VMs over 5 %`,
      hint: `time a vCPU waits for a core: ${READY_RULE}`,
      band: h.cpuReady.band,
    },
    {
      key: 'memory',
      label: 'Lowest free memory',
      value: mibAsGib(m.lowestFreeMiB),
      sub: `${count(m.hostsEverBelowHigh)} of ${count(h.hosts)} hosts ever below 'high'`,
      hint: "on the host that came closest; below 'high' the host reclaims memory",
    },
    {
      key: 'reclaim',
      label: 'Memory reclaimed (mean)',
      value: gib(m.balloonedGiB + m.compressionSavedGiB + m.swappedGiB),
      sub: `balloon ${num(m.balloonedGiB)} · compressed ${num(m.compressionSavedGiB)} · swap ${num(m.swappedGiB)} GiB`,
      hint: `taken back from VMs; page sharing saved another ${gib(m.sharedSavedGiB)} for free`,
    },
    {
      key: 'stall',
      label: 'Memory stall',
      value: pct(m.stallPct),
      sub: `peak swap ${gib(m.peakSwappedGiB)}`,
      hint: 'CPU demand lost while VMs wait for reclaimed pages',
    },
    energyCard(h.energy),
    financeCard(h.finance),
    alarmCard(report.alarms),
    availabilityCard(h.availability),
    haCard(h.availability),
    migrationsCard(h.migrations),
  ];
  // Three rows of five: placement and CPU; memory and alarms; availability, energy and money.
  const order = ['hosts', 'vms', 'vcpu', 'util', 'ready', 'memOvercommit', 'memory', 'reclaim', 'stall', 'alarms', 'availability', 'ha', 'migrations', 'energy', 'finance'];
  return order.map((k) => all.find((c) => c.key === k)).filter((c): c is Card => c !== undefined);
}

export function renderCards(parent: Sel, report: Report): void {
  const section = parent.append('section').attr('class', 'panel').attr('id', 'overview').attr('data-panel', 'cards').attr('aria-labelledby', 'overview-title');
  const head = section.append('header').attr('class', 'panel-head');
  head.append('h2').attr('id', 'overview-title').text('Overview');
  head.append('p').attr('class', 'explain').text('What to look for: the coloured CPU ready card (green fine … red bad), VMs that could not be placed, alarms still raised at the end, VMs that were down (availability below 100 %), whether memory had to be reclaimed (swap and stall hurt), and what virtualization saved against physical servers.');
  const grid = section.append('div').attr('class', 'cards');
  for (const c of cards(report)) {
    const card = grid.append('div').attr('class', 'card').attr('data-card', c.key);
    card.append('div').attr('class', 'card-label').text(c.label);
    const v = card.append('div').attr('class', 'card-value').text(c.value);
    if (c.band) {
      card.classed('banded', true).style('border-left-color', BAND_COLOURS[c.band]);
      card
        .append('div')
        .attr('class', 'badge')
        .attr('data-band', c.band)
        .style('background', BAND_COLOURS[c.band])
        .style('color', BAND_TEXT[c.band])
        .text(c.band);
      v.attr('data-band', c.band);
    }
    if (c.edge) card.classed('banded', true).style('border-left-color', c.edge);
    card.append('div').attr('class', 'card-sub').text(c.sub);
    for (const l of c.lines ?? []) card.append('div').attr('class', 'card-line').attr('data-field', l.field).text(l.text);
    card.append('div').attr('class', 'card-hint').text(c.hint);
  }
}
