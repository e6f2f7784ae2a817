/**
 * scenarios/dpm.yaml as shipped: the hosts that used to stay in maintenance with their VMs
 * (dpm/esx-005 from Saturday 00:25 to the end, calendar/esx-004 for 31 h) are gone, the calendar
 * keeps exactly 4 hosts on from Friday 20:00 through the weekend, and weeknights end at 07:00.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { STANDBY_EVACUATION_LIMIT_MS } from '../../../src/model/balancer/index.js';
import { HOST_ON, hostServes } from '../../../src/model/lifecycle.js';
import type { ModelEvent } from '../../../src/model/observer.js';
import type { World } from '../../../src/model/world.js';
import { simulate } from '../../../src/run/simulate.js';
import { HOUR, SCENARIOS_DIR, scenarioOf } from '../../helpers/sim.js';

const events: ModelEvent[] = [];
/** Per sample end (ms): hosts on per cluster, and hosts not serving that still hold VMs. */
const onAt = new Map<number, number[]>();
const strays: string[] = [];

beforeAll(() => {
  const scenario = scenarioOf(readFileSync(join(SCENARIOS_DIR, 'dpm.yaml'), 'utf8'));
  let world: World | null = null;
  simulate(scenario, {
    attach: (w) => {
      world = w;
      return {
        observers: [{ event: (e) => events.push(e) }],
        sinks: [
          {
            onSample: (f) => {
              const H = (world as World).hosts;
              const on = [0, 0, 0];
              for (let h = 0; h < H.n; h++) {
                if (H.state[h] === HOST_ON) on[H.cluster[h]]!++;
                if (!hostServes(H.state[h]) && (H.vmCount[h]) > 0) strays.push(`${H.ids[h]} at ${f.t1}`);
              }
              onAt.set(f.t1, on);
            },
          },
        ],
      };
    },
  });
}, 120_000);

describe('scenarios/dpm.yaml', () => {
  it('never leaves VMs on a host that does not serve, and never enters maintenance for power', () => {
    expect(strays).toEqual([]);
    expect(events.filter((e) => e.type.startsWith('host.maintenance') || e.type === 'host.evacuation-blocked')).toEqual([]);
    expect(events.filter((e) => e.type === 'migration.started' && e.reason === 'maintenance')).toEqual([]);
  });

  it('empties every host entering standby within the limit', () => {
    const since = new Map<string, number>();
    for (const e of events) {
      if (e.type === 'host.standby-entering') since.set(String(e.host), e.t);
      else if (e.type === 'host.standby-evacuated' || e.type === 'host.standby-aborted') {
        expect(e.t - since.get(String(e.host))!).toBeLessThan(STANDBY_EVACUATION_LIMIT_MS);
        since.delete(String(e.host));
      }
    }
    expect(since.size).toBe(0);
  });

  it('calendar: 4 hosts on from Friday 20:40 to the end of Sunday, all 10 on weekdays at noon', () => {
    // The run starts Monday 2 March 00:00 UTC; Friday 20:00 is 4 d 20 h in.
    const calendar = (t: number) => onAt.get(t)![2];
    for (let t = 4 * 24 * HOUR + 21 * HOUR; t <= 7 * 24 * HOUR; t += HOUR) expect(calendar(t)).toBe(4);
    for (let d = 0; d < 5; d++) expect(calendar(d * 24 * HOUR + 12 * HOUR)).toBe(10);
  });

  it('calendar: weeknight hosts are serving again at 07:00, booted from 06:54 (6 min boot)', () => {
    const boots = events.filter((e) => e.type === 'host.power' && e.to === 'booting' && String(e.host).includes('/calendar/'));
    const days = new Set(boots.map((e) => Math.floor(e.t / (24 * HOUR))));
    expect([...days]).toEqual([0, 1, 2, 3, 4]);
    for (const b of boots) expect(b.t % (24 * HOUR)).toBe(7 * HOUR - 6 * 60_000);
  });

  it('dpm: stays at 4 hosts or more (320 vCPUs need 4 hosts at 4 vCPUs per core) and names why not fewer', () => {
    for (const on of onAt.values()) expect(on[1]).toBeGreaterThanOrEqual(4);
    expect(events.some((e) => e.type === 'host.power-skipped' && /would fit on none of the 3 hosts staying on \(vCPU:pCPU cap 4/.test(String(e.why)))).toBe(true);
  });
});
