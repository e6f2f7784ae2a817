/**
 * Host power states and their transitions: on → (entering standby →) shutting down → standby →
 * booting → on. A host goes down only when empty: one with VMs is first evacuated by live
 * migration (state `entering-standby`, vSphere Resource Management guide "Standby Mode"), then
 * shut down; an evacuation that cannot finish is given up and the host serves again. Power in each state comes from the host's power settings, so the energy
 * of every transition is integrated like any other (datacenter.ts, hostPowerW).
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_POWER_TRANSITION } from '../event-kinds.js';
import { HOST_BOOTING, HOST_ENTERING_STANDBY, HOST_ON, HOST_SHUTTING_DOWN, HOST_STANDBY, HOST_STATES } from '../lifecycle.js';

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

const DONE_SHUTDOWN = 1;
const DONE_BOOT = 2;

export class HostPower {
  /** Hosts being evacuated for standby. */
  private readonly pendingDown: Uint8Array;
  /** Hosts asked to boot while still shutting down. */
  private readonly bootAfterShutdown: Uint8Array;
  private readonly reason: string[];
  /** When each host's latest power-down was given up (-Infinity: never). */
  readonly abortedAt: Float64Array;
  /** Hosts taken out for good (server refresh): nothing wakes them. */
  readonly retired: Uint8Array;
  readonly poweredOnListeners: PoweredOnListener[] = [];
  transitions = 0;

  constructor(
    private readonly dc: Datacenter,
    private readonly evacuator: Evacuator,
  ) {
    const n = dc.world.hosts.n;
    this.pendingDown = new Uint8Array(n);
    this.bootAfterShutdown = new Uint8Array(n);
    this.reason = new Array<string>(n).fill('');
    this.retired = new Uint8Array(n);
    this.abortedAt = new Float64Array(n).fill(-Infinity);
    dc.kernel.on(KIND_POWER_TRANSITION, (h, what) => this.done(h, what));
    evacuator.readyListeners.push((h, t) => this.evacuated(h, t));
    evacuator.abortListeners.push((h, t) => {
      if (this.pendingDown[h] !== 1) return;
      this.pendingDown[h] = 0;
      this.abortedAt[h] = t;
    });
  }

  /** Whether host h is on its way to standby (evacuating or shutting down). */
  goingDown(h: number): boolean {
    return this.pendingDown[h] === 1 || this.dc.world.hosts.state[h] === HOST_SHUTTING_DOWN;
  }

  private set(h: number, to: number, t: number, reason: string): void {
    const H = this.dc.world.hosts;
    const from = H.state[h];
    this.dc.setHostState(h, to, t);
    this.dc.settle(t);
    this.transitions++;
    this.dc.emit({ t, type: 'host.power', host: H.ids[h] as string, from: HOST_STATES[from] as string, to: HOST_STATES[to] as string, reason });
  }

  /** Put host h into standby for `purpose` (`reason`: the decision in words): evacuate it first if it runs VMs. Null, or why not. */
  powerDown(h: number, t: number, reason: string, purpose: StandbyPurpose = 'power-off'): string | null {
    const H = this.dc.world.hosts;
    if (H.state[h] !== HOST_ON) return `host ${H.ids[h]} is ${HOST_STATES[H.state[h]]}, not on`;
    this.reason[h] = reason;
    if ((H.vmCount[h]) > 0 || (H.migrationsActive[h]) > 0) {
      const refused = this.evacuator.enterStandby(h, t, purpose, reason);
      if (refused !== null) return refused;
      this.pendingDown[h] = 1;
      return null;
    }
    this.shutDown(h, t);
    return null;
  }

  private shutDown(h: number, t: number): void {
    this.set(h, HOST_SHUTTING_DOWN, t, this.reason[h] as string);
    this.dc.kernel.schedule(t + (this.dc.world.hosts.shutdownMs[h]), KIND_POWER_TRANSITION, h, DONE_SHUTDOWN, 0, PRIORITY_MODEL);
  }

  /** The evacuator emptied host h: if it is bound for standby, shut it down now. */
  evacuated(h: number, t: number): void {
    if (this.pendingDown[h] !== 1) return;
    this.pendingDown[h] = 0;
    this.evacuator.finishStandby(h, t);
    if (this.dc.world.hosts.state[h] === HOST_ENTERING_STANDBY) this.shutDown(h, t);
  }

  /** Give up a pending power-down (`why`: e.g. demand came back before the host was empty). */
  cancelDown(h: number, t: number, why: string): void {
    if (this.pendingDown[h] !== 1) return;
    this.evacuator.abort(h, t, why);
  }

  /** Wake host h (IPMI / iLO / WOL): it serves again after its boot time. Null, or why not. */
  powerUp(h: number, t: number, reason: string): string | null {
    const H = this.dc.world.hosts;
    if (this.retired[h] === 1) return `host ${H.ids[h]} is retired`;
    const s = H.state[h];
    if (this.pendingDown[h] === 1) {
      this.cancelDown(h, t, `power-on wanted (${reason})`);
      return null;
    }
    if (s === HOST_SHUTTING_DOWN) {
      this.bootAfterShutdown[h] = 1;
      this.reason[h] = reason;
      return null;
    }
    if (s !== HOST_STANDBY) return `host ${H.ids[h]} is ${HOST_STATES[s]}, not in standby`;
    this.reason[h] = reason;
    this.set(h, HOST_BOOTING, t, reason);
    this.dc.kernel.schedule(t + (H.bootMs[h]), KIND_POWER_TRANSITION, h, DONE_BOOT, 0, PRIORITY_MODEL);
    return null;
  }

  private done(h: number, what: number): void {
    const t = this.dc.kernel.now;
    const H = this.dc.world.hosts;
    if (what === DONE_SHUTDOWN) {
      if (H.state[h] !== HOST_SHUTTING_DOWN) return;
      this.set(h, HOST_STANDBY, t, this.reason[h] as string);
      if (this.bootAfterShutdown[h] === 1) {
        this.bootAfterShutdown[h] = 0;
        this.powerUp(h, t, this.reason[h] as string);
      }
      return;
    }
    if (H.state[h] !== HOST_BOOTING) return;
    this.set(h, HOST_ON, t, this.reason[h] as string);
    for (const l of this.poweredOnListeners) l(h, t);
  }
}
