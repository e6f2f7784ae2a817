/**
 * The lab's Web Worker: holds the panes (the main run and its forks) and answers the page's
 * requests (protocol.ts). `advance` runs until the asked time or until its wall-time budget is
 * spent, in slices of one model step, so the page stays responsive at any speed.
 * This module is the entry of the browser bundle (build-bundle.ts); it touches no Node API.
 */
import { LabSession } from './session.js';
import { scenarioFromJson } from './scenario-json.js';
import { exportScenarioYaml } from './export-yaml.js';
import type { LabPayload, LabReply, LabRequest, ReportPageAssets } from './protocol.js';
import { stableJson } from '../output/json.js';
import { reportPageHtml } from '../report/report-page.js';
import { ReportSchema } from '../report/schema.js';

/** The worker global, typed here because the project's compiler settings have no WebWorker lib. */
interface WorkerScope {
  onmessage: ((ev: { data: LabRequest }) => void) | null;
  postMessage(message: LabReply): void;
}

/** Wall clock for the time budget only: it decides how far a slice goes, never what happens in it. */
interface Clock {
  now(): number;
}

/** Where unsolicited states go, and how the play loop gets its next turn (after pending messages). */
export interface Playback {
  post(reply: LabReply): void;
  later(fn: () => void, ms: number): void;
}

/** Wall time one turn of the play loop aims at, ms: long enough to amortise a message, short enough to stay responsive. */
const TURN_MS = 80;

export class LabWorker {
  private payload: LabPayload | null = null;
  private reportPage: ReportPageAssets | null = null;
  private readonly panes: LabSession[] = [];
  /** Playing: simulated ms per wall ms (null: as fast as it goes), and the reference instants. */
  private play: { speed: number | null; wall0: number; sim0: number } | null = null;
  private turnScheduled = false;

  constructor(
    private readonly clock: Clock,
    private readonly playback: Playback | null = null,
  ) {}

  /**
   * One turn of play: the main run advances at the set speed (or as far as it gets) for at most
   * TURN_MS, the forks to the same simulated time (they stay side by side); then each pane's
   * state is sent.
   */
  private turn(): void {
    this.turnScheduled = false;
    const play = this.play;
    const main = this.panes[0];
    if (!play || !main || !this.playback) return;
    const started = this.clock.now();
    const end = main.sim.world.durationMs;
    const target = play.speed === null ? end : Math.min(end, play.sim0 + play.speed * (started - play.wall0));
    const step = Math.max(1, main.sim.world.stepMs);
    // The main run goes first, within the turn's time; forks then catch up to where it got.
    while (main.now < target && !main.done && this.clock.now() - started < TURN_MS) main.advance(Math.min(target, (Math.floor(main.now / step) + 1) * step));
    for (const s of this.panes.slice(1)) {
      while (s.now < main.now && !s.done) s.advance(Math.min(main.now, (Math.floor(s.now / step) + 1) * step));
    }
    // Behind a set speed the machine cannot keep: go on from here rather than pile up a debt.
    if (play.speed !== null && main.now < target) this.play = { ...play, wall0: this.clock.now(), sim0: main.now };
    this.panes.forEach((s, i) => this.playback?.post({ id: 0, type: 'state', state: s.state(i) }));
    if (this.panes.every((s) => s.done)) {
      this.play = null;
      this.playback.post({ id: 0, type: 'playing', playing: false });
      return;
    }
    this.turnScheduled = true;
    this.playback.later(() => this.turn(), play.speed === null ? 0 : 16);
  }

  handle(req: LabRequest): LabReply {
    try {
      return this.answer(req);
    } catch (err) {
      return { id: req.id, type: 'error', message: err instanceof Error ? err.message : String(err) };
    }
  }

  private pane(i: number): LabSession {
    const p = this.panes[i];
    if (!p) throw new Error(`no pane ${i}`);
    return p;
  }

  private answer(req: LabRequest): LabReply {
    switch (req.type) {
      case 'init': {
        this.play = null;
        this.payload = req.payload;
        this.reportPage = req.reportPage;
        this.panes.length = 0;
        const s = new LabSession(scenarioFromJson(req.payload.scenario));
        this.panes.push(s);
        return { id: req.id, type: 'ready', info: s.info(), state: s.state(0) };
      }
      case 'advance': {
        const s = this.pane(req.pane);
        const started = this.clock.now();
        const step = Math.max(1, s.sim.world.stepMs);
        while (s.now < req.untilMs && !s.done) {
          s.advance(Math.min(req.untilMs, (Math.floor(s.now / step) + 1) * step));
          if (this.clock.now() - started >= req.budgetMs) break;
        }
        return { id: req.id, type: 'state', state: s.state(req.pane) };
      }
      case 'act': {
        const s = this.pane(req.pane);
        const refused = s.act(req.action);
        return { id: req.id, type: 'state', state: s.state(req.pane), ...(refused !== null ? { refused } : {}) };
      }
      case 'fork': {
        // Set speeds count from the fork on (the checkpoint takes wall time).
        if (this.play) this.play = { ...this.play, wall0: this.clock.now(), sim0: this.pane(0).now };
        const from = this.pane(req.from);
        const fork = LabSession.fork(from);
        const refused = req.action ? fork.act(req.action) : null;
        if (refused !== null) throw new Error(`the fork's change is refused: ${refused}`);
        // One what-if at a time: a new fork replaces the last one.
        this.panes.length = 1;
        this.panes.push(fork);
        return { id: req.id, type: 'forked', state: fork.state(1) };
      }
      case 'play': {
        const main = this.pane(0);
        this.play = { speed: req.simMsPerWallMs, wall0: this.clock.now(), sim0: main.now };
        if (!this.turnScheduled && this.playback) {
          this.turnScheduled = true;
          this.playback.later(() => this.turn(), 0);
        }
        return { id: req.id, type: 'playing', playing: true };
      }
      case 'pause':
        this.play = null;
        return { id: req.id, type: 'playing', playing: false };
      case 'finish': {
        const s = this.pane(req.pane);
        const r = s.finish();
        return { id: req.id, type: 'final', final: { pane: req.pane, headline: r.headline, clusterHeadlines: r.clusterHeadlines }, state: s.state(req.pane) };
      }
      case 'report': {
        // The page `dcsim report` writes from report.json: the file's text read back through the
        // report schema, as read-report.ts reads it (the schema sets the order of the keys).
        const s = this.pane(req.pane);
        const json = stableJson(s.report());
        const page = this.reportPage;
        const html = page ? reportPageHtml([ReportSchema.parse(JSON.parse(json))], {}, page, page.csp) : null;
        return { id: req.id, type: 'report', json, html, state: s.state(req.pane) };
      }
      case 'export': {
        const p = this.payload;
        if (!p) throw new Error('the lab is not initialised');
        return { id: req.id, type: 'exported', yaml: exportScenarioYaml(p.baseText, p.baseEvents, this.pane(req.pane).actions) };
      }
    }
  }
}

declare const self: WorkerScope;
declare const performance: Clock;
declare function setTimeout(fn: () => void, ms: number): unknown;

// In a worker (not when a test imports this module under Node), answer the page.
if (typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function') {
  const worker = new LabWorker(performance, { post: (r) => self.postMessage(r), later: (fn, ms) => void setTimeout(fn, ms) });
  self.onmessage = (ev) => self.postMessage(worker.handle(ev.data));
}
