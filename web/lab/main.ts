/**
 * The lab page: starts the simulator in its worker with the chosen scenario, runs it at the
 * chosen speed, sends actions, forks what-ifs, exports the session and shows the figures.
 */
import type { LabAction, LabPayload, LabReply, LabState, LabStatic, ReportPageAssets } from '../../src/lab/protocol.js';
import { selectionPanel, settingsPanel } from './actions.js';
import { LabClient, type Ask } from './client.js';
import { button, clock, el, fmt, select, setText, span } from './dom.js';
import { exercisesPanel, exportPanel } from './side-panels.js';
import { Pane } from './pane.js';
import { DrawBudget, SpeedMeter } from './speed-meter.js';
import { diffTable, finalTable } from './tables.js';

interface LabData {
  readonly scenarios: readonly LabPayload[];
  readonly reportPage?: ReportPageAssets;
}

const SPEEDS = [
  ['1', 'real time'], ['60', '1 min / s'], ['600', '10 min / s'], ['3600', '1 h / s'], ['21600', '6 h / s'], ['86400', '1 day / s'], ['max', 'as fast as it goes'],
] as const;

const html = document.documentElement;
const data = JSON.parse(document.getElementById('lab-data')?.textContent ?? '{}') as LabData;
const workerCode = document.getElementById('lab-worker')?.textContent ?? '';

function fatal(message: string): void {
  html.dataset.error = message;
  document.getElementById('status')?.replaceChildren(message);
}

const client = new LabClient(workerCode, fatal);
let info: LabStatic | null = null;
let payload: LabPayload | null = null;
let panes: Pane[] = [];
let playing = false;
let busy = false;
const meter = new SpeedMeter();
let selection: { pane: Pane; kind: 'host' | 'vm'; index: number } | null = null;
let speed: string = '3600';

const app = document.getElementById('app') as HTMLElement;
const status = el('span', { id: 'status', role: 'status' });
const timeEl = el('span', { class: 'time' });
const playBtn = button('▶ Play', () => setPlaying(!playing), { id: 'play' });
const speedSel = select(SPEEDS, speed, { id: 'speed', 'aria-label': 'speed' });
speedSel.addEventListener('change', () => {
  speed = speedSel.value;
  if (playing) setPlaying(true);
});
const scenarioSel = select(data.scenarios.map((s, i) => [String(i), s.scenario.file] as const), '0', { id: 'scenario', 'aria-label': 'scenario' });
scenarioSel.addEventListener('change', () => void start(Number(scenarioSel.value)));
const focusSel = el('select', { id: 'focus', 'aria-label': 'charts for' });
focusSel.addEventListener('change', () => {
  for (const p of panes) p.focus = focusSel.value === 'all' ? null : Number(focusSel.value);
  dirty = true;
});
const scrub = el('input', { id: 'scrub', type: 'range', min: '0', max: '1', step: '1', value: '0', 'aria-label': 'look back in time' });
scrub.addEventListener('input', () => {
  if (playing) setPlaying(false);
  const t = Number(scrub.value);
  const live = t >= Number(scrub.max);
  for (const p of panes) p.viewAt = live ? null : t;
  dirty = true;
});
const side = el('aside', { class: 'side' });
const selectionBox = el('div', { id: 'selection' }, el('p', { class: 'hint' }, 'Click a host name or a VM square to act on it.'));
const settingsBox = el('div', { id: 'settings' });
const diffBox = el('div', { id: 'diff' });
const finalBox = el('div', { id: 'final' });
const exportBox = el('div', { id: 'export' });
const panesEl = el('div', { class: 'panes' });
const intro = el('p', { class: 'intro' });
let dirty = true;

app.append(
  el('header', {}, el('h1', {}, 'dcsim lab'), ' ', scenarioSel, ' ', el('label', {}, 'Charts for ', focusSel), ' ', status),
  intro,
  el('div', { class: 'controls' }, playBtn, button('Step', () => void stepOnce(), { id: 'step' }), el('label', {}, 'Speed ', speedSel), timeEl, scrub,
    button('Fork: what if…', () => void fork(null), { id: 'fork' }), button('Run to the end', () => void finish(), { id: 'finish' })),
  el('main', {}, panesEl, side),
);
side.append(selectionBox, settingsBox, diffBox, exportBox, finalBox, exercisesPanel(data.scenarios.map((s) => (s.scenario.spec as { name?: string }).name ?? ''), (k) => {
  scenarioSel.value = String(k);
  void start(k);
}));

/** Play or pause; the worker plays on its own and sends states as it goes. */
function setPlaying(on: boolean): void {
  playing = on;
  if (on) for (const p of panes) p.viewAt = null;
  playBtn.textContent = on ? '❚❚ Pause' : '▶ Play';
  meter.reset();
  if (!info) return;
  void client.request(on ? { type: 'play', simMsPerWallMs: speed === 'max' ? null : Number(speed) } : { type: 'pause' });
}

client.onPush = (r) => {
  if (r.type === 'state') {
    applyState(r.state);
    if (r.state.pane === 0) {
      meter.add(performance.now(), r.state.t);
    }
  } else if (r.type === 'playing' && !r.playing && playing) {
    playing = false;
    playBtn.textContent = '▶ Play';
  }
};

async function ask(a: Ask): Promise<LabReply> {
  const r = await client.request(a);
  if (r.type === 'error') {
    fatal(r.message);
    throw new Error(r.message);
  }
  return r;
}

function applyState(s: LabState, refused?: string): void {
  const p = panes.find((x) => x.index === s.pane);
  if (!p) return;
  p.apply(s);
  if (refused) setText(status, `Refused: ${refused}`);
  dirty = true;
}

async function start(k: number): Promise<void> {
  if (playing) setPlaying(false);
  payload = data.scenarios[k] ?? null;
  if (!payload) return fatal('no scenario in the page');
  html.dataset.ready = 'false';
  const r = await ask({ type: 'init', payload, reportPage: data.reportPage ?? null });
  if (r.type !== 'ready') return;
  info = r.info;
  panes = [new Pane(0, 'Main run', info, r.state, onHost, onVm)];
  panes[0]?.apply(r.state);
  panesEl.replaceChildren(...panes.map((p) => p.root));
  focusSel.replaceChildren(el('option', { value: 'all' }, 'all clusters'), ...info.clusters.map((c, i) => el('option', { value: String(i) }, c.id)));
  intro.textContent = `${info.name}: ${info.description} ${info.hostIds.length} hosts, ${info.vmIds.length} VMs, ${span(info.durationMs)} simulated in ${span(info.stepMs)} steps.`;
  selection = null;
  selectionBox.replaceChildren(el('p', { class: 'hint' }, 'Click a host name or a VM square to act on it.'));
  settingsBox.replaceChildren(settingsPanel(info, () => (panes[0] as Pane).state, (a) => void act(0, a)));
  diffBox.replaceChildren();
  finalBox.replaceChildren();
  renderExport();
  dirty = true;
  html.dataset.ready = 'true';
}

function onHost(p: Pane, h: number): void {
  selection = { pane: p, kind: 'host', index: h };
  showSelection();
}

function onVm(p: Pane, v: number): void {
  selection = { pane: p, kind: 'vm', index: v };
  showSelection();
}

function showSelection(): void {
  for (const p of panes) p.view.select(null, -1);
  if (!selection || !info) return;
  const { pane, kind, index } = selection;
  pane.view.select(kind, index);
  selectionBox.replaceChildren(selectionPanel(info, pane, kind, index, (a) => void act(pane.index, a), (a) => void fork(a)));
}

async function act(pane: number, a: LabAction): Promise<void> {
  for (const p of panes) p.viewAt = null;
  await idle();
  const r = await ask({ type: 'act', pane, action: a });
  if (r.type === 'state') {
    applyState(r.state, r.refused);
    if (!r.refused) setText(status, `Recorded: ${r.state.actions[r.state.actions.length - 1]?.text ?? ''}`);
  }
  renderExport();
  showSelection();
}

async function fork(change: LabAction | null): Promise<void> {
  if (!info || panes.length === 0) return;
  await idle();
  const r = await ask({ type: 'fork', from: 0, action: change });
  if (panes.length > 1) panes.splice(1);
  if (r.type !== 'forked') return;
  const p = new Pane(r.state.pane, `What if${change ? `: ${change.kind} ${'host' in change ? change.host : ''}` : ' (change something here)'}`, info, r.state, onHost, onVm);
  p.apply(r.state);
  p.focus = panes[0]?.focus ?? null;
  panes[1] = p;
  panesEl.replaceChildren(...panes.map((x) => x.root));
  panesEl.classList.add('split');
  settingsBox.replaceChildren(settingsPanel(info, () => p.state, (a) => void act(1, a)), el('p', { class: 'hint' }, 'These settings now change the what-if pane.'));
  renderExport();
  dirty = true;
}

/** Wait until no request is in flight (play sends one per frame). */
async function idle(): Promise<void> {
  while (busy) await new Promise((r) => setTimeout(r, 5));
}

async function advanceAll(target: (p: Pane) => number, budgetMs: number): Promise<void> {
  busy = true;
  try {
    for (const p of panes) {
      if (p.state.done) continue;
      const r = await ask({ type: 'advance', pane: p.index, untilMs: target(p), budgetMs });
      if (r.type === 'state') applyState(r.state);
    }
  } finally {
    busy = false;
  }
}

async function stepOnce(): Promise<void> {
  if (!info) return;
  for (const p of panes) p.viewAt = null;
  const step = info.intervalMs;
  await idle();
  await advanceAll((p) => (Math.floor(p.state.t / step) + 1) * step, 1000);
}

async function finish(): Promise<void> {
  if (!info) return;
  if (playing) setPlaying(false);
  await idle();
  busy = true;
  try {
    const finals = [];
    for (const p of panes) {
      const r = await ask({ type: 'finish', pane: p.index });
      if (r.type === 'final') {
        applyState(r.state);
        finals.push(r.final);
      }
    }
    finalBox.replaceChildren(finalTable(finals, panes.map((p) => p.title)));
  } finally {
    busy = false;
  }
}

function renderExport(): void {
  const name = (p: Pane, file: string) => (p.index === 0 ? file : file.replace(/(\.\w+)$/, '-whatif$1'));
  exportBox.replaceChildren(...exportPanel(
    panes,
    async (p) => {
      const r = await ask({ type: 'export', pane: p.index });
      return r.type === 'exported' && payload ? { text: r.yaml, name: name(p, payload.exportName), type: 'text/yaml' } : null;
    },
    async (p) => {
      await idle();
      busy = true;
      try {
        const r = await ask({ type: 'report', pane: p.index });
        if (r.type !== 'report') return [];
        applyState(r.state);
        setText(status, `Report of ${p.title} written: the run went to its end.`);
        return [
          ...(r.html !== null ? [{ text: r.html, name: name(p, 'report.html'), type: 'text/html' }] : []),
          { text: r.json, name: name(p, 'report.json'), type: 'application/json' },
        ];
      } finally {
        busy = false;
      }
    },
  ));
}

const budget = new DrawBudget();

function frame(now: number): void {
  if (dirty && info && budget.due(now)) {
    dirty = false;
    for (const p of panes) p.render();
    if (panes.length > 1) diffBox.replaceChildren(diffTable(panes));
    const t = panes[0]?.state.t ?? 0;
    setText(timeEl, clock(t));
    scrub.max = String(t);
    if (panes[0]?.viewAt === null) scrub.value = String(t);
    html.dataset.simPerWall = meter.rate().toFixed(1);
    if (playing) setText(status, `${fmt(meter.rate(), 0)} simulated s per wall s`);
    budget.drew(now, performance.now());
    html.dataset.drawMs = budget.lastMs.toFixed(0);
  }
  requestAnimationFrame(frame);
}

void start(0).then(() => requestAnimationFrame(frame), (err: unknown) => fatal(err instanceof Error ? err.message : String(err)));
