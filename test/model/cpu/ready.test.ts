/**
 * CPU ready (%RDY per vCPU, DOMAIN.md "CPU": ready_ms / (interval_s × 1000) × 100); its
 * rule-of-thumb bands are tested in test/catalogue/ready-bands.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readyMs, readyPct, vmReadyMhz } from '../../../src/model/cpu/ready.js';
import { vmMeans } from '../../../src/output/vms-csv.js';
import { EventLog } from '../../../src/output/event-log.js';
import { buildReport } from '../../../src/report/build-report.js';
import { SeriesCollector } from '../../../src/report/series-collector.js';
import { simulate } from '../../../src/run/simulate.js';
import { clusterScenario } from '../../helpers/sim.js';

describe('readyPct and readyMs', () => {
  it('readyPct gives 25 % for 500 MHz unmet on a 2-vCPU VM of 1000 MHz cores', () => {
    // 500 / (2 × 1000) × 100 = 25
    expect(readyPct(500, 2, 1000)).toBe(25);
  });

  it('readyMs turns 2000 MHz·ms of unmet demand on 1000 MHz cores into 2 ms of vCPU wait', () => {
    expect(readyMs(2000, 1000)).toBe(2);
  });
});

describe('CPU ready on an over-committed host, through simulate()', () => {
  // 8 cores × 1000 MHz, no hypervisor overhead → 8000 MHz usable. 6 VMs × 2 vCPUs at 100 %
  // want 6 × 2000 = 12000 MHz. Equal shares (normal = 1000 per vCPU) → each VM gets
  // 8000 / 6 = 1333.33 MHz, so 2000 − 1333.33 = 666.67 MHz of its 2000 MHz waits:
  // %RDY = 666.67 / 2000 × 100 = 33.33 % per vCPU. The host is 8000 / 8000 = 100 % busy.
  const scenario = clusterScenario(
    { two: { vcpus: 2, memoryGiB: 1 } },
    [{ name: 'busy', count: 6, template: 'two', workload: { type: 'constant', cpu: 1 } }],
    { cores: 8, mhz: 1000, memoryGiB: 64, duration: '6h', step: '5m' },
  );
  const r = simulate(scenario);

  it('grants each VM 8000/6 MHz with 2000 − 8000/6 MHz ready', () => {
    for (let v = 0; v < 6; v++) {
      expect(r.world.vms.grantedMhz[v]).toBeCloseTo(8000 / 6, 9);
      expect(vmReadyMhz(r.world, v)).toBeCloseTo(2000 - 8000 / 6, 9);
    }
  });

  it('gives every VM a mean ready of 33.333 % (vmMeans and report.vms) and the host 100 % utilisation', () => {
    const report = buildReport(scenario, r.outcome, new SeriesCollector(r.world, 72, true), new EventLog(null, r.world, 100));
    for (let v = 0; v < 6; v++) {
      expect(Math.abs(vmMeans(r, v).ready - 100 / 3)).toBeLessThan(0.01);
      expect(Math.abs(report.vms[v]!.readyMeanPct - 33.333)).toBeLessThan(0.01);
    }
    expect(report.hosts[0]!.meanUtilPct).toBe(100);
    expect(report.hosts[0]!.meanReadyPct).toBeCloseTo(33.333, 3);
  });

  it('puts 33.333 % ready and 100 % utilisation into the headline, with band "bad"', () => {
    expect(r.headline.cpuReady.meanPct).toBeCloseTo(100 / 3, 9);
    // A constant series: the per-VM p95 is that constant exactly (histogram min/max clamp).
    expect(r.headline.cpuReady.p95OfVmP95Pct).toBeCloseTo(100 / 3, 9);
    expect(r.headline.cpuReady.vmsOver5PctP95).toBe(6);
    expect(r.headline.cpuReady.band).toBe('bad');
    expect(r.headline.cpu.meanUtilPct).toBeCloseTo(100, 9);
    expect(r.headline.cpu.peakUtilPct).toBeCloseTo(100, 9);
    // unmet = (12000 − 8000) / 12000 = 33.33 %
    expect(r.headline.cpu.unmetDemandPct).toBeCloseTo(100 / 3, 9);
  });
});
