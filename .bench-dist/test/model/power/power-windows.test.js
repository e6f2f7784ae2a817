/**
 * Calendar windows as time intervals at their boundaries: windows that span midnight, a whole
 * day (from = to), the weekend chain Friday 20:00 → Monday 07:00, start included and end
 * excluded. 2026-03-06 is a Friday; epoch times are UTC.
 */
import { describe, expect, it } from 'vitest';
import { chainEnd, spanOnDay, windowActiveAt, windowSpans } from '../../../src/model/power/power-windows.js';
const at = (iso) => Date.parse(iso);
const MON = 1;
const FRI = 5;
const SAT = 6;
const SUN = 0;
const win = (days, from, to, keepHosts = 4) => {
    const min = (s) => Number(s.slice(0, 2)) * 60 + Number(s.slice(3));
    return { days, fromMin: min(from), toMin: min(to), keepHosts, keepPct: null };
};
/** The calendar of scenarios/dpm.yaml: weeknights, all weekend, Monday morning. */
const OFFICE = [win([MON, 2, 3, 4, FRI], '20:00', '07:00'), win([SAT, SUN], '00:00', '00:00'), win([MON], '00:00', '07:00')];
describe('spanOnDay', () => {
    it('a 20:00–07:00 window on Friday runs to Saturday 07:00', () => {
        expect(spanOnDay(win([FRI], '20:00', '07:00'), at('2026-03-06T00:00:00Z'))).toEqual({ fromMs: at('2026-03-06T20:00:00Z'), toMs: at('2026-03-07T07:00:00Z') });
    });
    it('00:00–00:00 lasts the whole day; a day not listed gives none', () => {
        expect(spanOnDay(win([SAT], '00:00', '00:00'), at('2026-03-07T00:00:00Z'))).toEqual({ fromMs: at('2026-03-07T00:00:00Z'), toMs: at('2026-03-08T00:00:00Z') });
        expect(spanOnDay(win([SAT], '00:00', '00:00'), at('2026-03-06T00:00:00Z'))).toBeNull();
    });
});
describe('windowActiveAt', () => {
    it('includes the start and excludes the end, across midnight', () => {
        const w = [win([FRI], '20:00', '07:00')];
        expect(windowActiveAt(w, at('2026-03-06T19:59:59.999Z'))).toBe(false);
        expect(windowActiveAt(w, at('2026-03-06T20:00:00Z'))).toBe(true);
        expect(windowActiveAt(w, at('2026-03-07T00:00:00Z'))).toBe(true);
        expect(windowActiveAt(w, at('2026-03-07T06:59:59.999Z'))).toBe(true);
        expect(windowActiveAt(w, at('2026-03-07T07:00:00Z'))).toBe(false);
    });
    it('the office calendar covers the whole weekend and Monday until 07:00, not Monday 07:00', () => {
        for (const t of ['2026-03-06T20:00:00Z', '2026-03-07T12:00:00Z', '2026-03-08T07:00:00Z', '2026-03-08T23:59:00Z', '2026-03-09T00:00:00Z', '2026-03-09T06:59:00Z'])
            expect(windowActiveAt(OFFICE, at(t))).toBe(true);
        for (const t of ['2026-03-06T19:59:00Z', '2026-03-09T07:00:00Z', '2026-03-09T12:00:00Z'])
            expect(windowActiveAt(OFFICE, at(t))).toBe(false);
    });
});
describe('chainEnd', () => {
    it('chains Friday 20:00 through Saturday, Sunday and Monday morning to Monday 07:00', () => {
        expect(new Date(chainEnd(OFFICE, at('2026-03-06T20:00:00Z'))).toISOString()).toBe('2026-03-09T07:00:00.000Z');
        expect(new Date(chainEnd(OFFICE, at('2026-03-03T22:00:00Z'))).toISOString()).toBe('2026-03-04T07:00:00.000Z');
    });
    it('the calendar as shipped before (Sunday 00:00–07:00) ended the weekend on Sunday 07:00', () => {
        const old = [win([MON, 2, 3, 4, FRI], '20:00', '07:00'), win([SAT], '00:00', '00:00'), win([SUN], '00:00', '07:00')];
        expect(new Date(chainEnd(old, at('2026-03-06T20:00:00Z'))).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    });
    it('is the time itself outside every window', () => {
        expect(chainEnd(OFFICE, at('2026-03-04T12:00:00Z'))).toBe(at('2026-03-04T12:00:00Z'));
    });
});
describe('windowSpans', () => {
    it('lists the occurrences overlapping a run, one that began before it included', () => {
        // A run from Saturday 03:00 for one day: Friday's night window (to Saturday 07:00) and Saturday's.
        const spans = windowSpans(win([FRI, SAT], '20:00', '07:00'), at('2026-03-07T03:00:00Z'), at('2026-03-08T03:00:00Z'));
        expect(spans.map((s) => [new Date(s.fromMs).toISOString(), new Date(s.toMs).toISOString()])).toEqual([
            ['2026-03-06T20:00:00.000Z', '2026-03-07T07:00:00.000Z'],
            ['2026-03-07T20:00:00.000Z', '2026-03-08T07:00:00.000Z'],
        ]);
    });
});
//# sourceMappingURL=power-windows.test.js.map