/**
 * The side panels that do not change with the run: exporting a pane as a scenario file, and
 * the guided exercises.
 */
import { button, el } from './dom.js';
import { EXERCISES } from './exercises.js';
/** One export button per pane; `make` asks the worker for the file. Downloads stay in the page (a blob: link). */
export function exportPanel(panes, make) {
    const buttons = panes.map((p) => button(`Export ${p.title} as scenario YAML`, () => void (async () => {
        const file = await make(p);
        if (!file)
            return;
        const a = el('a', { href: URL.createObjectURL(new Blob([file.yaml], { type: 'text/yaml' })), download: file.name });
        document.body.append(a);
        a.click();
        a.remove();
    })(), { 'data-action': `export-${p.index}` }));
    const counts = panes.map((p) => `${p.title}: ${p.state.actions.length} recorded action(s)`).join(' · ');
    return [el('h3', {}, 'Export'), ...buttons, el('p', { class: 'hint' }, `${counts}. The file runs with dcsim run and gives the same figures.`)];
}
/** The exercises; those whose scenario the page carries open it (`open` with its index). */
export function exercisesPanel(scenarioNames, open) {
    const box = el('div', { id: 'exercises' }, el('h3', {}, 'Guided exercises'));
    for (const x of EXERCISES) {
        const k = scenarioNames.indexOf(x.scenario);
        const body = el('div', { class: 'exercise' }, el('p', {}, el('b', {}, 'Question: '), x.question), el('ol', {}, ...x.steps.map((s) => el('li', {}, s))), el('p', {}, el('b', {}, 'Look for: '), x.lookFor));
        if (k >= 0)
            body.prepend(button('Open this exercise', () => open(k), { 'data-exercise': x.id }));
        else
            body.prepend(el('p', { class: 'hint' }, `Needs the scenario "${x.scenario}" (run dcsim lab without a scenario).`));
        box.append(el('details', {}, el('summary', {}, x.title), body));
    }
    return box;
}
