/** Identifies this schema; a URN because the schema is produced locally, not fetched. */
export declare const SCENARIO_SCHEMA_ID = "urn:dcsim:scenario-schema";
/**
 * The JSON Schema of what a user writes (`io: 'input'`: defaults optional, durations as
 * strings). A fresh object on every call, so callers may modify it.
 */
export declare function scenarioJsonSchema(): Record<string, unknown>;
