/**
 * The lab session as a scenario file: the original file's text without its `events:` key,
 * then every event, the scenario's own first (as written) and the recorded ones after, one
 * JSON flow mapping per line (valid YAML). `dcsim run` on it reproduces the session.
 */
import type { RawEvent, RecordedAction } from './protocol.js';

export function exportScenarioYaml(baseText: string, baseEvents: readonly RawEvent[], actions: readonly RecordedAction[]): string {
  const lines = [baseText.replace(/\s+$/, ''), '', '# Events: the scenario\'s own, then those recorded in dcsim lab (times in ms from the start).', 'events:'];
  for (const e of baseEvents) lines.push(`  - ${JSON.stringify(e)}`);
  for (const a of actions) lines.push(`  - ${JSON.stringify(a.event)}   # ${a.text.replace(/[\r\n]/g, ' ')}`);
  if (baseEvents.length + actions.length === 0) lines[lines.length - 1] = 'events: []';
  return `${lines.join('\n')}\n`;
}
