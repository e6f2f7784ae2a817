/**
 * The files of a report folder written after the simulation: vms.csv, finance.csv, energy.csv,
 * report.json, report.html and summary.json, from the clusters' parts. A run simulated in one
 * piece and one whose clusters ran apart both end here, so their files are the same.
 */
import fs from 'node:fs';
import type { AtomicDir } from '../output/atomic-dir.js';
import type { EventSink } from '../output/event-sink.js';
import { writeEnergyCsv, writeFinanceCsv } from '../output/finance-csv.js';
import { stableJson } from '../output/json.js';
import { jsonPieces, writePieces } from '../output/json-stream.js';
import { VM_COLUMNS } from '../output/vms-csv.js';
import { StreamFile } from '../output/stream-file.js';
import { stringify } from 'csv-stringify/sync';
import type { DrSummary } from '../model/availability/dr.js';
import { assembleReport, datacenterHeadline, type RunFacts } from '../report/build-report.js';
import { reportHtmlPieces, viewerMissingHtml, ViewerNotBuiltError, type RenderHtmlOptions } from '../report/html.js';
import { viewerAssets, type ViewerAssets } from '../report/viewer-assets.js';
import type { ReportPart } from '../report/report-part.js';
import type { HeadlineFigures, Report } from '../report/schema.js';
import type { Scenario } from '../scenario/scenario.js';
import { VERSION } from '../version.js';

export interface DatastoreSummary {
  readonly id: string;
  readonly capacityGiB: number;
  readonly peakUsedGiB: number;
  readonly usedAtEndGiB: number;
}

export interface RunOutputs {
  readonly scenario: Scenario;
  readonly facts: RunFacts;
  readonly parts: readonly ReportPart[];
  /** Each cluster's rows of vms.csv (vmsCsvText), in cluster order, one at a time: a run's text or a split cluster's file read when its turn comes. */
  readonly vmsCsv: Iterable<string>;
  readonly events: EventSink;
  readonly eventsFired: number;
  readonly dr: DrSummary;
  readonly datastores: readonly DatastoreSummary[];
  /** Wall clock time of the run (summary.json only). */
  readonly wallTimeMs: number;
  /** Set when the clusters ran apart: how many, on how many worker threads. */
  readonly split?: { readonly clusters: number; readonly workers: number };
  readonly page?: ReportPage;
}

/** What report.html shows beside the report (a calibration) and its title. */
export type ReportPage = Pick<RenderHtmlOptions, 'calibration' | 'planning' | 'title'>;

/** Writes the files; returns report.json's content and the datacenter's headline, unrounded. */
export function writeResultFiles(dir: AtomicDir, o: RunOutputs): { report: Report; headline: HeadlineFigures } {
  const { scenario, parts } = o;
  const spec = scenario.spec;
  writeVmsCsv(dir.file('vms.csv'), o.vmsCsv);
  const { folded, headline: total } = datacenterHeadline(scenario, parts.map((p) => p.headline));
  const lifeShare = spec.duration / (spec.energy.serverLifeYears * 365.25 * 86_400_000);
  writeFinanceCsv(
    dir.file('finance.csv'),
    total.finance,
    total.energy.embodiedKgCo2,
    spec.energy.embodiedKgCo2PerServer * total.finance.baselineServers * lifeShare,
  );
  writeEnergyCsv(dir.file('energy.csv'), scenario.startEpochMs, parts.map((p) => p.cluster.id), folded.meterRows);
  const report = assembleReport(scenario, o.facts, parts, o.events, total);
  // In pieces: a region's report (millions of VM rows) is longer than the longest string V8 holds.
  writePieces(dir.file('report.json'), (function* () {
    yield* jsonPieces(report, '  ');
    yield '\n';
  })());
  writeReportHtml(dir.file('report.html'), report, o.page ?? {});
  const summary = {
    dcsim: { version: VERSION },
    scenario: { name: spec.name, file: scenario.file, sha256: scenario.sha256 },
    seed: o.facts.seed,
    start: spec.start,
    durationMs: spec.duration,
    // How the run went, not what it found: differs between runs in one piece and split by cluster.
    run: { wallTimeMs: Math.round(o.wallTimeMs), eventsFired: o.eventsFired, ...(o.split ? { splitByCluster: o.split } : {}) },
    headline: report.headline,
    clusters: report.clusters.map((c) => ({ id: c.id, headline: c.headline })),
    // The clusters side by side, each against the first, with the annualised finance sentences.
    comparison: report.comparison,
    alarms: { total: report.alarms.total, activeAtEnd: report.alarms.activeAtEnd, byRule: report.alarms.byRule },
    unplaceable: parts.flatMap((p) => p.unplaced).slice(0, 100),
    warnings: scenario.warnings,
    stopped: o.facts.stopped,
    // Every lifecycle action counted: migrations, restarts, clones, hot-adds, snapshots, maintenance, power.
    eventCounts: { ...o.events.counts },
    // Disaster recovery: failovers, failbacks, data loss and time to failover (ms).
    dr: o.dr,
    datastores: o.datastores,
  };
  fs.writeFileSync(dir.file('summary.json'), stableJson(summary));
  return { report, headline: total };
}

/** report.html for the folder; a page saying how to build the viewer when it is not built. */
function writeReportHtml(file: string, report: Report, page: ReportPage): void {
  let assets: ViewerAssets;
  try {
    assets = viewerAssets();
  } catch (err) {
    if (err instanceof ViewerNotBuiltError) {
      fs.writeFileSync(file, viewerMissingHtml([report], err.message));
      return;
    }
    throw err;
  }
  writePieces(file, reportHtmlPieces([report], { ...page, assets }));
}

/** vms.csv of a run: the header, then each cluster's rows (vmsCsvText), in cluster order. */
function writeVmsCsv(file: string, clusters: Iterable<string>): void {
  const out = new StreamFile(file);
  out.write(stringify([[...VM_COLUMNS]]));
  for (const text of clusters) out.write(text);
  out.close();
}
