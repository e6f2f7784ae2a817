import { NameScope, scenarioName } from './names.js';
import { matchSpecPower } from './power-match.js';
/** dcsim's default linear power model (scenario schema, HostGroup.power): the guess when no curve matches. */
export const GUESSED_POWER = { idleW: 120, maxW: 320 };
const round = (x, digits = 3) => Number(x.toFixed(digits));
export function hostGroups(hosts) {
    const groups = new Map();
    for (const h of hosts) {
        const key = JSON.stringify([h.vendor, h.model, h.cpuModel, h.sockets, h.coresPerSocket, h.mhz, h.memoryMiB]);
        groups.set(key, [...(groups.get(key) ?? []), h]);
    }
    const scope = new NameScope();
    return [...groups.values()].map((members) => {
        const h = members[0];
        const name = scope.take(scenarioName((h.model || 'host').toLowerCase(), 'host'));
        const cores = h.sockets * h.coresPerSocket;
        const match = matchSpecPower(h.vendor, h.model, h.cpuModel, cores, h.mhz);
        const notes = [`${members.length} × ${[h.vendor, h.model].filter((s) => s !== '').join(' ') || 'unnamed model'}${h.cpuModel ? `, ${h.cpuModel}` : ''}: ${members.slice(0, 12).map((m) => m.name).join(', ')}${members.length > 12 ? `, … (${members.length - 12} more)` : ''}`];
        let power;
        if (match === null) {
            power = { ...GUESSED_POWER };
            notes.push(`guess: no SPECpower curve in the catalogue for "${[h.vendor, h.model].join(' ').trim()}"; power is dcsim's default linear ${GUESSED_POWER.idleW}–${GUESSED_POWER.maxW} W; replace it with the server's measured figures`);
        }
        else {
            power = { model: 'specpower', server: match.curve.name };
            notes.push(`power: SPECpower curve of "${match.curve.name}" (${match.curve.source})${match.caveats.length > 0 ? `; guess: ${match.caveats.join('; ')}` : ''}`);
        }
        const spec = {
            name,
            count: members.length,
            sockets: h.sockets,
            coresPerSocket: h.coresPerSocket,
            mhz: h.mhz,
            memoryGiB: round(h.memoryMiB / 1024),
            hypervisor: { flavour: 'esxi', type: 1 },
            power,
        };
        return { spec, notes, hosts: members.map((m) => m.name) };
    });
}
//# sourceMappingURL=host-groups.js.map