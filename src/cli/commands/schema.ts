/**
 * `dcsim schema`: the JSON Schema of scenario files, for editor completion and checks.
 */
import type { Command } from 'commander';
import { stableJson } from '../../output/json.js';
import { scenarioJsonSchema } from '../../scenario/index.js';
import type { CliIo } from '../../io.js';

export function addSchemaCommand(program: Command, io: CliIo): void {
  program
    .command('schema')
    .description('print the JSON Schema of scenario files (for editor completion and checks)')
    .action(() => {
      io.stdout(stableJson(scenarioJsonSchema()));
    });
}
