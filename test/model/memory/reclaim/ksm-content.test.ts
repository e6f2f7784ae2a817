/**
 * KSM's ceiling from mergeable content (src/model/memory/reclaim/ksm-content.ts) by hand, and its
 * bounds as properties. Kernel Documentation/admin-guide/mm/ksm.rst: pages_shared = KSM pages in
 * use, pages_sharing = "how much saved"; max_page_sharing caps the sharers of one KSM page.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentCeiling, newContentScratch, type MergeableContent } from '../../../../src/model/memory/reclaim/ksm-content.js';

const PAGE_MIB = 4 / 1024;

function ceilingOf(c: Omit<MergeableContent, 'n' | 'keys'> & { keys?: number }): { total: number; saved: number[]; kept: number[] } {
  const n = c.presentMiB.length;
  const saved = new Float64Array(n);
  const kept = new Float64Array(n);
  const keys = c.keys ?? Math.max(0, ...Array.from(c.image)) + 1;
  const total = contentCeiling({ ...c, n, keys }, newContentScratch(1, 1), saved, kept);
  return { total, saved: Array.from(saved), kept: Array.from(kept) };
}

describe('contentCeiling: what KSM can merge, by hand', () => {
  it('two VMs of one image (1024 and 512 MiB present, 10 % zero, 20 % shared): 65,382 pages saved, 26,368.4 kept', () => {
    // Pages: 262,144 and 131,072. Zero: 26,214.4 + 13,107.2 = 39,321.6 pages → kept ⌈39,321.6 / 256⌉
    // = 154, saved 39,167.6. Shared: D = 52,428.8 and 26,214.4; the content in both VMs is the
    // smaller set (26,214.4 pages, kept once), saved Σ D − max D = 26,214.4. Total 65,382 pages.
    const r = ceilingOf({ presentMiB: [1024, 512], zeroFrac: [0.1, 0.1], sharedFrac: [0.2, 0.2], image: [0, 0], maxPageSharing: 256 });
    expect(r.total / PAGE_MIB).toBeCloseTo(65_382, 6);
    expect((r.kept[0]! + r.kept[1]!) / PAGE_MIB).toBeCloseTo(154 + 26_214.4, 6);
    // The larger VM brings 2/3 of the zero pages and 2/3 of the duplicates: 2/3 of each saving.
    expect(r.saved[0]! / PAGE_MIB).toBeCloseTo((2 / 3) * 39_167.6 + (2 / 3) * 26_214.4, 6);
    expect(r.saved[1]! / PAGE_MIB).toBeCloseTo((1 / 3) * 39_167.6 + (1 / 3) * 26_214.4, 6);
  });

  it('a VM alone saves only its zero pages: duplicates need a twin in another VM of the same image', () => {
    // 1024 MiB = 262,144 pages; 5 % zero = 13,107.2 pages, ⌈13,107.2 / 256⌉ = 52 kept, 13,055.2 saved.
    const r = ceilingOf({ presentMiB: [1024], zeroFrac: [0.05], sharedFrac: [0.4], image: [0], maxPageSharing: 256 });
    expect(r.total / PAGE_MIB).toBeCloseTo(13_055.2, 6);
    expect(r.kept[0]! / PAGE_MIB).toBeCloseTo(52, 9);
  });

  it('VMs of different images share zero pages but no duplicates', () => {
    // Two 512 MiB VMs (131,072 pages each), images 0 and 1: zero 2 × 13,107.2 = 26,214.4 pages,
    // ⌈102.4⌉ = 103 kept, 26,111.4 saved; their 30 % duplicates have no twin.
    const r = ceilingOf({ presentMiB: [512, 512], zeroFrac: [0.1, 0.1], sharedFrac: [0.3, 0.3], image: [0, 1], maxPageSharing: 256 });
    expect(r.total / PAGE_MIB).toBeCloseTo(26_111.4, 6);
  });

  it('300 equal VMs of one image with max_page_sharing 256 keep two copies of each duplicated content', () => {
    // D = 0.2 × 25,600 pages = 5,120 per VM (100 MiB each); ⌈300 / 256⌉ = 2 KSM pages per content:
    // saved = 300 D − 2 D = 298 × 5,120 = 1,525,760 pages; kept 2 × 5,120 = 10,240.
    const n = 300;
    const r = ceilingOf({
      presentMiB: new Array<number>(n).fill(100),
      zeroFrac: new Array<number>(n).fill(0),
      sharedFrac: new Array<number>(n).fill(0.2),
      image: new Array<number>(n).fill(0),
      maxPageSharing: 256,
    });
    expect(r.total / PAGE_MIB).toBeCloseTo(298 * 5_120, 4);
    expect(r.kept.reduce((a, b) => a + b, 0) / PAGE_MIB).toBeCloseTo(2 * 5_120, 4);
  });

  it('three equal VMs with max_page_sharing 2: one KSM page of two sharers per content, the third copy stays unshared', () => {
    // D = 0.5 × 25,600 pages = 12,800 per VM: kept 12,800, saved 12,800, 12,800 copies left alone.
    const r = ceilingOf({ presentMiB: [100, 100, 100], zeroFrac: [0, 0, 0], sharedFrac: [0.5, 0.5, 0.5], image: [0, 0, 0], maxPageSharing: 2 });
    expect(r.total / PAGE_MIB).toBeCloseTo(12_800, 6);
    expect(r.kept.reduce((a, b) => a + b, 0) / PAGE_MIB).toBeCloseTo(12_800, 6);
  });

  it('a single zero page is not merged: nothing saved, nothing kept', () => {
    const r = ceilingOf({ presentMiB: [PAGE_MIB], zeroFrac: [1], sharedFrac: [0], image: [0], maxPageSharing: 256 });
    expect(r.total).toBe(0);
    expect(r.kept[0]).toBe(0);
  });
});

const vmArb = fc.record({
  presentMiB: fc.double({ min: 0, max: 4096, noNaN: true }),
  zero: fc.double({ min: 0, max: 1, noNaN: true }),
  shareOfRest: fc.double({ min: 0, max: 1, noNaN: true }),
  image: fc.integer({ min: 0, max: 2 }),
});

describe('contentCeiling: properties', () => {
  it('saved and kept are ≥ 0, and saved + kept never exceed the mergeable (zero + shared) pages', () => {
    fc.assert(
      fc.property(fc.array(vmArb, { minLength: 1, maxLength: 12 }), fc.integer({ min: 2, max: 512 }), (vms, mps) => {
        const zeroFrac = vms.map((v) => v.zero);
        const sharedFrac = vms.map((v) => (1 - v.zero) * v.shareOfRest);
        const r = ceilingOf({ presentMiB: vms.map((v) => v.presentMiB), zeroFrac, sharedFrac, image: vms.map((v) => v.image), keys: 3, maxPageSharing: mps });
        let mergeable = 0;
        let present = 0;
        vms.forEach((v, k) => {
          mergeable += v.presentMiB * (zeroFrac[k]! + sharedFrac[k]!);
          present += v.presentMiB;
        });
        const kept = r.kept.reduce((a, b) => a + b, 0);
        for (let k = 0; k < vms.length; k++) {
          expect(r.saved[k]).toBeGreaterThanOrEqual(0);
          expect(r.kept[k]).toBeGreaterThanOrEqual(0);
          expect(r.saved[k]! + r.kept[k]!).toBeLessThanOrEqual(vms[k]!.presentMiB * (zeroFrac[k]! + sharedFrac[k]!) + 1e-9);
        }
        expect(r.total + kept).toBeLessThanOrEqual(mergeable + 1e-9 * (1 + mergeable));
        expect(r.total).toBeLessThanOrEqual(present);
      }),
      { seed: 20_261_207, numRuns: 300 },
    );
  });

  it('more zero or more shared content never lowers what can be saved (same images, same sizes)', () => {
    fc.assert(
      fc.property(fc.array(vmArb, { minLength: 1, maxLength: 8 }), fc.double({ min: 0, max: 0.5, noNaN: true }), (vms, extra) => {
        const base = vms.map((v) => ({ z: v.zero * 0.5, s: (1 - v.zero) * v.shareOfRest * 0.5 }));
        const make = (dz: number, ds: number) =>
          ceilingOf({
            presentMiB: vms.map((v) => v.presentMiB),
            zeroFrac: base.map((b) => b.z + dz),
            sharedFrac: base.map((b) => b.s + ds),
            image: vms.map((v) => v.image),
            keys: 3,
            maxPageSharing: 256,
          }).total;
        const t0 = make(0, 0);
        // A KSM page more can be needed when zero pages cross a multiple of 256: at most one page per step.
        expect(make(extra / 2, 0)).toBeGreaterThanOrEqual(t0 - PAGE_MIB - 1e-9);
        expect(make(0, extra / 2)).toBeGreaterThanOrEqual(t0 - 1e-9);
      }),
      { seed: 20_261_208, numRuns: 300 },
    );
  });
});
