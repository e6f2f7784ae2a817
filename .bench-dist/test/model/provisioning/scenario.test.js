/**
 * The shipped scenarios/scale-out-templates.yaml end to end: the web tier grows from 3 VMs for
 * its morning peak and is back at 3 at night; the six linked clones of gold are ready at
 * 09:01:05 (5 s clone + 60 s boot); nothing provisioned or deleted counts as an outage; the
 * datastore holds what was deployed.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/run/simulate.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { lifecycleViolation } from '../../helpers/lifecycle.js';
import { SCENARIOS_DIR } from '../../helpers/sim.js';
import { HOUR, ofType } from './harness.js';
describe('scenarios/scale-out-templates.yaml', () => {
    const events = [];
    const r = simulate(loadScenario(join(SCENARIOS_DIR, 'scale-out-templates.yaml')), { attach: () => ({ observers: [{ event: (e) => events.push(e) }] }) });
    const web = r.world.groups.findIndex((g) => g.id === 'dc1/c1/web');
    it('scales the web tier out for the morning peak and back in to its minimum of 3', () => {
        const outs = ofType(events, 'autoscale.out');
        const ins = ofType(events, 'autoscale.in');
        expect(outs.length).toBeGreaterThanOrEqual(3);
        expect(outs.every((e) => e.meanPct > 70 && e.t < 12 * HOUR)).toBe(true);
        expect(ins.every((e) => e.meanPct < 30 && e.t > 10 * HOUR)).toBe(true);
        expect(Math.max(...r.provisioning.series.inService[0])).toBe(3 + outs.length);
        expect(r.provisioning.inService(web)).toBe(3 + outs.length - ins.length);
        expect(r.provisioning.inService(web)).toBe(3);
    });
    it('creates the six linked clones at 09:00 and has them running 65 s later', () => {
        const ready = ofType(events, 'vm.ready').filter((e) => e.vm.startsWith('dc1/c1/test-'));
        expect(ready).toHaveLength(6);
        expect(ready.every((e) => e.t === 9 * HOUR + 65_000)).toBe(true);
    });
    it('counts no outage for provisioning or deletion, and ends with consistent bookkeeping', () => {
        expect(r.headline.availability.outages).toBe(0);
        expect(lifecycleViolation(r.world)).toBeNull();
    });
});
//# sourceMappingURL=scenario.test.js.map