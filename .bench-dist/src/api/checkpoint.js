/**
 * Checkpoints of a whole simulation, and what-if forks from them.
 *
 * A checkpoint file (JSON, `format: "dcsim-checkpoint"`, version 1) holds:
 *   dcsim        the version that wrote it (another version refuses it: model state differs)
 *   scenario     the scenario's text, file name, folder (for traces) and SHA-256
 *   seed, t      the root seed and the simulated time of the checkpoint (ms)
 *   sha256       of the `state` member as written, to refuse a corrupted file
 *   state        every object of the simulation reachable from it, as an object graph
 *                (snapshot.ts): event queue, model arrays, controllers, metric accumulators,
 *                alarms, report collectors — all but open files and the scenario itself.
 * Restoring builds the same simulation from the same scenario and seed, then writes the state
 * into it; continuing gives exactly the outputs of the uninterrupted run.
 */
import { createHash } from 'node:crypto';
import { readInputText } from '../scenario/input-file.js';
/** A checkpoint holds the whole model state: generous, but not unbounded. */
const MAX_CHECKPOINT_BYTES = 4 * 1024 ** 3;
import fs from 'node:fs';
import path from 'node:path';
import { CsvFile } from '../output/csv.js';
import { StreamFile } from '../output/stream-file.js';
import { Simulation } from '../run/simulate.js';
import { parseScenarioText } from '../scenario/load.js';
import { VERSION } from '../version.js';
import { writeFileAtomic } from '../output/atomic-dir.js';
import { captureGraph, restoreGraph } from './snapshot.js';
export const CHECKPOINT_FORMAT = 'dcsim-checkpoint';
export const CHECKPOINT_VERSION = 1;
export class CheckpointError extends Error {
    name = 'CheckpointError';
}
/** Open files are not state: a restored run writes to its own. The scenario is rebuilt from its text. */
function skip(obj, key) {
    const value = obj[key];
    return key === 'scenario' || value instanceof CsvFile || value instanceof StreamFile;
}
function stateHash(state) {
    return createHash('sha256').update(JSON.stringify(state)).digest('hex');
}
/** The checkpoint of `sim` now (between events). `scenarioText` is the scenario file's text. */
export function checkpoint(sim, scenarioText, baseDir) {
    sim.start();
    const state = captureGraph(sim, { skip });
    return {
        format: CHECKPOINT_FORMAT,
        version: CHECKPOINT_VERSION,
        dcsim: VERSION,
        scenario: { file: sim.scenario.file, baseDir, sha256: sim.scenario.sha256, text: scenarioText },
        seed: sim.seed,
        t: sim.now,
        sha256: stateHash(state),
        state,
    };
}
/** Write a checkpoint atomically (temp file + rename). */
export function writeCheckpoint(file, ck) {
    writeFileAtomic(file, JSON.stringify(ck));
}
/** Whether a file's first bytes are a checkpoint's (`format` is written first). */
export function isCheckpointHead(head) {
    return head.startsWith(`{"format":"${CHECKPOINT_FORMAT}"`);
}
/** Read and check a checkpoint file: format, version, dcsim version and integrity. */
export function readCheckpoint(file) {
    let raw;
    try {
        raw = JSON.parse(readInputText(file, MAX_CHECKPOINT_BYTES));
    }
    catch (err) {
        throw new CheckpointError(`${file}: not a readable checkpoint (${err instanceof Error ? err.message : String(err)})`);
    }
    const ck = raw;
    if (ck === null || typeof ck !== 'object' || ck.format !== CHECKPOINT_FORMAT)
        throw new CheckpointError(`${file}: not a dcsim checkpoint (format is not "${CHECKPOINT_FORMAT}")`);
    if (ck.version !== CHECKPOINT_VERSION)
        throw new CheckpointError(`${file}: checkpoint format version ${String(ck.version)}, this dcsim reads ${CHECKPOINT_VERSION}`);
    if (ck.dcsim !== VERSION)
        throw new CheckpointError(`${file}: written by dcsim ${String(ck.dcsim)}; this is dcsim ${VERSION}, whose model state differs: run the scenario again with this version`);
    if (!ck.state || !ck.scenario || typeof ck.t !== 'number' || ck.sha256 !== stateHash(ck.state))
        throw new CheckpointError(`${file}: the checkpoint is corrupted (its state does not match its SHA-256)`);
    return ck;
}
/** The scenario a checkpoint was taken from. */
export function checkpointScenario(ck) {
    return parseScenarioText(ck.scenario.text, ck.scenario.file, ck.scenario.baseDir);
}
/** A simulation restored from a checkpoint, ready to continue from ck.t. */
export function restore(ck, options = {}) {
    const sim = new Simulation(checkpointScenario(ck), { ...options, seed: ck.seed });
    restoreGraph(sim, ck.state, { skip });
    return sim;
}
/** Where a scenario's text and folder come from, for a checkpoint of a run loaded from a file. */
export function scenarioSource(file) {
    return { text: fs.readFileSync(file, 'utf8'), baseDir: path.dirname(path.resolve(file)) };
}
//# sourceMappingURL=checkpoint.js.map