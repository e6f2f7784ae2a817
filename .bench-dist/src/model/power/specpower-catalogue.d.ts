/**
 * Published SPECpower_ssj2008 curves: watts at 0 %, 10 %, …, 100 % load for each server.
 * Transcribed from shared/data/power/specpower_curves.csv (each row names its SPEC result and
 * where it was transcribed from; 7 rows are CloudSim's PowerModelSpecPower* classes). Rows whose
 * note says UNVERIFIED are flagged, and a scenario that uses one gets a warning. Names of
 * servers listed twice carry their CPU. Regenerate from the CSV rather than editing by hand.
 */
export interface SpecPowerCurve {
    readonly name: string;
    readonly cpu: string;
    readonly cores: number | null;
    readonly mhz: number | null;
    /** Watts at 0, 10, …, 100 % load (11 points). */
    readonly watts: readonly number[];
    readonly unverified: boolean;
    readonly source: string;
    readonly note: string;
}
export declare const SPECPOWER_CURVES: readonly SpecPowerCurve[];
export declare function findCurve(name: string): SpecPowerCurve | undefined;
