import { InputFileError, MAX_SCENARIO_BYTES, readInputText } from '../scenario/input-file.js';
import { dirname, resolve } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import { parseScenarioText } from '../scenario/index.js';
import { applyOverlay, OverlayError, parseOverlay, rebaseTracePaths } from './overlay.js';
/** The merged scenario text (validated); throws OverlayError or ScenarioError. */
export function overlayScenario(scenarioFile, overlayFile, outFile, shown) {
    const doc = parseDocument(readInput(scenarioFile, shown.scenario), { merge: true, uniqueKeys: true });
    if (doc.errors.length > 0)
        throw new OverlayError(`${shown.scenario}: not valid YAML: ${doc.errors[0]?.message.split('\n')[0] ?? ''}`);
    const raw = doc.toJS({ maxAliasCount: 1000 });
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        throw new OverlayError(`${shown.scenario}: expected a scenario mapping`);
    const overlay = parseOverlay(readInput(overlayFile, shown.overlay), shown.overlay);
    const merged = rebaseTracePaths(applyOverlay(raw, overlay), dirname(resolve(scenarioFile)), dirname(resolve(outFile)));
    const text = `# ${shown.scenario} with the overlay ${shown.overlay} applied (dcsim overlay).\n${stringify(merged, { lineWidth: 0 })}`;
    parseScenarioText(text, shown.out, dirname(resolve(outFile)));
    return text;
}
function readInput(location, shown) {
    try {
        return readInputText(location, MAX_SCENARIO_BYTES);
    }
    catch (err) {
        if (err instanceof InputFileError)
            throw new OverlayError(`cannot read ${shown}: ${err.reason}`);
        throw err;
    }
}
//# sourceMappingURL=apply-overlay.js.map