import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_VM_READY } from '../event-kinds.js';
import { VM_BOOTING, VM_RUNNING } from '../lifecycle.js';
export class Boots {
    dc;
    token;
    reason;
    readyListeners = [];
    constructor(dc) {
        this.dc = dc;
        const n = dc.world.vms.n;
        this.token = new Int32Array(n);
        this.reason = new Uint8Array(n);
        dc.kernel.on(KIND_VM_READY, (v, token) => this.onReady(v, token));
    }
    /** VM v, powered on at t, boots for its boot time with `reason` (DOWN_*). */
    boot(v, reason, t) {
        const { dc } = this;
        const token = (this.token[v] + 1) | 0;
        this.token[v] = token;
        this.reason[v] = reason;
        dc.outages.set(v, VM_BOOTING, reason, t);
        dc.kernel.schedule(t + dc.world.vms.bootMs[v], KIND_VM_READY, v, token, 0, PRIORITY_MODEL);
    }
    /** Forget VM v's boot in progress, if any. */
    cancel(v) {
        this.token[v] = (this.token[v] + 1) | 0;
    }
    onReady(v, token) {
        const { dc } = this;
        const V = dc.world.vms;
        if (token !== this.token[v] || V.state[v] !== VM_BOOTING || V.downReason[v] !== this.reason[v])
            return;
        const t = dc.kernel.now;
        const reason = this.reason[v];
        dc.outages.set(v, VM_RUNNING, 0, t);
        for (const l of this.readyListeners)
            l(v, reason, t);
    }
}
//# sourceMappingURL=boots.js.map