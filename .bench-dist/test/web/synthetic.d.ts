import { type Report } from '../../src/report/schema.js';
export interface SyntheticOptions {
    readonly hosts: number;
    readonly intervals: number;
    readonly intervalMs?: number;
    readonly vmsPerHost?: number;
    readonly clusters?: number;
    readonly hostSeries?: boolean;
    /** Events kept in report.events.items (default 5000, as the simulator keeps). */
    readonly events?: number;
    /** Alarms kept in report.alarms.items (default 5000, as the simulator keeps). */
    readonly alarms?: number;
    /**
     * Energy figures as from a scenario without an `energy` section: PUE 1, no price (cost null)
     * and no grid intensity (operational CO2 null). Default: PUE 1.4, 0.20 EUR/kWh, 300 gCO2/kWh.
     */
    readonly unpriced?: boolean;
    /** A host failure, HA restarts, migrations and maintenance in the first cluster (needs 4+ hosts there, 4+ VMs per host, 40+ intervals). */
    readonly lifecycle?: boolean;
    /**
     * Power management (DPM) at night: half of each cluster's hosts evacuated and in standby from
     * 20:40 (00:40 on the first night) to 07:00, with an office load that peaks at 14:00. Not with
     * `lifecycle`.
     */
    readonly dpm?: boolean;
}
export declare function syntheticReport(o: SyntheticOptions): Report;
