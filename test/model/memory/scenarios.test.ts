/**
 * The shipped memory scenarios end to end: scenarios/memory-overcommit.yaml (ESXi, memory
 * overcommit 1.0 to 2.0 in five independent two-host clusters) and scenarios/kvm-ksm.yaml (KVM
 * with KSM and zswap, the same walk). Each runs through runToFolder; report.json must validate
 * against ReportSchema; the reclamation cascade of DOMAIN.md ("sharing → balloon → compression
 * → host swap"; KSM savings "build up over hours"; zswap in front of swap) must show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type HeadlineFigures, type Report } from '../../../src/report/schema.js';
import type { SimulationResult } from '../../../src/run/simulate.js';
import { runFile } from '../../helpers/default-run.js';
import { SCENARIOS_DIR, tempDir } from '../../helpers/sim.js';

function run(name: string): { result: SimulationResult; report: Report } {
  const out = join(tempDir(`mem-${name}`), name);
  const result = runFile(join(SCENARIOS_DIR, `${name}.yaml`), out);
  const report = ReportSchema.parse(JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')));
  return { result, report };
}

/** Mean memory the host takes from guests: ballooned + compressed (cache + saved = original size) + swapped, GiB. */
function hostReclaimedGiB(h: HeadlineFigures): number {
  const m = h.memory;
  return m.balloonedGiB + m.compressionCacheGiB + m.compressionSavedGiB + m.swappedGiB;
}

describe('scenarios/memory-overcommit.yaml (ESXi, overcommit 1.0 → 2.0)', () => {
  let result: SimulationResult;
  let report: Report;
  beforeAll(() => {
    ({ result, report } = run('memory-overcommit'));
  });

  it('runs and its report.json validates against ReportSchema, one cluster per overcommit step', () => {
    expect(report.run.scenario).toBe('memory-overcommit');
    expect(report.clusters.map((c) => c.name)).toEqual(['oc-10', 'oc-125', 'oc-15', 'oc-175', 'oc-20']);
    // 32, 40, 48, 56, 64 VMs × 8 GiB on 2 × 128 GiB = 256 GiB.
    expect(result.clusterHeadlines.map((h) => h.memoryOvercommit)).toEqual([1, 1.25, 1.5, 1.75, 2]);
    expect(result.clusterHeadlines.every((h) => h.vmsUnplaceable === 0)).toBe(true);
  });

  it('the 1.0 cluster reclaims nothing by balloon, compression or swap; the 2.0 cluster balloons and swaps', () => {
    const [oc10, , , , oc20] = result.clusterHeadlines as [HeadlineFigures, HeadlineFigures, HeadlineFigures, HeadlineFigures, HeadlineFigures];
    expect(oc10.memory.balloonedGiB).toBe(0);
    expect(oc10.memory.compressionCacheGiB).toBe(0);
    expect(oc10.memory.swappedGiB).toBe(0);
    expect(oc10.memory.swapOutGiB).toBe(0);
    expect(oc20.memory.balloonedGiB).toBeGreaterThan(0);
    expect(oc20.memory.swappedGiB).toBeGreaterThan(0);
    expect(oc20.memory.swapOutGiB).toBeGreaterThan(0);
    // The report carries the same figures.
    expect(report.clusters[4]?.headline.memory.balloonedGiB).toBeCloseTo(oc20.memory.balloonedGiB, 2); // rounded in report.json
  });

  it('what the host takes from guests (balloon + compressed + swapped, daily mean) does not decrease from 1.0 to 2.0', () => {
    const reclaimed = result.clusterHeadlines.map(hostReclaimedGiB);
    for (let i = 1; i < reclaimed.length; i++) expect(reclaimed[i]).toBeGreaterThanOrEqual((reclaimed[i - 1]) - 1e-9);
    expect(reclaimed[4]).toBeGreaterThan(reclaimed[0]);
  });

  it('sharing (intra-VM, salting on) also grows with overcommit, and no VM without a balloon driver is ballooned', () => {
    const shared = result.clusterHeadlines.map((h) => h.memory.sharedSavedGiB);
    for (let i = 1; i < shared.length; i++) expect(shared[i]).toBeGreaterThanOrEqual(shared[i - 1]);
    // "legacy" VMs (template app-no-tools) have balloonDriver: false.
    const legacy = report.vms.filter((v) => v.group.endsWith('/legacy'));
    expect(legacy.length).toBe(8 + 10 + 12 + 14 + 16);
    for (const v of legacy) expect(v.memBalloonMeanMiB).toBe(0);
  });
});

describe('scenarios/kvm-ksm.yaml (KVM, KSM + zswap, overcommit 1.0 → 2.0)', () => {
  let result: SimulationResult;
  let report: Report;
  beforeAll(() => {
    ({ result, report } = run('kvm-ksm'));
  });

  it('runs and its report.json validates against ReportSchema', () => {
    expect(report.run.scenario).toBe('kvm-ksm');
    expect(report.clusters.map((c) => c.name)).toEqual(['kvm-10', 'kvm-125', 'kvm-15', 'kvm-175', 'kvm-20']);
    expect(report.hosts.every((h) => h.hypervisor.flavour === 'kvm')).toBe(true);
  });

  it('KSM: kvm-10 sharing grows linearly for one full scan (71.3 min) and then stays flat at its potential', () => {
    // Per host: 12 VMs × 85 % × 8192 MiB = 83,558.4 MiB touched = 21,390,950 pages; at 100 pages
    // / 20 ms = 5 pages/ms one full scan takes 4,278,190 ms = 71.3 min (DOMAIN.md: KSM savings
    // build up over time at its scan rate). Potential per VM (12 of one guest OS per host):
    // 6963.2 × (8 % zero + 3 % intra + 25 % inter × 11/12) = 2361.68 MiB; 24 VMs: 56,680.3 MiB.
    const potential = 24 * 0.85 * 8192 * (0.08 + 0.03 + (0.25 * 11) / 12);
    const scanMin = (12 * 0.85 * 8192 * 256) / 5 / 60_000;
    expect(scanMin).toBeCloseTo(71.3, 1);
    const s = report.series.clusters['dc1/kvm-10']?.sharedMiB as number[];
    const t = report.series.t;
    const interval = report.run.intervalMs;
    expect(interval).toBe(300_000);
    // Strictly growing while the scan runs, each 5-min interval adding ≈ potential × 5 / 71.3.
    for (let i = 1; i * 5 < scanMin - 5; i++) {
      expect(s[i]).toBeGreaterThan(s[i - 1]);
      expect((s[i]) - (s[i - 1])).toBeCloseTo((potential * 5) / scanMin, -1);
    }
    // Flat after it, at the potential.
    const after = t.findIndex((x) => x >= (scanMin + 5) * 60_000);
    for (let i = after; i < s.length; i++) expect(Math.abs((s[i]) - potential) / potential).toBeLessThan(1e-6);
    expect(result.clusterHeadlines[0]?.memory.stateHours.high).toBe(48);
  });

  it('shared memory grows over the first hours and then flattens in every cluster', () => {
    for (const [id, c] of Object.entries(report.series.clusters)) {
      const s = c.sharedMiB;
      const hour = 12; // 5-min intervals
      const last = s[s.length - 1];
      expect(s[hour], id).toBeGreaterThan(s[0]);
      // Changes over the last 12 hours are small beside the first hour's growth.
      const late = Math.max(...s.slice(12 * hour)) - Math.min(...s.slice(12 * hour));
      expect(late, id).toBeLessThan(0.05 * ((s[hour]) - (s[0])));
      expect(last, id).toBeGreaterThan(0);
    }
  });

  it('zswap is used before swap: in every host interval with real swap use (hard / low, or > 1 MiB swapped), the zswap pool holds pages', () => {
    const hosts = report.series.hosts;
    expect(hosts).not.toBeNull();
    let swapIntervals = 0;
    for (const [id, h] of Object.entries(hosts ?? {})) {
      h.swappedMiB.forEach((swapped, i) => {
        const pressed = h.memState[i] === 'hard' || h.memState[i] === 'low';
        if (swapped > 0 && (pressed || swapped > 1)) {
          swapIntervals++;
          expect(h.compressedMiB[i], `${id} interval ${i}`).toBeGreaterThan(0);
        }
      });
    }
    expect(swapIntervals).toBeGreaterThan(0);
    // Overall, every cluster that swapped also compressed.
    for (const h of result.clusterHeadlines) {
      if (h.memory.swappedGiB > 0) expect(h.memory.compressionCacheGiB).toBeGreaterThan(0);
    }
  });

  it('KVM hosts do not balloon by default, and swap grows with overcommit from none at 1.0', () => {
    const swapped = result.clusterHeadlines.map((h) => h.memory.swappedGiB);
    expect(result.clusterHeadlines.every((h) => h.memory.balloonedGiB === 0)).toBe(true);
    expect(swapped[0]).toBe(0);
    expect(swapped[4]).toBeGreaterThan(swapped[1]);
    const reclaimed = result.clusterHeadlines.map(hostReclaimedGiB);
    for (let i = 1; i < reclaimed.length; i++) expect(reclaimed[i]).toBeGreaterThanOrEqual(reclaimed[i - 1]);
  });
});
