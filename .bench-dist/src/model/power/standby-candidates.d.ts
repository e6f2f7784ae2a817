/**
 * Which hosts may go to standby, and in what order: the candidate sort and the checks a
 * candidate must pass, shared by DPM and calendar windows (power-manager.ts gives the sources
 * of each rule: VMware white paper "VMware Distributed Power Management Concepts and Use", Host
 * Sort for Power-on or Power-off Evaluation and Host Power-off Recommendations; US patent
 * 9,047,083). Pure functions of the world: nothing is changed.
 */
import type { AdmissionControl } from '../availability/admission-control.js';
import type { ClusterInfo, World } from '../world.js';
/** Host h's load now (%): the larger of CPU demand / usable CPU and consumed / usable memory. */
export declare function loadNow(world: World, h: number): number;
/**
 * Hosts of `cl` that are on, not going down and `eligible`, in the order they are tried: empty
 * first, then the least loaded (`load`, % — NaN falls back to the load now), then the fewest
 * VMs; ties to the highest index (low indices stay on).
 */
export declare function standbyCandidates(world: World, cl: ClusterInfo, goingDown: (h: number) => boolean, load: (h: number) => number, eligible: (h: number) => boolean): number[];
/**
 * Null when host h of cluster c may go to standby: at least `minHostsOn` hosts stay on, they
 * run at or under `limitPct` with the cluster's whole demand, its VMs (with those of hosts
 * already entering standby) fit on them, and HA admission control holds without it; else why not.
 */
export declare function standbyRefusal(world: World, admission: AdmissionControl, cl: ClusterInfo, c: number, h: number, limitPct: number, goingDown: (h: number) => boolean): string | null;
