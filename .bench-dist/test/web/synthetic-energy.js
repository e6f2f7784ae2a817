const r3 = (x) => Math.round(x * 1000) / 1000;
const r6 = (x) => Math.round(x * 1e6) / 1e6;
const MS_PER_HOUR = 3_600_000;
const MS_PER_YEAR = 365.25 * 24 * MS_PER_HOUR;
/** PUE by hour of day (UTC): cooling works hardest in the afternoon. */
export const PUE_BY_HOUR = [1.32, 1.32, 1.3, 1.3, 1.3, 1.32, 1.35, 1.38, 1.42, 1.46, 1.5, 1.54, 1.56, 1.58, 1.58, 1.56, 1.52, 1.48, 1.44, 1.4, 1.38, 1.36, 1.34, 1.33];
/** Grid intensity by hour of day, gCO2/kWh: lower at night. */
export const GRID_BY_HOUR = [220, 210, 200, 200, 200, 210, 250, 300, 330, 340, 330, 310, 290, 280, 280, 295, 320, 350, 360, 340, 310, 280, 250, 230];
/** Time-of-use tariff, EUR/kWh: peak on weekdays 07:00–21:00, off-peak otherwise. */
export const PEAK_PRICE = 0.26;
export const OFF_PEAK_PRICE = 0.14;
/** Embodied carbon and life of a server; the finance assumptions of the synthetic scenario. */
export const EMBODIED_KG_PER_SERVER = 1300;
export const SERVER_LIFE_YEARS = 5;
export const FINANCE = { serverPrice: 9000, licencePerHostYear: 1500, adminPerServerYear: 600, baseline: { vmsPerServer: 1, serverPrice: 3500, kW: 0.12 } };
/** The tariff at absolute time `ms` (epoch ms, UTC). */
export function priceAt(ms) {
    const d = new Date(ms);
    const weekday = d.getUTCDay() >= 1 && d.getUTCDay() <= 5;
    return weekday && d.getUTCHours() >= 7 && d.getUTCHours() < 21 ? PEAK_PRICE : OFF_PEAK_PRICE;
}
/**
 * The hourly meter of some clusters: each interval's energy (by host state) goes to the hour its
 * start falls in; facility energy at the hour's PUE (1 when unpriced), cost and CO2 from it (null
 * when unpriced: no price, no grid intensity).
 */
export function meterHours(startEpochMs, t, step, clusters, unpriced) {
    const hours = Math.ceil((t.length * step) / MS_PER_HOUR);
    const acc = { serving: new Array(hours).fill(0), transition: new Array(hours).fill(0), standby: new Array(hours).fill(0) };
    const kwh = (w) => (w * step) / MS_PER_HOUR / 1000;
    for (const c of clusters) {
        t.forEach((ti, i) => {
            const h = Math.floor(ti / MS_PER_HOUR);
            acc.serving[h] += kwh(c.powerServingW[i]);
            acc.transition[h] += kwh(c.powerTransitionW[i]);
            acc.standby[h] += kwh(c.powerStandbyW[i]);
        });
    }
    const hourOfDay = (h) => new Date(startEpochMs + h * MS_PER_HOUR).getUTCHours();
    const itKWh = acc.serving.map((s, h) => r6(s + acc.transition[h] + acc.standby[h]));
    const facilityKWh = itKWh.map((x, h) => r6(x * (unpriced ? 1 : PUE_BY_HOUR[hourOfDay(h)])));
    return {
        t: itKWh.map((_, h) => h * MS_PER_HOUR),
        itKWh,
        facilityKWh,
        cost: facilityKWh.map((x, h) => (unpriced ? null : r6(x * priceAt(startEpochMs + h * MS_PER_HOUR)))),
        kgCo2: facilityKWh.map((x, h) => (unpriced ? null : r6((x * GRID_BY_HOUR[hourOfDay(h)]) / 1000))),
        servingKWh: acc.serving.map(r6),
        transitionKWh: acc.transition.map(r6),
        standbyKWh: acc.standby.map(r6),
    };
}
const sum = (xs) => xs.reduce((a, x) => a + (x ?? 0), 0);
/** The headline energy of `hosts` hosts metered by `hours`: the sums of the hours, the effective PUE, embodied CO2 for the run's share of the servers' life. */
export function energyOf(hours, hosts, durationMs, unpriced) {
    const itKWh = r3(sum(hours.itKWh));
    const facilityKWh = r3(sum(hours.facilityKWh));
    return {
        itKWh,
        meanPowerKW: r3(itKWh / (durationMs / MS_PER_HOUR)),
        pue: unpriced || itKWh === 0 ? 1 : r3(facilityKWh / itKWh),
        facilityKWh,
        cost: unpriced ? null : r3(sum(hours.cost)),
        currency: 'EUR',
        operationalKgCo2: unpriced ? null : r3(sum(hours.kgCo2)),
        embodiedKgCo2: r3((hosts * EMBODIED_KG_PER_SERVER * durationMs) / (SERVER_LIFE_YEARS * MS_PER_YEAR)),
        servingKWh: r3(sum(hours.servingKWh)),
        transitionKWh: r3(sum(hours.transitionKWh)),
        standbyKWh: r3(sum(hours.standbyKWh)),
    };
}
/**
 * The run against a physical baseline of one server per VM drawing 120 W, in the same facility at
 * the run's effective PUE, price and grid intensity: a 9 000 EUR host against a 3 500 EUR server
 * over 5 years, 1 500 EUR of hypervisor licences per host and year, 600 EUR of administration per
 * server and year, each for the run's share. Unpriced: no energy price, no server price, no grid
 * intensity, so every cost but licences and administration (and every CO2 total) is null.
 */
export function finance(hosts, vms, durationMs, e, unpriced) {
    const F = FINANCE;
    const years = durationMs / MS_PER_YEAR;
    const life = years / SERVER_LIFE_YEARS;
    const baselineServers = Math.ceil(vms / F.baseline.vmsPerServer);
    const baselineItKWh = r3((baselineServers * F.baseline.kW * durationMs) / MS_PER_HOUR);
    const baselineFacilityKWh = r3(baselineItKWh * e.pue);
    const price = e.cost === null || e.facilityKWh === 0 ? null : e.cost / e.facilityKWh;
    const intensity = e.operationalKgCo2 === null || e.facilityKWh === 0 ? null : e.operationalKgCo2 / e.facilityKWh;
    const energyCost = e.cost;
    const baselineEnergyCost = price === null ? null : r3(baselineFacilityKWh * price);
    const hardwareCost = unpriced ? null : r3(hosts * F.serverPrice * life);
    const baselineHardwareCost = unpriced ? null : r3(baselineServers * F.baseline.serverPrice * life);
    const licenceCost = r3(hosts * F.licencePerHostYear * years);
    const adminCost = r3(hosts * F.adminPerServerYear * years);
    const baselineAdminCost = r3(baselineServers * F.adminPerServerYear * years);
    const total = (...xs) => (xs.some((x) => x === null) ? null : r3(xs.reduce((a, x) => a + x, 0)));
    const totalCost = total(energyCost, hardwareCost, licenceCost, adminCost);
    const baselineTotalCost = total(baselineEnergyCost, baselineHardwareCost, baselineAdminCost);
    const saving = totalCost === null || baselineTotalCost === null ? null : r3(baselineTotalCost - totalCost);
    const kgCo2 = e.operationalKgCo2 === null ? null : r3(e.operationalKgCo2 + e.embodiedKgCo2);
    const baselineKgCo2 = intensity === null ? null : r3(baselineFacilityKWh * intensity + baselineServers * EMBODIED_KG_PER_SERVER * life);
    return {
        currency: e.currency,
        servers: hosts,
        baselineServers,
        serversSaved: baselineServers - hosts,
        itKWh: e.itKWh,
        baselineItKWh,
        facilityKWh: e.facilityKWh,
        baselineFacilityKWh,
        energyCost,
        baselineEnergyCost,
        hardwareCost,
        baselineHardwareCost,
        licenceCost,
        adminCost,
        baselineAdminCost,
        totalCost,
        baselineTotalCost,
        saving,
        savingPct: saving === null || !baselineTotalCost ? null : r3((saving / baselineTotalCost) * 100),
        kgCo2,
        baselineKgCo2,
        kgCo2Saved: kgCo2 === null || baselineKgCo2 === null ? null : r3(baselineKgCo2 - kgCo2),
    };
}
//# sourceMappingURL=synthetic-energy.js.map