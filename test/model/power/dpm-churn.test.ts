/**
 * Churn of a month of stable diurnal load with DPM (scenarios/consolidation-finance.yaml: 400
 * VMs, 14 hosts, minHostsOn 8). A nightly consolidation moves the VMs of the hosts it puts in
 * standby twice a weekday — evacuated in the evening (reason `dpm`), brought back when DPM's
 * power-ons are refilled in the morning (`power-on`) — and little else: DRS's own balancing
 * (`balance`) stays under half a move per VM a month, a VM evacuated for standby is almost never
 * evacuated again the same evening (evacuations prefer hosts that stay on), and every `power-on`
 * move goes to a host woken from standby earlier that day, and no host flaps (every standby spell
 * lasts at least 8 h).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ModelEvent } from '../../../src/model/observer.js';
import { simulate } from '../../../src/run/simulate.js';
import { SCENARIOS_DIR, scenarioOf } from '../../helpers/sim.js';

const HOUR = 3_600_000;

describe('consolidation-finance.yaml: a month of DPM on a diurnal load', () => {
  const events: ModelEvent[] = [];
  const r = simulate(scenarioOf(readFileSync(join(SCENARIOS_DIR, 'consolidation-finance.yaml'), 'utf8')), {
    attach: () => ({ observers: [{ event: (e) => events.push(e) }], sinks: [] }),
  });
  const moves = events.filter((e) => e.type === 'migration.started');
  const by = (reason: string) => moves.filter((e) => e.reason === reason);
  const vms = r.world.vms.n;

  it('splits its moves by cause: DPM evacuations and power-on refill about equal, DRS balance under 0.5 per VM', () => {
    const dpm = by('dpm').length;
    const refill = by('power-on').length;
    const balance = by('balance').length;
    expect(dpm + refill + balance).toBe(moves.length);
    expect(balance / vms).toBeLessThan(0.5);
    // The first evening also spreads the initial placement over 14 hosts onto 8: one more day of evacuations.
    expect(Math.abs(dpm - refill) / refill).toBeLessThan(0.15);
    // 22 weekdays; the hosts put in standby hold fewer than 6 / 14 of the 400 VMs.
    expect((dpm + refill) / 22).toBeLessThan(2 * (6 / 14) * vms);
  }, 120_000);

  it('the scenario comment quotes these counts', () => {
    const text = readFileSync(join(SCENARIOS_DIR, 'consolidation-finance.yaml'), 'utf8');
    const num = (re: RegExp) => Number((re.exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));
    expect(num(/([\d,]+) evacuations and/)).toBe(by('dpm').length);
    expect(num(/evacuations and ([\d,]+) refills/)).toBe(by('power-on').length);
    expect(num(/DRS's own balancing adds (\d+)/)).toBe(by('balance').length);
    expect(num(/refills in the month,\s*#\s*([\d.]+) moves per VM/)).toBe(Math.round(((by('dpm').length + by('power-on').length) / vms) * 10) / 10);
  });

  it('a VM evacuated for standby is evacuated again within 2 h in under 1 % of evacuations', () => {
    const last = new Map<string, number>();
    let again = 0;
    for (const e of by('dpm')) {
      const prev = last.get(String(e.vm));
      if (prev !== undefined && e.t - prev < 2 * HOUR) again++;
      last.set(String(e.vm), e.t);
    }
    expect(again / by('dpm').length).toBeLessThan(0.01);
  });

  it('does not flap: every host put in standby stays there at least 8 h before it boots again', () => {
    const since = new Map<string, number>();
    const spells: number[] = [];
    for (const e of events) {
      if (e.type !== 'host.power') continue;
      if (e.to === 'standby') since.set(String(e.host), e.t);
      const t0 = since.get(String(e.host));
      if (e.to === 'booting' && t0 !== undefined) spells.push(e.t - t0);
    }
    expect(spells.length).toBeGreaterThan(100);
    expect(Math.min(...spells)).toBeGreaterThanOrEqual(8 * HOUR);
  });

  it('every power-on move goes to a host that came out of standby earlier the same day', () => {
    const wokenAt = new Map<string, number>();
    let checked = 0;
    for (const e of events) {
      if (e.type === 'host.power' && e.from === 'booting' && e.to === 'on') wokenAt.set(String(e.host), e.t);
      if (e.type !== 'migration.started' || e.reason !== 'power-on') continue;
      const w = wokenAt.get(String(e.to));
      expect(w).toBeDefined();
      expect(e.t - (w as number)).toBeLessThan(24 * HOUR);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
