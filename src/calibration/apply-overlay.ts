/**
 * `dcsim overlay`: an overlay applied to a scenario file, written as a complete scenario that
 * `dcsim run` accepts. Merge keys are resolved (the output is plain YAML), trace paths are
 * rewritten to resolve from the output's folder, and the result is checked by the normal loader
 * before it is written.
 */
import { readFileSync } from 'node:fs';
import { InputFileError, MAX_SCENARIO_BYTES, readInputText } from '../scenario/input-file.js';
import { dirname, resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { parseScenarioText } from '../scenario/index.js';
import { applyOverlay, OverlayError, parseOverlay, rebaseTracePaths } from './overlay.js';

/** The merged scenario text (validated); throws OverlayError or ScenarioError. */
export function overlayScenario(scenarioFile: string, overlayFile: string, outFile: string, shown: { scenario: string; overlay: string; out: string }): string {
  const doc = parseDocument(readInput(scenarioFile, shown.scenario), { merge: true, uniqueKeys: true });
  if (doc.errors.length > 0) throw new OverlayError(`${shown.scenario}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
  const raw = doc.toJS({ maxAliasCount: 1000 }) as unknown;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new OverlayError(`${shown.scenario}: expected a scenario mapping`);
  const overlay = parseOverlay(readInput(overlayFile, shown.overlay), shown.overlay);
  const merged = rebaseTracePaths(applyOverlay(raw as Record<string, unknown>, overlay), dirname(resolve(scenarioFile)), dirname(resolve(outFile)));
  const text = `# ${shown.scenario} with the overlay ${shown.overlay} applied (dcsim overlay).\n${stringify(merged, { lineWidth: 0 })}`;
  parseScenarioText(text, shown.out, dirname(resolve(outFile)));
  return text;
}

function readInput(location: string, shown: string): string {
  try {
    return readInputText(location, MAX_SCENARIO_BYTES);
  } catch (err) {
    if (err instanceof InputFileError) throw new OverlayError(`cannot read ${shown}: ${err.reason}`);
    throw err;
  }
}
