/**
 * The files of a report folder written after the simulation: vms.csv, finance.csv, energy.csv,
 * report.json, report.html and summary.json, from the clusters' parts. A run simulated in one
 * piece and one whose clusters ran apart both end here, so their files are the same.
 */
import fs from 'node:fs';
import { writeEnergyCsv, writeFinanceCsv } from '../output/finance-csv.js';
import { stableJson } from '../output/json.js';
import { writeVmsCsv } from '../output/vms-csv.js';
import { assembleReport, datacenterHeadline } from '../report/build-report.js';
import { renderReportHtml, viewerMissingHtml, ViewerNotBuiltError } from '../report/html.js';
import { VERSION } from '../version.js';
/** Writes the files; returns report.json's content and the datacenter's headline, unrounded. */
export function writeResultFiles(dir, o) {
    const { scenario, parts } = o;
    const spec = scenario.spec;
    writeVmsCsv(dir.file('vms.csv'), parts.map((p) => p.vmsCsv));
    const { folded, headline: total } = datacenterHeadline(scenario, parts.map((p) => p.headline));
    const lifeShare = spec.duration / (spec.energy.serverLifeYears * 365.25 * 86_400_000);
    writeFinanceCsv(dir.file('finance.csv'), total.finance, total.energy.embodiedKgCo2, spec.energy.embodiedKgCo2PerServer * total.finance.baselineServers * lifeShare);
    writeEnergyCsv(dir.file('energy.csv'), scenario.startEpochMs, parts.map((p) => p.cluster.id), folded.meterRows);
    const report = assembleReport(scenario, o.facts, parts, o.events, total);
    fs.writeFileSync(dir.file('report.json'), stableJson(report));
    fs.writeFileSync(dir.file('report.html'), reportHtml(report, o.page ?? {}));
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
function reportHtml(report, page) {
    try {
        return renderReportHtml([report], page);
    }
    catch (err) {
        if (err instanceof ViewerNotBuiltError)
            return viewerMissingHtml([report], err.message);
        throw err;
    }
}
//# sourceMappingURL=result-files.js.map