const COLUMNS = [
    { head: 'kWh IT', width: 10, cell: (f, d) => signed(f.itKWh, 1, d) },
    { head: 'kWh facility', width: 13, cell: (f, d) => signed(f.facilityKWh, 1, d) },
    { head: 'cost', width: 10, cell: (f, d) => (f.cost === null ? '—' : signed(f.cost, 2, d)) },
    { head: 'kgCO2', width: 9, cell: (f, d) => (f.kgCo2 === null ? '—' : signed(f.kgCo2, 1, d)) },
    { head: 'hosts on', width: 9, cell: (f, d) => signed(f.meanHostsOn, 1, d) },
    { head: 'ready %', width: 8, cell: (f, d) => signed(f.cpuReadyMeanPct, 2, d) },
    { head: 'swap GiB', width: 9, cell: (f, d) => signed(f.swappedGiB, 1, d) },
    { head: 'avail %', width: 9, cell: (f, d) => signed(f.availabilityPct, 3, d) },
    { head: 'migrations', width: 11, cell: (f, d) => signed(f.migrations, 0, d) },
];
function signed(x, digits, diff) {
    const s = Math.abs(x).toFixed(digits);
    if (!diff)
        return x < 0 ? `-${s}` : s;
    return Number(s) === 0 ? '±0' : `${x < 0 ? '−' : '+'}${s}`;
}
export function renderComparison(c) {
    if (c === undefined || c.rows.length < 2)
        return '';
    const nameWidth = Math.max(12, ...c.rows.map((r) => r.name.length + 2));
    const line = (label, cells) => `  ${label.padEnd(nameWidth)}${cells.map((x, i) => x.padStart(COLUMNS[i].width)).join('')}\n`;
    let out = `clusters compared (each against ${c.rows[0].name}; cost in ${c.currency}, CPU ready mean, swap mean)\n`;
    out += line('cluster', COLUMNS.map((k) => k.head));
    for (const r of c.rows) {
        out += line(r.name, COLUMNS.map((k) => k.cell(r.figures, false)));
        if (r.difference !== null)
            out += line('  vs first', COLUMNS.map((k) => k.cell(r.difference, true)));
    }
    for (const r of c.rows)
        out += `  ${r.sentence}\n`;
    out += `  ${c.assumptions}\n`;
    return out;
}
//# sourceMappingURL=render-comparison.js.map