/**
 * scenarios/nova-scheduler.yaml as shipped: Nova filter + weigher placement spreads the three
 * app VMs one per host, the 96 GiB analytics VM waits, the power-off of app-001 at 06:00 frees
 * its host and the queue places analytics there after 6 h; app-001 comes back at 12:00 on a
 * host with room. What its comment claims is what the run shows.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '../../../src/model/observer.js';
import { simulate } from '../../../src/run/simulate.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { SCENARIOS_DIR } from '../../helpers/sim.js';

describe('scenarios/nova-scheduler.yaml', () => {
  const log: ModelEvent[] = [];
  const r = simulate(loadScenario(join(SCENARIOS_DIR, 'nova-scheduler.yaml')), {
    attach: () => ({ observers: [{ event: (e) => log.push(e) }] }),
  });
  const of = (type: string) => log.filter((e) => e.type === type) as unknown as Array<Record<string, unknown>>;

  it('queues the analytics VM from the start: no host has 96 GiB free under RAM ratio 1.0', () => {
    expect(of('vm.queued').map((e) => [e.t, e.vm])).toEqual([[0, 'dc1/nova/analytics-001']]);
  });

  it('places analytics on the host app-001 left at 06:00 (a 6 h wait) and powers app-001 on again at 12:00', () => {
    expect(of('vm.powered-off').map((e) => [e.t, e.host])).toEqual([[6 * 3_600_000, 'dc1/nova/compute-001']]);
    expect(of('vm.placed-from-queue').map((e) => [e.t, e.host, e.waitedMs])).toEqual([[6 * 3_600_000, 'dc1/nova/compute-001', 6 * 3_600_000]]);
    expect(of('vm.powered-on').map((e) => [e.t, e.vm])).toEqual([[12 * 3_600_000, 'dc1/nova/app-001']]);
    expect(r.headline.placementQueue).toMatchObject({ vmsQueued: 1, vmsPlacedFromQueue: 1, vmsStillWaiting: 0, maxWaitMinutes: 360 });
  });
});
