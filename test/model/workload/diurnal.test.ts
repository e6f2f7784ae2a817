/**
 * Diurnal workload: a raised cosine over the (UTC) day between `low` and `high`, peaking at
 * `peakHour`, scaled by `weekendFactor` on Saturday and Sunday.
 */
import { describe, expect, it } from 'vitest';
import { diurnalShape, isWeekend, steppedLevel } from '../../../src/model/workload/levels.js';
import { WL_DIURNAL } from '../../../src/model/workload/workload-arrays.js';
import { WorkloadBuilder } from '../../../src/model/workload/workload-builder.js';
import { clusterScenario, HOUR, simulateLogged } from '../../helpers/sim.js';

const MONDAY = Date.parse('2026-03-02T00:00:00Z');
const SATURDAY = Date.parse('2026-03-07T00:00:00Z');

/** One diurnal VM: low 0.1, high 0.7, peak at 14:00, weekend factor 0.5, no noise. */
function diurnal() {
  const b = new WorkloadBuilder(1, []);
  b.set(0, { kind: WL_DIURNAL, low: 0.1, high: 0.7, peakHour: 14, weekendFactor: 0.5, noise: 0 }, 1, 0, 0.2, 0.6);
  return b.finish();
}

describe('diurnalShape and isWeekend', () => {
  it('diurnalShape is 1 at the peak hour, 0 twelve hours away and 1/2 six hours away', () => {
    expect(diurnalShape(MONDAY + 14 * HOUR, 14)).toBe(1);
    expect(diurnalShape(MONDAY + 2 * HOUR, 14)).toBe(0); // (1 + cos π) / 2
    expect(diurnalShape(MONDAY + 20 * HOUR, 14)).toBeCloseTo(0.5, 12); // (1 + cos π/2) / 2
  });

  it('isWeekend is true on Saturday 2026-03-07 and Sunday 2026-03-08 only (UTC)', () => {
    expect(isWeekend(Date.parse('2026-03-06T23:59:59Z'))).toBe(false); // Friday
    expect(isWeekend(SATURDAY)).toBe(true);
    expect(isWeekend(Date.parse('2026-03-08T23:59:59Z'))).toBe(true);
    expect(isWeekend(Date.parse('2026-03-09T00:00:00Z'))).toBe(false); // Monday
  });
});

describe('isWeekend before the Unix epoch', () => {
  // Scenario starts are any ISO 8601 date-time, so a run may start before 1970. There
  // Math.floor(epoch / day) is negative and (… + 4) % 7 is negative for Saturdays: −1, never 6.
  it('isWeekend is true on Saturday 1969-12-27 and Saturday 1969-12-20 (UTC)', () => {
    expect(isWeekend(Date.parse('1969-12-27T12:00:00Z'))).toBe(true);
    expect(isWeekend(Date.parse('1969-12-20T00:00:00Z'))).toBe(true);
  });

  it('isWeekend is true on Sunday 1969-12-28 and false on Friday 1969-12-26 (UTC)', () => {
    expect(isWeekend(Date.parse('1969-12-28T12:00:00Z'))).toBe(true);
    expect(isWeekend(Date.parse('1969-12-26T12:00:00Z'))).toBe(false);
  });
});

describe('steppedLevel for a diurnal VM', () => {
  it('is `high` (0.7) at the 14:00 peak and `low` (0.1) at 02:00 on a Monday', () => {
    const w = diurnal();
    const mem = new Float64Array(1);
    expect(steppedLevel(w, 0, 14, 14 * HOUR, MONDAY, mem)).toBeCloseTo(0.7, 12);
    expect(mem[0]).toBeCloseTo(0.6, 12); // memoryHigh at the peak
    expect(steppedLevel(w, 0, 2, 2 * HOUR, MONDAY, mem)).toBeCloseTo(0.1, 12);
    expect(mem[0]).toBeCloseTo(0.2, 12); // memory at the trough
  });

  it('is midway, 0.1 + 0.6 × 1/2 = 0.4, six hours from the peak', () => {
    const w = diurnal();
    expect(steppedLevel(w, 0, 8, 8 * HOUR, MONDAY, new Float64Array(1))).toBeCloseTo(0.4, 12);
  });

  it('applies weekendFactor 0.5 on Saturday: 0.7 × 0.5 = 0.35 at the peak, 0.05 at the trough', () => {
    const w = diurnal();
    const mem = new Float64Array(1);
    expect(steppedLevel(w, 0, 14, 14 * HOUR, SATURDAY, mem)).toBeCloseTo(0.35, 12);
    expect(steppedLevel(w, 0, 2, 2 * HOUR, SATURDAY, mem)).toBeCloseTo(0.05, 12);
    // Friday (the day before) is not scaled.
    expect(steppedLevel(w, 0, 14, 14 * HOUR, SATURDAY - 24 * HOUR, mem)).toBeCloseTo(0.7, 12);
  });
});

describe('a diurnal VM through simulate() with a 1 h step and 1 h output interval', () => {
  // 1 VM of 2 vCPUs on 1000 MHz cores: capacity 2000 MHz. Aligned steps at every hour k:
  // the interval [k h, k+1 h) holds the level evaluated at k h.
  const run = (start: string) =>
    simulateLogged(
      clusterScenario(
        { two: { vcpus: 2, memoryGiB: 1 } },
        [{ name: 'web', count: 1, template: 'two', workload: { type: 'diurnal', low: 0.1, high: 0.7, peakHour: 14, weekendFactor: 0.5 } }],
        { start, duration: '1d', step: '1h', interval: '1h' },
      ),
    ).log;

  it('demands 0.7 × 2000 = 1400 MHz in the 14:00 interval and 0.1 × 2000 = 200 MHz in the 02:00 interval on a Monday', () => {
    const log = run('2026-03-02T00:00:00Z');
    expect(log.frames).toHaveLength(24);
    expect(log.frames[14]!.t0).toBe(14 * HOUR);
    expect(log.frames[14]!.host.demandMhz[0]).toBeCloseTo(1400, 9);
    expect(log.frames[2]!.host.demandMhz[0]).toBeCloseTo(200, 9);
    // Every hour lies between low and high.
    for (const f of log.frames) {
      expect(f.host.demandMhz[0]).toBeGreaterThanOrEqual(200 - 1e-9);
      expect(f.host.demandMhz[0]).toBeLessThanOrEqual(1400 + 1e-9);
    }
  });

  it('demands half as much on a Saturday: 700 MHz at 14:00, 100 MHz at 02:00', () => {
    const log = run('2026-03-07T00:00:00Z');
    expect(log.frames[14]!.host.demandMhz[0]).toBeCloseTo(700, 9);
    expect(log.frames[2]!.host.demandMhz[0]).toBeCloseTo(100, 9);
  });
});
