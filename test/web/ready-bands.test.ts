/** CPU ready bands in the viewer (web/src/ready-bands.ts) agree with the simulator's rule (src/model/cpu/ready.ts). */
import { describe, expect, it } from 'vitest';
import { readyBand as modelReadyBand } from '../../src/model/cpu/ready.js';
import { readyBand } from '../../web/src/ready-bands.js';

describe('readyBand', () => {
  it('agrees with the simulator’s band rule at and around every threshold', () => {
    for (const p of [0, 1, 2.49, 2.5, 3, 4.99, 5, 7, 10, 10.01, 50]) expect(readyBand(p)).toBe(modelReadyBand(p));
  });
});
