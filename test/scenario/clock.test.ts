/**
 * Clock times and weekdays are parsed once, at the boundary (src/scenario/clock.ts and the
 * schema): the loaded scenario holds minutes after midnight and Date.getUTCDay() numbers, and
 * the model and the energy meter read those numbers.
 */
import { describe, expect, it } from 'vitest';
import { minuteOfDay, WEEKDAY_NAMES, weekdayIndex } from '../../src/scenario/clock.js';
import { parseScenarioText } from '../../src/scenario/index.js';

const SCENARIO = `name: calendar
duration: 2h
templates:
  small: { vcpus: 2, memoryGiB: 4 }
clusters:
  - name: c1
    hosts:
      - { count: 4, coresPerSocket: 8, mhz: 2600, memoryGiB: 128 }
    power:
      schedule:
        - { days: [fri], from: "20:30", to: "07:05", keepHosts: 2 }
        - { from: "00:00", to: "00:00", keepHosts: 3 }
    vms:
      - { name: web, count: 4, template: small, workload: { type: constant, cpu: 0.3 } }
energy:
  pricePerKWh: 0.1
  tariff:
    - { days: [sat, sun], from: "22:00", to: "24:00", pricePerKWh: 0.05 }
`;

describe('minuteOfDay and weekdayIndex', () => {
  it('counts minutes after midnight: 00:00 is 0, 07:05 is 425, 23:59 is 1439, 24:00 is 1440', () => {
    expect(['00:00', '07:05', '23:59', '24:00'].map(minuteOfDay)).toEqual([0, 425, 1439, 1440]);
  });

  it('numbers the days as Date.getUTCDay: sun 0, mon 1 … sat 6', () => {
    expect(WEEKDAY_NAMES.map(weekdayIndex)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    // 2026-03-06 is a Friday.
    expect(weekdayIndex('fri')).toBe(new Date(Date.UTC(2026, 2, 6)).getUTCDay());
  });
});

describe('the loaded scenario holds numbers for clock times and weekdays', () => {
  const s = parseScenarioText(SCENARIO, 'scenarios/calendar.yaml', '/nowhere');

  it('power windows: minutes after midnight and day numbers, every day when days are left out', () => {
    const [fri, daily] = s.spec.clusters[0]!.power.schedule;
    expect(fri).toMatchObject({ days: [5], from: 20 * 60 + 30, to: 7 * 60 + 5, keepHosts: 2 });
    expect(daily).toMatchObject({ days: [1, 2, 3, 4, 5, 6, 0], from: 0, to: 0, keepHosts: 3 });
  });

  it('tariff bands: whole hours as minutes, "24:00" as 1440', () => {
    expect(s.spec.energy.tariff).toEqual([{ days: [6, 0], from: 22 * 60, to: 1440, pricePerKWh: 0.05 }]);
  });

  it('still names the path and the expected form when a clock time or a day is wrong', () => {
    const bad = SCENARIO.replace('from: "20:30"', 'from: "25:00"').replace('days: [sat, sun]', 'days: [sat, sundae]');
    expect(() => parseScenarioText(bad, 'scenarios/calendar.yaml', '/nowhere')).toThrow(/clusters\[0\]\.power\.schedule\[0\]\.from[\s\S]*"07:00" or "20:30"/);
    expect(() => parseScenarioText(bad, 'scenarios/calendar.yaml', '/nowhere')).toThrow(/energy\.tariff\[0\]\.days\[1\]/);
  });
});
