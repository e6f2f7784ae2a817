/** Index k of `total` with leading zeros: at least 3 digits, enough for the total. */
export function pad(k, total) {
    return String(k).padStart(Math.max(3, String(total).length), '0');
}
export function clusterIdOf(c) {
    return `${c.site}/${c.name}`;
}
function member(groups, id) {
    const slash = id.lastIndexOf('/');
    const dash = id.lastIndexOf('-');
    if (slash < 0 || dash < slash)
        return false;
    const count = groups.get(id.slice(0, slash))?.get(id.slice(slash + 1, dash));
    if (count === undefined)
        return false;
    const k = Number(id.slice(dash + 1));
    return Number.isInteger(k) && k >= 1 && k <= count && pad(k, count) === id.slice(dash + 1);
}
function examplesOf(groups) {
    const out = [];
    for (const [cid, g] of groups)
        for (const [name, count] of g)
            if (out.length < 3)
                out.push(`${cid}/${name}-${pad(1, count)}`);
    return out;
}
export function scenarioIds(spec) {
    const hosts = new Map();
    const vms = new Map();
    const domains = new Set();
    for (const c of spec.clusters) {
        const cid = clusterIdOf(c);
        hosts.set(cid, new Map(c.hosts.map((g) => [g.name, g.count])));
        vms.set(cid, new Map(c.vms.map((g) => [g.name, g.count])));
        for (const g of c.hosts)
            if (g.rack !== undefined)
                domains.add(`${cid}/${g.rack}`);
    }
    return {
        hasHost: (id) => member(hosts, id),
        hasVm: (id) => member(vms, id),
        hasDomain: (id) => domains.has(id),
        hasGroup: (id) => {
            const slash = id.lastIndexOf('/');
            return slash >= 0 && vms.get(id.slice(0, slash))?.has(id.slice(slash + 1)) === true;
        },
        examples: (kind) => kind === 'host'
            ? examplesOf(hosts)
            : kind === 'vm'
                ? examplesOf(vms)
                : kind === 'group'
                    ? [...vms].flatMap(([cid, g]) => [...g.keys()].map((name) => `${cid}/${name}`)).slice(0, 3)
                    : [...domains].slice(0, 3),
    };
}
//# sourceMappingURL=ids.js.map