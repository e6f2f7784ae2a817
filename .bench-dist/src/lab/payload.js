/**
 * What `dcsim lab` puts in the page for one scenario file: the scenario loaded and checked by
 * the same loader `dcsim run` uses, and the file's text without its events (the export adds
 * them back, with the recorded ones after).
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { loadScenario } from '../scenario/index.js';
import { scenarioToJson } from './scenario-json.js';
/** `file` as reports name it, read from `location`. */
export function labPayload(file, location = file) {
    const scenario = loadScenario(file, location);
    const text = readFileSync(location, 'utf8');
    const doc = parseDocument(text);
    const events = doc.get('events');
    const baseEvents = (events && typeof events === 'object' && 'toJSON' in events ? events.toJSON() : []);
    doc.delete('events');
    const name = path.basename(file).replace(/\.(ya?ml|json)$/i, '');
    return { scenario: scenarioToJson(scenario), baseText: doc.toString({ lineWidth: 0 }), baseEvents, exportName: `${name}-lab.yaml` };
}
//# sourceMappingURL=payload.js.map