/**
 * The side panels that do not change with the run: exporting a pane as a scenario file, and
 * the guided exercises.
 */
import { button, el } from './dom.js';
import { EXERCISES } from './exercises.js';
import type { Pane } from './pane.js';

/** A file the page offers for download. */
export interface Download {
  readonly name: string;
  readonly text: string;
  readonly type: string;
}

/** Save `file` from the page (a blob: link: nothing leaves the page). */
function save(file: Download): void {
  const a = el('a', { href: URL.createObjectURL(new Blob([file.text], { type: file.type })), download: file.name });
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * Per pane: the session as scenario YAML, and the report of the run (to its end) as report.html
 * and report.json; `make` asks the worker for the files.
 */
export function exportPanel(panes: readonly Pane[], yaml: (p: Pane) => Promise<Download | null>, report: (p: Pane) => Promise<readonly Download[]>): HTMLElement[] {
  const buttons = panes.flatMap((p) => [
    button(`Export ${p.title} as scenario YAML`, () => void yaml(p).then((f) => f && save(f)), { 'data-action': `export-${p.index}` }),
    button(`Export ${p.title} report (report.html, report.json)`, () => void report(p).then((files) => files.forEach(save)), { 'data-action': `report-${p.index}` }),
  ]);
  const counts = panes.map((p) => `${p.title}: ${p.state.actions.length} recorded action(s)`).join(' · ');
  return [
    el('h3', {}, 'Export'),
    ...buttons,
    el('p', { class: 'hint' }, `${counts}. The scenario file runs with dcsim run and gives the same figures. The report runs the pane to its end first; report.html is the page dcsim report writes from that report.json.`),
  ];
}

/** The exercises; those whose scenario the page carries open it (`open` with its index). */
export function exercisesPanel(scenarioNames: readonly string[], open: (k: number) => void): HTMLElement {
  const box = el('div', { id: 'exercises' }, el('h3', {}, 'Guided exercises'));
  for (const x of EXERCISES) {
    const k = scenarioNames.indexOf(x.scenario);
    const body = el('div', { class: 'exercise' }, el('p', {}, el('b', {}, 'Question: '), x.question), el('ol', {}, ...x.steps.map((s) => el('li', {}, s))), el('p', {}, el('b', {}, 'Look for: '), x.lookFor));
    if (k >= 0) body.prepend(button('Open this exercise', () => open(k), { 'data-exercise': x.id }));
    else body.prepend(el('p', { class: 'hint' }, `Needs the scenario "${x.scenario}" (run dcsim lab without a scenario).`));
    box.append(el('details', {}, el('summary', {}, x.title), body));
  }
  return box;
}
