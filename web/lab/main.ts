/**
 * The lab page: starts the simulator in its worker with the chosen scenario, runs it at the
 * chosen speed, sends actions, forks what-ifs, exports the session and shows the figures.
 */
import type { LabAction, LabPayload, LabReply, LabState, LabStatic } from '../../src/lab/protocol.js';
import { hostPanel, settingsPanel, vmPanel } from './actions.js';
import { LabClient, type Ask } from './client.js';
import { button, clock, el, fmt, select, setText, span } from './dom.js';
import { EXERCISES } from './exercises.js';
import { Pane } from './pane.js';
import { diffTable, finalTable } from './tables.js';

interface LabData {
  readonly scenarios: readonly LabPayload[];
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
/** (wall ms, simulated ms) over the last seconds of play, for the speed readout. */
const samples: [number, number][] = [];
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
side.append(selectionBox, settingsBox, diffBox, exportBox, finalBox, exercisesBox());

/** Play or pause; the worker plays on its own and sends states as it goes. */
function setPlaying(on: boolean): void {
  playing = on;
  if (on) for (const p of panes) p.viewAt = null;
  playBtn.textContent = on ? '❚❚ Pause' : '▶ Play';
  samples.length = 0;
  if (!info) return;
  void client.request(on ? { type: 'play', simMsPerWallMs: speed === 'max' ? null : Number(speed) / 1000 } : { type: 'pause' });
}

client.onPush = (r) => {
  if (r.type === 'state') {
    applyState(r.state);
    if (r.state.pane === 0) {
      samples.push([performance.now(), r.state.t]);
      while (samples.length > 2 && (samples[0] as [number, number])[0] < performance.now() - 3000) samples.shift();
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
  const r = await ask({ type: 'init', payload });
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
  const doIt = (a: LabAction) => void act(pane.index, a);
  const panel = kind === 'host' ? hostPanel(info, pane.state, index, doIt) : vmPanel(info, pane.state, index, doIt);
  panel.prepend(el('p', { class: 'pane-tag' }, `in: ${pane.title}`));
  if (kind === 'host' && pane.index === 0) {
    const id = info.hostIds[index] as string;
    panel.append(button('What if this host fails? (fork)', () => void fork({ kind: 'fail-host', host: id, repairAfterMs: null }), { 'data-action': 'fork-fail' }));
  }
  selectionBox.replaceChildren(panel);
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
  const make = (p: Pane) =>
    button(`Export ${p.title} as scenario YAML`, () => void (async () => {
      const r = await ask({ type: 'export', pane: p.index });
      if (r.type !== 'exported' || !payload) return;
      const a = el('a', { href: URL.createObjectURL(new Blob([r.yaml], { type: 'text/yaml' })), download: p.index === 0 ? payload.exportName : payload.exportName.replace(/\.yaml$/, '-whatif.yaml') });
      document.body.append(a);
      a.click();
      a.remove();
    })(), { 'data-action': `export-${p.index}` });
  const counts = panes.map((p) => `${p.title}: ${p.state.actions.length} recorded action(s)`).join(' · ');
  exportBox.replaceChildren(el('h3', {}, 'Export'), ...panes.map(make), el('p', { class: 'hint' }, `${counts}. The file runs with dcsim run and gives the same figures.`));
}

function exercisesBox(): HTMLElement {
  const box = el('div', { id: 'exercises' }, el('h3', {}, 'Guided exercises'));
  for (const x of EXERCISES) {
    const k = data.scenarios.findIndex((s) => (s.scenario.spec as { name?: string }).name === x.scenario);
    const body = el('div', { class: 'exercise' }, el('p', {}, el('b', {}, 'Question: '), x.question), el('ol', {}, ...x.steps.map((s) => el('li', {}, s))), el('p', {}, el('b', {}, 'Look for: '), x.lookFor));
    if (k >= 0) body.prepend(button('Open this exercise', () => { scenarioSel.value = String(k); void start(k); }, { 'data-exercise': x.id }));
    else body.prepend(el('p', { class: 'hint' }, `Needs the scenario "${x.scenario}" (run dcsim lab without a scenario).`));
    box.append(el('details', {}, el('summary', {}, x.title), body));
  }
  return box;
}


/** Wall time of the last full redraw, and how long it took (ms). */
let drawnAt = 0;
let drawMs = 0;

/**
 * Redraw when something changed, but spend at most about a third of the page's time drawing:
 * a big cluster (thousands of VMs) then updates a few times a second instead of every frame,
 * leaving the CPU to the simulator.
 */
function frame(now: number): void {
  if (dirty && info && now - drawnAt >= 2 * drawMs) {
    dirty = false;
    drawnAt = now;
    for (const p of panes) p.render();
    if (panes.length > 1) diffBox.replaceChildren(diffTable(panes));
    const t = panes[0]?.state.t ?? 0;
    setText(timeEl, clock(t));
    scrub.max = String(t);
    if (panes[0]?.viewAt === null) scrub.value = String(t);
    const first = samples[0];
    const last = samples[samples.length - 1];
    const simPerWall = first && last && last[0] > first[0] ? (last[1] - first[1]) / (last[0] - first[0]) : 0;
    html.dataset.simPerWall = simPerWall.toFixed(1);
    if (playing) setText(status, `${fmt(simPerWall, 0)} simulated s per wall s`);
    drawMs = performance.now() - now;
    html.dataset.drawMs = drawMs.toFixed(0);
  }
  requestAnimationFrame(frame);
}

void start(0).then(() => requestAnimationFrame(frame), (err: unknown) => fatal(err instanceof Error ? err.message : String(err)));
