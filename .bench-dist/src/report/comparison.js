const MS_PER_YEAR = 365.25 * 86_400_000;
/** Mean of the per-interval values weighted by interval length; 0 without intervals. */
function weightedMean(values, lengths) {
    let sum = 0;
    let ms = 0;
    values.forEach((v, i) => {
        const dt = lengths[i] ?? 0;
        sum += v * dt;
        ms += dt;
    });
    return ms > 0 ? sum / ms : 0;
}
export function figuresOf(h, meanHostsOn) {
    return {
        itKWh: h.energy.itKWh,
        facilityKWh: h.energy.facilityKWh,
        cost: h.energy.cost,
        kgCo2: h.energy.operationalKgCo2,
        meanHostsOn,
        cpuReadyMeanPct: h.cpuReady.meanPct,
        cpuReadyP95Pct: h.cpuReady.p95OfVmP95Pct,
        swappedGiB: h.memory.swappedGiB,
        availabilityPct: h.availability.meanVmAvailabilityPct,
        migrations: h.migrations.completed,
    };
}
const minus = (a, b) => (a === null || b === null ? null : a - b);
function difference(a, b) {
    return {
        itKWh: a.itKWh - b.itKWh,
        facilityKWh: a.facilityKWh - b.facilityKWh,
        cost: minus(a.cost, b.cost),
        kgCo2: minus(a.kgCo2, b.kgCo2),
        meanHostsOn: a.meanHostsOn - b.meanHostsOn,
        cpuReadyMeanPct: a.cpuReadyMeanPct - b.cpuReadyMeanPct,
        cpuReadyP95Pct: a.cpuReadyP95Pct - b.cpuReadyP95Pct,
        swappedGiB: a.swappedGiB - b.swappedGiB,
        availabilityPct: a.availabilityPct - b.availabilityPct,
        migrations: a.migrations - b.migrations,
    };
}
const n0 = (x) => Math.round(x).toLocaleString('en-GB');
const n1 = (x) => x.toLocaleString('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const n2 = (x) => x.toFixed(2);
/** "uses 1,234 kWh less" / "uses 1,234 kWh more" for a yearly difference. */
function more(x, unit, verb) {
    return `${verb} ${n0(Math.abs(x))} ${unit} ${x <= 0 ? 'less' : 'more'}`;
}
/**
 * The finance reading of one cluster, annualised by `year` (a year over the run length):
 * the reference gives its yearly energy, cost and CO2; every other row its difference to the
 * reference per year, with what it costs in CPU ready, swap and availability.
 */
function sentence(name, refName, f, d, year, currency) {
    if (d === null) {
        const money = f.cost === null ? '' : `, ${n0(f.cost * year)} ${currency}`;
        const co2 = f.kgCo2 === null ? '' : `, ${n1((f.kgCo2 * year) / 1000)} t CO2`;
        return `Over a year at this load, ${name} (the reference) uses ${n0(f.facilityKWh * year)} kWh at the facility (${n0(f.itKWh * year)} kWh IT)${money}${co2}, with ${n1(f.meanHostsOn)} hosts on on average.`;
    }
    const pct = f.facilityKWh - d.facilityKWh > 0 ? ` (${n1(Math.abs(d.facilityKWh / (f.facilityKWh - d.facilityKWh)) * 100)} %)` : '';
    const sign = (x, text) => `${x >= 0 ? '+' : '−'}${text}`;
    const money = d.cost === null ? ' (no electricity price given)' : `: ${n0(Math.abs(d.cost * year))} ${currency} a year ${d.cost <= 0 ? 'saved' : 'more'}`;
    const co2 = d.kgCo2 === null ? '' : ` and ${n1(Math.abs(d.kgCo2 * year) / 1000)} t CO2 ${d.kgCo2 <= 0 ? 'saved' : 'more'}`;
    const costs = [
        `CPU ready ${n2(f.cpuReadyMeanPct)} % (${sign(d.cpuReadyMeanPct, n2(Math.abs(d.cpuReadyMeanPct)))} pp)`,
        `swap ${n1(f.swappedGiB)} GiB (${sign(d.swappedGiB, n1(Math.abs(d.swappedGiB)))})`,
        `availability ${f.availabilityPct.toFixed(3)} % (${sign(d.availabilityPct, Math.abs(d.availabilityPct).toFixed(3))} pp)`,
        `${n0(f.migrations * year)} migrations a year (${sign(d.migrations, n0(Math.abs(d.migrations * year)))})`,
    ].join(', ');
    return `Over a year at this load, ${name} ${more(d.facilityKWh * year, 'kWh', 'uses')} at the facility than ${refName}${pct}${money}${co2}; ${n1(f.meanHostsOn)} hosts on on average (${sign(d.meanHostsOn, n1(Math.abs(d.meanHostsOn)))}); ${costs}.`;
}
/** The comparison of `clusters` (the first is the reference) over a run of `durationMs`. */
export function compareClusters(clusters, intervalLengths, durationMs, currency) {
    const year = durationMs > 0 ? MS_PER_YEAR / durationMs : 0;
    const figures = clusters.map((c) => figuresOf(c.headline, weightedMean(c.hostsUp, intervalLengths)));
    const ref = figures[0];
    const refName = clusters[0]?.name ?? '';
    const days = durationMs / 86_400_000;
    return {
        reference: clusters[0]?.id ?? '',
        durationMs,
        yearFactor: year,
        currency,
        rows: clusters.map((c, i) => {
            const f = figures[i];
            const d = i === 0 || ref === undefined ? null : difference(f, ref);
            return { id: c.id, name: c.name, hosts: c.headline.hosts, vms: c.headline.vmsPlaced, figures: f, difference: d, sentence: sentence(c.name, refName, f, d, year, currency) };
        }),
        assumptions: `Annualised: the run's ${n1(days)} days × ${n2(year)} = 365.25 days, assuming the same load, prices, PUE and grid intensity all year. ` +
            `Energy, cost and operational CO2 are each cluster's own metered hours; hardware, licences and embodied CO2 are left out (the clusters being compared have the same hardware or say so in their host counts). ` +
            `Differences are each cluster minus ${refName}, the first cluster.`,
    };
}
/** The comparison of a report's clusters, from its headlines and series. */
export function reportComparison(report) {
    return compareClusters(report.clusters.map((c) => ({ id: c.id, name: c.name, headline: c.headline, hostsUp: report.series.clusters[c.id]?.hostsUp ?? [] })), report.series.intervalMs, report.run.durationMs, report.headline.energy.currency);
}
//# sourceMappingURL=comparison.js.map