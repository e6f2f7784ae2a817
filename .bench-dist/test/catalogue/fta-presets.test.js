/**
 * Failure Trace Archive presets (Javadi et al., JPDC 2013) against their source,
 * shared/data/failures/fta_failure_model_fits.csv: every row of the file equals the constant.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { meanHours } from '../../src/model/availability/failure-distribution.js';
import { FTA_PRESET_NAMES, FTA_PRESETS, ftaPreset } from '../../src/catalogue/fta-presets.js';
const FILE = path.resolve(process.cwd(), '../shared/data/failures/fta_failure_model_fits.csv');
describe('FTA_PRESETS', () => {
    const absent = !existsSync(FILE);
    it.skipIf(absent)('every row of fta_failure_model_fits.csv equals its preset, and no preset is extra', () => {
        const [header, ...rows] = readFileSync(FILE, 'utf8').trim().split(/\r?\n/);
        expect(header).toBe('trace,distribution,failure_interarrival_p1,failure_interarrival_p2,' +
            'repair_duration_distribution,repair_duration_p1,repair_duration_p2');
        // The exponential fits leave p2 empty; the presets store 0 there.
        const num = (cell) => (cell === undefined || cell === '' ? 0 : Number(cell));
        const keys = [];
        for (const row of rows) {
            const [trace, tbf, t1, t2, rep, r1, r2] = row.split(',');
            const key = `${trace}/${tbf.toLowerCase()}`;
            keys.push(key);
            expect(FTA_PRESETS[key], key).toEqual({
                timeBetweenFailures: { kind: tbf.toLowerCase(), p1: num(t1), p2: num(t2) },
                repair: { kind: rep.toLowerCase(), p1: num(r1), p2: num(r2) },
            });
        }
        expect(rows).toHaveLength(36);
        expect([...FTA_PRESET_NAMES]).toEqual(keys);
    });
    it('holds 9 traces × 4 distributions, keyed "<trace>/<distribution>"', () => {
        expect(FTA_PRESET_NAMES).toHaveLength(36);
        expect(FTA_PRESET_NAMES.slice(0, 4)).toEqual([
            'G5k06/exponential',
            'G5k06/weibull',
            'G5k06/lognormal',
            'G5k06/gamma',
        ]);
        for (const name of FTA_PRESET_NAMES) {
            const kind = name.split('/')[1];
            expect(FTA_PRESETS[name].timeBetweenFailures.kind).toBe(kind);
            expect(FTA_PRESETS[name].repair.kind).toBe(kind);
        }
    });
    it('Lanl05/exponential has MTBF 1779.99 h and MTTR 5.92 h, so host availability 0.99668', () => {
        const p = FTA_PRESETS['Lanl05/exponential'];
        const mtbf = meanHours(p.timeBetweenFailures);
        const mttr = meanHours(p.repair);
        expect(mtbf).toBe(1779.99);
        expect(mttr).toBe(5.92);
        // DOMAIN.md: availability = MTBF / (MTBF + MTTR) = 1779.99 / 1785.91.
        expect(mtbf / (mtbf + mttr)).toBeCloseTo(0.996685, 6);
    });
    it('G5k06/weibull is shape 0.48, scale 14.37 h between failures and shape 0.35, scale 0.47 h to repair', () => {
        expect(FTA_PRESETS['G5k06/weibull']).toEqual({
            timeBetweenFailures: { kind: 'weibull', p1: 0.48, p2: 14.37 },
            repair: { kind: 'weibull', p1: 0.35, p2: 0.47 },
        });
    });
});
describe('ftaPreset', () => {
    it('ftaPreset finds a preset by its key, ignoring case', () => {
        expect(ftaPreset('Skype06/gamma')).toBe(FTA_PRESETS['Skype06/gamma']);
        expect(ftaPreset('skype06/Gamma')).toBe(FTA_PRESETS['Skype06/gamma']);
    });
    it('ftaPreset is undefined for unknown names and for Object.prototype keys', () => {
        expect(ftaPreset('Skype06/pareto')).toBeUndefined();
        expect(ftaPreset('Skype06')).toBeUndefined();
        expect(ftaPreset('constructor')).toBeUndefined();
        expect(ftaPreset('__proto__')).toBeUndefined();
    });
});
//# sourceMappingURL=fta-presets.test.js.map