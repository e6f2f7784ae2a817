/**
 * Failure Trace Archive fits as presets (DOMAIN.md "Failures and HA"; Javadi et al., "The Failure
 * Trace Archive", JPDC 2013; the same fits back OpenDC's failure presets). Transcribed from
 * shared/data/failures/fta_failure_model_fits.csv, parameters in hours: exponential p1 = mean;
 * Weibull p1 = shape, p2 = scale; lognormal p1 = mu, p2 = sigma (of ln hours); gamma p1 = shape,
 * p2 = scale. The CSV leaves the exponential p2 empty; here it is 0 (unused). Keys are
 * "<trace>/<distribution>" with the trace as spelled in the file and the distribution lower-case.
 * Regenerate from the CSV rather than editing by hand; a test compares every row.
 */
import type { FailureDistribution } from './failure-distribution.js';
export interface FtaPreset {
    readonly timeBetweenFailures: FailureDistribution;
    readonly repair: FailureDistribution;
}
export declare const FTA_PRESETS: Readonly<Record<string, FtaPreset>>;
/** Preset keys in file order (trace, then exponential, Weibull, lognormal, gamma). */
export declare const FTA_PRESET_NAMES: readonly string[];
/**
 * The preset named "<trace>/<distribution>"; the name is matched without regard to case
 * ("Lanl05/Weibull" finds "Lanl05/weibull"). Undefined for unknown names.
 */
export declare function ftaPreset(name: string): FtaPreset | undefined;
