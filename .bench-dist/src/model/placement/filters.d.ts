import type { ClusterInfo, PlacementRule, World } from '../world.js';
export declare const REJECT_REASONS: readonly ["VM has more vCPUs than the host has cores", "vCPU:pCPU cap", "memory overcommit cap", "CPU reservations exceed usable capacity", "memory reservations exceed host memory", "host not available (failed, standby, booting or in maintenance)", "failover host kept for HA restarts", "anti-affinity rule", "affinity rule", "VM-host rule"];
export declare const REJECT_STATE = 6;
export declare const REJECT_FAILOVER = 7;
export declare const REJECT_ANTI_AFFINITY = 8;
export declare const REJECT_AFFINITY = 9;
export declare const REJECT_VM_HOST = 10;
/** Why a placement is asked for: filters differ slightly by purpose. */
export declare const PURPOSE_POWER_ON = 0;
export declare const PURPOSE_HA_RESTART = 1;
export declare const PURPOSE_MIGRATION = 2;
/** What a VM asks of a host: vCPUs and memory against the caps, and reservations. */
export interface VmAsk {
    vcpus: number;
    memoryMiB: number;
    cpuReservationMhz: number;
    memReservedMiB: number;
}
export declare function askOf(world: World, v: number): VmAsk;
/** The host is on and takes new VMs; failover hosts take only HA restarts (vSphere keeps them empty). */
export declare function stateFilter(world: World, h: number, purpose: number): number;
/** Caps on vCPU:pCPU and memory overcommit, and reservations against capacity. */
export declare function capacityFilter(world: World, cluster: ClusterInfo, h: number, ask: VmAsk): number;
/** One rule against host h for VM v. `withShould` false lets should rules pass. */
export declare function ruleFilter(world: World, cluster: ClusterInfo, rule: PlacementRule, h: number, v: number, withShould: boolean): number;
/** Every rule VM v belongs to, against host h. */
export declare function rulesFilter(world: World, cluster: ClusterInfo, h: number, v: number, withShould: boolean): number;
/** All filters in order; 0 when host h can take VM v for this purpose. */
export declare function rejectCode(world: World, cluster: ClusterInfo, h: number, v: number, purpose?: number, withShould?: boolean): number;
/** Whether VM v is in any should rule (then a second pass without them is allowed). */
export declare function hasShouldRule(world: World, cluster: ClusterInfo, v: number): boolean;
