/**
 * scenarios/kvm-operator-actions.yaml as shipped: the two balloon targets and the vCPU
 * hot-remove its comment lists happen at their times, and KSM's saving stays under the ceiling
 * the stated content allows: per guest touched = 80 % of 8 GiB = 6.4 GiB; zero pages 10 % of
 * that collapse (3 × 0.64 GiB), shared pages 20 % are held once for the three guests of one
 * image (2 × 1.28 GiB saved): at most 1.92 + 2.56 = 4.48 GiB.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '../../../src/model/observer.js';
import { simulate } from '../../../src/run/simulate.js';
import { loadScenario } from '../../../src/scenario/index.js';
import { SCENARIOS_DIR } from '../../helpers/sim.js';

describe('scenarios/kvm-operator-actions.yaml', () => {
  const log: ModelEvent[] = [];
  const r = simulate(loadScenario(join(SCENARIOS_DIR, 'kvm-operator-actions.yaml')), {
    attach: () => ({ observers: [{ event: (e) => log.push(e) }] }),
  });
  const of = (type: string) => log.filter((e) => e.type === type) as unknown as Array<Record<string, unknown>>;

  it('sets app-001’s balloon target to 4 GiB at 02:00 and back to 8 GiB at 06:00, and takes 2 vCPUs from app-002 in place at 03:00', () => {
    expect(of('vm.balloon-target-set').map((e) => [e.t, e.vm, e.targetMiB])).toEqual([
      [2 * 3_600_000, 'dc1/kvm/app-001', 4096],
      [6 * 3_600_000, 'dc1/kvm/app-001', 8192],
    ]);
    expect(of('vm.hot-removed').map((e) => [e.t, e.vm, e.vcpus])).toEqual([[3 * 3_600_000, 'dc1/kvm/app-002', 2]]);
    expect(of('vm.balloon-target-skipped')).toEqual([]);
    expect(r.headline.memory.balloonedGiB).toBeGreaterThan(0);
  });

  it('KSM saves from the stated content and never more than its 4.48 GiB ceiling', () => {
    expect(r.headline.memory.sharedSavedGiB).toBeGreaterThan(0.8 * 4.48);
    expect(r.headline.memory.sharedSavedGiB).toBeLessThanOrEqual(4.48);
  });
});
