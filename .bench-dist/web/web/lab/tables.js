import { clock, el, fmt } from './dom.js';
export function diffTable(panes) {
    const [a, b] = panes;
    if (!a || !b)
        return el('div');
    const ta = a.history.totals(a.focus);
    const tb = b.history.totals(b.focus);
    const na = a.history.length > 0 ? a.history.at(a.history.length - 1, a.focus) : null;
    const nb = b.history.length > 0 ? b.history.at(b.history.length - 1, b.focus) : null;
    const rows = [
        ['VMs down now', na?.vmsDown ?? 0, nb?.vmsDown ?? 0, 0],
        ['VM-minutes of outage so far', a.state.vmOutageMs / 60000, b.state.vmOutageMs / 60000, 1],
        ['mean CPU ready, %', ta.meanReadyPct, tb.meanReadyPct, 2],
        ['worst p95 CPU ready, %', ta.peakP95Pct, tb.peakP95Pct, 1],
        ['energy so far, kWh', ta.energyKWh, tb.energyKWh, 1],
        ['peak power, kW', ta.peakPowerKW, tb.peakPowerKW, 2],
    ];
    return el('table', { class: 'diff', id: 'diff-table' }, el('caption', {}, `Main run vs what-if, at ${clock(a.state.t)} / ${clock(b.state.t)} (over the intervals simulated so far)`), el('tr', {}, el('th', {}, ''), el('th', {}, 'main'), el('th', {}, 'what-if'), el('th', {}, 'difference')), ...rows.map(([label, x, y, d]) => el('tr', { 'data-metric': label }, el('th', {}, label), el('td', {}, fmt(x, d)), el('td', {}, fmt(y, d)), el('td', { class: y > x ? 'up' : y < x ? 'down' : '' }, `${y - x > 0 ? '+' : ''}${fmt(y - x, d)}`))));
}
/** Headline figures per pane; the exact numbers (unrounded) in a JSON block for download and checks. */
export function finalTable(finals, titles) {
    const pick = [
        ['VMs placed', (h) => h.vmsPlaced],
        ['mean CPU ready, %', (h) => h.cpuReady?.meanPct],
        ['mean utilisation, %', (h) => h.cpu?.meanUtilPct],
        ['IT energy, kWh', (h) => h.energy?.itKWh],
        ['peak consumed memory, GiB', (h) => h.memory?.peakConsumedGiB],
    ];
    const table = el('table', { class: 'final' }, el('caption', {}, 'Figures for the whole run (the headline report.json gives)'), el('tr', {}, el('th', {}, ''), ...finals.map((f) => el('th', {}, titles[f.pane] ?? `pane ${f.pane}`))), ...pick.map(([label, get]) => el('tr', {}, el('th', {}, label), ...finals.map((f) => el('td', {}, fmt(get(f.headline), 3))))));
    const json = el('pre', { id: 'final-json', class: 'json' }, JSON.stringify(finals));
    return el('div', {}, el('h3', {}, 'Final figures'), table, el('details', {}, el('summary', {}, 'all figures (JSON)'), json));
}
