import type { Report } from './types.js';
export interface Finding {
    readonly tone: 'good' | 'warn' | 'bad' | 'info';
    readonly text: string;
}
export declare function findings(report: Report): Finding[];
/**
 * Power management in a sentence, when hosts drew energy booting, shutting down or in standby:
 * host-hours in standby (and their share of all host-hours), the energy of standby and of the
 * transitions, and how many times hosts were powered down. Null when every host served throughout.
 */
export declare function powerManagementText(report: Report): string | null;
/** The power management finding (see `powerManagementText`), pointing at the panel. */
export declare function powerManagementFinding(report: Report): Finding | null;
/** The availability finding: whether any VM was ever down, and if so how much, why and how fast HA recovered. */
export declare function availabilityFinding(a: Report['headline']['availability']): Finding;
/** The energy finding: IT energy, facility energy with its PUE, cost and carbon (what the report gives). */
export declare function energyText(e: Report['headline']['energy']): string;
