import type { Inventory } from './inventory.js';
/** First line of every imported scenario: `--force` replaces only files that carry it. */
export declare const IMPORT_HEADER = "Scenario imported from an RVTools export (dcsim import rvtools).";
export interface ImportedScenario {
    readonly text: string;
    /** Lines for stderr: columns not mapped, guesses. */
    readonly unmappedLines: readonly string[];
    readonly guesses: number;
}
export declare function writeScenario(inv: Inventory, scenarioNameHint: string): ImportedScenario;
