/**
 * Source text → YAML document with positions, and plain data for validation.
 *
 * JSON is parsed by the YAML parser too (JSON is nearly a subset of YAML 1.2), so line
 * numbers work the same for both; the detected format only changes how problems are worded.
 */
import { LineCounter, type Document } from 'yaml';
import type { ScenarioProblem } from './errors.js';
export type SourceFormat = 'yaml' | 'json';
export interface ParsedText {
    format: SourceFormat;
    doc: Document.Parsed;
    lineCounter: LineCounter;
    /** Plain data (objects, arrays, scalars); `undefined` when there were syntax problems. */
    raw: unknown;
    /** Syntax problems (including duplicate keys); when non-empty, `raw` is `undefined`. */
    problems: ScenarioProblem[];
    /** Parser warnings (e.g. unknown YAML tags), already formatted as problems. */
    warnings: ScenarioProblem[];
}
/** By content, not extension: a document whose first non-blank character opens `{` or `[` is JSON. */
export declare function detectFormat(text: string): SourceFormat;
/** Parses `text`; never throws. `file` only labels the problems. */
export declare function parseText(text: string, file: string): ParsedText;
