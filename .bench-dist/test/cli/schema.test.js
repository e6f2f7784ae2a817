/**
 * `dcsim schema` prints the JSON Schema of scenario files (draft 2020-12) on stdout.
 */
import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_ID } from '../../src/scenario/index.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/sim.js';
describe('dcsim schema', () => {
    it('prints JSON with "$schema" (draft 2020-12), the dcsim $id and the top-level scenario properties, and returns 0', async () => {
        const r = await runCli(['schema'], tempDir('cli'));
        expect(r.code).toBe(0);
        expect(r.stderr).toBe('');
        expect(r.stdout.endsWith('}\n')).toBe(true);
        const schema = JSON.parse(r.stdout);
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
        expect(schema.type).toBe('object');
        expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'duration', 'templates', 'clusters', 'outputs', 'seed']));
        expect(schema.required).toEqual(expect.arrayContaining(['name', 'duration', 'templates', 'clusters']));
    });
    it('prints the same bytes on every call', async () => {
        const a = await runCli(['schema'], tempDir('cli'));
        const b = await runCli(['schema'], tempDir('cli'));
        expect(b.stdout).toBe(a.stdout);
    });
});
//# sourceMappingURL=schema.test.js.map