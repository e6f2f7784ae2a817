/**
 * KSM merging toward the ceiling of the guests' stated content (reclaim/share.ts with
 * reclaim/ksm-content.ts), through the whole model. Two 1 GiB guests of one image, all touched
 * (262,144 pages each), 10 % zero and 30 % shared pages, KSM at 100 pages / 20 ms = 5 pages/ms:
 * - one full pass = 524,288 / 5 = 104,857.6 ms; a fresh KSM only checksums on it (mm/ksm.c
 *   cmp_and_merge_page), then merges linearly over the next pass;
 * - ceiling: zero 52,428.8 pages, ⌈52,428.8 / 256⌉ = 205 kept, 52,223.8 saved; shared 78,643.2
 *   per VM, one copy kept, 78,643.2 saved: pages_sharing 130,867 = 511.199 MiB, pages_shared
 *   205 + 78,643.2 = 78,848.2 pages = 308.001 MiB (kernel admin-guide/mm/ksm).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildWorld } from '../../../../src/model/build.js';
import { memScenario, PAGE_MIB, startModel } from '../../../helpers/memory.js';

const FULL_PASS_MS = 524_288 / 5;
const CEILING_PAGES = 52_223.8 + 78_643.2;
const KEPT_PAGES = 205 + 78_643.2;

function host(ksm: Record<string, unknown>, content: Record<string, unknown> = { zeroPct: 10, sharedPct: 30 }, count = 2) {
  return memScenario(
    { g: { vcpus: 1, memoryGiB: 1, memory: { touchedPct: 100, content } } },
    [{ name: 'vm', count, template: 'g', workload: { type: 'constant', cpu: 0.1, memory: 0.1 } }],
    { host: { flavour: 'kvm', memoryGiB: 16, memory: { ksm: { enabled: true, pagesToScan: 100, sleepMs: 20, ...ksm } } }, duration: '1h' },
  );
}

const savedPages = (s: ReturnType<typeof startModel>): number => (s.memory.host.sharedMiB[0]! + 0) / PAGE_MIB;

describe('KSM from mergeable content', () => {
  it('a fresh KSM saves nothing during its checksum pass, half the ceiling half a pass later, then stays at 130,867 pages', () => {
    const s = startModel(host({}));
    s.kernel.runUntil(100_000);
    expect(savedPages(s)).toBe(0);
    // While only sharing moves, the host is updated every memory tick (here longer than a
    // hundredth of the pass, datacenter.ts): a reading lags by at most one tick of merging.
    const lag = s.memory.hostSettings.tickMs[0]! / FULL_PASS_MS;
    s.kernel.runUntil(Math.round(FULL_PASS_MS * 1.5));
    expect(savedPages(s) / CEILING_PAGES).toBeGreaterThanOrEqual(0.5 - lag - 1e-9);
    expect(savedPages(s) / CEILING_PAGES).toBeLessThanOrEqual(0.5 + 1e-9);
    s.kernel.runUntil(Math.ceil(FULL_PASS_MS * 2) + 1_000);
    expect(savedPages(s)).toBeCloseTo(CEILING_PAGES, 6);
    expect(s.memory.host.ksmKeptMiB[0]! / PAGE_MIB).toBeCloseTo(KEPT_PAGES, 6);
    // Saturated: an hour on, the same (content, not time, bounds it).
    s.kernel.runUntil(3_600_000);
    expect(savedPages(s)).toBeCloseTo(CEILING_PAGES, 6);
  });

  it('a host that starts merged (initialPagesSharing 50,000) starts there and climbs at one ceiling per pass, no checksum pass', () => {
    const s = startModel(host({ initialPagesSharing: 50_000 }));
    s.kernel.runUntil(1);
    expect(savedPages(s)).toBeCloseTo(50_000, 0);
    // Kept pages follow the same fraction of their ceiling: 50,000 / 130,867 × 78,848.2.
    expect(s.memory.host.ksmKeptMiB[0]! / PAGE_MIB).toBeCloseTo((50_000 / CEILING_PAGES) * KEPT_PAGES, 0);
    s.kernel.runUntil(60_000);
    // 50,000 + 130,867 × 60,000 / 104,857.6 = 124,881 pages (a reading lags by at most one tick).
    const expected = 50_000 + (CEILING_PAGES * 60_000) / FULL_PASS_MS;
    const lag = s.memory.hostSettings.tickMs[0]! / FULL_PASS_MS;
    expect(savedPages(s)).toBeLessThanOrEqual(expected + 1e-6);
    expect(savedPages(s)).toBeGreaterThanOrEqual(expected - lag * CEILING_PAGES - 1e-6);
  });

  it('a start above what content allows is cut to the ceiling (those pages cannot be merged) and stays flat', () => {
    const s = startModel(host({ initialPagesSharing: 200_000 }));
    for (const t of [1, 30_000, 600_000]) {
      s.kernel.runUntil(t);
      expect(savedPages(s), `t=${t}`).toBeCloseTo(CEILING_PAGES, 6);
    }
  });

  it('unique content (uniquePct 100) saves nothing however long KSM runs', () => {
    const s = startModel(host({ initialPagesSharing: 10_000 }, { zeroPct: 0, sharedPct: 0, uniquePct: 100 }));
    for (const t of [1, 3_600_000]) {
      s.kernel.runUntil(t);
      expect(s.memory.host.sharedMiB[0]).toBe(0);
      expect(s.memory.host.ksmKeptMiB[0]).toBe(0);
    }
  });

  it('the saving never falls while content stays, never exceeds the ceiling and is never negative (random content and rates)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 60, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 50, max: 2000 }),
        fc.integer({ min: 0, max: 200_000 }),
        (zeroPct, sharedPct, count, pagesToScan, start) => {
          const s = startModel(host({ pagesToScan, initialPagesSharing: start }, { zeroPct, sharedPct }, count));
          let last = -1;
          let ceiling = Infinity;
          for (let t = 0; t <= 1_200_000; t += 60_000) {
            s.kernel.runUntil(t);
            const now = s.memory.host.sharedMiB[0]!;
            expect(now).toBeGreaterThanOrEqual(0);
            // After the first pass (t > 0), the ceiling: Σ touched × (zero + shared) at most.
            ceiling = count * 1024 * ((zeroPct + sharedPct) / 100);
            expect(now).toBeLessThanOrEqual(ceiling + 1e-9);
            if (t > 0) expect(now).toBeGreaterThanOrEqual(last - 1e-9);
            last = now;
          }
        },
      ),
      { seed: 20_261_209, numRuns: 30 },
    );
  }, 120_000);

  it('stated content replaces the fixed fractions (zero → zero pages, shared → inter-VM, no intra-VM class); without it they stay', () => {
    const sc = memScenario(
      {
        c: { vcpus: 1, memoryGiB: 1, memory: { content: { zeroPct: 10, sharedPct: 30 }, sharing: { zeroPct: 1, intraPct: 2, interPct: 3 } } },
        f: { vcpus: 1, memoryGiB: 1, memory: { sharing: { zeroPct: 1, intraPct: 2, interPct: 3 } } },
      },
      [
        { name: 'a', count: 1, template: 'c', workload: { type: 'constant', cpu: 0.1, memory: 0.1 } },
        { name: 'b', count: 1, template: 'f', workload: { type: 'constant', cpu: 0.1, memory: 0.1 } },
      ],
      { host: { flavour: 'esxi', memoryGiB: 16, memory: { interVmSharing: true } } },
    );
    const S = buildWorld(sc, 1).memory.vmSettings;
    expect([S.mergeContent[0], S.zeroFrac[0], S.intraFrac[0], S.interFrac[0]]).toEqual([1, 0.1, 0, 0.3]);
    expect([S.mergeContent[1], S.zeroFrac[1], S.intraFrac[1], S.interFrac[1]]).toEqual([0, 0.01, 0.02, 0.03]);
  });

  it('content.image groups the VMs that share duplicates: same image across guest OS names shares, different images of one OS do not', () => {
    const run = (imageA: string, osA: string, imageB: string, osB: string): number => {
      const sc = memScenario(
        {
          a: { vcpus: 1, memoryGiB: 1, guestOs: osA, memory: { touchedPct: 100, content: { zeroPct: 10, sharedPct: 30, image: imageA } } },
          b: { vcpus: 1, memoryGiB: 1, guestOs: osB, memory: { touchedPct: 100, content: { zeroPct: 10, sharedPct: 30, image: imageB } } },
        },
        [
          { name: 'a', count: 1, template: 'a', workload: { type: 'constant', cpu: 0.1, memory: 0.1 } },
          { name: 'b', count: 1, template: 'b', workload: { type: 'constant', cpu: 0.1, memory: 0.1 } },
        ],
        { host: { flavour: 'kvm', memoryGiB: 16, memory: { ksm: { enabled: true, pagesToScan: 100, sleepMs: 20, initialPagesSharing: 1e9 } } } },
      );
      const s = startModel(sc);
      s.kernel.runUntil(1);
      return savedPages(s);
    };
    // Same image: the whole ceiling (130,867 pages); different images: the zero pages only (52,223.8).
    expect(run('debian-12', 'linux', 'debian-12', 'debian')).toBeCloseTo(CEILING_PAGES, 6);
    expect(run('debian-12', 'linux', 'rhel-9', 'linux')).toBeCloseTo(52_223.8, 6);
  });
});
