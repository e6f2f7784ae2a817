/**
 * Host power states and their transitions: on → (entering standby →) shutting down → standby →
 * booting → on. A host goes down only when empty: one with VMs is first evacuated by live
 * migration (state `entering-standby`, vSphere Resource Management guide "Standby Mode"), then
 * shut down; an evacuation that cannot finish is given up and the host serves again. Power in each state comes from the host's power settings, so the energy
 * of every transition is integrated like any other (datacenter.ts, hostPowerW).
 */
import type { Datacenter } from '../datacenter.js';
/** Why a host goes to standby: demand (DPM), a calendar window, a scripted or API power-off. */
export type StandbyPurpose = 'dpm' | 'power-window' | 'power-off';
/** Evacuation before a power-down (balancer/maintenance.ts). */
export interface Evacuator {
    enterStandby(h: number, t: number, purpose: StandbyPurpose, why: string): string | null;
    finishStandby(h: number, t: number): void;
    abort(h: number, t: number, why: string): void;
    readonly readyListeners: Array<(h: number, t: number) => void>;
    readonly abortListeners: Array<(h: number, t: number, why: string) => void>;
}
/** Hears when a host starts serving again (capacity for waiting VMs, balancing). */
export type PoweredOnListener = (h: number, t: number) => void;
export declare class HostPower {
    private readonly dc;
    private readonly evacuator;
    /** Hosts being evacuated for standby. */
    private readonly pendingDown;
    /** Hosts asked to boot while still shutting down. */
    private readonly bootAfterShutdown;
    private readonly reason;
    /** When each host's latest power-down was given up (-Infinity: never). */
    readonly abortedAt: Float64Array;
    /** Hosts taken out for good (server refresh): nothing wakes them. */
    readonly retired: Uint8Array;
    readonly poweredOnListeners: PoweredOnListener[];
    transitions: number;
    constructor(dc: Datacenter, evacuator: Evacuator);
    /** Whether host h is on its way to standby (evacuating or shutting down). */
    goingDown(h: number): boolean;
    private set;
    /** Put host h into standby for `purpose` (`reason`: the decision in words): evacuate it first if it runs VMs. Null, or why not. */
    powerDown(h: number, t: number, reason: string, purpose?: StandbyPurpose): string | null;
    private shutDown;
    /** The evacuator emptied host h: if it is bound for standby, shut it down now. */
    evacuated(h: number, t: number): void;
    /** Give up a pending power-down (`why`: e.g. demand came back before the host was empty). */
    cancelDown(h: number, t: number, why: string): void;
    /** Wake host h (IPMI / iLO / WOL): it serves again after its boot time. Null, or why not. */
    powerUp(h: number, t: number, reason: string): string | null;
    private done;
}
