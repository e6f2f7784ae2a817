/**
 * `dcsim runway --report <folder>`: the planner's report. The folder holds the run of month 0
 * (today's estate: report.json, vms.csv, … as `dcsim run` writes them), runway.csv, planning.json
 * and report.html with the planning panels above today's report: the runway chart per cluster,
 * capacity remaining (`--headroom <cluster/group>`: VMs of that group's profile, by search),
 * right-sizing of today's VMs (`--rightsize <buffer %>`, rightsizing.csv) and the what-if: the
 * runway again with every recommendation applied, side by side with today's.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { writeFileIntoOutput } from '../../output/atomic-dir.js';
import { stableJson } from '../../output/json.js';
import { renderReportHtml } from '../../report/html.js';
import type { HeadlineFigures, Report } from '../../report/schema.js';
import { PlanningSummarySchema, type PlanningSummary } from '../../report/planning-schema.js';
import { readReportVms } from '../../rightsizing/read-vms.js';
import { rightsizing } from '../../rightsizing/rightsizing-csv.js';
import { whatIfScenario } from '../../rightsizing/what-if.js';
import { runToFolder } from '../../run/run-to-folder.js';
import { simulate } from '../../run/simulate.js';
import { headroom } from '../../runway/headroom.js';
import { runOutDate } from '../../runway/interval.js';
import { dayDate, longDate } from '../../runway/month-date.js';
import { runwayPart } from '../../runway/planning-summary.js';
import type { Runway } from '../../runway/runway.js';
import { runwayCsv } from '../../runway/runway-text.js';
import { parseScenarioText } from '../../scenario/index.js';
import { readInputText, MAX_SCENARIO_BYTES } from '../../scenario/input-file.js';
import type { LoadedPolicy } from '../../api/policy.js';
import type { Objective } from '../../sweep/objectives.js';
import type { CliIo } from '../../io.js';
import type { ProbeScenario } from './probe-scenario.js';

export interface PlanningReportInput {
  readonly io: CliIo;
  readonly probe: ProbeScenario;
  readonly policies: Readonly<Record<string, LoadedPolicy>>;
  readonly objectives: readonly Objective[];
  readonly datastoreMaxPct: number;
  readonly result: Runway;
  /** The runway of another raw scenario with the same options (for the what-if). */
  readonly runwayOf: (raw: Record<string, unknown>, label: string) => Runway;
  readonly folder: string;
  readonly force: boolean;
  readonly headroom: readonly string[];
  readonly rightsizeBufferPct: number | null;
}

/** What month 0 of a runway says of a cluster, and its run-out date, for the what-if table. */
function whatIfFigures(r: Runway, cluster: string): Record<string, string | number | null> {
  const h = r.rows.find((x) => x.cluster === cluster && x.month === 0 && x.replication === 0)?.figures as HeadlineFigures | undefined;
  const c = r.clusters.find((x) => x.cluster === cluster);
  const d = c === undefined ? null : runOutDate(c);
  return {
    'p95 CPU ready today (%)': h === undefined ? null : Number(h.cpuReady.p95OfVmP95Pct.toFixed(3)),
    'vCPUs today': h?.vcpus ?? null,
    'vCPU per core today': h === undefined ? null : Number(h.vcpuPerCore.toFixed(3)),
    'hosts in use today': h?.hostsInUse ?? null,
    'run-out date': d?.days === null || d === null ? `beyond month ${r.horizon}` : longDate(dayDate(r.start, d.days)),
  };
}

/** Writes the folder; returns the lines to print. */
export function writePlanningReport(p: PlanningReportInput): string {
  const { io, probe } = p;
  const dir = path.resolve(io.cwd, p.folder);
  const shown = path.relative(io.cwd, dir) || dir;
  runToFolder(probe.base, { outDir: dir, force: p.force, tag: io.tag, wallClock: io.wallClock, policies: p.policies });
  const lines: string[] = [];

  const headroomRows: PlanningSummary['headroom'] = p.headroom.map((spec) => {
    const [cluster = '', group = ''] = spec.split('/');
    const ci = probe.base.spec.clusters.findIndex((c) => c.name === cluster);
    const g = probe.base.spec.clusters[ci]?.vms.find((x) => x.name === group);
    if (g === undefined) throw new HeadroomGroupError(`--headroom: no VM group '${spec}' in ${probe.shownName}`);
    const t = probe.base.spec.templates[g.template];
    const h = headroom(probe.raw, cluster, group, p.objectives, 1000, (raw) =>
      simulate(parseScenarioText(JSON.stringify(raw), `${probe.shownName} (+ VMs of ${spec})`, path.dirname(probe.location)), { policies: p.policies }).clusterHeadlines[ci] as HeadlineFigures,
    );
    return { cluster, group, profile: `${group}: ${t?.vcpus} vCPUs, ${t?.memoryGiB} GiB, its ${g.workload.type} workload`, fits: h.fits, atMax: h.atMax, binding: [...h.binding], runs: h.probes.length };
  });

  let rightsizingPart: PlanningSummary['rightsizing'] = null;
  let whatIfPart: PlanningSummary['whatIf'] = null;
  if (p.rightsizeBufferPct !== null) {
    const buffer = p.rightsizeBufferPct;
    const { vms } = readReportVms(dir, shown);
    const rs = rightsizing(vms, buffer);
    writeFileIntoOutput(path.join(dir, 'rightsizing.csv'), rs.csv);
    rightsizingPart = {
      rule: `recommended = p95 CPU demand and touched memory of today's run + ${buffer} % buffer (src/rightsizing/rule.ts)`,
      columns: ['VM', 'group', 'vCPUs', 'p95 CPU demand (%)', 'recommended vCPUs', 'vCPUs back', 'CPU', 'memory (GiB)', 'touched (GiB)', 'recommended (GiB)', 'GiB back', 'memory'],
      rows: rs.rows.map(({ vm, rec }) => [
        vm.id, vm.group, vm.vcpus, Number(vm.cpuDemandP95Pct.toFixed(3)), rec.recommendedVcpus, rec.vcpusBack, rec.cpu,
        Number((vm.memoryMiB / 1024).toFixed(3)), Number((vm.memTouchedMiB / 1024).toFixed(3)), Number(rec.recommendedMemoryGiB.toFixed(3)), Number(rec.memoryGiBBack.toFixed(3)), rec.memory,
      ]),
    };
    const text = readInputText(probe.location, MAX_SCENARIO_BYTES);
    const w = whatIfScenario(text, rs.rows, buffer);
    const whatIf = p.runwayOf(parseYaml(w.text, { merge: true }) as Record<string, unknown>, 'what-if');
    whatIfPart = {
      note: `every group resized to its largest recommendation (${w.resizedGroups} group(s)), demand in MHz and MiB unchanged; the same runway run on it${w.notes.length > 0 ? `; ${w.notes.join('; ')}` : ''}`,
      rows: p.result.clusters.flatMap(({ cluster }) => {
        const a = whatIfFigures(p.result, cluster);
        const b = whatIfFigures(whatIf, cluster);
        return Object.keys(a).map((figure) => ({ cluster, figure, today: a[figure] ?? null, whatIf: b[figure] ?? null }));
      }),
    };
    lines.push(`${shown}/rightsizing.csv: ${rs.totals.vms} VM(s), ${rs.totals.vcpusBack} vCPUs and ${rs.totals.memoryGiBBack.toFixed(1)} GiB to give back; what-if runway in report.html`);
  }

  const planning: PlanningSummary = PlanningSummarySchema.parse({
    schema: 'dcsim-planning-summary',
    version: 1,
    scenario: probe.base.spec.name,
    ...runwayPart(p.result, p.objectives, p.datastoreMaxPct),
    headroom: headroomRows,
    rightsizing: rightsizingPart,
    whatIf: whatIfPart,
  });
  writeFileIntoOutput(path.join(dir, 'runway.csv'), runwayCsv(p.result));
  writeFileIntoOutput(path.join(dir, 'planning.json'), stableJson(planning));
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')) as Report;
  writeFileIntoOutput(path.join(dir, 'report.html'), renderReportHtml([report], { planning, title: `${probe.base.spec.name} — dcsim runway` }));
  for (const h of headroomRows) {
    lines.push(h.fits === null ? `${h.cluster}: already fails ${h.binding.join(', ')} with no VM added` : `${h.cluster}: fits ${h.atMax ? 'at least ' : ''}${h.fits} more VMs of ${h.profile}${h.binding.length > 0 ? `; with one more, ${h.binding.join(', ')} fails` : ''} (${h.runs} runs)`);
  }
  lines.push(`${shown}/report.html: runway, capacity remaining${rightsizingPart ? ', right-sizing and the what-if' : ''}, above today's report (month 0)`);
  return lines.map((l) => `${l}\n`).join('');
}

/** A --headroom group that the scenario does not have. */
export class HeadroomGroupError extends Error {}
