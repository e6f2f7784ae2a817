/**
 * One live run of the lab: the scenario's simulation, advanced in slices, plus the actions a
 * user took, each recorded as a scenario event. Exporting the scenario with those events and
 * running it with `dcsim run` gives the same run: an action takes effect as the scripted event
 * it becomes, at an instant where it fires in the same order as it would from the file (see
 * actionInstant). A fork is a checkpoint of the run written into a freshly built twin
 * (api/snapshot.ts, as `dcsim run --checkpoint-at` and `--from` do), plus the session's own
 * tallies; replaying the same slices and actions gives the same run (a test holds the two equal).
 */
import { DOWN_ADMISSION, DOWN_DELETED, DOWN_NOT_CREATED, DOWN_PROVISIONING, DOWN_UNPLACEABLE, VM_BOOTING, VM_DOWN } from '../model/lifecycle.js';
import type { ModelEvent } from '../model/observer.js';
import { Simulation } from '../run/simulate.js';
import { captureGraph, restoreGraph } from '../api/snapshot.js';
import type { Scenario } from '../scenario/scenario.js';
import type { ScenarioEventSpec } from '../scenario/schema.js';
import type { SampleFrame } from '../metrics/frame.js';
import type { HeadlineFigures, Report } from '../report/schema.js';
import { buildReport } from '../report/build-report.js';
import { SeriesCollector } from '../report/series-collector.js';
import { EventLog } from '../output/event-log.js';
import { REPORT_EVENTS } from '../output/event-sink.js';
import type { SimulationResult } from '../run/simulate.js';
import { actionEvent } from './action-event.js';
import { actionInstant, clock } from './action-instant.js';
import { explainEvent } from './explain.js';
import type { LabAction, LabClusterStatic, LabStatic, LabState, LogLine, RecordedAction, SeriesRow } from './protocol.js';

/** What a session did, in order: advances and actions. Replaying it rebuilds the same run. */
type Step = { readonly kind: 'advance'; readonly untilMs: number } | { readonly kind: 'act'; readonly action: LabAction };

const NOT_OUTAGES = new Set([DOWN_UNPLACEABLE, DOWN_ADMISSION, DOWN_NOT_CREATED, DOWN_PROVISIONING, DOWN_DELETED]);

/** Log lines kept for the page between updates (the event log shows the latest). */
const LOG_LIMIT = 2000;

export class LabSession {
  readonly sim: Simulation;
  readonly steps: Step[] = [];
  readonly actions: RecordedAction[] = [];
  private rows: SeriesRow[] = [];
  private log: LogLine[] = [];
  private energyWh = 0;
  /** Outage time so far (ms, over VMs), and since when each VM has been out (NaN: not out). */
  private outageMs = 0;
  private outSince = new Float64Array(0);
  /** What report.json is built from, attached as `dcsim run` attaches them (run-to-folder.ts). */
  private collector: SeriesCollector | null = null;
  private events: EventLog | null = null;
  private result: SimulationResult | null = null;

  /** `start: false` leaves the simulation unstarted, for a checkpoint to be written into it. */
  constructor(
    readonly scenario: Scenario,
    start = true,
  ) {
    this.sim = new Simulation(scenario, {
      attach: (world) => {
        const spec = scenario.spec;
        this.collector = new SeriesCollector(world, Math.ceil(spec.duration / (spec.outputs.interval ?? spec.step)), spec.outputs.hostSeries);
        this.events = new EventLog(null, world, REPORT_EVENTS);
        return {
          observers: [
            this.events,
            {
              event: (e: ModelEvent) => this.onEvent(e),
              unplaceable: (t, v, reason) => this.onUnplaceable(t, v, reason),
              vmState: (t, v, _from, to, reason) => this.onVmState(t, v, to, reason),
            },
          ],
          sinks: [this.collector, { onSample: (f: SampleFrame) => this.onSample(f) }],
          alarmListeners: [this.events],
        };
      },
    });
    this.outSince = new Float64Array(this.sim.world.vms.n).fill(NaN);
    if (start) this.sim.start();
  }

  /**
   * A new session at the state `from` is in now, from a checkpoint of its simulation (every
   * object reachable from it but the scenario, which both share) and a copy of its tallies.
   */
  static fork(from: LabSession): LabSession {
    const s = new LabSession(from.scenario, false);
    const skip = (_obj: object, key: string): boolean => key === 'scenario';
    restoreGraph(s.sim, captureGraph(from.sim, { skip }), { skip });
    s.steps.push(...from.steps);
    s.actions.push(...from.actions);
    s.energyWh = from.energyWh;
    s.outageMs = from.outageMs;
    s.outSince.set(from.outSince);
    return s;
  }

  /** A new session that has done what `from` did (the same run so far). */
  static replay(from: LabSession): LabSession {
    const s = new LabSession(from.scenario);
    for (const step of from.steps) {
      if (step.kind === 'advance') s.advance(step.untilMs);
      else s.act(step.action);
    }
    return s;
  }

  get now(): number {
    return this.sim.now;
  }

  get done(): boolean {
    return this.sim.stopped !== null || this.sim.now >= this.sim.world.durationMs;
  }

  advance(untilMs: number): void {
    const until = Math.min(untilMs, this.sim.world.durationMs);
    if (until <= this.sim.now || this.sim.stopped) return;
    this.steps.push({ kind: 'advance', untilMs: until });
    this.sim.runUntil(until);
  }

  /** Record an action as a scenario event; null, or why it cannot be taken (nothing recorded). */
  act(action: LabAction): string | null {
    if (this.done) return 'the run has ended';
    const at = actionInstant(this.sim);
    if (at > this.sim.world.durationMs) return 'the run ends before the action could take effect';
    const made = actionEvent(this.sim.world, action, at);
    if (typeof made === 'string') return made;
    this.steps.push({ kind: 'act', action });
    this.sim.scripted.add(made.spec as ScenarioEventSpec, at);
    this.actions.push({ atMs: at, event: made.raw, text: made.text });
    this.pushLog({ t: this.sim.now, type: 'lab.action', text: `You: ${made.text} (takes effect at ${clock(at)}).` });
    return null;
  }

  finish(): { headline: HeadlineFigures; clusterHeadlines: readonly HeadlineFigures[] } {
    if (!this.result) {
      if (!this.sim.stopped) this.steps.push({ kind: 'advance', untilMs: this.sim.world.durationMs });
      this.result = this.sim.finish();
    }
    return { headline: this.result.headline, clusterHeadlines: this.result.clusterHeadlines };
  }

  /** report.json of the whole run (run to its end first), as `dcsim run` builds it from the same events. */
  report(): Report {
    this.finish();
    if (!this.collector || !this.events || !this.result) throw new Error('internal error: the report collectors were not attached');
    return buildReport(this.scenario, this.result.outcome, this.collector, this.events);
  }

  info(): LabStatic {
    const { world, scenario } = this.sim;
    const H = world.hosts;
    const V = world.vms;
    return {
      name: scenario.spec.name,
      description: scenario.spec.description ?? '',
      durationMs: world.durationMs,
      stepMs: world.stepMs,
      intervalMs: this.sim.intervalMs,
      startEpochMs: scenario.startEpochMs,
      clusters: this.clusters(),
      hostIds: [...H.ids],
      hostCluster: H.cluster.slice(),
      hostCapacityMhz: H.usableMhz.slice(),
      hostMemoryMiB: H.memoryMiB.slice(),
      hostCores: H.cores.slice(),
      vmIds: [...V.ids],
      vmCluster: V.cluster.slice(),
      vmVcpus: V.vcpus.slice(),
      vmMemoryMiB: V.memoryMiB.slice(),
      vmPriority: V.haPriority.slice(),
    };
  }

  private clusters(): LabClusterStatic[] {
    return this.sim.world.clusters.map((c, ci) => ({
      id: c.id,
      haEnabled: c.ha.enabled,
      admission: c.ha.admission.policy,
      hostFailuresToTolerate: c.ha.admission.hostFailuresToTolerate,
      detectionMs: c.ha.detectionMs,
      dpmEnabled: c.power.dpm.enabled,
      dpmTargetPct: c.power.dpm.targetPct,
      drsEnabled: c.drs.enabled,
      maxVcpuPerCore: Number.isFinite(c.placement.maxVcpuPerCore) ? c.placement.maxVcpuPerCore : null,
      maxMemoryOvercommit: Number.isFinite(c.placement.maxMemoryOvercommit) ? c.placement.maxMemoryOvercommit : null,
      failoverHosts: this.hostsOf(c, (h) => this.sim.world.failoverHost[h] === 1),
      demandScale: this.sim.model.clusterScale[ci],
      hostsInService: c.hostEnd - c.hostStart - this.hostsOf(c, (h) => this.sim.hostPower.retired[h] === 1).length,
      hostCount: c.hostEnd - c.hostStart,
    }));
  }

  private hostsOf(c: { hostStart: number; hostEnd: number }, pick: (h: number) => boolean): string[] {
    const ids: string[] = [];
    for (let h = c.hostStart; h < c.hostEnd; h++) if (pick(h)) ids.push(this.sim.world.hosts.ids[h] as string);
    return ids;
  }

  /** The state now and what happened since the last call (rows and log lines are handed over once). */
  state(pane: number): LabState {
    const { world } = this.sim;
    const H = world.hosts;
    const V = world.vms;
    const rows = this.rows;
    const log = this.log;
    this.rows = [];
    this.log = [];
    return {
      pane,
      t: this.sim.now,
      done: this.done,
      hostState: H.state.slice(),
      hostDemandMhz: H.demandMhz.slice(),
      hostGrantedMhz: H.grantedMhz.slice(),
      hostReadyMhz: H.readyMhz.slice(),
      hostConsumedMiB: H.consumedMiB.slice(),
      hostMemState: H.memState.slice(),
      hostPowerW: H.powerW.slice(),
      vmHost: V.host.slice(),
      vmState: V.state.slice(),
      vmDownReason: V.downReason.slice(),
      newRows: rows,
      newLog: log,
      clusters: this.clusters(),
      actions: [...this.actions],
      energyKWh: this.energyWh / 1000,
      vmOutageMs: this.outage(),
      eventsFired: this.sim.kernel.fired,
    };
  }

  private pushLog(line: LogLine): void {
    this.log.push(line);
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }

  private onEvent(e: ModelEvent): void {
    const text = explainEvent(e, this.sim.world);
    if (text !== null) this.pushLog({ t: e.t, type: e.type, text });
  }

  /**
   * An outage is time a VM that should run does not (down, or booting after a failure); never
   * placed, refused by admission control at power-on, not created yet and deleted are not outages.
   */
  private onVmState(t: number, v: number, to: number, reason: number): void {
    const out = (to === VM_DOWN || to === VM_BOOTING) && !NOT_OUTAGES.has(reason);
    const since = this.outSince[v];
    if (!Number.isNaN(since) && !out) {
      this.outageMs += t - since;
      this.outSince[v] = NaN;
    } else if (Number.isNaN(since) && out) this.outSince[v] = t;
  }

  /** VM outage time so far, ms (the outages still going on counted up to now). */
  outage(): number {
    let ms = this.outageMs;
    for (const since of this.outSince) if (!Number.isNaN(since)) ms += this.sim.now - since;
    return ms;
  }

  private onUnplaceable(t: number, v: number, reason: string): void {
    this.pushLog({ t, type: 'vm.unplaceable', text: `${this.sim.world.vms.ids[v]} cannot be placed: ${reason}.` });
  }

  private onSample(f: SampleFrame): void {
    const c = f.cluster;
    for (let ci = 0; ci < c.demandMhz.length; ci++) {
      this.energyWh += c.energyWh[ci];
      this.rows.push({
        t: f.t1,
        cluster: ci,
        capacityMhz: c.capacityMhz[ci],
        demandMhz: c.demandMhz[ci],
        grantedMhz: c.grantedMhz[ci],
        readyMeanPct: c.readyMeanPct[ci],
        readyP95Pct: c.readyP95Pct[ci],
        vmsDown: c.vmsDown[ci],
        failoverHosts: c.failoverHosts[ci],
        powerW: c.powerW[ci],
        energyWh: c.energyWh[ci],
        consumedMiB: c.consumedMiB[ci],
        memoryMiB: c.memoryMiB[ci],
        balloonMiB: c.balloonMiB[ci],
        swappedMiB: c.swappedMiB[ci],
        hostsUp: c.hostsUp[ci],
      });
    }
  }
}
