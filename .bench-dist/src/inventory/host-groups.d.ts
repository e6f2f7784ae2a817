/**
 * Hosts of one cluster gathered into scenario host groups: hosts of the same vendor, model, CPU,
 * sockets, cores, MHz and memory are one group with a count. Power comes from the SPECpower
 * catalogue when the model matches (power-match.ts), else a linear guess that the comment flags.
 */
import type { InventoryHost } from './inventory.js';
/** dcsim's default linear power model (scenario schema, HostGroup.power): the guess when no curve matches. */
export declare const GUESSED_POWER: {
    readonly idleW: 120;
    readonly maxW: 320;
};
export interface HostGroupOut {
    readonly spec: Record<string, unknown>;
    /** Comment lines for the group: what it was built from, and every guess. */
    readonly notes: readonly string[];
    readonly hosts: readonly string[];
}
export declare function hostGroups(hosts: readonly InventoryHost[]): HostGroupOut[];
