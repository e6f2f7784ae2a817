import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstByTime } from '../../src/report/report-part.js';

/** What report.json lists: every cluster's items merged by time, then cluster, then position; the first n. */
function listed(lists: readonly (readonly number[])[], n: number): string[] {
  const all = lists.flatMap((l, c) => l.map((t, k) => ({ t, c, k })));
  all.sort((a, b) => a.t - b.t || a.c - b.c || a.k - b.k);
  return all.slice(0, n).map((e) => `${e.c}@${e.t}`);
}

describe('firstByTime (a report part keeps only what report.json can list)', () => {
  it('merging each cluster\'s first n gives the same first n as merging everything', () => {
    fc.assert(
      fc.property(
        // Few distinct times, so ties across and within clusters are everywhere.
        fc.array(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 40 }),
        (lists, n) => {
          const capped = lists.map((l) => firstByTime(l, (t) => t, n));
          for (const c of capped) expect(c.length).toBeLessThanOrEqual(n);
          expect(listed(capped, n)).toEqual(listed(lists, n));
        },
      ),
    );
  });

  it('keeps the original order of what it keeps, and everything when there are at most n', () => {
    expect(firstByTime([5, 1, 4, 1, 3], (t) => t, 3)).toEqual([1, 1, 3]);
    expect(firstByTime([5, 1, 4, 2, 3], (t) => t, 3)).toEqual([1, 2, 3]);
    expect(firstByTime([9, 7, 8], (t) => -t, 2)).toEqual([9, 8]);
    const items = [{ t: 2 }, { t: 1 }];
    expect(firstByTime(items, (x) => x.t, 2)).toEqual(items);
  });
});
