import type { LifecyclePlan, PlanInput } from './synthetic-lifecycle.js';
/** Host power settings of the story: standby and transition watts, shutdown and boot times. */
export declare const STANDBY_W = 12;
export declare const TRANSITION_W = 200;
export declare const SHUTDOWN_MS = 120000;
export declare const HOST_BOOT_MS = 360000;
export declare const DOWN_REASON = "demand: all hosts below 45 % for 40 min";
export declare const UP_REASON = "demand: a host at 84 % for 5 min";
/** Share of an interval a host spent serving VMs, booting or shutting down, and in standby (they sum to 1). */
export interface PowerShares {
    readonly serving: number;
    readonly transition: number;
    readonly standby: number;
}
export interface PowerPlan extends LifecyclePlan {
    readonly powerShares: (h: number, t0: number, t1: number) => PowerShares;
    /** How much of its own load host h carries in [t0, t1): above 1 while it runs sleeping hosts' VMs too. */
    readonly loadShare: (h: number, t0: number, t1: number) => number;
}
export declare function planPower(o: PlanInput): PowerPlan;
