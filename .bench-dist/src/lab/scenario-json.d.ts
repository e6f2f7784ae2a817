/**
 * A loaded Scenario as JSON and back, so the lab page gets exactly what `dcsim run` loads (the
 * scenario is parsed and checked once, in Node) without shipping the loader to the browser.
 * Non-finite numbers (an uncapped limit is Infinity) and -0 survive as {"$n": "…"}.
 */
import { type Scenario } from '../scenario/scenario.js';
import type { ScenarioJson } from './protocol.js';
export declare function scenarioToJson(s: Scenario): ScenarioJson;
export declare function scenarioFromJson(j: ScenarioJson): Scenario;
