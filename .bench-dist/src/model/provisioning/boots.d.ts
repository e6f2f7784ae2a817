/**
 * Boots of VMs already powered on by provisioning or a reconfiguration: the VM is booting on its
 * host (reason provisioning or reboot) for its boot time, then runs. A boot is forgotten when
 * anything else changes the VM meanwhile (its host fails, it is deleted): the timer checks a
 * per-VM token and that the VM still boots for the same reason.
 */
import type { Datacenter } from '../datacenter.js';
export type ReadyListener = (v: number, reason: number, t: number) => void;
export declare class Boots {
    private readonly dc;
    private readonly token;
    private readonly reason;
    readonly readyListeners: ReadyListener[];
    constructor(dc: Datacenter);
    /** VM v, powered on at t, boots for its boot time with `reason` (DOWN_*). */
    boot(v: number, reason: number, t: number): void;
    /** Forget VM v's boot in progress, if any. */
    cancel(v: number): void;
    private onReady;
}
