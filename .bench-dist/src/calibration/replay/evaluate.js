/**
 * One replay in memory: the plan (plus an overlay) through the normal scenario loader, one
 * simulation with the simulated-series sink attached, and its errors against the observed
 * series. Calibration calls this once per parameter set; replay once for its comparison.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { simulate } from '../../run/simulate.js';
import { parseScenarioText } from '../../scenario/index.js';
import { applyOverlay } from '../overlay.js';
import { metricErrors, objective } from './metrics.js';
import { SimulatedSink } from './simulated.js';
/** Writes the plan's trace files under `dir` (creating folders). */
export function writePlanFiles(plan, dir) {
    for (const [rel, text] of plan.files) {
        const p = join(dir, rel);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, text);
    }
}
/** The plan's scenario object with the overlay applied. */
export function planSpec(plan, overlay) {
    return overlay ? applyOverlay(plan.spec, overlay) : structuredClone(plan.spec);
}
/** The scenario as YAML, with a header saying where it came from. */
export function scenarioYaml(spec, header) {
    return `${header
        .split('\n')
        .map((l) => `# ${l}`.trimEnd())
        .join('\n')}\n${stringify(spec, { lineWidth: 0 })}`;
}
/** Loads the plan through the normal loader; traces are read from `dir` (see writePlanFiles). */
export function planScenario(plan, overlay, dir, file = 'replay-scenario.yaml') {
    return parseScenarioText(JSON.stringify(planSpec(plan, overlay)), file, dir);
}
/** Simulates a loaded replay scenario and compares it with the plan's observations. */
export function evaluateScenario(plan, scenario, weights = {}) {
    const holder = {};
    simulate(scenario, {
        attach: (world) => {
            holder.sink = new SimulatedSink(world, plan.hosts.map((h) => h.group), plan.hosts.flatMap((h) => h.vmGroups), plan.grid.cells);
            return { sinks: [holder.sink] };
        },
    });
    if (!holder.sink)
        throw new Error('internal error: the replay sink was not attached');
    const simulated = holder.sink.series;
    const errors = metricErrors(plan.observed, simulated.hosts, weights);
    return { simulated, errors, objective: objective(errors) };
}
export function evaluate(plan, overlay, dir, weights = {}) {
    return evaluateScenario(plan, planScenario(plan, overlay, dir), weights);
}
//# sourceMappingURL=evaluate.js.map