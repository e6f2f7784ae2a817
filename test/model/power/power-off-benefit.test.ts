/**
 * DPM's power-off cost-benefit in energy (src/model/power/power-off-benefit.ts): the expected
 * off time from the demand trend over the power-off window, and saving against cost, by hand.
 */
import { describe, expect, it } from 'vitest';
import { expectedOffMs, OFF_HORIZON_MS, powerOffEnergy } from '../../../src/model/power/power-off-benefit.js';

const MIN = 60_000;

describe('expectedOffMs', () => {
  it('a falling or flat demand expects the whole horizon (a day)', () => {
    expect(expectedOffMs(30_000, 20_000, 40 * MIN, 50_000)).toBe(OFF_HORIZON_MS);
    expect(expectedOffMs(20_000, 20_000, 40 * MIN, 50_000)).toBe(OFF_HORIZON_MS);
  });

  it('a rising demand reaches the ceiling when the straight line does: +4000 MHz in 40 min, 10000 MHz to go → 100 min', () => {
    expect(expectedOffMs(16_000, 20_000, 40 * MIN, 30_000)).toBe(100 * MIN);
  });

  it('is 0 when the demand is already at the ceiling, and at most a day however slow the rise', () => {
    expect(expectedOffMs(10_000, 30_000, 40 * MIN, 30_000)).toBe(0);
    expect(expectedOffMs(20_000, 20_001, 40 * MIN, 1e9)).toBe(OFF_HORIZON_MS);
  });
});

describe('powerOffEnergy', () => {
  // idle 100 W, standby 10 W, shutdown 2 min at 100 W, boot 5 min at 300 W, 16000 MHz usable, max 300 W.
  const host = { idleW: 100, maxW: 300, standbyW: 10, shutdownW: 100, bootW: 300, shutdownMs: 2 * MIN, bootMs: 5 * MIN, usableMhz: 16_000 };

  it('saves (idle − standby) × off time; costs the transitions above standby and the vMotion CPU at the marginal W per MHz', () => {
    // 10 VMs × (2 × 1300 MHz) × 20 s = 520000 MHz·s; 200 W / 16000 MHz = 0.0125 W per MHz → 6500 J = 1.806 Wh.
    const e = powerOffEnergy(host, 60 * MIN, 10 * 2 * 1300 * 20_000);
    expect(e.savedWh).toBeCloseTo(90, 9);
    // 90 W × 2 min = 3 Wh; 290 W × 5 min = 24.1667 Wh; + 1.8056 Wh.
    expect(e.costWh).toBeCloseTo(3 + 290 / 12 + 6500 / 3600, 9);
  });

  it('an off time of 18 min does not pay for a power-down and a boot (27 Wh saved < 27.2 Wh spent)', () => {
    const e = powerOffEnergy(host, 18 * MIN, 0);
    expect(e.savedWh).toBeCloseTo(27, 9);
    expect(e.savedWh).toBeLessThan(e.costWh);
  });
});
