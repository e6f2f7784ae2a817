/**
 * The finance view: what the virtualized datacenter costs over the run, against a physical
 * baseline of one server per VM (or `vmsPerServer` VMs), line by line, so every assumption is
 * visible. The baseline server runs its VMs' demand on its own cores; its power is linear
 * between its idle and maximum watts, for which the time-averaged utilisation is exact. The
 * baseline is priced at the run's own mean PUE, electricity price and grid intensity.
 */
import type { World } from '../model/world.js';
import type { HeadlineFigures } from '../report/schema.js';
import type { EnergySpec, FinanceSpec } from '../scenario/schema.js';
import type { MeteredTotals } from './energy-meter.js';
/** What the baseline server of a cluster is: the scenario's, else the cluster's first host group. */
export interface BaselineServer {
    readonly cores: number;
    readonly mhz: number;
    readonly idleW: number;
    readonly maxW: number;
}
export declare function baselineServerOf(world: World, f: FinanceSpec, cluster: number): BaselineServer;
/** A cluster's physical baseline: servers and their energy (W·ms) over the run. */
export interface BaselineParts {
    servers: number;
    wms: number;
}
/** The baseline of a cluster: VMs that ran, in VM order, `vmsPerServer` to a server of its baseline kind. */
export declare function baselineParts(world: World, f: FinanceSpec, cluster: number): BaselineParts;
export declare function financeFigures(servers: number, baseline: BaselineParts, duration: number, energy: EnergySpec, f: FinanceSpec, metered: MeteredTotals): HeadlineFigures['finance'];
