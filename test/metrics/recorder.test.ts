/**
 * The sampling recorder: every output interval becomes averages per host and per cluster (the
 * integral's difference over the interval), and the last interval may be shorter.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioFrom, simulateLogged, tempDir } from '../helpers/sim.js';

/**
 * One 1-vCPU VM at 1000 MHz replaying a CSV trace of 10, 40, 70, 100 % at 0, 5, 10, 15 min
 * (period 20 min: last sample + one gap), on a 4-core host with idle 100 W and max 300 W.
 * Step 5 min, output every 15 min, duration 40 min.
 */
function traceRun(): ReturnType<typeof simulateLogged> {
  const dir = tempDir('recorder');
  writeFileSync(join(dir, 'load.csv'), 'time_s,cpu_pct\n0,10\n300,40\n600,70\n900,100\n');
  const s = scenarioFrom(
    {
      name: 'rec',
      duration: '40m',
      step: '5m',
      templates: { one: { vcpus: 1, memoryGiB: 1 } },
      clusters: [
        {
          name: 'c1',
          hosts: [{ name: 'h', count: 1, sockets: 1, coresPerSocket: 4, mhz: 1000, memoryGiB: 64, hypervisor: { cpuOverheadPct: 0, readyPerRun: 0 }, power: { idleW: 100, maxW: 300 } }],
          vms: [{ name: 'vm', count: 1, template: 'one', workload: { type: 'trace', format: 'csv', path: 'load.csv' } }],
        },
      ],
      outputs: { interval: '15m' },
    },
    dir,
  );
  return simulateLogged(s);
}

describe('Recorder frames', () => {
  const { result, log } = traceRun();

  it('closes intervals [0, 15m), [15m, 30m) and a shorter last one [30m, 40m)', () => {
    expect(log.frames.map((f) => [f.t0, f.t1])).toEqual([
      [0, 900_000],
      [900_000, 1_800_000],
      [1_800_000, 2_400_000],
    ]);
    expect(result.recorder.samples).toBe(3);
  });

  it('averages host demand over each interval: (100 + 400 + 700)/3 = 400, (1000 + 100 + 400)/3 = 500, (700 + 1000)/2 = 850 MHz', () => {
    // The trace repeats after 20 min: 20 min → 10 %, 25 min → 40 %, 30 min → 70 %, 35 min → 100 %.
    expect(log.frames[0]!.host.demandMhz[0]).toBeCloseTo(400, 4);
    expect(log.frames[1]!.host.demandMhz[0]).toBeCloseTo(500, 4);
    expect(log.frames[2]!.host.demandMhz[0]).toBeCloseTo(850, 4);
  });

  it('derives utilisation and power from the averages: 400/4000 = 10 % and 100 + 200 × 0.1 = 120 W, 30 Wh in 15 min', () => {
    const f = log.frames[0]!;
    expect(f.host.utilPct[0]).toBeCloseTo(10, 4);
    expect(f.cluster.utilPct[0]).toBeCloseTo(10, 4);
    expect(f.host.powerW[0]).toBeCloseTo(120, 4);
    expect(f.host.energyWh[0]).toBeCloseTo(30, 4); // 120 W × 0.25 h
    // Last interval: 850/4000 = 21.25 % → 142.5 W over 1/6 h = 23.75 Wh.
    expect(log.frames[2]!.host.powerW[0]).toBeCloseTo(142.5, 4);
    expect(log.frames[2]!.host.energyWh[0]).toBeCloseTo(23.75, 4);
  });

  it('adds the interval energies up to the headline: 30 + 31.25 + 23.75 = 85 Wh = 0.085 kWh', () => {
    // Interval 2: 500/4000 = 12.5 % → 125 W × 0.25 h = 31.25 Wh. Total 30 + 31.25 + 23.75 = 85 Wh.
    const sum = log.frames.reduce((s, f) => s + f.host.energyWh[0]!, 0);
    expect(sum).toBeCloseTo(85, 4);
    expect(result.headline.energy.itKWh).toBeCloseTo(0.085, 7);
  });

  it('feeds per-VM histograms of interval averages: demand 40 %, 50 %, 85 % → max 85 %, min 40 %', () => {
    expect(result.recorder.vmDemand.quantile(0, 1)).toBeCloseTo(85, 4);
    expect(result.recorder.vmDemand.quantile(0, 0)).toBeCloseTo(40, 4);
    // Uncontended and the run-queue wait off (readyPerRun 0): granted = demand, ready 0.
    expect(result.recorder.vmGranted.quantile(0, 1)).toBeCloseTo(85, 4);
    expect(result.recorder.vmReady.quantile(0, 0.95)).toBe(0);
  });

  it('records the peak interval utilisation: 850/4000 = 21.25 %', () => {
    expect(result.headline.cpu.peakUtilPct).toBeCloseTo(21.25, 4);
  });
});
