/**
 * The provisioning subsystem's timers on one kernel kind (KIND_PROVISIONING): the event's `a`
 * says which (a disk copy done, an autoscale check, a group's scheduled provisioning, a load
 * share to update), so each part registers its own handler here.
 */
import type { Datacenter } from '../datacenter.js';
export declare const TIMER_COPIED = 0;
export declare const TIMER_AUTOSCALE = 1;
export declare const TIMER_PROVISION_AT = 2;
export declare const TIMER_LOAD_SHARE = 3;
export type TimerHandler = (target: number, b: number) => void;
export declare class ProvisioningTimers {
    private readonly dc;
    private readonly handlers;
    constructor(dc: Datacenter);
    on(what: number, handler: TimerHandler): void;
    schedule(at: number, what: number, target: number, b?: number): number;
}
