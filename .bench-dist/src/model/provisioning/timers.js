import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_PROVISIONING } from '../event-kinds.js';
export const TIMER_COPIED = 0; // target: VM; b: its provisioning token
export const TIMER_AUTOSCALE = 1; // target: VM group
export const TIMER_PROVISION_AT = 2; // target: VM group
export const TIMER_LOAD_SHARE = 3; // target: VM group
export class ProvisioningTimers {
    dc;
    handlers = [];
    constructor(dc) {
        this.dc = dc;
        dc.kernel.on(KIND_PROVISIONING, (target, what, b) => this.handlers[what]?.(target, b));
    }
    on(what, handler) {
        this.handlers[what] = handler;
    }
    schedule(at, what, target, b = 0) {
        return this.dc.kernel.schedule(at, KIND_PROVISIONING, target, what, b, PRIORITY_MODEL);
    }
}
//# sourceMappingURL=timers.js.map