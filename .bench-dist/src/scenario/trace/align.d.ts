/**
 * Files with absolute time (GWA-T-12) in one group keep their relative timing: the group's
 * earliest first sample is the run start, and a file that starts later is shifted by the
 * difference, with demand 0 (and no active memory) before its first sample, as the calibration
 * importer aligns a Bitbrains folder (calibration/import/index.ts). `sampleAt: end` is applied
 * to each file before (sample-at.ts), so every file loses its first sample, not only the earliest.
 */
import type { TraceData } from '../scenario.js';
export declare function alignToGroupStart(traces: readonly TraceData[]): TraceData[];
