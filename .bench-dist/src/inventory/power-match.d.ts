/**
 * The SPECpower_ssj2008 curve (src/model/power/specpower-catalogue.ts) of an inventory host, by
 * its vendor and model: a match only when the catalogue names the same server model; otherwise
 * no curve, and the scenario writer flags its power figures as a guess.
 */
import { type SpecPowerCurve } from '../model/power/specpower-catalogue.js';
export interface PowerMatch {
    readonly curve: SpecPowerCurve;
    /** What differs between the measured server and this host, for the scenario comment. */
    readonly caveats: readonly string[];
}
/** The curve of a host of this vendor / model / CPU, or null. */
export declare function matchSpecPower(vendor: string, model: string, cpuModel: string, cores: number, mhz: number): PowerMatch | null;
