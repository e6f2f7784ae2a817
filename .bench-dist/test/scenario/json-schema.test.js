import { describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA_ID, scenarioJsonSchema } from '../../src/scenario/index.js';
describe('scenarioJsonSchema', () => {
    const schema = scenarioJsonSchema();
    it('is JSON Schema 2020-12 with an id, title and description', () => {
        expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
        expect(schema.$id).toBe(SCENARIO_SCHEMA_ID);
        expect(schema.title).toBe('dcsim scenario');
        expect(typeof schema.description).toBe('string');
    });
    it('describes the input: name, duration and clusters required, defaulted keys optional', () => {
        expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['name', 'duration', 'clusters', 'templates', 'step']));
        expect(schema.required).toEqual(expect.arrayContaining(['name', 'duration', 'templates', 'clusters']));
        expect(schema.required).not.toContain('step');
        expect(schema.properties.duration.type).toBe('string');
        expect(schema.additionalProperties).toBe(false);
    });
    it('is plain JSON that survives a round trip, and a fresh object per call', () => {
        expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
        expect(scenarioJsonSchema()).not.toBe(schema);
    });
});
//# sourceMappingURL=json-schema.test.js.map