/**
 * Host power states and their transitions: on → shutting down → standby → booting → on. A host
 * goes down only when empty: one with VMs is first evacuated by live migration (maintenance
 * mode), then shut down. Power in each state comes from the host's power settings, so the energy
 * of every transition is integrated like any other (datacenter.ts, hostPowerW).
 */
import type { Datacenter } from '../datacenter.js';
import { PRIORITY_MODEL } from '../datacenter.js';
import { KIND_POWER_TRANSITION } from '../event-kinds.js';
import { HOST_BOOTING, HOST_MAINTENANCE, HOST_ON, HOST_SHUTTING_DOWN, HOST_STANDBY, HOST_STATES } from '../lifecycle.js';

/** Evacuation before a power-down (the maintenance mode of the balancer). */
export interface Evacuator {
  enter(h: number, t: number, durationMs?: number): string | null;
  exit(h: number, t: number): string | null;
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
    dc.kernel.on(KIND_POWER_TRANSITION, (h, what) => this.done(h, what));
  }

  /** Whether host h is on its way to standby (evacuating or shutting down). */
  goingDown(h: number): boolean {
    return this.pendingDown[h] === 1 || this.dc.world.hosts.state[h] === HOST_SHUTTING_DOWN;
  }

  private set(h: number, to: number, t: number, reason: string): void {
    const H = this.dc.world.hosts;
    const from = H.state[h] as number;
    this.dc.setHostState(h, to, t);
    this.dc.settle(t);
    this.transitions++;
    this.dc.emit({ t, type: 'host.power', host: H.ids[h] as string, from: HOST_STATES[from] as string, to: HOST_STATES[to] as string, reason });
  }

  /** Put host h into standby: evacuate it first if it runs VMs. Null, or why not. */
  powerDown(h: number, t: number, reason: string): string | null {
    const H = this.dc.world.hosts;
    if (H.state[h] !== HOST_ON) return `host ${H.ids[h]} is ${HOST_STATES[H.state[h] as number]}, not on`;
    this.reason[h] = reason;
    if ((H.vmCount[h] as number) > 0 || (H.migrationsActive[h] as number) > 0) {
      const refused = this.evacuator.enter(h, t);
      if (refused !== null) return refused;
      this.pendingDown[h] = 1;
      return null;
    }
    this.shutDown(h, t);
    return null;
  }

  private shutDown(h: number, t: number): void {
    this.set(h, HOST_SHUTTING_DOWN, t, this.reason[h] as string);
    this.dc.kernel.schedule(t + (this.dc.world.hosts.shutdownMs[h] as number), KIND_POWER_TRANSITION, h, DONE_SHUTDOWN, 0, PRIORITY_MODEL);
  }

  /** The evacuator emptied host h: if it is bound for standby, shut it down now. */
  evacuated(h: number, t: number): void {
    if (this.pendingDown[h] !== 1) return;
    this.pendingDown[h] = 0;
    this.evacuator.exit(h, t);
    this.shutDown(h, t);
  }

  /** Give up a pending power-down (demand came back before the host was empty). */
  cancelDown(h: number, t: number): void {
    if (this.pendingDown[h] !== 1) return;
    this.pendingDown[h] = 0;
    if (this.dc.world.hosts.state[h] === HOST_MAINTENANCE) this.evacuator.exit(h, t);
  }

  /** Wake host h (IPMI / iLO / WOL): it serves again after its boot time. Null, or why not. */
  powerUp(h: number, t: number, reason: string): string | null {
    const H = this.dc.world.hosts;
    if (this.retired[h] === 1) return `host ${H.ids[h]} is retired`;
    const s = H.state[h] as number;
    if (this.pendingDown[h] === 1) {
      this.cancelDown(h, t);
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
    this.dc.kernel.schedule(t + (H.bootMs[h] as number), KIND_POWER_TRANSITION, h, DONE_BOOT, 0, PRIORITY_MODEL);
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
