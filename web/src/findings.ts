/**
 * The report's key findings in plain words, for the top of the page: what an architect, a
 * finance analyst and a student should take away first. Pure.
 */
import { READY_LIMITS, READY_RULE } from '../../src/catalogue/ready-bands.js';
import { count, duration, gib, kgCo2, kwh, mibAsGib, money, num, pct, pue, ratio } from './format.js';
import { financeSummary } from './finance-rows.js';
import { powerDirection, standbyHostHours } from './power-series.js';
import { alarmCountsText, rulesInForce } from './alarm-rules.js';
import { clusterView, ALL_CLUSTERS } from './cluster-view.js';
import type { Report } from './types.js';

export interface Finding {
  readonly tone: 'good' | 'warn' | 'bad' | 'info';
  readonly text: string;
}

export function findings(report: Report): Finding[] {
  const h = report.headline;
  const out: Finding[] = [];
  const r = h.cpuReady;
  const readyText =
    r.band === 'fine'
      ? `CPU ready is fine: the p95 of VMs' p95 CPU ready is ${pct(r.p95OfVmP95Pct)}, under the ${READY_LIMITS.watch} % rule of thumb (the worst VM waits ${pct(r.worstVmP95Pct)} of the time at its p95).`
      : `CPU ready is ${r.band}: the p95 of VMs' p95 CPU ready is ${pct(r.p95OfVmP95Pct)} (rule of thumb: ${READY_RULE}); ${count(r.vmsOver5PctP95)} of ${count(h.vmsPlaced)} placed VMs exceed 5 % at their p95.`;
  // The band judges the fleet over the whole run (a p95 of per-VM p95s); the cpu-ready alarm
  // watches each VM's 5-minute averages. Both can hold at once, and the page says why.
  const readyAlarms = report.alarms.byRule['cpu-ready'] ?? 0;
  const bothText =
    r.band === 'fine' && readyAlarms > 0
      ? ` Yet ${count(readyAlarms)} cpu-ready ${readyAlarms === 1 ? 'alarm was' : 'alarms were'} raised: an alarm watches one VM's ready in each output interval, so a few VMs waiting at a peak raise alarms while the run-long p95 over all VMs stays under ${READY_LIMITS.watch} %. See the Alarms panel for which VMs and when.`
      : '';
  out.push({ tone: r.band === 'fine' ? (readyAlarms > 0 ? 'warn' : 'good') : r.band === 'watch' ? 'warn' : 'bad', text: readyText + bothText });

  let peakText = '';
  if (report.series.t.length > 0 && Object.keys(report.series.clusters).length > 0) {
    const v = clusterView(report, ALL_CLUSTERS);
    let k = 0;
    v.utilPct.forEach((u, i) => {
      if (u > (v.utilPct[k])) k = i;
    });
    const at = Date.parse(report.run.start) + (v.t[k]);
    if (Number.isFinite(at)) {
      const d = new Date(at);
      peakText = ` (peak interval starting ${d.toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
    }
  }
  out.push({
    tone: h.cpu.peakUtilPct >= 90 ? 'warn' : 'info',
    text: `CPU: ${pct(h.cpu.meanUtilPct)} of capacity used on average, ${pct(h.cpu.peakUtilPct)} at the peak${peakText}; ${pct(h.cpu.unmetDemandPct)} of the demand was not granted. ${ratio(h.vcpuPerCore)} vCPUs per physical core.`,
  });

  const m = h.memory;
  const reclaimed = m.balloonedGiB + m.compressionSavedGiB + m.swappedGiB;
  const reclaimText =
    reclaimed > 0
      ? ` On average ${gib(m.balloonedGiB)} was ballooned, ${gib(m.compressionSavedGiB)} saved by compression and ${gib(m.swappedGiB)} in host swap (peak ${gib(m.peakSwappedGiB)}); VMs lost ${pct(m.stallPct)} of their CPU demand waiting for reclaimed pages.`
      : '';
  out.push(
    m.hostsEverBelowHigh === 0
      ? { tone: 'good', text: `Memory: every host stayed in the 'high' state (no reclamation); the lowest free memory on any host was ${mibAsGib(m.lowestFreeMiB)}. Memory overcommit ${ratio(h.memoryOvercommit)}.${m.sharedSavedGiB > 0 ? ` Page sharing saved ${gib(m.sharedSavedGiB)}.` : ''}` }
      : {
          tone: m.stallPct >= 1 || m.stateHours.hard + m.stateHours.low > 0 ? 'bad' : 'warn',
          text: `Memory: ${count(m.hostsEverBelowHigh)} of ${count(h.hosts)} hosts left the 'high' state and reclaimed memory (host-hours: clear ${num(m.stateHours.clear)}, soft ${num(m.stateHours.soft)}, hard ${num(m.stateHours.hard)}, low ${num(m.stateHours.low)}); lowest free memory ${mibAsGib(m.lowestFreeMiB)}.${reclaimText}`,
        },
  );

  out.push(
    h.vmsUnplaceable === 0
      ? { tone: 'good', text: `Placement: all ${count(h.vms)} VMs found a host.` }
      : { tone: 'bad', text: `Placement: ${count(h.vmsUnplaceable)} of ${count(h.vms)} VMs fit on no host and did not run (see the VM table for the reasons).` },
  );

  out.push(availabilityFinding(h.availability));
  const mg = h.migrations;
  if (mg.completed + mg.aborted > 0) {
    out.push({
      tone: mg.aborted > 0 ? 'warn' : 'info',
      text: `Migrations: ${count(mg.completed)} completed${mg.aborted > 0 ? `, ${count(mg.aborted)} aborted` : ''}, ${duration(Math.round(mg.meanDurationS * 1000))} each on average; ${num(mg.transferredGiB)} GiB copied; switch-over downtime ${num(mg.meanDowntimeMs)} ms on average, ${num(mg.maxDowntimeMs)} ms at most. See the Migrations panel.`,
    });
  }

  const al = report.alarms;
  if (rulesInForce(al.rules).length > 0) {
    out.push(
      al.total === 0
        ? { tone: 'good', text: 'Alarms: none fired during the run.' }
        : {
            tone: al.activeAtEnd > 0 ? 'bad' : 'warn',
            text: `Alarms: ${count(al.total)} raised (${alarmCountsText(al.byRule).replace(/ · /g, ', ')}); ${al.activeAtEnd > 0 ? `${count(al.activeAtEnd)} still raised at the end of the run` : 'all cleared by the end of the run'}. See the Alarms panel.`,
          },
    );
  }

  out.push({ tone: 'info', text: energyText(h.energy) });
  const power = powerManagementFinding(report);
  if (power) out.push(power);
  const f = h.finance;
  if (f.saving !== null || f.kgCo2Saved !== null) {
    out.push({ tone: (f.saving ?? f.kgCo2Saved ?? 0) >= 0 ? 'good' : 'warn', text: `Against physical servers: ${financeSummary(f)} See the Energy and money panel.` });
  }
  return out;
}

/**
 * Power management in a sentence, when hosts drew energy booting, shutting down or in standby:
 * host-hours in standby (and their share of all host-hours), the energy of standby and of the
 * transitions, and how many times hosts were powered down. Null when every host served throughout.
 */
export function powerManagementText(report: Report): string | null {
  const e = report.headline.energy;
  if (!(e.transitionKWh + e.standbyKWh > 0)) return null;
  const hours = standbyHostHours(report);
  const all = report.headline.hosts * (report.run.durationMs / 3_600_000);
  const share = all > 0 ? ` (${pct((hours / all) * 100)} of all host-hours)` : '';
  const downs = report.events.items.filter((x) => x.type === 'host.power' && powerDirection(x) === 'down').length;
  const times = downs > 0 && !report.events.truncated ? ` over ${count(downs)} ${downs === 1 ? 'power-down' : 'power-downs'}` : '';
  const overhead = e.itKWh > 0 ? ` (${pct(((e.transitionKWh + e.standbyKWh) / e.itKWh) * 100)} of the IT energy)` : '';
  return `Power management: hosts spent ${num(hours)} host-hours in standby${share}${times}; standby drew ${kwh(e.standbyKWh)} and booting and shutting down ${kwh(e.transitionKWh)}${overhead}, against ${kwh(e.servingKWh)} for hosts serving VMs.`;
}

/** The power management finding (see `powerManagementText`), pointing at the panel. */
export function powerManagementFinding(report: Report): Finding | null {
  const text = powerManagementText(report);
  return text === null ? null : { tone: 'info', text: `${text} See the Energy and money panel.` };
}

/** The availability finding: whether any VM was ever down, and if so how much, why and how fast HA recovered. */
export function availabilityFinding(a: Report['headline']['availability']): Finding {
  if (a.outages === 0) {
    const failures = a.hostFailures > 0 ? ` despite ${count(a.hostFailures)} host ${a.hostFailures === 1 ? 'failure' : 'failures'}` : '';
    return { tone: 'good', text: `Availability: no VM was ever down${failures} (${count(a.vmsEverRunning)} VMs ran).` };
  }
  const [reason, hours] = Object.entries(a.downtimeByReasonVmHours).sort((x, y) => y[1] - x[1])[0] ?? ['', 0];
  const ha = a.incidents > 0 ? ` ${count(a.hostFailures)} host ${a.hostFailures === 1 ? 'failure' : 'failures'} in ${count(a.incidents)} ${a.incidents === 1 ? 'incident' : 'incidents'}; HA restarted ${count(a.restarts)} VMs, the slowest incident took ${duration(a.worstRecoveryS * 1000)} to recover.` : '';
  return {
    tone: a.vmsDownAtEnd > 0 ? 'bad' : 'warn',
    text: `Availability: mean VM availability ${pct(a.meanVmAvailabilityPct)} (${num(a.nines)} nines), worst VM ${pct(a.worstVmAvailabilityPct)}; ${count(a.outages)} outages cost ${num(a.downtimeVmHours)} VM-hours${reason ? `, most of it ${reason} (${num(hours)} VM-h)` : ''}.${ha}${a.vmsDownAtEnd > 0 ? ` ${count(a.vmsDownAtEnd)} VMs were still down at the end.` : ''} See the Availability panel.`,
  };
}

/** The energy finding: IT energy, facility energy with its PUE, cost and carbon (what the report gives). */
export function energyText(e: Report['headline']['energy']): string {
  const it = `Energy: ${kwh(e.itKWh)} of IT energy over the run (mean ${num(e.meanPowerKW)} kW)`;
  const facility = e.pue !== 1 ? `, ${kwh(e.facilityKWh)} at the facility (${pue(e.pue)})` : ', PUE 1 (no facility overhead given)';
  const cost = e.cost !== null ? `, costing ${money(e.cost, e.currency)}` : '';
  const carbon =
    e.operationalKgCo2 !== null
      ? ` Carbon: ${kgCo2(e.operationalKgCo2)} operational (from the grid) and ${kgCo2(e.embodiedKgCo2)} embodied (the hosts' share of their manufacture).`
      : ` Carbon: ${kgCo2(e.embodiedKgCo2)} embodied (the hosts' share of their manufacture); no grid intensity given for operational CO2.`;
  return `${it}${facility}${cost}.${carbon}`;
}
