/**
 * The calibration panel's rows and words (web/src/calibration-rows.ts), in Node: significant
 * digits, parameter values and intervals, the error rows with their before / after pairs, which
 * change counts as better, the objective sentence and the overlay series with gaps.
 */
import { describe, expect, it } from 'vitest';
import './d3-global.js';
import { ERROR_COLUMNS, errorCell, errorRows, improved, objectiveText, overlaySeries, paramInterval, paramValue, sig } from '../../web/src/calibration-rows.js';
import { syntheticCalibration } from './synthetic-calibration.js';

const s = syntheticCalibration();
const col = (key: string) => ERROR_COLUMNS.find((c) => c.key === key)!;

describe('sig(x, digits)', () => {
  it('keeps the significant digits asked for, with thousands separators, and "—" for null', () => {
    expect(sig(6.00312, 4)).toBe('6.003');
    expect(sig(401.37, 4)).toBe('401.4');
    expect(sig(5000, 4)).toBe('5,000');
    expect(sig(0.0123456, 3)).toBe('0.0123');
    expect(sig(-3.9249, 3)).toBe('-3.92');
    expect(sig(null, 3)).toBe('—');
    expect(sig(Number.NaN, 3)).toBe('–');
  });
});

describe('parameter values and intervals', () => {
  it('writes a fitted value and its 95 % interval with the unit, or the reason there is none', () => {
    const [overhead, ksm] = s.parameters;
    expect(paramValue(overhead!.after, overhead!)).toBe('6.003 % of host CPU');
    expect(paramInterval(overhead!)).toBe('6.002 – 6.004 % of host CPU');
    expect(paramValue(ksm!.before, ksm!)).toBe('5,000 pages/s');
    expect(paramInterval(ksm!)).toBe('not estimated: at (or next to) its bound');
    expect(paramInterval({ ...ksm!, note: null })).toBe('not estimated');
  });
});

describe('errorRows(summary)', () => {
  it('pairs each compared figure before and after the fit, leaving out figures without cells', () => {
    const rows = errorRows(s);
    expect(rows.map((r) => r.metric)).toEqual(['cpu']);
    const r = rows[0]!;
    expect([r.weight, r.cells, r.before?.rmse, r.after?.rmse]).toEqual([1, 3, 4.0123, 0.1]);
    expect(errorCell(r.before, col('nrmse'), r.unit)).toBe('0.1');
    expect(errorCell(r.before, col('rmse'), r.unit)).toBe('4.01 %');
    expect(errorCell(r.after, col('mapePct'), r.unit)).toBe('—');
    expect(errorCell(r.before, col('bias'), r.unit)).toBe('-4 %');
  });

  it('counts lower errors as better and a bias nearer zero as better; unknown as neither', () => {
    const r = errorRows(s)[0]!;
    expect(improved(r, col('nrmse'))).toBe(true);
    expect(improved(r, col('bias'))).toBe(true);
    expect(improved(r, col('mapePct'))).toBeNull();
    expect(improved({ ...r, after: { ...r.after!, rmse: 5 } }, col('rmse'))).toBe(false);
  });
});

describe('objectiveText and overlaySeries', () => {
  it('says the error before and after and how the optimiser ended', () => {
    expect(objectiveText(s)).toBe('Error (weighted NRMSE) 0.4 before → 0.01235 after the fit (12 simulations, converged).');
    expect(objectiveText({ ...s, optimiser: { ...s.optimiser, evaluations: 1, converged: false } })).toContain('(1 simulation, stopped before its tolerances were met)');
  });

  it('gives the three lines of a host and figure with missing values as gaps, null for an unknown host', () => {
    const host = s.series.hosts[0]!.host;
    const l = overlaySeries(s, host, 'cpu')!;
    expect(l.observed[0]).toBe(40);
    expect(l.observed[1]).toBeNaN();
    expect(l.before).toEqual([36, 37, 38]);
    expect(l.after).toEqual([40, 41, 42]);
    expect(overlaySeries(s, 'no-such-host', 'cpu')).toBeNull();
    expect(overlaySeries(s, host, 'ksm')).toEqual({ observed: [], before: [], after: [] });
  });
});
