/**
 * The lab session as a scenario file: the original file's text without its `events:` key,
 * then every event, the scenario's own first (as written) and the recorded ones after, one
 * JSON flow mapping per line (valid YAML). `dcsim run` on it reproduces the session.
 */
import type { RawEvent, RecordedAction } from './protocol.js';
export declare function exportScenarioYaml(baseText: string, baseEvents: readonly RawEvent[], actions: readonly RecordedAction[]): string;
