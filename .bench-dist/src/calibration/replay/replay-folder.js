/**
 * `dcsim replay`'s output folder, written atomically: scenario.yaml and traces/ (the replay as
 * an ordinary scenario `dcsim run` accepts), observed-vs-simulated.csv, errors.csv, replay.json
 * (the import summary, the error table and the notes) and report/ (the usual report folder).
 */
import { writeFileSync } from 'node:fs';
import { AtomicDir } from '../../output/atomic-dir.js';
import { stableJson } from '../../output/json.js';
import { runToFolder } from '../../run/run-to-folder.js';
import { parseScenarioText } from '../../scenario/index.js';
import { evaluateScenario, planSpec, scenarioYaml, writePlanFiles } from './evaluate.js';
import { comparisonCsv, errorsCsv, errorsJson, hostSeriesJson } from './write.js';
/** What the folder's ownership marker says it is. */
const KIND = 'replay';
/** The import summary as written into replay.json and calibration.json. */
export function traceSummary(trace, plan) {
    return {
        source: trace.source,
        format: trace.format,
        startEpochMs: trace.startEpochMs,
        hosts: plan.hosts.map((h) => ({ group: h.group, info: h.trace.info, settings: h.trace.settings, vms: h.vmGroups })),
        grid: { stepMs: plan.grid.stepMs, cells: plan.grid.cells },
        problems: trace.problems,
        notes: [...trace.notes, ...plan.notes],
    };
}
export function replayToFolder(trace, plan, o) {
    const dir = new AtomicDir(o.outDir, o.force, o.tag, KIND);
    try {
        writePlanFiles(plan, dir.tmp);
        const header = [`Replay of ${trace.source} (${trace.format}), written by dcsim replay.`, ...(o.overlay ? [`Overlay applied: ${o.overlayName ?? 'given'}.`] : [])].join('\n');
        const text = scenarioYaml(planSpec(plan, o.overlay), header);
        writeFileSync(dir.file('scenario.yaml'), text);
        const scenario = parseScenarioText(text, 'scenario.yaml', dir.tmp);
        const evaluation = evaluateScenario(plan, scenario, o.weights);
        writeFileSync(dir.file('observed-vs-simulated.csv'), comparisonCsv(plan, trace.startEpochMs, [{ prefix: 'simulated', hosts: evaluation.simulated.hosts }]));
        writeFileSync(dir.file('errors.csv'), errorsCsv([{ phase: 'replay', errors: evaluation.errors }]));
        const summary = {
            trace: traceSummary(trace, plan),
            overlay: o.overlay,
            error: Number.isFinite(evaluation.objective) ? Math.sqrt(evaluation.objective) : null,
            errors: errorsJson(evaluation.errors),
            observed: hostSeriesJson(plan.observed),
            simulated: hostSeriesJson(evaluation.simulated.hosts),
        };
        writeFileSync(dir.file('replay.json'), stableJson(summary));
        runToFolder(scenario, { outDir: dir.file('report'), force: false, tag: o.tag, wallClock: o.wallClock });
        dir.commit();
        return { scenario, evaluation };
    }
    catch (err) {
        dir.abort();
        throw err;
    }
}
//# sourceMappingURL=replay-folder.js.map