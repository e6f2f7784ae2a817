/**
 * Achieved density in words, for the terminal and the sweep and size answers: what the
 * placement reached over the hosts it used, beside the caps, and what bound it. Never the cap
 * alone: a cap says what was allowed, not what happened.
 */
import type { HeadlineFigures } from '../report/schema.js';
type Density = HeadlineFigures['density'];
export type BindingName = Density['binding'];
/** Short names of the binding constraints. */
export declare const BINDING_WORDS: Readonly<Record<BindingName, string>>;
/** 4 → "4", 1.25 → "1.25", 1.2345 → "1.23". */
export declare function trim(x: number): string;
/** "5 of 20 hosts in use (15 spare, left on)". */
export declare function hostsInUseText(d: Density, hosts: number): string;
/** The counts of placements per binding constraint, largest first: "memory cap 103, none 25". */
export declare function boundByText(d: Density): string;
/** Two terminal lines: hosts in use and ratios beside the caps, and the binding counts. */
export declare function renderDensity(d: Density, hosts: number): string;
export {};
