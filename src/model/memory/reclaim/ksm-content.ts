/**
 * What KSM can merge on one host, from the guests' mergeable content: each VM's present pages
 * split into zero pages, pages duplicated across VMs of the same image (guest OS), and unique
 * pages. Sources (kernel Documentation/admin-guide/mm/ksm.rst, "/sys/kernel/mm/ksm"):
 * - pages_shared = KSM pages in use (one per distinct content), pages_sharing = "how many more
 *   sites are sharing them i.e. how much saved"; pages that stay unique are pages_unshared (or
 *   pages_volatile when they change too fast): they never save anything.
 * - max_page_sharing caps the sharers of one KSM page (default 256); content with more copies
 *   gets more KSM pages ("dups" of a stable_node chain), so N zero pages keep ⌈N / 256⌉ pages.
 * - use_zero_pages = 0 (the default) merges zero pages with each other like any content.
 * Duplicated content of an image: the VMs' duplicated pages are taken as nested sets (a smaller
 * guest holds a subset of what a larger one of the same image holds: kernel, libraries, page
 * cache of the same files), so the content found in at least two VMs is the second-largest set;
 * the largest VM's surplus over it has no twin and stays unshared. With N VMs and at most
 * max_page_sharing = m sharers per page, a content held by all N keeps ⌊N / m⌋ KSM pages, one
 * more for a rest of two or more, and a lone rest stays unshared; the saved pages are
 * Σ D − max D (one copy of each content kept) while N ≤ m. Beyond m this per-content count is
 * exact for equal sets and approximate when the sets differ (a content in fewer VMs needs fewer
 * copies).
 * Everything is in MiB; page counts (for ⌈ ⌉) use 4 KiB pages.
 */
import { PAGE_MIB } from '../compression.js';

/** Per-VM inputs, indexed 0..n (the host's VMs in pass order). */
export interface MergeableContent {
  readonly n: number;
  /** Pages present in the host's memory (touched, not ballooned, compressed or swapped), MiB. */
  readonly presentMiB: ArrayLike<number>;
  /** Fractions of the present pages, zero + shared ≤ 1 (the rest is unique). */
  readonly zeroFrac: ArrayLike<number>;
  readonly sharedFrac: ArrayLike<number>;
  /** Image key 0..keys: VMs with the same key hold each other's duplicated pages. */
  readonly image: ArrayLike<number>;
  readonly keys: number;
  /** max_page_sharing (≥ 2). */
  readonly maxPageSharing: number;
}

/**
 * Reused buffers: per-image sums (Σ D, the largest and second-largest D, the VMs holding some)
 * and per-VM inputs and outputs for a host pass (reclaim/share.ts), grown by doubling.
 */
export interface ContentScratch {
  sum: Float64Array;
  max: Float64Array;
  second: Float64Array;
  count: Int32Array;
  present: Float64Array;
  zero: Float64Array;
  dup: Float64Array;
  image: Int32Array;
  saved: Float64Array;
  kept: Float64Array;
  /** Ceilings of the VMs whose templates state no content (fixed fractions, share.ts). */
  fixedSaved: Float64Array;
  fixedKept: Float64Array;
}

export function newContentScratch(keys = 16, vms = 64): ContentScratch {
  const f = (k: number): Float64Array => new Float64Array(k);
  return { sum: f(keys), max: f(keys), second: f(keys), count: new Int32Array(keys), present: f(vms), zero: f(vms), dup: f(vms), image: new Int32Array(vms), saved: f(vms), kept: f(vms), fixedSaved: f(vms), fixedKept: f(vms) };
}

/** Grows the scratch to `keys` images and `vms` VMs. */
export function ensureContentScratch(s: ContentScratch, keys: number, vms: number): void {
  if (keys > s.sum.length) {
    const size = Math.max(keys, s.sum.length * 2);
    s.sum = new Float64Array(size);
    s.max = new Float64Array(size);
    s.second = new Float64Array(size);
    s.count = new Int32Array(size);
  }
  if (vms > s.present.length) {
    const size = Math.max(vms, s.present.length * 2);
    s.present = new Float64Array(size);
    s.zero = new Float64Array(size);
    s.dup = new Float64Array(size);
    s.image = new Int32Array(size);
    s.saved = new Float64Array(size);
    s.kept = new Float64Array(size);
    s.fixedSaved = new Float64Array(size);
    s.fixedKept = new Float64Array(size);
  }
}

/** KSM pages kept for `copies` pages of one content: one per max_page_sharing sharers; a lone page is not merged. */
function keptPages(copies: number, maxPageSharing: number): number {
  return copies > 1 ? Math.ceil(copies / maxPageSharing) : 0;
}

/**
 * Fills savedMiB[k] (the VM's part of pages_sharing at full merge) and keptMiB[k] (its part of
 * pages_shared) for k in 0..c.n, and returns Σ savedMiB. A VM's part of what its image's
 * duplicates or the host's zero pages save is in proportion to the pages it brings.
 */
export function contentCeiling(c: MergeableContent, scratch: ContentScratch, savedMiB: Float64Array, keptMiB: Float64Array): number {
  const { n, keys, maxPageSharing: mps } = c;
  ensureContentScratch(scratch, keys, 0);
  const { sum, max, second, count } = scratch;
  sum.fill(0, 0, keys);
  max.fill(0, 0, keys);
  second.fill(0, 0, keys);
  count.fill(0, 0, keys);
  let zeroPages = 0;
  for (let k = 0; k < n; k++) {
    const pages = Math.max(0, c.presentMiB[k]) / PAGE_MIB;
    zeroPages += pages * c.zeroFrac[k];
    const d = pages * c.sharedFrac[k];
    if (d <= 0) continue;
    const g = c.image[k];
    sum[g] += d;
    count[g] += 1;
    if (d > max[g]) {
      second[g] = max[g];
      max[g] = d;
    } else if (d > second[g]) second[g] = d;
  }
  const zeroKept = keptPages(zeroPages, mps);
  const zeroSaved = zeroKept > 0 ? zeroPages - zeroKept : 0;
  let total = 0;
  for (let k = 0; k < n; k++) {
    const pages = Math.max(0, c.presentMiB[k]) / PAGE_MIB;
    const z = pages * c.zeroFrac[k];
    let saved = zeroPages > 0 ? (zeroSaved * z) / zeroPages : 0;
    let kept = zeroPages > 0 ? (zeroKept * z) / zeroPages : 0;
    const d = pages * c.sharedFrac[k];
    const g = c.image[k];
    if (d > 0 && count[g] > 1) {
      // Contents present in two VMs or more: the second-largest set (nested sets, see above).
      const common = second[g];
      const copies = count[g];
      // N copies of one content: ⌊N / m⌋ full KSM pages of m sharers, and one more for a rest
      // of two or more (a lone rest stays unshared): kept pages, and the copies that save.
      const rest = copies % mps;
      const keptPerContent = Math.floor(copies / mps) + (rest >= 2 ? 1 : 0);
      const savedPerContent = copies - keptPerContent - (rest === 1 ? 1 : 0);
      const groupKept = common * keptPerContent;
      const groupSaved = Math.max(0, sum[g] - (max[g] - common) - common * (copies - savedPerContent));
      saved += (groupSaved * d) / sum[g];
      kept += (groupKept * d) / sum[g];
    }
    savedMiB[k] = saved * PAGE_MIB;
    keptMiB[k] = kept * PAGE_MIB;
    total += savedMiB[k];
  }
  return total;
}
