import type { Report, ReportEvent } from './types.js';
/** One cluster's power by host state (or all clusters together), ready to chart. */
export interface PowerView {
    readonly key: string;
    readonly label: string;
    /** Interval starts, lengths and midpoints, ms from the run start. */
    readonly t: readonly number[];
    readonly dt: readonly number[];
    readonly x: readonly number[];
    /** Mean power per interval, kW: hosts serving VMs (on, maintenance, isolated), booting or shutting down, in standby. */
    readonly servingKW: number[];
    readonly transitionKW: number[];
    readonly standbyKW: number[];
    /** Hosts in standby or on their way to or from it, at each interval's end. */
    readonly hostsStandby: number[];
    /** Whether any host drew power outside the serving states (power management was at work). */
    readonly managed: boolean;
}
/** The power series of cluster `key`, or of every cluster summed (`ALL_CLUSTERS`); cached per report, do not mutate. */
export declare const powerView: (report: Report, key: string) => PowerView;
/** A power change worth a tick: a host starting to go down (or going straight to standby), or to come up. */
export interface PowerChange {
    readonly t: number;
    readonly host: string;
    readonly direction: 'down' | 'up';
    /** The event in words: "dc1/dpm/esx-004 power: on → shutting-down (demand: …)". */
    readonly text: string;
}
/**
 * The report's host.power events of cluster `key` (all for ALL_CLUSTERS) that start a change of
 * direction: on → shutting-down (or standby directly) is a power-down, standby → booting (or on
 * directly) a power-up; the end of each transition is left out, so each change is one tick.
 */
export declare function powerChanges(report: Report, key: string): PowerChange[];
/** Whether a host.power event starts a power-down or a power-up (null: it ends one). */
export declare function powerDirection(e: ReportEvent): 'down' | 'up' | null;
/** host.power-skipped events of cluster `key` (power-downs power management decided against). */
export declare function powerSkips(report: Report, key: string): number;
/**
 * Host-hours spent in standby: from the host series' state at each interval's end when the report
 * has them (each interval counted whole), else from the clusters' hosts in standby (which also
 * counts hosts booting or shutting down).
 */
export declare function standbyHostHours(report: Report): number;
