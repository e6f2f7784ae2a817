/**
 * Shared helpers for scenario loader tests.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { ScenarioError, parseScenarioText } from '../../src/scenario/index.js';
const here = dirname(fileURLToPath(import.meta.url));
/** /work/main/scenarios: where shipped scenarios and their traces live. */
export const SCENARIOS_DIR = resolve(here, '../../scenarios');
/** /work/shared: read-only public data (never modified by tests). */
export const SHARED_DIR = resolve(here, '../../../shared');
/** The ScenarioError `fn` throws; fails the test if it throws nothing or something else. */
export function scenarioErrorOf(fn) {
    try {
        fn();
    }
    catch (err) {
        expect(err).toBeInstanceOf(ScenarioError);
        return err;
    }
    throw new Error('expected a ScenarioError, but the scenario loaded');
}
/** The problems `parseScenarioText` throws for `text`. */
export function problemsOf(text, file = 'scenarios/x.yaml', baseDir = SCENARIOS_DIR) {
    return scenarioErrorOf(() => parseScenarioText(text, file, baseDir)).problems;
}
/** A fresh temporary folder with the given files (name → content). */
export function tempFolder(files = {}) {
    const dir = mkdtempSync(join(tmpdir(), 'dcsim-scenario-'));
    for (const [name, content] of Object.entries(files))
        writeFileSync(join(dir, name), content);
    return dir;
}
/** Creates folder `name` inside `parent` with the given files; returns its path. */
export function writeFolder(parent, name, files) {
    const dir = join(parent, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of Object.entries(files))
        writeFileSync(join(dir, file), content);
    return dir;
}
/** A small valid scenario body; `vms` is inserted as the cluster's `vms:` block (YAML, 4-space indent). */
export function scenarioWith(vms, extra = '') {
    return [
        'name: t',
        'duration: 1d',
        'templates:',
        '  small: { vcpus: 2, memoryGiB: 4 }',
        'clusters:',
        '  - name: c1',
        '    hosts:',
        '      - { count: 4, coresPerSocket: 8, mhz: 2600, memoryGiB: 256 }',
        '    vms:',
        vms,
        extra,
    ].join('\n');
}
//# sourceMappingURL=helpers.js.map