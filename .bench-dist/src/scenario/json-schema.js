/**
 * The scenario format as JSON Schema (draft 2020-12), for editors' completion and validation
 * of scenario files; printed by `dcsim schema`.
 */
import { z } from 'zod';
import { ScenarioSchema } from './schema.js';
/** Identifies this schema; a URN because the schema is produced locally, not fetched. */
export const SCENARIO_SCHEMA_ID = 'urn:dcsim:scenario-schema';
/**
 * The JSON Schema of what a user writes (`io: 'input'`: defaults optional, durations as
 * strings). A fresh object on every call, so callers may modify it.
 */
export function scenarioJsonSchema() {
    const generated = z.toJSONSchema(ScenarioSchema, { io: 'input', target: 'draft-2020-12' });
    const { $schema, ...rest } = generated;
    return {
        $schema,
        $id: SCENARIO_SCHEMA_ID,
        title: 'dcsim scenario',
        description: 'A dcsim datacenter scenario: VM templates, clusters of host groups and VM groups with workloads, ' +
            'and run settings. Durations are strings such as "300s", "5m", "1h", "7d" or "1w".',
        ...rest,
    };
}
//# sourceMappingURL=json-schema.js.map