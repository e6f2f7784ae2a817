/** Numbers, units and times as the viewer writes them (web/src/format.ts). */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { duration, interval, num, pct, shortId, timeTick } from '../../web/src/format.js';

describe('format', () => {
  it('formats numbers, units and times', () => {
    expect(num(1234.5)).toBe('1,235');
    expect(num(12.345)).toBe('12.3');
    expect(num(0.5)).toBe('0.5');
    expect(pct(5)).toBe('5 %');
    expect(duration(86_400_000)).toBe('1 d');
    expect(duration(5_400_000)).toBe('1 h 30 min');
    const start = Date.parse('2026-03-02T00:00:00Z');
    expect(interval(start, 14 * 3_600_000, 300_000)).toBe('Mon 2 Mar 14:00–14:05 UTC');
    expect(interval(start, 86_100_000, 300_000)).toBe('Mon 2 Mar 23:55–00:00 UTC');
    expect(timeTick(new Date(start))).toBe('Mon 2 Mar');
    expect(timeTick(new Date(start + 3_600_000 * 13.5))).toBe('13:30');
    expect(shortId('dc1/cluster-a/esx-001')).toBe('esx-001');
  });
});
