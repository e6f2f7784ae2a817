/**
 * One replay in memory: the plan (plus an overlay) through the normal scenario loader, one
 * simulation with the simulated-series sink attached, and its errors against the observed
 * series. Calibration calls this once per parameter set; replay once for its comparison.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { simulate } from '../../run/simulate.js';
import { parseScenarioText, type Scenario } from '../../scenario/index.js';
import { applyOverlay, type Overlay } from '../overlay.js';
import type { ReplayPlan } from './build-scenario.js';
import { metricErrors, objective, type MetricError, type Weights } from './metrics.js';
import { SimulatedSink, type SimulatedSeries } from './simulated.js';

export interface Evaluation {
  readonly simulated: SimulatedSeries;
  readonly errors: MetricError[];
  /** The fit objective (metrics.ts); its square root is the reported error. */
  readonly objective: number;
}

/** Writes the plan's trace files under `dir` (creating folders). */
export function writePlanFiles(plan: ReplayPlan, dir: string): void {
  for (const [rel, text] of plan.files) {
    const p = join(dir, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

/** The plan's scenario object with the overlay applied. */
export function planSpec(plan: ReplayPlan, overlay: Overlay | null): Record<string, unknown> {
  return overlay ? applyOverlay(plan.spec, overlay) : structuredClone(plan.spec);
}

/** The scenario as YAML, with a header saying where it came from. */
export function scenarioYaml(spec: Record<string, unknown>, header: string): string {
  return `${header
    .split('\n')
    .map((l) => `# ${l}`.trimEnd())
    .join('\n')}\n${stringify(spec, { lineWidth: 0 })}`;
}

/** Loads the plan through the normal loader; traces are read from `dir` (see writePlanFiles). */
export function planScenario(plan: ReplayPlan, overlay: Overlay | null, dir: string, file = 'replay-scenario.yaml'): Scenario {
  return parseScenarioText(JSON.stringify(planSpec(plan, overlay)), file, dir);
}

/** Simulates a loaded replay scenario and compares it with the plan's observations. */
export function evaluateScenario(plan: ReplayPlan, scenario: Scenario, weights: Weights = {}): Evaluation {
  const holder: { sink?: SimulatedSink } = {};
  simulate(scenario, {
    attach: (world, memory) => {
      holder.sink = new SimulatedSink(
        world,
        memory,
        plan.hosts.map((h) => h.group),
        plan.hosts.flatMap((h) => h.vmGroups),
        plan.grid.cells,
      );
      return { sinks: [holder.sink] };
    },
  });
  if (!holder.sink) throw new Error('internal error: the replay sink was not attached');
  const simulated = holder.sink.series;
  // Steal per VM beside each host's series (metrics.ts), in the plan's VM order.
  const perVm = simulated.hosts.map((s, i) => ({
    ...s,
    vmSteal: (plan.hosts[i]?.vmGroups ?? []).map((g) => simulated.vmReadyPct.get(g) ?? new Float64Array(plan.grid.cells).fill(NaN)),
  }));
  const errors = metricErrors(plan.observed, perVm, weights);
  return { simulated, errors, objective: objective(errors) };
}

export function evaluate(plan: ReplayPlan, overlay: Overlay | null, dir: string, weights: Weights = {}): Evaluation {
  return evaluateScenario(plan, planScenario(plan, overlay, dir), weights);
}
