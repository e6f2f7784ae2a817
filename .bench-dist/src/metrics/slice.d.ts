/**
 * The part of the world a headline figure is computed over: one cluster's hosts and VMs (index
 * ranges into the world's arrays, as world.clusters holds them), or all of them.
 */
/** The hosts [hostStart, hostEnd) and VMs [vmStart, vmEnd) of a cluster. */
export interface Slice {
    readonly hostStart: number;
    readonly hostEnd: number;
    readonly vmStart: number;
    readonly vmEnd: number;
}
