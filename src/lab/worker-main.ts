/**
 * The lab's Web Worker: holds the panes (the main run and its forks) and answers the page's
 * requests (protocol.ts). `advance` runs until the asked time or until its wall-time budget is
 * spent, in slices of one model step, so the page stays responsive at any speed.
 * This module is the entry of the browser bundle (build-bundle.ts); it touches no Node API.
 */
import { LabSession } from './session.js';
import { scenarioFromJson } from './scenario-json.js';
import { exportScenarioYaml } from './export-yaml.js';
import type { LabPayload, LabReply, LabRequest } from './protocol.js';

/** The worker global, typed here because the project's compiler settings have no WebWorker lib. */
interface WorkerScope {
  onmessage: ((ev: { data: LabRequest }) => void) | null;
  postMessage(message: LabReply): void;
}

/** Wall clock for the time budget only: it decides how far a slice goes, never what happens in it. */
interface Clock {
  now(): number;
}

export class LabWorker {
  private payload: LabPayload | null = null;
  private readonly panes: LabSession[] = [];

  constructor(private readonly clock: Clock) {}

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
        this.payload = req.payload;
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
        const from = this.pane(req.from);
        const fork = LabSession.replay(from);
        const refused = req.action ? fork.act(req.action) : null;
        if (refused !== null) throw new Error(`the fork's change is refused: ${refused}`);
        this.panes.push(fork);
        return { id: req.id, type: 'forked', state: fork.state(this.panes.length - 1) };
      }
      case 'finish': {
        const s = this.pane(req.pane);
        const r = s.finish();
        return { id: req.id, type: 'final', final: { pane: req.pane, headline: r.headline, clusterHeadlines: r.clusterHeadlines }, state: s.state(req.pane) };
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

// In a worker (not when a test imports this module under Node), answer the page.
if (typeof self !== 'undefined' && typeof (self as { importScripts?: unknown }).importScripts === 'function') {
  const worker = new LabWorker(performance);
  self.onmessage = (ev) => self.postMessage(worker.handle(ev.data));
}
