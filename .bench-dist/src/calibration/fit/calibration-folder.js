/**
 * `dcsim calibrate`'s output folder, written atomically: overlay.yaml (the fitted parameters,
 * for any scenario with KVM hosts), scenario.yaml + traces/ (the replay with the overlay applied,
 * a complete scenario `dcsim run` accepts), calibration.json (parameters with confidence, error
 * table before / after, observed and simulated series, the optimiser's history and notes),
 * observed-vs-simulated.csv, errors.csv, and report/ (the usual report of scenario.yaml, whose
 * report.html also shows the calibration: observed vs simulated before / after, the error table
 * and the fitted parameters, from calibration-summary.ts like calibration.json).
 */
import { writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { AtomicDir } from '../../output/atomic-dir.js';
import { stableJson } from '../../output/json.js';
import { runToFolder } from '../../run/run-to-folder.js';
import { parseScenarioText } from '../../scenario/index.js';
import { planSpec, scenarioYaml, writePlanFiles } from '../replay/evaluate.js';
import { METRIC_INFO } from '../replay/metrics.js';
import { traceSummary } from '../replay/replay-folder.js';
import { comparisonCsv, errorsCsv, hostSeriesJson } from '../replay/write.js';
import { calibrate } from './calibrate.js';
import { calibrationSummary } from './calibration-summary.js';
/** What the folder's ownership marker says it is. */
const KIND = 'calibration';
function paramLine(p, d) {
    const ci = p.ci95 ? `, 95 % ≈ [${p.ci95[0].toFixed(d)}, ${p.ci95[1].toFixed(d)}]` : ` (${p.note ?? 'no confidence estimate'})`;
    return `${p.key} = ${p.after.toFixed(d)} ${p.unit} (was ${p.before.toFixed(d)}${ci})`;
}
/** overlay.yaml: a comment block with the fit, then the overlay. */
export function overlayYaml(trace, r, decimals) {
    const err = (j) => (Number.isFinite(j) ? Math.sqrt(j).toFixed(4) : 'n/a');
    const lines = [
        `dcsim calibration overlay, fitted on ${trace.source} (${trace.format}).`,
        `Error (weighted NRMSE, README "Calibrating against your own KVM hosts"): ${err(r.before.objective)} before, ${err(r.after.objective)} after.`,
        ...r.params.map((p) => paramLine(p, decimals(p))),
        'Use it: dcsim overlay <scenario.yaml> overlay.yaml --out <calibrated.yaml>, then dcsim run <calibrated.yaml>.',
    ];
    const body = { ...r.overlay, description: `fitted by dcsim calibrate on ${trace.source}` };
    return `${lines.map((l) => `# ${l}`).join('\n')}\n${stringify(body, { lineWidth: 0 })}`;
}
export function calibrateToFolder(trace, plan, o) {
    const dir = new AtomicDir(o.outDir, o.force, o.tag, KIND);
    try {
        writePlanFiles(plan, dir.tmp);
        const r = calibrate(plan, { ...o, workDir: dir.tmp });
        const dec = (p) => (p.key === 'ksmPagesPerSec' ? 0 : 3);
        writeFileSync(dir.file('overlay.yaml'), overlayYaml(trace, r, dec));
        const overlay = r.overlay;
        const text = scenarioYaml(planSpec(plan, overlay), `Replay of ${trace.source} with the fitted overlay (overlay.yaml), written by dcsim calibrate.`);
        writeFileSync(dir.file('scenario.yaml'), text);
        const runs = [
            { prefix: 'before', hosts: r.before.simulated.hosts },
            { prefix: 'after', hosts: r.after.simulated.hosts },
        ];
        writeFileSync(dir.file('observed-vs-simulated.csv'), comparisonCsv(plan, trace.startEpochMs, runs));
        writeFileSync(dir.file('errors.csv'), errorsCsv([{ phase: 'before', errors: r.before.errors }, { phase: 'after', errors: r.after.errors }]));
        const summary = calibrationSummary(trace, plan, r);
        const json = {
            trace: traceSummary(trace, plan),
            objective: {
                definition: summary.objective.definition,
                weights: Object.fromEntries(r.before.errors.map((e) => [e.metric, e.weight])),
                floors: Object.fromEntries(Object.entries(METRIC_INFO).map(([m, i]) => [m, i.floor])),
                before: summary.objective.before,
                after: summary.objective.after,
            },
            parameters: summary.parameters,
            confidence: summary.confidence,
            errors: summary.errors,
            optimiser: summary.optimiser,
            history: r.history.map((h) => ({ values: h.values.map((v) => Number(v.toPrecision(8))), error: Number.isFinite(h.objective) ? Number(Math.sqrt(h.objective).toPrecision(8)) : null })),
            overlay: r.overlay,
            series: {
                stepMs: plan.grid.stepMs,
                observed: hostSeriesJson(plan.observed),
                before: hostSeriesJson(r.before.simulated.hosts),
                after: hostSeriesJson(r.after.simulated.hosts),
            },
            notes: summary.notes,
        };
        writeFileSync(dir.file('calibration.json'), stableJson(json));
        const scenario = parseScenarioText(text, 'scenario.yaml', dir.tmp);
        // report.html shows the calibration beside the replay's report.
        runToFolder(scenario, {
            outDir: dir.file('report'),
            force: false,
            tag: o.tag,
            wallClock: o.wallClock,
            page: { calibration: summary, title: `${scenario.spec.name} — dcsim calibration` },
        });
        dir.commit();
        return r;
    }
    catch (err) {
        dir.abort();
        throw err;
    }
}
//# sourceMappingURL=calibration-folder.js.map