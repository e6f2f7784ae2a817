/**
 * The host-repair scenario event: a failed host rejoins at the event (HA restarts nothing
 * twice); its own scheduled repair is cancelled, so it cannot end a later failure early; a host
 * that has not failed is left alone, with a log line saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOST_FAILED, HOST_ON } from '../../src/model/lifecycle.js';
import { Simulation } from '../../src/run/simulate.js';
import { parseScenarioText } from '../../src/scenario/index.js';
import { SCENARIOS_DIR } from '../scenario/helpers.js';
const LAB = readFileSync(join(SCENARIOS_DIR, 'lab.yaml'), 'utf8').replace(/^duration: .*$/m, 'duration: 6h');
const H = 3_600_000;
function run(events) {
    const log = [];
    const sim = new Simulation(parseScenarioText(`${LAB}\nevents:\n${events}`, 'lab.yaml', SCENARIOS_DIR), { attach: () => ({ observers: [{ event: (e) => log.push(e) }] }) });
    return { sim, log };
}
const repairs = (log) => log.filter((e) => e.type === 'host.repaired' || e.type === 'host.repair-skipped').map((e) => [e.t, e.type]);
describe('host-repair event', () => {
    it('repairs a host that would never come back, at the event', () => {
        const { sim, log } = run('  - { at: 1h, type: host-failure, host: dc1/lab/esx-002 }\n  - { at: 2h, type: host-repair, host: dc1/lab/esx-002 }');
        sim.runUntil(2 * H - 1);
        expect(sim.world.hosts.state[1]).toBe(HOST_FAILED);
        sim.runUntil(2 * H);
        expect(sim.world.hosts.state[1]).toBe(HOST_ON);
        expect(repairs(log)).toEqual([[2 * H, 'host.repaired']]);
    });
    it('cancels the failure\'s own repair: a second failure after an early repair lasts its full time', () => {
        const { sim, log } = run('  - { at: 1h, type: host-failure, host: dc1/lab/esx-002, repairAfter: 3h }\n  - { at: 2h, type: host-repair, host: dc1/lab/esx-002 }\n  - { at: 3h, type: host-failure, host: dc1/lab/esx-002 }');
        sim.runUntil(6 * H);
        // Without the cancel, the first failure's repair at 4h would end the second failure.
        expect(sim.world.hosts.state[1]).toBe(HOST_FAILED);
        expect(repairs(log)).toEqual([[2 * H, 'host.repaired']]);
    });
    it('leaves a host that has not failed alone, and says so', () => {
        const { sim, log } = run('  - { at: 1h, type: host-repair, host: dc1/lab/esx-003 }');
        sim.runUntil(2 * H);
        expect(sim.world.hosts.state[2]).toBe(HOST_ON);
        expect(log.filter((e) => e.type === 'host.repair-skipped').map((e) => [e.t, e.host, e.why])).toEqual([[H, 'dc1/lab/esx-003', 'the host has not failed']]);
    });
});
//# sourceMappingURL=host-repair.test.js.map