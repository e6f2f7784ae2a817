import { CsvFile, num } from './csv.js';
export const FINANCE_COLUMNS = ['item', 'unit', 'virtualized', 'physical_baseline', 'saving'];
function money(x) {
    return x === null ? '' : num(x, 2);
}
function saving(a, b, decimals) {
    return a === null || b === null ? '' : num(b - a, decimals);
}
export function writeFinanceCsv(file, f, embodiedKg, baselineEmbodiedKg) {
    const c = f.currency;
    const rows = [
        ['servers', 'count', f.servers, f.baselineServers, f.serversSaved],
        ['it_energy', 'kWh', num(f.itKWh, 3), num(f.baselineItKWh, 3), num(f.baselineItKWh - f.itKWh, 3)],
        ['facility_energy', 'kWh', num(f.facilityKWh, 3), num(f.baselineFacilityKWh, 3), num(f.baselineFacilityKWh - f.facilityKWh, 3)],
        ['energy_cost', c, money(f.energyCost), money(f.baselineEnergyCost), saving(f.energyCost, f.baselineEnergyCost, 2)],
        ['hardware', c, money(f.hardwareCost), money(f.baselineHardwareCost), saving(f.hardwareCost, f.baselineHardwareCost, 2)],
        ['licences', c, money(f.licenceCost), money(0), saving(f.licenceCost, 0, 2)],
        ['administration', c, money(f.adminCost), money(f.baselineAdminCost), saving(f.adminCost, f.baselineAdminCost, 2)],
        ['total_cost', c, money(f.totalCost), money(f.baselineTotalCost), money(f.saving)],
        ['embodied_co2', 'kg', num(embodiedKg, 3), num(baselineEmbodiedKg, 3), num(baselineEmbodiedKg - embodiedKg, 3)],
        ['total_co2', 'kg', f.kgCo2 === null ? '' : num(f.kgCo2, 3), f.baselineKgCo2 === null ? '' : num(f.baselineKgCo2, 3), f.kgCo2Saved === null ? '' : num(f.kgCo2Saved, 3)],
    ];
    const csv = new CsvFile(file, FINANCE_COLUMNS);
    csv.rows(rows);
    csv.close();
}
export const ENERGY_COLUMNS = [
    'time', 't_s', 'hours', 'cluster', 'it_kwh', 'serving_kwh', 'transition_kwh', 'standby_kwh', 'pue', 'facility_kwh',
    'price_per_kwh', 'cost', 'grid_g_co2_per_kwh', 'co2_kg',
];
/** energy.csv: the meter's rows (cluster indices into `clusterIds`), hour by hour. */
export function writeEnergyCsv(file, startEpochMs, clusterIds, hours) {
    const csv = new CsvFile(file, ENERGY_COLUMNS);
    const rows = hours.map((h) => [
        new Date(startEpochMs + h.t0).toISOString(),
        num(h.t0 / 1000, 0),
        num((h.t1 - h.t0) / 3_600_000, 4),
        clusterIds[h.cluster],
        num(h.itKWh, 6),
        num(h.servingKWh, 6),
        num(h.transitionKWh, 6),
        num(h.standbyKWh, 6),
        num(h.pue, 3),
        num(h.facilityKWh, 6),
        h.pricePerKWh === null ? '' : num(h.pricePerKWh, 4),
        h.cost === null ? '' : num(h.cost, 6),
        h.gramsCo2PerKWh === null ? '' : num(h.gramsCo2PerKWh, 1),
        h.kgCo2 === null ? '' : num(h.kgCo2, 6),
    ]);
    csv.rows(rows);
    csv.close();
}
//# sourceMappingURL=finance-csv.js.map