/**
 * The finance comparison in rows and words (pure: no DOM, no d3): the virtualized run against
 * its physical baseline line by line (servers, IT and facility energy, energy cost, hardware,
 * licences, administration, total cost, CO2) with the saving on each line, and the one-sentence
 * summary ("14 servers instead of 400: 38,292 EUR (83.8 %) and 15.6 t CO2 saved over the run").
 * A null figure is one the scenario gave no price (or no grid intensity) for; it reads "—".
 */
import { co2Mass, count, kgCo2, kwh, money, moneyRound, NONE, pct } from './format.js';
const minus = (a, b) => (a === null || b === null ? null : a - b);
export function financeRows(f) {
    const row = (key, label, unit, virtualized, baseline, extra = {}) => ({
        key,
        label,
        unit,
        virtualized,
        baseline,
        saving: minus(baseline, virtualized),
        ...extra,
    });
    return [
        row('servers', 'Servers', 'servers', f.servers, f.baselineServers, { saving: f.serversSaved }),
        row('it-energy', 'IT energy', 'kwh', f.itKWh, f.baselineItKWh),
        row('facility-energy', 'Facility energy (IT × PUE)', 'kwh', f.facilityKWh, f.baselineFacilityKWh),
        row('energy-cost', 'Energy cost', 'money', f.energyCost, f.baselineEnergyCost),
        row('hardware', "Hardware (the run's share of the servers' price)", 'money', f.hardwareCost, f.baselineHardwareCost),
        row('licences', 'Hypervisor licences', 'money', f.licenceCost, 0, { note: 'physical servers need no hypervisor licence' }),
        row('admin', 'Administration', 'money', f.adminCost, f.baselineAdminCost),
        row('total', 'Total cost', 'money', f.totalCost, f.baselineTotalCost, { saving: f.saving, savingPct: f.savingPct }),
        row('co2', 'CO2 (operational + embodied)', 'co2', f.kgCo2, f.baselineKgCo2, { saving: f.kgCo2Saved }),
    ];
}
/** A figure of a finance row in its unit; "—" for null. */
export function financeValue(v, unit, currency) {
    if (v === null)
        return NONE;
    switch (unit) {
        case 'servers':
            return count(v);
        case 'kwh':
            return kwh(v);
        case 'money':
            return money(v, currency);
        case 'co2':
            return kgCo2(v);
    }
}
/** The saving cell: the saving in its unit, with its share of the baseline on the total line. */
export function financeSaving(r, currency) {
    const v = financeValue(r.saving, r.unit, currency);
    return r.savingPct !== undefined && r.savingPct !== null && r.saving !== null ? `${v} (${pct(r.savingPct)})` : v;
}
/** What is missing: a price for some money line, a grid intensity for CO2. */
export function financeGaps(f) {
    return {
        price: [f.energyCost, f.baselineEnergyCost, f.hardwareCost, f.baselineHardwareCost, f.totalCost, f.baselineTotalCost].some((x) => x === null),
        intensity: f.kgCo2 === null || f.baselineKgCo2 === null,
    };
}
/**
 * The comparison in one sentence: "14 servers instead of 400: 38,292 EUR (83.8 %) and 15.6 t CO2
 * saved over the run." A saving below zero reads "more"; an unknown one is left out, and the
 * sentence says no price was given.
 */
export function financeSummary(f) {
    const servers = `${count(f.servers)} ${f.servers === 1 ? 'server' : 'servers'} instead of ${count(f.baselineServers)}`;
    const parts = [];
    if (f.saving !== null) {
        const share = f.savingPct !== null ? ` (${pct(Math.abs(f.savingPct))})` : '';
        parts.push({ text: `${moneyRound(Math.abs(f.saving), f.currency)}${share}`, saved: f.saving >= 0 });
    }
    if (f.kgCo2Saved !== null)
        parts.push({ text: co2Mass(Math.abs(f.kgCo2Saved)), saved: f.kgCo2Saved >= 0 });
    const gaps = financeGaps(f);
    const energyPriced = f.energyCost !== null && f.baselineEnergyCost !== null;
    const missing = f.saving === null ? ` (${energyPriced ? 'no server price given, so hardware and the total are unknown' : 'no price given'}${gaps.intensity ? ', no grid intensity given' : ''})` : '';
    if (f.saving === null && energyPriced) {
        const saved = f.baselineEnergyCost - f.energyCost;
        parts.unshift({ text: `${moneyRound(Math.abs(saved), f.currency)} of energy cost`, saved: saved >= 0 });
    }
    if (parts.length === 0)
        return `${servers}${missing}.`;
    const word = (saved) => (saved ? 'saved' : 'more');
    const same = parts.every((p) => p.saved === parts[0].saved);
    const body = same ? `${parts.map((p) => p.text).join(' and ')} ${word(parts[0].saved)}` : parts.map((p) => `${p.text} ${word(p.saved)}`).join(' and ');
    return `${servers}: ${body} over the run${missing}.`;
}
