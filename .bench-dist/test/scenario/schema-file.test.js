/**
 * scenarios/scenario.schema.json is what editors load through each scenario's `$schema`: it must
 * be exactly what `dcsim schema` prints, or completion and checks in editors go stale.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stableJson } from '../../src/output/json.js';
import { scenarioJsonSchema } from '../../src/scenario/index.js';
import { SCENARIOS_DIR } from '../helpers/sim.js';
describe('scenarios/scenario.schema.json', () => {
    it('equals the JSON Schema that `dcsim schema` prints (regenerate it with `npx dcsim schema > scenarios/scenario.schema.json`)', () => {
        const file = readFileSync(join(SCENARIOS_DIR, 'scenario.schema.json'), 'utf8');
        expect(file).toBe(stableJson(scenarioJsonSchema()));
    });
});
//# sourceMappingURL=schema-file.test.js.map