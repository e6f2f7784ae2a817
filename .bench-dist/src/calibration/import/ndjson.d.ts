/**
 * Reads the collector's NDJSON (format in collect/format.ts) into a snapshot set. Every line is
 * parsed on its own: a line that is not JSON, or not a valid record, is reported with its line
 * number and the first thing wrong with it, and the rest is still imported.
 */
import type { ImportLog } from '../import-log.js';
import { type SnapshotSet } from '../snapshot.js';
export declare function parseCollectorNdjson(text: string, file: string, log: ImportLog): SnapshotSet;
