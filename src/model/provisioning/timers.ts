/**
 * The provisioning subsystem's timers on one kernel kind (KIND_PROVISIONING): the event's `a`
 * says which (a disk copy done, an autoscale check, a group's scheduled provisioning, a load
 * share to update), so each part registers its own handler here.
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_PROVISIONING } from '../event-kinds.js';

export const TIMER_COPIED = 0; // target: VM; b: its provisioning token
export const TIMER_AUTOSCALE = 1; // target: VM group
export const TIMER_PROVISION_AT = 2; // target: VM group
export const TIMER_LOAD_SHARE = 3; // target: VM group

export type TimerHandler = (target: number, b: number) => void;

export class ProvisioningTimers {
  private readonly handlers: TimerHandler[] = [];

  constructor(private readonly dc: Datacenter) {
    dc.kernel.on(KIND_PROVISIONING, (target, what, b) => this.handlers[what]?.(target, b));
  }

  on(what: number, handler: TimerHandler): void {
    this.handlers[what] = handler;
  }

  schedule(at: number, what: number, target: number, b = 0): number {
    return this.dc.kernel.schedule(at, KIND_PROVISIONING, target, what, b, PRIORITY_MODEL);
  }
}
