/**
 * Absolute CPU demand (workload/demand.ts): a level of a VM with a reference capacity is the
 * same MHz on any host, capped at vCPUs × the host's core MHz; relative levels scale with the host.
 * End to end on the public Bitbrains GWA-T-12 file data/bitbrains/gwa-t12-faststorage-vm.csv
 * (/work/shared/data/bitbrains; 8,619 rows, 1 core, 2,599.999309 MHz provisioned).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demandMhz } from '../../../src/model/workload/demand.js';
import { simulate } from '../../../src/run/simulate.js';
import { clusterScenario, scenarioFrom } from '../../helpers/sim.js';

const BITBRAINS = '/work/shared/data/bitbrains/gwa-t12-faststorage-vm.csv';
/**
 * The file's own time-weighted sum of "CPU usage [MHZ]": Σ usage(i) × (t(i+1) − t(i)), the last
 * row held for the median step (300 s), computed from the file with awk:
 *   awk -F';' 'NR>1{t=$1+0; m=$4+0; if(NR>2) s+=pm*(t-pt); pt=t; pm=m} END{print s+pm*300}'
 * and its span (last − first + 300 s), which the run covers exactly.
 */
const TRACE_MHZ_S = 18_874_040.512158;
const SPAN_S = 2_592_252;
/** The same with sampleAt: end: Σ usage(i) × (t(i) − t(i−1)) for i ≥ 1, over last − first. */
const TRACE_MHZ_S_END = 18_879_385.862542;
const SPAN_S_END = 2_591_952;

describe('demandMhz(level, refMhz, capMhz)', () => {
  it('relative (refMhz 0): level × the vCPU capacity of the host, 0.5 × 4 × 3000 = 6000', () => {
    expect(demandMhz(0.5, 0, 12_000)).toBe(6000);
  });
  it('absolute: level × the reference, the same on a 2 GHz and a 3.2 GHz host (0.25 × 2600 = 650)', () => {
    expect(demandMhz(0.25, 2600, 2 * 2000)).toBe(650);
    expect(demandMhz(0.25, 2600, 2 * 3200)).toBe(650);
  });
  it('absolute demand above what the vCPUs can run is capped: 2 × 2600 MHz on 1 vCPU of 2000 MHz → 2000', () => {
    expect(demandMhz(2, 2600, 2000)).toBe(2000);
  });
});

function bitbrainsRun(mhz: number, sampleAt: 'start' | 'end', spanS: number) {
  const scenario = clusterScenario(
    { bb: { vcpus: 1, memoryGiB: 2 } },
    [{ name: 'bb', count: 1, template: 'bb', workload: { type: 'trace', format: 'gwa-bitbrains', path: BITBRAINS, sampleAt } }],
    // A 1 s step: the file's intervals are 299, 300, 301 … s, so every sample boundary is a step.
    { mhz, cores: 2, duration: `${spanS}s`, step: '1s', interval: '1d' },
  );
  const { world } = simulate(scenario);
  const grantedMhzS = (world.hosts.grantedInt[0]) / 1000;
  return { grantedMhzS, busyCoreS: grantedMhzS / mhz, demandMhzS: (world.hosts.demandInt[0]) / 1000 };
}

describe('the Bitbrains file replayed as absolute MHz on hosts of another speed than its own 2.6 GHz', () => {
  for (const mhz of [3200, 2000]) {
    it(`on ${mhz} MHz cores: granted MHz·s = the file's sum ${TRACE_MHZ_S}, busy core-s = sum / ${mhz}`, () => {
      const r = bitbrainsRun(mhz, 'start', SPAN_S);
      // Float32 storage of the samples: agreement to 1e-6 relative.
      expect(Math.abs(r.grantedMhzS - TRACE_MHZ_S) / TRACE_MHZ_S).toBeLessThan(1e-6);
      expect(Math.abs(r.busyCoreS - TRACE_MHZ_S / mhz) / (TRACE_MHZ_S / mhz)).toBeLessThan(1e-6);
      expect(r.demandMhzS).toBeCloseTo(r.grantedMhzS, 3);
    }, 60_000);
  }

  it('with sampleAt: end, each sample holds over the interval before its time: the sum Σ usage(i) × (t(i) − t(i−1))', () => {
    const r = bitbrainsRun(3200, 'end', SPAN_S_END);
    expect(Math.abs(r.grantedMhzS - TRACE_MHZ_S_END) / TRACE_MHZ_S_END).toBeLessThan(1e-6);
  }, 60_000);
});

describe('a VM of absolute demand live-migrated from a 2000 MHz host to a 3200 MHz host', () => {
  // 1 vCPU, constant 0.5 of a 2600 MHz reference: 1300 MHz wherever it runs.
  const run = (referenceMhz?: number) => {
    const scenario = scenarioFrom({
      name: 'mig',
      seed: 1,
      start: '2026-03-02T00:00:00Z',
      duration: '2h',
      step: '5m',
      templates: { t: { vcpus: 1, memoryGiB: 1, cpu: referenceMhz === undefined ? {} : { referenceMhz } } },
      clusters: [
        {
          name: 'c1',
          placement: { algorithm: 'first-fit' },
          hosts: [
            { name: 'slow', count: 1, sockets: 1, coresPerSocket: 4, mhz: 2000, memoryGiB: 16, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 200 } },
            { name: 'fast', count: 1, sockets: 1, coresPerSocket: 4, mhz: 3200, memoryGiB: 16, hypervisor: { cpuOverheadPct: 0 }, power: { idleW: 100, maxW: 200 } },
          ],
          vms: [{ name: 'v', count: 1, template: 't', workload: { type: 'constant', cpu: 0.5 } }],
        },
      ],
      events: [{ at: '1h', type: 'migrate', vm: 'dc1/c1/v-001', host: 'dc1/c1/fast-001' }],
    });
    return simulate(scenario).world;
  };

  it('keeps 1300 MHz on both: the VM is granted 1300 × 7200 MHz·s, half on each host (by its own integral)', () => {
    const w = run(2600);
    expect(w.vms.host[0]).toBe(1); // it moved
    expect((w.vms.grantedInt[0]) / 1000).toBeCloseTo(1300 * 7200, 3);
    const onFast = (w.hosts.grantedInt[1]) / 1000;
    expect(onFast).toBeGreaterThan(0);
    expect((w.hosts.grantedInt[0]) / 1000 + onFast).toBeCloseTo(1300 * 7200, 3);
  });

  it('while a relative level asks for more cycles after the move: 1000 MHz on the slow host, 1600 on the fast', () => {
    const w = run();
    const slowS = (w.hosts.grantedInt[0]) / 1000 / 1000;
    const fastS = (w.hosts.grantedInt[1]) / 1000 / 1600;
    expect(slowS + fastS).toBeCloseTo(7200, 3);
    expect((w.vms.grantedInt[0]) / 1000).toBeGreaterThan(1000 * 7200);
  });
});

describe('demandMhz (property)', () => {
  it('is within [0, capMhz]; absolute demand is the same on any host it fits on; relative scales with the host', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 100, max: 5000, noNaN: true }),
        fc.integer({ min: 1, max: 64 }),
        fc.double({ min: 500, max: 5000, noNaN: true }),
        fc.double({ min: 500, max: 5000, noNaN: true }),
        (level, refMhz, vcpus, mhzA, mhzB) => {
          const a = demandMhz(level, refMhz, vcpus * mhzA);
          const b = demandMhz(level, refMhz, vcpus * mhzB);
          const inRange = a >= 0 && a <= vcpus * mhzA && b >= 0 && b <= vcpus * mhzB;
          const fits = level * refMhz <= vcpus * Math.min(mhzA, mhzB);
          const relA = demandMhz(Math.min(level, 1), 0, vcpus * mhzA);
          return inRange && (!fits || a === b) && Math.abs(relA - Math.min(level, 1) * vcpus * mhzA) <= 1e-9 * vcpus * mhzA;
        },
      ),
    );
  });
});
