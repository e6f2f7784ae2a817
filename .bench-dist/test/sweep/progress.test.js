/**
 * The sweep's progress bar: runs done / total, percentage, ETA from the runs finished in this
 * command and failures, drawn on a terminal only and not during the first second.
 */
import { describe, expect, it } from 'vitest';
import { formatEta, SweepProgress } from '../../src/sweep/progress.js';
function io(isTTY) {
    const o = {
        text: '',
        now: 0,
        isTTY,
        columns: 100,
        stderr: (t) => {
            o.text += t;
        },
        wallClock: () => o.now,
    };
    return o;
}
describe('SweepProgress', () => {
    it('draws runs done / total, % and an ETA from the runs computed since it started (checkpointed runs excluded)', () => {
        const t = io(true);
        const bar = new SweepProgress(t, 100, 20, true);
        t.now = 500;
        bar.update(25, 0);
        expect(t.text).toBe(''); // quiet for the first second
        t.now = 10_000;
        bar.update(40, 0); // 20 runs in 10 s → 60 left → 30 s
        expect(t.text).toContain('] 40/100 runs  40%  ETA 30s ');
        t.now = 10_050;
        bar.update(41, 0);
        expect(t.text.split('\r')).toHaveLength(2); // redrawn at most every 100 ms
        t.now = 20_000;
        bar.update(98, 2);
        expect(t.text).toContain('98/100 runs  98%  ETA 0s  FAILED 2');
        bar.done();
        expect(t.text.endsWith('\n')).toBe(true);
    });
    it('prints nothing off a terminal, or when disabled (--quiet)', () => {
        for (const [tty, enabled] of [[false, true], [true, false]]) {
            const t = io(tty);
            const bar = new SweepProgress(t, 10, 0, enabled);
            t.now = 5000;
            bar.update(5, 1);
            bar.done();
            expect(t.text).toBe('');
        }
    });
    it('formats ETAs as s, m and h', () => {
        expect([formatEta(5.4), formatEta(75), formatEta(3725), formatEta(NaN)]).toEqual(['5s', '1m15s', '1h02m', '?']);
    });
});
//# sourceMappingURL=progress.test.js.map